"""mineaction:importminefieldrecords on the sample files, into outputs and into a database."""
import csv
import json
import os

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from mineaction_plugin.data import child_process, geopackage, records_parallel, records_store

from conftest import query

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


def truth():
    with open(os.path.join(DATA, "records_truth.json")) as f:
        return json.load(f)


def measure():
    d = QgsDistanceArea()
    d.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                   QgsProject.instance().transformContext())
    d.setEllipsoid("EPSG:7030")
    return d


def run_import(run_alg, tmp_path, source, **extra):
    parameters = {"INPUT": source, "TARGET_CRS": "EPSG:4326",
                  "PERIMETERS": str(tmp_path / "p.gpkg"), "POINTS": str(tmp_path / "pt.gpkg"),
                  "MINE_ROWS": str(tmp_path / "r.gpkg"), "ERRORS": str(tmp_path / "e.csv")}
    parameters.update(extra)
    return run_alg("importminefieldrecords", parameters)


def features(path):
    layer = QgsVectorLayer(path, "x", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def check_against_truth(tmp_path, expected_ids):
    t = truth()
    d = measure()
    perimeters = {f["record_id"]: f for f in features(str(tmp_path / "p.gpkg"))}
    assert sorted(perimeters) == sorted(expected_ids)
    for record_id, feature in perimeters.items():
        assert feature["area_m2"] == pytest.approx(t[record_id]["area_m2"], abs=0.01)
        assert d.measureArea(feature.geometry()) == pytest.approx(t[record_id]["area_m2"],
                                                                 abs=0.01)
    for point in features(str(tmp_path / "pt.gpkg")):
        lat, lon = t[point["record_id"]]["points"][point["point_id"]]
        got = point.geometry().asPoint()
        error = d.measureLine(QgsPointXY(lon, lat), got)
        assert error <= 0.10 + 0.0001 * point["traverse_m"], (point["record_id"],
                                                             point["point_id"])
    rows = {(f["record_id"], f["row_id"]): f for f in features(str(tmp_path / "r.gpkg"))}
    for record_id in expected_ids:
        for row in t[record_id]["rows"]:
            feature = rows[(record_id, row["row_id"])]
            assert feature["mine_category"] == row["category"]
            assert feature["mine_count"] == row["mine_count"]


def test_sample_file_reproduces_the_truth(run_alg, tmp_path):
    result = run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"))
    assert result["RECORDS_IMPORTED"] == 25 and result["RECORDS_REJECTED"] == 0
    check_against_truth(tmp_path, [k for k in truth() if k.startswith("MF-")])
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        assert len(f.readlines()) == 1  # header only


def test_semicolon_decimal_comma_file_reproduces_the_truth(run_alg, tmp_path):
    with open(os.path.join(DATA, "records.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    path = tmp_path / "records_semicolon.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        for row in rows:
            writer.writerow([v.replace(".", ",") if v.replace(".", "").isdigit() else v
                             for v in row])
    result = run_import(run_alg, tmp_path, str(path))
    assert result["RECORDS_IMPORTED"] == 25
    check_against_truth(tmp_path, [k for k in truth() if k.startswith("MF-")])


NUMERIC = {"bearing", "distance", "pace_m", "x", "y", "declination_deg", "mine_count",
           "spacing_m"}


def write_xlsx(path, sheet="points", text_numbers=("distance",)):
    """The sample as XLSX: numbers stored as numbers, except `text_numbers` kept as text."""
    with open(os.path.join(DATA, "records.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    ds.CreateLayer("notes", geom_type=ogr.wkbNone).CreateField(ogr.FieldDefn("n", ogr.OFTString))
    layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
    header = [h.upper() if h == "record_id" else h for h in rows[0]]  # case must not matter
    for name in header:
        kind = ogr.OFTReal if name in NUMERIC and name not in text_numbers else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows[1:]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(header, row):
            if value:
                feature.SetField(name, float(value) if name in NUMERIC and
                                 name not in text_numbers else value)
        layer.CreateFeature(feature)
    ds = None


def test_xlsx_points_sheet_with_numbers_and_text_reproduces_the_truth(run_alg, tmp_path):
    path = tmp_path / "records.xlsx"
    write_xlsx(path)
    result = run_import(run_alg, tmp_path, str(path))
    assert result["RECORDS_IMPORTED"] == 25
    check_against_truth(tmp_path, [k for k in truth() if k.startswith("MF-")])


def test_mixed_file_imports_the_good_records_and_lists_every_bad_row(run_alg, tmp_path):
    with open(os.path.join(DATA, "records_mixed_bad_expect.json")) as f:
        expect = json.load(f)
    result = run_import(run_alg, tmp_path, os.path.join(DATA, "records_mixed_bad.csv"))
    assert result["RECORDS_IMPORTED"] == len(expect["good"])
    assert result["RECORDS_REJECTED"] == len(expect["bad"])
    check_against_truth(tmp_path, expect["good"])
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        errors = list(csv.DictReader(f))
    assert {e["record_id"] for e in errors} == set(expect["bad"])
    bad_row = next(e for e in errors if e["row"] == "16")
    assert bad_row["record_id"] == "MFB-12-0002" and bad_row["point_id"] == "TP1"
    assert "bearing 400 is out of range" in bad_row["problem"]
    assert bad_row["bearing"] == "400"  # the original values come back
    with open(os.path.join(DATA, "records_mixed_bad.csv"), encoding="utf-8") as f:
        bad_rows = sum(1 for row in csv.DictReader(f) if row["record_id"] in expect["bad"])
    assert len(errors) == bad_rows


def test_target_crs_reprojects_outputs_but_not_the_measures(run_alg, tmp_path):
    run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), TARGET_CRS="EPSG:32638")
    layer = QgsVectorLayer(str(tmp_path / "p.gpkg"), "p", "ogr")
    assert layer.crs().authid() == "EPSG:32638"
    feature = next(f for f in layer.getFeatures() if f["record_id"] == "MF-12-0002")
    assert feature["area_m2"] == pytest.approx(truth()["MF-12-0002"]["area_m2"], abs=0.01)
    assert 100_000 < feature.geometry().centroid().asPoint().x() < 900_000


def test_unreadable_file_fails_with_a_clear_message(run_alg, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(Exception, match="the file is empty"):
        run_import(run_alg, tmp_path, str(path))
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(Exception, match="spreadsheet cannot be read"):
        run_import(run_alg, tmp_path, str(path))


def db_count(database, table):
    return query(database, f"SELECT count(*) FROM {table}")[0][0]


@pytest.fixture(params=["in-process", "second process"])
def writer_mode(request, monkeypatch):
    """A GeoPackage written by the importing process, or by a second one beside it (what a
    national file gets: records_parallel.ParallelRecordWriter)."""
    from mineaction_plugin.processing import import_records
    monkeypatch.setattr(import_records, "PARALLEL_WRITE_ROWS",
                        0 if request.param == "second process" else 10 ** 9)
    return request.param


def test_append_to_database_with_reject_and_replace(run_alg, tmp_path, new_db, as_backend):
    check_append_reject_replace(run_alg, tmp_path, as_backend(new_db))


def test_the_writing_process_appends_rejects_and_replaces_the_same(run_alg, tmp_path, new_db,
                                                                    monkeypatch):
    from mineaction_plugin.processing import import_records
    monkeypatch.setattr(import_records, "PARALLEL_WRITE_ROWS", 0)
    started = []
    real = records_parallel._start_writer_process
    monkeypatch.setattr(records_parallel, "_start_writer_process",
                        lambda: started.append(1) or real())
    check_append_reject_replace(run_alg, tmp_path, new_db)
    assert len(started) == 3   # one per import


def check_append_reject_replace(run_alg, tmp_path, new_db):
    source = os.path.join(DATA, "records_mixed_bad.csv")
    first = run_import(run_alg, tmp_path, source, DATABASE=new_db)
    assert first["RECORDS_IMPORTED"] == 12
    assert db_count(new_db, "minefield_records") == 12
    points_before = db_count(new_db, "record_points")
    # the same file again: every good record is a duplicate and is rejected, nothing changes
    again = run_import(run_alg, tmp_path, source, DATABASE=new_db)
    assert again["RECORDS_IMPORTED"] == 0
    assert db_count(new_db, "record_points") == points_before
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        assert sum("already in the database" in line for line in f) == points_before
    # replace: the records are rewritten, not doubled
    replaced = run_import(run_alg, tmp_path, source, DATABASE=new_db, ON_DUPLICATE="replace")
    assert replaced["RECORDS_IMPORTED"] == 12
    assert db_count(new_db, "minefield_records") == 12
    assert db_count(new_db, "record_points") == points_before
    (record_id, area, created_by, source_file), = query(
        new_db, "SELECT record_id, area_m2, created_by, source_file FROM minefield_records "
                "WHERE record_id = 'MFB-12-0001'")
    assert area == pytest.approx(truth()["MFB-12-0001"]["area_m2"], abs=0.01)
    assert created_by and source_file == "records_mixed_bad.csv"


def test_a_failure_while_writing_leaves_the_database_untouched(run_alg, tmp_path, new_db,
                                                               monkeypatch, as_backend):
    new_db = as_backend(new_db)
    real = records_store.write_record
    calls = []

    def failing(*args):
        calls.append(1)
        if len(calls) == 7:
            raise geopackage.DatabaseError("disk full (simulated)")
        return real(*args)
    monkeypatch.setattr(records_store, "write_record", failing)
    with pytest.raises(Exception, match="Nothing was written to the database"):
        run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    assert len(calls) == 7
    for table in ("minefield_records", "record_points", "mine_rows"):
        assert db_count(new_db, table) == 0


def test_optional_mine_positions_follow_each_row(run_alg, tmp_path):
    run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"),
               MINES=str(tmp_path / "mines.gpkg"))
    mines = features(str(tmp_path / "mines.gpkg"))
    rows = features(str(tmp_path / "r.gpkg"))
    assert len(mines) == sum(r["mine_count"] for r in rows)
    d = measure()
    first = next(r for r in rows if r["record_id"] == "MF-12-0001" and r["row_id"] == "R1")
    start = first.geometry().asPolyline()[0]
    positions = sorted((m for m in mines if m["record_id"] == "MF-12-0001" and
                        m["row_id"] == "R1"), key=lambda m: m["mine_no"])
    assert d.measureLine(start, positions[0].geometry().asPoint()) == pytest.approx(0, abs=1e-6)
    assert d.measureLine(start, positions[-1].geometry().asPoint()) == pytest.approx(
        (first["mine_count"] - 1) * first["spacing_m"], abs=1e-3)


def test_bulk_import_keeps_the_spatial_index_whole_and_its_trigger(run_alg, tmp_path, new_db,
                                                                  writer_mode):
    import sqlite3
    run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    db = sqlite3.connect(new_db)
    for table in ("minefield_records", "record_points", "mine_rows"):
        rows = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        indexed = db.execute(f"SELECT count(*) FROM rtree_{table}_geom").fetchone()[0]
        assert rows == indexed > 0
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                          "name = ?", (f"rtree_{table}_geom_insert",)).fetchone()[0] == 1
    db.close()
    # a spatial query through QGIS finds exactly the points inside a box
    layer = QgsVectorLayer(f"{new_db}|layername=record_points", "p", "ogr")
    from qgis.core import QgsFeatureRequest, QgsRectangle
    box = QgsRectangle(47.26, 39.51, 47.28, 39.53)
    found = {f["point_id"] for f in layer.getFeatures(QgsFeatureRequest(box))}
    expected = {pid for pid, (lat, lon) in truth()["MF-12-0001"]["points"].items()
                if box.contains(QgsPointXY(lon, lat))}
    assert expected and expected <= found
    extent = layer.extent()
    assert extent.xMinimum() < 47.27 < extent.xMaximum()


def test_a_failed_bulk_import_leaves_the_spatial_index_trigger_in_place(run_alg, tmp_path,
                                                                       new_db, monkeypatch,
                                                                       writer_mode):
    import sqlite3
    real = records_store.write_record
    calls = []

    def failing(*args):
        calls.append(1)
        if len(calls) == 3:
            raise geopackage.DatabaseError("simulated")
        return real(*args)
    monkeypatch.setattr(records_store, "write_record", failing)
    with pytest.raises(Exception):
        run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    db = sqlite3.connect(new_db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                      "name = 'rtree_record_points_geom_insert'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM rtree_record_points_geom").fetchone()[0] == 0


def test_a_row_the_database_refuses_undoes_the_whole_import(run_alg, tmp_path, new_db,
                                                             writer_mode):
    """The refusal comes from SQLite itself (here a trigger, as a full disk or a constraint
    would), inside the writing process when there is one: nothing is kept."""
    import sqlite3
    db = sqlite3.connect(new_db)
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON record_points WHEN "
               "NEW.record_id = 'MF-12-0007' BEGIN SELECT RAISE(ABORT, 'disk full "
               "(simulated)'); END")
    db.commit()
    db.close()
    with pytest.raises(Exception, match=r"Nothing was written to the database: .*disk full "
                                        r"\(simulated\)"):
        run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    for table in ("minefield_records", "record_points", "mine_rows"):
        assert db_count(new_db, table) == 0
    db = sqlite3.connect(new_db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                      "name = 'rtree_record_points_geom_insert'").fetchone()[0] == 1
    db.close()


def test_without_a_second_python_the_import_writes_in_process(run_alg, tmp_path, new_db,
                                                              monkeypatch):
    from mineaction_plugin.processing import import_records
    monkeypatch.setattr(import_records, "PARALLEL_WRITE_ROWS", 0)
    monkeypatch.setattr(child_process, "python_interpreter",
                        lambda: (None, "no interpreter here"))
    said = []
    writer = records_store.record_writer(new_db, parallel=True, say=said.append)
    assert isinstance(writer, records_store.RecordWriter)
    assert said == ["The records are written by this process alone (no interpreter here)."]
    writer.abort()
    result = run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    assert result["RECORDS_IMPORTED"] == 25 and db_count(new_db, "minefield_records") == 25


def test_a_writing_process_that_dies_leaves_the_database_untouched(run_alg, tmp_path, new_db,
                                                                     monkeypatch):
    """Killed after it opened the transaction (as the OOM killer or a crash would): the import
    fails with a clear message, SQLite's journal undoes the half-written transaction."""
    from mineaction_plugin.processing import import_records
    monkeypatch.setattr(import_records, "PARALLEL_WRITE_ROWS", 0)
    real_put = records_parallel.ParallelRecordWriter.put
    puts = []

    def put_then_kill(self, records):
        puts.append(1)
        real_put(self, records)
        if len(puts) == 1:
            self.outbox.join()     # the first rows are in the database's transaction
            self.process.kill()
            self.process.wait()
    monkeypatch.setattr(records_parallel.ParallelRecordWriter, "put", put_then_kill)
    from mineaction_plugin.core import records as record_logic
    real_compute = record_logic.compute_records
    monkeypatch.setattr(record_logic, "compute_records",
                        lambda *a, **k: real_compute(*a, **dict(k, chunk_size=5)))
    with pytest.raises(Exception, match="Nothing was written to the database: .*writing "
                                        "process stopped"):
        run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    assert len(puts) >= 2
    for table in ("minefield_records", "record_points", "mine_rows"):
        assert db_count(new_db, table) == 0


def test_a_writing_process_that_cannot_start_is_explained(run_alg, tmp_path, new_db,
                                                          monkeypatch):
    import subprocess
    import sys

    from mineaction_plugin.processing import import_records
    monkeypatch.setattr(import_records, "PARALLEL_WRITE_ROWS", 0)

    def broken():   # a Python that stops at once, as a broken installation would
        log = open(tmp_path / "log", "w+b")
        process = subprocess.Popen([sys.executable, "-c", "import sys; sys.stderr.write("
                                    "'no module gpkg_write_process'); sys.exit(3)"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
        process.log = log
        return process
    monkeypatch.setattr(records_parallel, "_start_writer_process", broken)
    with pytest.raises(Exception, match="cannot be opened for writing.*writing process "
                                        "stopped.*no module gpkg_write_process"):
        run_import(run_alg, tmp_path, os.path.join(DATA, "records.csv"), DATABASE=new_db)
    assert db_count(new_db, "minefield_records") == 0
