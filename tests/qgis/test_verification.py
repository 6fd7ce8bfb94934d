"""Record verification on the sample of shared/data/verification (truth made without project
code: GeographicLib traverses, pyproj grids), on a GeoPackage and on PostGIS."""
import json
import math
import os

import pytest
from qgis.core import QgsProcessingException

from conftest import BACKENDS, on_backend
from conftest import query as rows

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "verification")
TRUTH = json.load(open(os.path.join(DATA, "truth.json"), encoding="utf-8"))


def load_sample(path):
    """As the outside check loads it: records through the import, the field data appended."""
    import processing
    from osgeo import gdal
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    result = processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(DATA, "records.csv"), "DATABASE": path})
    assert result["RECORDS_IMPORTED"] == 40
    for name in ("land_release", "eo_finds"):   # land release first: finds refer to it
        done = gdal.VectorTranslate(path, os.path.join(DATA, f"{name}.geojson"),
                                    accessMode="append", layerName=name)
        assert done is not None
        done = None


@pytest.fixture(scope="module", params=BACKENDS)
def checked(request, mineaction_provider, tmp_path_factory):
    import processing
    path = str(tmp_path_factory.mktemp("verification") / "project.gpkg")
    load_sample(path)
    database = on_backend(request, path, request.param)
    result = processing.run("mineaction:verifyrecords", {"DATABASE": database,
                                                         "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    checks = {f["record_id"]: {n: f[n] for n in f.fields().names()} for f in layer.getFeatures()}
    return {"database": database, "result": result, "checks": checks}


def test_every_record_gets_the_status_of_the_truth(checked):
    checks = checked["checks"]
    assert sorted(checks) == sorted(TRUTH)
    wrong = {r: (checks[r]["status"], t["status"]) for r, t in TRUTH.items()
             if checks[r]["status"] != t["status"]}
    assert not wrong
    counts = {s: sum(t["status"] == s for t in TRUTH.values()) for s in
              ("reliable", "explained", "partly", "unreliable", "unverified")}
    assert {s: checked["result"][s.upper()] for s in counts} == counts


def test_explained_records_name_the_reading_cause_and_move(checked):
    for record_id, truth in TRUTH.items():
        check = checked["checks"][record_id]
        if truth["status"] not in ("explained", "reliable"):
            continue
        assert check["reading"] == truth["reading"], record_id
        assert check["likely_cause"] == truth["cause"], record_id
        miss = math.hypot(check["dx_m"] - truth["dx_m"], check["dy_m"] - truth["dy_m"])
        assert miss <= 1.0, (record_id, miss)
        assert abs(check["rotation_deg"] - truth["rotation_deg"]) <= 0.2, record_id
        if truth["variant"] == "pace":
            assert abs(check["scale"] - truth["scale"]) <= 0.005, record_id
        else:
            assert check["scale"] == 1.0, record_id


def test_checks_are_appended_and_reliability_follows_with_history(checked):
    db = checked["database"]
    stored = dict(rows(db, "SELECT record_id, status FROM record_checks"))
    assert stored == {r: c["status"] for r, c in checked["checks"].items()}
    parameters = json.loads(rows(db, "SELECT parameters FROM record_checks")[0][0])
    assert parameters["SEARCH_RADIUS"] == 600 and parameters["MATCH_RADIUS_AP"] == 1.5
    reliability = dict(rows(db, "SELECT record_id, reliability FROM minefield_records"))
    expected = {"reliable": "reliable", "explained": "partly_reliable",
                "partly": "partly_reliable", "unreliable": "unreliable",
                "unverified": "unknown"}
    assert reliability == {r: expected[t["status"]] for r, t in TRUTH.items()}
    history = rows(db, "SELECT entity_id, old_value, new_value, reason FROM status_history "
                       "WHERE entity = 'minefield_records' AND field = 'reliability'")
    assert len(history) == sum(t["status"] != "unverified" for t in TRUTH.values())
    for record_id, old, new, reason in history:
        assert old == "unknown" and new == reliability[record_id]
        assert reason.startswith("record check CHK-" + record_id)


def test_a_second_run_appends_and_a_cancelled_one_writes_nothing(checked, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    db = checked["database"]
    before = rows(db, "SELECT count(*) FROM record_checks")[0][0]
    history = rows(db, "SELECT count(*) FROM status_history")[0][0]
    again = processing.run("mineaction:verifyrecords", {
        "DATABASE": db, "RECORD_IDS": "VR-7-0001, VR-7-0008", "MIN_FINDS": 5})
    assert again["CHECKED"] == 2
    ids = [r[0] for r in rows(db, "SELECT check_id FROM record_checks WHERE record_id = "
                                  "'VR-7-0008' ORDER BY check_id")]
    assert ids == ["CHK-VR-7-0008-01", "CHK-VR-7-0008-02"]
    assert rows(db, "SELECT count(*) FROM status_history")[0][0] == history   # unchanged
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run("mineaction:verifyrecords", {"DATABASE": db}, QgsProcessingContext(),
                       feedback)
    assert rows(db, "SELECT count(*) FROM record_checks")[0][0] == before + 2
    with pytest.raises(QgsProcessingException, match="NO-SUCH"):
        processing.run("mineaction:verifyrecords", {"DATABASE": db, "RECORD_IDS": "NO-SUCH"})


def test_without_a_second_python_this_process_gives_the_same_checks(checked, monkeypatch):
    """The sample's 40 records are checked with a child process on the other core (more than
    CHILD_FROM); with none to be had, here alone, and the checks are the same."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from mineaction_plugin.data import child_process

    class Heard(QgsProcessingFeedback):
        said = []

        def pushInfo(self, text):  # noqa: N802 (QGIS's name)
            self.said.append(text)
            super().pushInfo(text)
    monkeypatch.setattr(child_process, "python_interpreter", lambda: (None, "none here"))
    heard = Heard()
    result = processing.run("mineaction:verifyrecords", {
        "DATABASE": checked["database"], "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=heard, context=QgsProcessingContext())
    assert "All records are checked in this process: none here" in heard.said
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    again = {f["record_id"]: {n: f[n] for n in f.fields().names() if n != "check_id"}
             for f in layer.getFeatures()}
    assert again == {r: {n: v for n, v in c.items() if n != "check_id"}
                     for r, c in checked["checks"].items()}


def _geometries(db, table, where=""):
    from mineaction_plugin.data import project_db
    with project_db.open_project(db) as project:
        return {tuple(row[:-1]): bytes(project.wkb(row[-1])) for row in project.rows(
            f"SELECT record_id, {'point_id' if table == 'record_points' else 'fid'}, "
            f"{project.geometry_column()} FROM {table} {where}")}


def test_corrections_put_explained_records_where_the_mines_are_and_revert_exactly(checked):
    import processing
    from qgis.core import QgsGeometry
    db = checked["database"]
    explained = sorted(r for r, t in TRUTH.items() if t["status"] == "explained")
    before = {t: _geometries(db, t) for t in ("record_points", "mine_rows", "minefield_records")}
    released = rows(db, "SELECT count(*) FROM land_release")
    result = processing.run("mineaction:correctrecords", {"DATABASE": db})
    assert result["CHANGED"] == len(explained) and result["HAZARDS_MOVED"] == 0
    from mineaction_plugin.core.geodesy import PyprojGeodesy
    geodesy = PyprojGeodesy()
    points = {}
    for record_id, point_id, value in rows(db, "SELECT record_id, point_id, recorded_wkt "
                                               "FROM record_points"):
        points[(record_id, point_id)] = value
    moved = _geometries(db, "record_points")
    worst, compared = 0.0, 0
    for record_id in explained:
        for point_id, (lat, lon) in TRUTH[record_id]["points"].items():
            key = (record_id, point_id)
            if key not in moved:
                continue
            point = QgsGeometry()
            point.fromWkb(moved[key])
            distance = geodesy.inverse(lat, lon, point.asPoint().y(), point.asPoint().x())[0]
            worst, compared = max(worst, distance), compared + 1
            assert points[key] is not None        # the form's position kept
    assert worst <= 1.0 and compared >= 10 * len(explained)
    # records not explained did not move; land release never moves
    for key, wkb in before["record_points"].items():
        if key[0] not in explained:
            assert moved[key] == wkb
    assert rows(db, "SELECT count(*) FROM land_release") == released
    applied = dict(rows(db, "SELECT record_id, correction_check_id FROM minefield_records "
                            "WHERE correction_check_id IS NOT NULL"))
    assert sorted(applied) == explained
    history = rows(db, "SELECT entity_id, new_value, reason FROM status_history WHERE "
                       "field = 'correction_check_id'")
    assert sorted(h[0] for h in history) == explained
    assert all(h[1] in h[2] for h in history)      # the reason names the check
    again = processing.run("mineaction:correctrecords", {"DATABASE": db})
    assert again["CHANGED"] == 0                   # already corrected by the same check

    reverted = processing.run("mineaction:correctrecords", {"DATABASE": db, "REVERT": True})
    assert reverted["CHANGED"] == len(explained)
    for table, geometries in before.items():
        assert _geometries(db, table) == geometries, table      # byte for byte
    assert rows(db, "SELECT count(*) FROM minefield_records WHERE correction_check_id IS NOT "
                    "NULL OR recorded_wkt IS NOT NULL")[0][0] == 0
    assert rows(db, "SELECT count(*) FROM status_history WHERE field = 'correction_check_id' "
                    "AND new_value IS NULL")[0][0] == len(explained)


def test_hazards_move_with_their_record_only_when_asked(checked):
    import processing
    from qgis.core import QgsGeometry
    db = checked["database"]
    record_id = "VR-7-0008"                         # datum, about 100 m
    made = processing.run("mineaction:hazardsfromrecords", {
        "DATABASE": db, "RECORD_IDS": record_id, "BUFFER": 5.0})
    assert made["CREATED"] == 1
    before = _geometries(db, "hazards", f"WHERE record_id = '{record_id}'")
    result = processing.run("mineaction:correctrecords", {
        "DATABASE": db, "RECORD_IDS": record_id, "MOVE_HAZARDS": True})
    assert (result["CHANGED"], result["HAZARDS_MOVED"]) == (1, 1)
    after = _geometries(db, "hazards", f"WHERE record_id = '{record_id}'")
    old, new = QgsGeometry(), QgsGeometry()
    old.fromWkb(list(before.values())[0])
    new.fromWkb(list(after.values())[0])
    record = QgsGeometry()
    record.fromWkb(list(_geometries(db, "minefield_records",
                                    f"WHERE record_id = '{record_id}'").values())[0])
    assert new.contains(record.centroid()) and not old.contains(record.centroid())
    processing.run("mineaction:correctrecords", {"DATABASE": db, "RECORD_IDS": record_id,
                                                 "REVERT": True})
    assert _geometries(db, "hazards", f"WHERE record_id = '{record_id}'") == before


def test_the_programme_summary_counts_latest_checks_by_district(checked, tmp_path):
    import csv

    import processing
    out = str(tmp_path / "verification.csv")
    result = processing.run("mineaction:verificationsummary", {
        "DATABASE": checked["database"], "OUTPUT": out})
    with open(out, encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    total = table[-1]
    assert total["district"] == "Total" and int(total["records"]) == 40
    verified = sum(t["status"] != "unverified" for t in TRUTH.values())
    assert int(total["verified"]) == verified == result["VERIFIED"]
    assert int(total["explained"]) == 18
    assert float(total["reliable_pct"]) == round(100 * 10 / verified, 1)
    # the form has no district: it comes from the land release over the record or the nearest
    # find; VR-7-0011 has neither (nothing searched near it), so it has none
    districts = {t["district"] for r, t in TRUTH.items() if r != "VR-7-0011"}
    assert {row["district"] for row in table[:-1]} == districts | {"(no district)"}
    assert [row["records"] for row in table if row["district"] == "(no district)"] == ["1"]
    assert sum(int(row["records"]) for row in table[:-1]) == 40
