"""Exchange with IMSMA Core: exports read back with GDAL, round trips, incremental, bad files."""
import os
import shutil
import subprocess

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from mineaction_plugin.core import imsma, schema
from mineaction_plugin.data import imsma_exchange, imsma_import, postgis, project_db

from conftest import BACKENDS, on_backend, query, query_geometries, write_unchecked

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")


ORIGIN = {}   # project under test → the GeoPackage it was made as (for private copies)


@pytest.fixture(scope="module", params=BACKENDS)
def source_db(request, mineaction_provider, tmp_path_factory):
    """Records → hazards, the clearance sample (land release, finds), marking and two tasks;
    a GeoPackage, or its copy on PostGIS."""
    import processing
    path = str(tmp_path_factory.mktemp("imsma") / "source.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(DATA, "records", "records.csv"), "DATABASE": path})
    processing.run("mineaction:hazardsfromrecords", {"DATABASE": path, "BUFFER": 5})
    for layer, name in (("land_release", "land_release.geojson"),
                        ("eo_finds", "eo_finds.geojson")):
        gdal.VectorTranslate(path, os.path.join(DATA, "clearance", name), accessMode="append",
                             layerName=layer)
    lines = processing.run("mineaction:perimetermarking", {
        "INPUT": f"{path}|layername=hazards", "OFFSET": 5,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    from mineaction_plugin.adapters.qgis_geodesy import insert_geometry
    from mineaction_plugin.data import gpkg_sql
    connection = gpkg_sql.connect(path)
    with connection:
        for feature in list(lines.getFeatures())[:3]:
            insert_geometry(connection, "marking_lines", {
                "marking_id": feature["marking_id"], "hazard_id": feature["hazard_id"],
                "marking_type": "perimeter_marking", "status": "installed",
                "installed_date": "2026-10-01", "length_m": feature["length_m"]},
                feature.geometry())
        # one record judged by a record check (a hazard's export carries it)
        connection.execute("UPDATE minefield_records SET reliability = 'partly_reliable' "
                           "WHERE record_id = (SELECT min(record_id) FROM minefield_records)")
    connection.close()
    for hazard_id in ("HZ-XXX-0001", "HZ-XXX-0002"):
        processing.run("mineaction:createtask", {"DATABASE": path, "HAZARD_ID": hazard_id,
                                                 "TASK_TYPE": "clearance",
                                                 "ISSUED_DATE": "2026-11-01",
                                                 "DUE_DATE": "2026-12-01"})
    project = on_backend(request, path, request.param)
    ORIGIN[project] = path
    return project


def copy_of(request, db, tmp_path):
    """A private copy of the module's project, on the same backend."""
    path = str(tmp_path / "copy.gpkg")
    shutil.copy(ORIGIN[db], path)
    return on_backend(request, path, "postgis" if postgis.is_postgres(db) else "gpkg")


def empty_like(request, db, tmp_path, run_alg, records=False):
    """A new project on the backend of `db`: empty, or holding only the sample's minefield
    records (which an IMSMA export refers to but does not carry)."""
    path = str(tmp_path / "empty.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    if records:
        run_alg("importminefieldrecords", {
            "INPUT": os.path.join(DATA, "records", "records.csv"), "DATABASE": path})
    return on_backend(request, path, "postgis" if postgis.is_postgres(db) else "gpkg")


def counts(db):
    every = project_db.counts(db)
    return {name: every[name] for name in ("hazards", "land_release", "eo_finds",
                                           "marking_lines", "tasks", "status_history")}


def export(run_alg, db, path, fmt="filegdb", **extra):
    return run_alg("exportimsma", dict({"DATABASE": db, "FORMAT": fmt, "SINCE": "1900-01-01",
                                        "OUTPUT": str(path)}, **extra))


def test_file_geodatabase_export_has_wgs84_short_names_and_domains(run_alg, source_db,
                                                                    tmp_path):
    result = export(run_alg, source_db, tmp_path / "export.gdb")
    expected = counts(source_db)
    assert result["EXPORTED"] == sum(expected[n] for n in ("hazards", "land_release",
                                                             "eo_finds", "marking_lines",
                                                             "tasks"))
    info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", result["OUTPUT"]],
                          capture_output=True, text=True, check=True).stdout
    assert info.count('ID["EPSG",4326]') == 6     # the five layers and accidents
    for table, layer_name in (("hazard", "hazards"), ("hazreduc", "land_release"),
                              ("explosive_ordnance", "eo_finds"), ("marking", "marking_lines"),
                              ("task", "tasks")):
        assert f"Layer name: {table}\n" in info
        assert f"Feature Count: {expected[layer_name]}" in info
    dataset = gdal.OpenEx(result["OUTPUT"], gdal.OF_VECTOR)
    profile = imsma.default_profile()
    assert sorted(dataset.GetFieldDomainNames()) == sorted(profile["domains"])
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        definition = layer.GetLayerDefn()
        for i in range(definition.GetFieldCount()):
            field = definition.GetFieldDefn(i)
            assert len(field.GetName()) <= 31
            domain = field.GetDomainName()
            if domain:
                codes = dataset.GetFieldDomain(domain).GetEnumeration()
                values = {f.GetFieldAsString(i) for f in layer if f.IsFieldSetAndNotNull(i)}
                layer.ResetReading()
                assert values <= set(codes), (field.GetName(), values - set(codes))
    hazard = dataset.GetLayerByName("hazard")
    assert hazard.GetLayerDefn().GetFieldDefn(
        hazard.GetLayerDefn().GetFieldIndex("hazard_type")).GetDomainName() == "cvd_hazard_type"
    first = next(iter(hazard))
    assert first.GetField("hazard_type") in ("SHA", "CHA")   # the code, not the label
    # each hazard made from a record carries the record's reliability
    reliability = dict(query(source_db, "SELECT record_id, reliability FROM minefield_records"))
    hazard.ResetReading()
    carried = {(f.GetField("minefield_record_localid"), f.GetField("record_reliability"))
               for f in hazard}
    assert carried == {(r, reliability[r]) for r, _ in carried}
    assert ("partly_reliable" in {c[1] for c in carried}
            and "unknown" in {c[1] for c in carried})


@pytest.mark.parametrize("fmt,name", [("filegdb", "x.gdb"), ("gpkg", "x.gpkg"),
                                      ("xlsx", "x.xlsx")])
def test_round_trip_into_an_empty_database_then_nothing_changes(request, run_alg, source_db,
                                                                tmp_path, fmt, name):
    result = export(run_alg, source_db, tmp_path / name, fmt)
    if fmt != "xlsx":   # both GDAL formats carry the coded-value domains
        written = gdal.OpenEx(result["OUTPUT"], gdal.OF_VECTOR)
        assert sorted(written.GetFieldDomainNames()) == sorted(imsma.default_profile()["domains"])
        written = None
    target = empty_like(request, source_db, tmp_path, run_alg, records=True)
    first = run_alg("importimsma", {"INPUT": result["OUTPUT"], "DATABASE": target})
    assert first["INSERTED"] == result["EXPORTED"] and first["UPDATED"] == 0
    profile = imsma.default_profile()
    before = {}
    for layer_name in profile["entities"]:
        layer = schema.layer(layer_name)
        names = [p for p, _, _ in imsma.field_map(profile, layer_name, derived=False)
                 if p not in ("created_at", "modified_at", "created_by", "modified_by")]
        rows = {}
        for db in (source_db, target):
            rows[db] = {r[0]: r for r in query(
                db, f'SELECT "{layer.id_field}", {", ".join(chr(34) + n + chr(34) for n in names)}'
                    f' FROM "{layer_name}"')}
        assert rows[source_db].keys() == rows[target].keys()
        for key, row in rows[source_db].items():
            other = rows[target][key]
            for value, copied in zip(row, other):
                if isinstance(value, float):
                    assert copied == pytest.approx(value, rel=1e-9)
                else:
                    assert copied == value, (layer_name, key)
        before[layer_name] = rows
    # geometries: every vertex within 1e-7°
    for layer_name in profile["entities"]:
        layer = schema.layer(layer_name)
        if layer.geometry is None:
            continue          # victims: a table
        shapes = {}
        for db in (source_db, target):
            shapes[db] = {key: geometry.asWkt() for key, geometry in query_geometries(
                db, f'SELECT "{layer.id_field}", {{geom}} FROM "{layer_name}"')}
        for key, wkt in shapes[source_db].items():
            assert imsma_import.same_geometry(wkt, shapes[target][key], 1e-7), key
    history = counts(target)["status_history"]
    second = run_alg("importimsma", {"INPUT": result["OUTPUT"], "DATABASE": target})
    assert (second["INSERTED"], second["UPDATED"], second["UNCHANGED"]) == \
        (0, 0, result["EXPORTED"])
    assert counts(target)["status_history"] == history


def test_an_import_updates_by_local_id_and_status_changes_reach_history(request, run_alg,
                                                                         source_db, tmp_path):
    db = copy_of(request, source_db, tmp_path)
    exported = export(run_alg, db, tmp_path / "e.gpkg", "gpkg")["OUTPUT"]
    # someone in IMSMA closes a hazard and corrects a find's quantity
    ds = gdal.OpenEx(exported, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE hazard SET hazard_status = 'closed', status_reason = 'cleared 2026'"
                  " WHERE hazard_localid = 'HZ-XXX-0003'")
    ds.ExecuteSQL("UPDATE explosive_ordnance SET quantity = 3 WHERE eo_localid = "
                  "(SELECT min(eo_localid) FROM explosive_ordnance)")
    ds = None
    result = run_alg("importimsma", {"INPUT": exported, "DATABASE": db})
    assert result["UPDATED"] == 2 and result["INSERTED"] == 0
    assert query(db, "SELECT status FROM hazards WHERE hazard_id = 'HZ-XXX-0003'") == \
        [("closed",)]
    assert query(db, "SELECT old_value, new_value, reason FROM status_history WHERE "
                     "entity = 'hazards' AND entity_id = 'HZ-XXX-0003'") == \
        [("open", "closed", "cleared 2026")]


def test_incremental_export_sends_only_what_changed_since_the_last_one(request, run_alg,
                                                                       source_db, tmp_path):
    db = copy_of(request, source_db, tmp_path)
    project = project_db.open_project(db)   # never exported before
    with project.transaction():
        project.execute("DELETE FROM mineaction_meta WHERE key = 'imsma_last_export'")
    project.close()
    first = run_alg("exportimsma", {"DATABASE": db, "FORMAT": "gpkg",
                                    "OUTPUT": str(tmp_path / "first.gpkg")})
    assert first["SINCE_USED"] == "" and first["EXPORTED"] > 1000
    run_alg("settaskstatus", {"DATABASE": db, "TASK_ID": "HZ-XXX-0001-T01",
                              "STATUS": "issued"})
    second = run_alg("exportimsma", {"DATABASE": db, "FORMAT": "gpkg",
                                     "OUTPUT": str(tmp_path / "second.gpkg")})
    assert second["EXPORTED"] == 1 and second["SINCE_USED"]
    ds = ogr.Open(second["OUTPUT"])
    assert [f.GetField("task_status") for f in ds.GetLayerByName("task")] == ["issued"]
    assert ds.GetLayerByName("hazard").GetFeatureCount() == 0
    ds = None
    third = run_alg("exportimsma", {"DATABASE": db, "FORMAT": "gpkg",
                                    "OUTPUT": str(tmp_path / "third.gpkg")})
    assert third["EXPORTED"] == 0


def test_invalid_features_stop_the_export_or_are_skipped(request, run_alg, source_db,
                                                        tmp_path):
    db = copy_of(request, source_db, tmp_path)
    # as another tool might write them
    write_unchecked(db, "UPDATE hazards SET classification = 'Suspected' WHERE hazard_id = "
                        "'HZ-XXX-0004'")
    write_unchecked(db, "UPDATE eo_finds SET geom = NULL WHERE fid = 1")
    report = tmp_path / "report.csv"
    with pytest.raises(QgsProcessingException, match="2 problems found; nothing was exported"):
        export(run_alg, db, tmp_path / "stop.gdb", REPORT=str(report))
    assert not os.path.exists(tmp_path / "stop.gdb")
    text = report.read_text()
    assert "hazards,HZ-XXX-0004,hazard_type,'Suspected' is not a code of cvd_hazard_type" in text
    assert ",geometry,no geometry" in text
    skipped = export(run_alg, db, tmp_path / "skip.gdb", ON_INVALID="skip",
                     REPORT=str(report))
    assert skipped["PROBLEMS"] == 2
    assert skipped["EXPORTED"] == sum(counts(db)[n] for n in (
        "hazards", "land_release", "eo_finds", "marking_lines", "tasks")) - 2


def test_bad_files_are_reported_and_the_database_is_untouched(request, run_alg, source_db,
                                                             tmp_path):
    target = empty_like(request, source_db, tmp_path, run_alg)
    untouched = counts(target)
    good = export(run_alg, source_db, tmp_path / "good.gpkg", "gpkg")["OUTPUT"]
    # 1. another profile's export: tables named differently
    other = imsma.default_profile()
    for entity in other["entities"].values():
        entity["table"] = "country_" + entity["table"]
    profile_path = tmp_path / "country.json"
    profile_path.write_text(imsma.dump_profile(other))
    with pytest.raises(QgsProcessingException, match="another profile"):
        run_alg("importimsma", {"INPUT": good, "DATABASE": target,
                                "PROFILE": str(profile_path)})
    # 2. unknown codes and a broken geometry
    broken = str(tmp_path / "broken.gpkg")
    shutil.copy(good, broken)
    ds = gdal.OpenEx(broken, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE hazard SET hazard_type = 'Confirmed' WHERE hazard_localid = "
                  "'HZ-XXX-0001'")
    layer = ds.GetLayerByName("hazard")
    feature = next(f for f in layer if f.GetField("hazard_localid") == "HZ-XXX-0002")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((47 40, 47.01 40.01, 47.01 40, 47 40.01, 47 40))"))   # a bow tie
    layer.SetFeature(feature)
    ds = None
    report = tmp_path / "report.csv"
    with pytest.raises(QgsProcessingException, match="2 problems in broken.gpkg; nothing"):
        run_alg("importimsma", {"INPUT": broken, "DATABASE": target, "REPORT": str(report)})
    text = report.read_text()
    assert "hazards,HZ-XXX-0001,hazard_type,'Confirmed' is not a code of cvd_hazard_type" in text
    assert "hazards,HZ-XXX-0002,geometry,invalid geometry" in text
    # 3. a truncated file
    truncated = tmp_path / "truncated.gpkg"
    with open(good, "rb") as f:
        truncated.write_bytes(f.read()[:20000])
    with pytest.raises(QgsProcessingException, match="cannot be read|another profile"):
        run_alg("importimsma", {"INPUT": str(truncated), "DATABASE": target})
    # 4. hazards whose minefield records this database has never seen: named, not imported
    with pytest.raises(QgsProcessingException, match=r"\d+ problems in good.gpkg; nothing"):
        run_alg("importimsma", {"INPUT": good, "DATABASE": target, "REPORT": str(report)})
    assert ('hazards,HZ-XXX-0001,minefield_record_localid,"refers to MF-12-0001 '
            '(minefield_records), which is neither in the database nor in this file"'
            in report.read_text())
    assert counts(target) == untouched


def test_the_sql_checks_of_an_export_agree_with_the_row_checks_of_an_import(request,
                                                                           source_db, tmp_path):
    """Same rules, two engines: SQL over the database, Python over rows read from a file."""
    db = copy_of(request, source_db, tmp_path)
    for sql in ("UPDATE hazards SET classification = 'Suspected' WHERE fid = 2",
                "UPDATE hazards SET status = '  ' WHERE fid = 3",
                "UPDATE hazards SET priority = 7 WHERE fid = 4",
                "UPDATE eo_finds SET category = '', condition = 'rusty' WHERE fid = 5",
                "UPDATE tasks SET task_type = 'demining' WHERE fid = 1"):
        write_unchecked(db, sql)
    profile = imsma.default_profile()
    _, from_sql = imsma_exchange.check(db, profile)
    from_rows = []
    project = project_db.open_project(db)
    for layer_name in profile["entities"]:
        rows = imsma_exchange.read_layer(project, profile, layer_name)
        for _, row, wkb in rows:
            if schema.layer(layer_name).geometry:
                row["_geometry_problem"] = imsma_exchange.wkb_problem(
                    wkb, schema.layer(layer_name).geometry)
        from_rows += imsma.validate_rows(profile, layer_name, [r for _, r, _ in rows])
    project.close()
    assert len(from_sql) == 6
    assert sorted(from_sql) == sorted(from_rows)


@pytest.mark.parametrize("fmt, extension", [("filegdb", ".gdb"), ("gpkg", ".gpkg")])
def test_exports_carry_integers_as_integers_and_times_with_their_zone(run_alg, source_db,
                                                                       tmp_path, fmt, extension):
    """As IMSMA Core's schema expects: priority and quantity are integers, audit times UTC."""
    result = export(run_alg, source_db, tmp_path / f"typed{extension}", fmt)
    dataset = ogr.Open(result["OUTPUT"])
    profile = imsma.default_profile()
    seen = set()
    for entity in profile["entities"].values():
        layer = dataset.GetLayerByName(entity["table"])
        definition = layer.GetLayerDefn()
        types = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetType()
                 for i in range(definition.GetFieldCount())}
        for spec in entity["fields"].values():
            if spec.get("type") == "integer":
                assert types[spec["name"]] in (ogr.OFTInteger, ogr.OFTInteger64), spec["name"]
        zones = set()
        for feature in layer:
            for name, kind in types.items():
                if kind == ogr.OFTDateTime and feature.IsFieldSetAndNotNull(name) \
                        and name.startswith("local_"):
                    zones.add(feature.GetFieldAsDateTime(name)[-1])
        assert zones <= {100}, (entity["table"], zones)   # OGR's code for UTC
        seen |= zones
    assert seen == {100}   # audit times were there to check


def test_an_edited_xlsx_cannot_bring_text_into_numbers_or_points_off_the_earth(
        request, run_alg, source_db, tmp_path):
    import openpyxl
    target = empty_like(request, source_db, tmp_path, run_alg, records=True)
    untouched = counts(target)
    path = export(run_alg, source_db, tmp_path / "edited.xlsx", "xlsx")["OUTPUT"]
    book = openpyxl.load_workbook(path)

    def put(sheet_name, row, column, value):
        sheet = book[sheet_name]
        header = [c.value for c in sheet[1]]
        sheet.cell(row=row, column=header.index(column) + 1, value=value)

    put("explosive_ordnance", 2, "latitude", "abc")
    put("explosive_ordnance", 3, "latitude", 95.0)
    put("explosive_ordnance", 4, "quantity", "1e19")
    put("hazard", 2, "priority", "high")
    put("hazard", 3, "wkt", "POINT (47 40)")
    put("hazard", 4, "hazard_localid", "HZ-\u200bX")
    book.save(path)
    report = tmp_path / "report.csv"
    with pytest.raises(QgsProcessingException, match="problems in edited.xlsx; nothing"):
        run_alg("importimsma", {"INPUT": path, "DATABASE": target, "REPORT": str(report)})
    text = report.read_text(encoding="utf-8")
    for words in ("latitude 'abc' is not a number",
                  "coordinates outside WGS 84 longitude/latitude",
                  "is too large for the field",
                  "'high' is not a whole number",
                  "a point where a polygon belongs",
                  "invisible or control character (U+200B)"):
        assert words in text, words
    assert counts(target) == untouched


EXPORT_SCRIPT = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import os
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
from mineaction_plugin.processing.provider import MineActionProvider
provider = MineActionProvider()
QgsApplication.processingRegistry().addProvider(provider)
import processing
processing.run("mineaction:exportimsma", {"DATABASE": sys.argv[1], "FORMAT": "filegdb",
                                          "SINCE": "1900-01-01", "OUTPUT": sys.argv[2]})
"""


def test_a_file_geodatabase_gets_every_date_with_its_zone(source_db, tmp_path):
    """GDAL warns (and guesses UTC) when a date-time of unknown zone goes into a File
    Geodatabase: the export says the zone itself, so GDAL has nothing to guess."""
    import subprocess
    import sys
    if postgis.is_postgres(source_db):
        pytest.skip("the same SQL on both backends; one process run is enough")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run([sys.executable, "-c", EXPORT_SCRIPT, source_db,
                           str(tmp_path / "zones.gdb")], capture_output=True, text=True,
                          cwd=root, env=dict(os.environ, PYTHONPATH=root), timeout=300)
    assert done.returncode == 0, done.stderr
    assert "time zone" not in done.stderr
    assert query(source_db, "SELECT count(*) FROM land_release WHERE start_date IS NOT NULL")[0][0]
