"""Hostile and careless inputs through the algorithms as officers run them: a sentence, never
a traceback, a hang or a silently dropped record (issue 13)."""
import time
import zipfile

import pytest
from qgis.core import QgsProcessingException

from mineaction_plugin.data.xlsx_writer import write_xlsx

from conftest import query

HEADER = ["record_id", "point_id", "point_type", "bearing", "bearing_ref", "distance", "x", "y",
          "crs", "row_id", "mine_model", "mine_count", "spacing_m", "from_point"]


def record(record_id, count="5", crs="EPSG:4326", x="47.0", y="40.0"):
    rows = [[record_id, "LM1", "LM", "", "", "", x, y, crs, "", "", "", "", ""],
            [record_id, "SP", "SP", "45", "true", "100", "", "", "", "", "", "", "", ""],
            [record_id, "TP1", "TP", "90", "true", "50", "", "", "", "", "", "", "", ""],
            [record_id, "TP2", "TP", "180", "true", "50", "", "", "", "", "", "", "", ""],
            [record_id, "TP3", "TP", "270", "true", "50", "", "", "", "", "", "", "", ""],
            [record_id, "R1S", "RS", "135", "true", "10", "", "", "", "R1", "PMN-2", count, "5",
             "SP"],
            [record_id, "R1E", "RE", "90", "true", "20", "", "", "", "R1", "PMN-2", count, "5",
             "R1S"]]
    return rows


def write_csv(path, rows):
    path.write_text("\n".join(",".join(r) for r in [HEADER] + rows) + "\n", encoding="utf-8")
    return str(path)


def test_a_huge_mine_count_is_refused_by_name_and_the_good_records_all_arrive(
        run_alg, new_db, tmp_path):
    rows = record("MF-GOOD-1") + record("MF-HUGE", count="1e19") + record("MF-GOOD-2")
    result = run_alg("importminefieldrecords", {
        "INPUT": write_csv(tmp_path / "r.csv", rows), "DATABASE": new_db,
        "ERRORS": str(tmp_path / "errors.csv")})
    assert result["RECORDS_IMPORTED"] == 2 and result["RECORDS_REJECTED"] == 1
    assert sorted(r[0] for r in query(new_db, "SELECT record_id FROM minefield_records")) == [
        "MF-GOOD-1", "MF-GOOD-2"]
    errors = (tmp_path / "errors.csv").read_text(encoding="utf-8")
    assert "mine_count 1e+19 is more than a row can hold" in errors or \
        "more than a row can hold" in errors


def test_coordinates_outside_their_crs_are_a_sentence(run_alg, tmp_path):
    rows = (record("MF-A", crs="EPSG:32638", x="1e300", y="1e300")
            + record("MF-B", crs="EPSG:28409", x="99999999", y="-99999999")
            + record("MF-C", crs="EPSG:4326", x="500000", y="4400000"))
    result = run_alg("importminefieldrecords", {
        "INPUT": write_csv(tmp_path / "r.csv", rows), "ERRORS": str(tmp_path / "e.csv")})
    assert result["RECORDS_IMPORTED"] == 0 and result["RECORDS_REJECTED"] == 3
    errors = (tmp_path / "e.csv").read_text(encoding="utf-8")
    assert "beyond any coordinate system" in errors and "are metres, not degrees" in errors


def test_a_folder_or_an_oversized_spreadsheet_is_refused_within_seconds(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="is a folder"):
        run_alg("importminefieldrecords", {"INPUT": str(tmp_path)})
    small = tmp_path / "small.xlsx"
    write_xlsx(str(small), [("points", [HEADER] + record("MF-X"))])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                with out.open(item.filename, "w", force_zip64=True) as sheet:
                    sheet.write(data[:-len(b"</worksheet>")])
                    for _ in range(600):
                        sheet.write(b" " * (1 << 20))
                    sheet.write(b"</worksheet>")
            else:
                out.writestr(item, data)
    started = time.perf_counter()
    with pytest.raises(QgsProcessingException, match="would unpack to 600 MB"):
        run_alg("importminefieldrecords", {"INPUT": str(bomb)})
    assert time.perf_counter() - started < 5
    assert run_alg("importminefieldrecords", {"INPUT": str(small)})["RECORDS_IMPORTED"] == 1


def test_a_utf16_record_file_is_imported_like_its_utf8_twin(run_alg, tmp_path):
    text = "\n".join(",".join(r) for r in [HEADER] + record("MF-U16")) + "\n"
    path = tmp_path / "u16.csv"
    path.write_bytes(text.encode("utf-16"))
    assert run_alg("importminefieldrecords", {"INPUT": str(path)})["RECORDS_IMPORTED"] == 1


def hazard_db(run_alg, tmp_path):
    db = str(tmp_path / "district.gpkg")
    run_alg("createdatabase", {"OUTPUT": db})
    run_alg("importminefieldrecords", {
        "INPUT": write_csv(tmp_path / "r.csv", record("MF-1")), "DATABASE": db})
    run_alg("hazardsfromrecords", {"DATABASE": db, "BUFFER": 5})
    return db, query(db, "SELECT hazard_id FROM hazards")[0][0]


def test_a_locked_database_is_waited_for_then_named(run_alg, tmp_path, monkeypatch):
    import sqlite3

    from mineaction_plugin.data import gpkg_sql
    db, hazard = hazard_db(run_alg, tmp_path)
    monkeypatch.setattr(gpkg_sql, "LOCK_TIMEOUT_S", 1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")   # another program writing, its transaction open
    try:
        started = time.perf_counter()
        with pytest.raises(QgsProcessingException, match="locked by another program.*Nothing "
                                                         "was written"):
            run_alg("createtask", {"DATABASE": db, "HAZARD_ID": hazard, "TASK_TYPE": "TS"})
        assert time.perf_counter() - started < 60   # waited, then stopped: never a hang
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run_alg("createtask", {"DATABASE": db, "HAZARD_ID": hazard,
                                  "TASK_TYPE": "TS"})["TASK_ID"]


@pytest.mark.parametrize("damage, words", [
    ("DELETE FROM mineaction_meta WHERE key = 'schema_version'", "no valid schema version"),
    ("UPDATE mineaction_meta SET value = 'x9' WHERE key = 'schema_version'",
     "no valid schema version"),
    ("DROP TABLE tasks", "lacks the table\\(s\\) tasks"),
])
def test_a_damaged_database_is_named_not_a_traceback(run_alg, tmp_path, damage, words):
    import sqlite3
    db, hazard = hazard_db(run_alg, tmp_path)
    connection = sqlite3.connect(db)
    connection.execute(damage)
    connection.commit()
    connection.close()
    for name, parameters in (("createtask", {"HAZARD_ID": hazard, "TASK_TYPE": "TS"}),
                             ("hazardprogress", {"OUTPUT": "memory:"}),
                             ("upgradedatabase", {})):
        with pytest.raises(QgsProcessingException, match=words):
            run_alg(name, dict(parameters, DATABASE=db))


def test_no_task_on_a_closed_hazard_and_no_invalid_default_task_id(run_alg, tmp_path):
    from conftest import write_unchecked
    db, hazard = hazard_db(run_alg, tmp_path)
    write_unchecked(db, "UPDATE hazards SET status = 'closed'")
    with pytest.raises(QgsProcessingException, match="is closed: no task"):
        run_alg("createtask", {"DATABASE": db, "HAZARD_ID": hazard, "TASK_TYPE": "TS"})
    long_id = "HZ-" + "A" * 97
    write_unchecked(db, "UPDATE hazards SET status = 'open', hazard_id = ?", (long_id,))
    with pytest.raises(QgsProcessingException, match="would be .*give TASK_ID"):
        run_alg("createtask", {"DATABASE": db, "HAZARD_ID": long_id, "TASK_TYPE": "TS"})
    assert run_alg("createtask", {"DATABASE": db, "HAZARD_ID": long_id, "TASK_TYPE": "TS",
                                  "TASK_ID": "T-LONG-1"})["TASK_ID"] == "T-LONG-1"
    assert query(db, "SELECT count(*) FROM tasks") == [(1,)]


def test_a_filter_cannot_change_the_database(run_alg, tmp_path):
    db, hazard = hazard_db(run_alg, tmp_path)
    run_alg("createtask", {"DATABASE": db, "HAZARD_ID": hazard, "TASK_TYPE": "TS"})
    before = query(db, "SELECT key, value FROM mineaction_meta ORDER BY key")
    sneaky = (f"sqlite_fetch_and_increment('{db}', 'mineaction_meta', 'value', 'key', "
              f"'schema_version', map()) > 0")
    for text in (sneaky, f"eval('{sneaky.replace(chr(39), chr(39) * 2)}')"):
        with pytest.raises(QgsProcessingException, match="may change data"):
            run_alg("exporttasksheets", {"DATABASE": db, "FILTER": text,
                                         "OUTPUT_FOLDER": str(tmp_path / "sheets")})
    assert query(db, "SELECT key, value FROM mineaction_meta ORDER BY key") == before


def points_layer(*wkts):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "evidence", "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_nan_and_infinite_numbers_are_refused_before_geos_sees_them(run_alg, tmp_path):
    """A NaN buffer crashed QGIS (GEOS) with a segmentation fault."""
    db, _ = hazard_db(run_alg, tmp_path)
    for name, parameters in (
            ("hazardsfromrecords", {"DATABASE": db, "BUFFER": float("nan")}),
            ("hazardfromevidence", {"DATABASE": db, "INPUT": points_layer("POINT(47 40)"),
                                    "BUFFER": float("inf")}),
            ("perimetermarking", {"INPUT": f"{db}|layername=hazards", "OFFSET": float("nan"),
                                  "OUTPUT": "memory:"})):
        with pytest.raises(QgsProcessingException, match="is not a number that can be used"):
            run_alg(name, parameters)


def test_evidence_in_metres_declared_as_degrees_makes_no_hazard(run_alg, tmp_path):
    db, _ = hazard_db(run_alg, tmp_path)
    before = query(db, "SELECT count(*) FROM hazards")
    with pytest.raises(QgsProcessingException, match="outside longitude/latitude"):
        run_alg("hazardfromevidence", {"DATABASE": db, "BUFFER": 25, "INPUT": points_layer(
            None, "POINT(47 40)", "POINT(500000 4400000)")})
    assert query(db, "SELECT count(*) FROM hazards") == before
    made = run_alg("hazardfromevidence", {"DATABASE": db, "BUFFER": 25, "INPUT": points_layer(
        None, "POINT EMPTY", "POINT(47 40)")})   # null and empty points are skipped
    assert made["HAZARD_ID"]


def test_rejected_rows_written_for_a_spreadsheet_are_guarded_and_read_back(run_alg, tmp_path):
    from mineaction_plugin.data import record_files
    rows = record("MF-BAD", count="-1")
    header = HEADER + ["notes"]
    formula = '=HYPERLINK("http://x","click")'
    lines = [",".join(header)] + [",".join(r + ['"' + formula.replace('"', '""') + '"'])
                                  for r in rows]
    source = tmp_path / "r.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    run_alg("importminefieldrecords", {"INPUT": str(source), "ERRORS": str(errors)})
    text = errors.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ',"=HYPERLINK' not in text
    table = record_files.read_table(str(errors))
    assert {values["notes"] for _, values in table.rows} == {formula}


def test_every_algorithm_refuses_an_older_schema_the_same_way(run_alg, tmp_path):
    from mineaction_plugin.data import geopackage
    old = str(tmp_path / "old.gpkg")
    geopackage.create(old, version=4)
    for name, parameters in (
            ("createtask", {"HAZARD_ID": "HZ-1", "TASK_TYPE": "TS"}),
            ("settaskstatus", {"TASK_ID": "T-1", "STATUS": "issued"}),
            ("hazardsfromrecords", {}),
            ("hazardprogress", {"OUTPUT": "memory:"}),
            ("importminefieldrecords", {"INPUT": write_csv(tmp_path / "r.csv",
                                                           record("MF-1"))}),
            ("exportimsma", {"OUTPUT": str(tmp_path / "x.gdb")}),
            ("verifyrecords", {}), ("correctrecords", {})):
        with pytest.raises(QgsProcessingException, match=r"older version.*schema 4.*upgrade it "
                                                         r"first"):
            run_alg(name, dict(parameters, DATABASE=old))
    assert run_alg("upgradedatabase", {"DATABASE": old})
    from mineaction_plugin.core.schema import SCHEMA_VERSION
    assert geopackage.inspect(old).version == SCHEMA_VERSION == 10
