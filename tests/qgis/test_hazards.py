"""Hazards from records, their ids and areas; status history through the plain layer API."""
import json
import os

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject, QgsVectorLayer

from conftest import query as rows

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture
def records_db(run_alg, new_db, as_backend):
    """The sample's records in a project database, on each backend in turn."""
    run_alg("importminefieldrecords", {"INPUT": os.path.join(DATA, "records.csv"),
                                       "DATABASE": new_db})
    return as_backend(new_db)


def layer_of(db, name):
    from mineaction_plugin.data import project_db
    source, provider = project_db.layer_source(db, name)
    layer = QgsVectorLayer(source, name, provider)
    assert layer.isValid(), source
    return layer


def test_every_record_becomes_a_hazard_with_an_id_and_an_ellipsoidal_area(run_alg, records_db):
    result = run_alg("hazardsfromrecords", {"DATABASE": records_db, "BUFFER": 0})
    # MF-12-0006's perimeter crosses itself (a bow tie): it is left for the officer to draw
    assert result["CREATED"] == 24
    hazards = rows(records_db, "SELECT hazard_id, record_id, classification, evidence, area_m2, "
                               "status FROM hazards ORDER BY record_id")
    with open(os.path.join(DATA, "records_truth.json")) as f:
        truth = json.load(f)
    ids = [h[0] for h in hazards]
    assert len(set(ids)) == 24 and all(i.startswith("HZ-") for i in ids)
    assert "MF-12-0006" not in [h[1] for h in hazards]
    for hazard_id, record_id, classification, evidence, area, status in hazards:
        assert classification == "SHA" and evidence == "indirect" and status == "open"
        assert area == pytest.approx(truth[record_id]["area_m2"], abs=0.01)
    # again: nothing new, every record has its hazard
    assert run_alg("hazardsfromrecords", {"DATABASE": records_db})["CREATED"] == 0


def test_a_buffer_is_metres_on_the_ground(run_alg, records_db):
    run_alg("hazardsfromrecords", {"DATABASE": records_db, "RECORD_IDS": "MF-12-0001",
                                   "BUFFER": 10, "CLASSIFICATION": "CHA"})
    layer = layer_of(records_db, "hazards")
    hazard = next(layer.getFeatures())
    assert hazard["classification"] == "CHA" and hazard["evidence"] == "direct"
    records = layer_of(records_db, "minefield_records")
    record = next(f for f in records.getFeatures() if f["record_id"] == "MF-12-0001")
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                         QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    grown = hazard["area_m2"] - record["area_m2"]
    # a 10 m band around the perimeter: perimeter × 10 m plus the rounded corners (π × 10²)
    expected = record["perimeter_m"] * 10 + 3.14159 * 100
    assert grown == pytest.approx(expected, rel=0.02)
    assert hazard["area_m2"] == pytest.approx(measure.measureArea(hazard.geometry()), abs=0.01)


def test_unknown_record_ids_are_refused(run_alg, records_db):
    with pytest.raises(Exception, match="No minefield record with id NOPE"):
        run_alg("hazardsfromrecords", {"DATABASE": records_db, "RECORD_IDS": "MF-12-0001,NOPE"})
    assert rows(records_db, "SELECT count(*) FROM hazards") == [(0,)]


@pytest.mark.parametrize("layer_name, id_field, values, field, new", [
    ("land_release", "activity_id", {"activity_type": "clearance", "status": "planned"},
     "status", "ongoing"),
    ("tasks", "task_id", {"task_type": "TS", "status": "draft"}, "status", "issued"),
    ("marking_lines", "marking_id", {"marking_type": "demarcation", "status": "planned"},
     "status", "installed"),
])
def test_status_changes_through_the_plain_layer_api_reach_history(new_db, layer_name, id_field,
                                                                  values, field, new,
                                                                  as_backend):
    from qgis.core import QgsFeature
    new_db = as_backend(new_db)
    layer = layer_of(new_db, layer_name)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature[id_field] = "X-1"
    for name, value in values.items():
        feature[name] = value
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf(field), new)
    assert layer.commitChanges(), layer.commitErrors()
    assert rows(new_db, "SELECT entity, entity_id, field, old_value, new_value FROM "
                        "status_history") == [(layer_name, "X-1", field, values[field], new)]
    # history can't be edited through QGIS either
    history = layer_of(new_db, "status_history")
    history.startEditing()
    history.changeAttributeValue(next(history.getFeatures()).id(),
                                 history.fields().indexOf("new_value"), "forged")
    assert not history.commitChanges()
    history.rollBack()
    assert rows(new_db, "SELECT new_value FROM status_history") == [(new,)]


def add_release(db, activity_id, hazard_id, release_type, activity_type, wkt,
                status="completed"):
    from qgis.core import QgsFeature, QgsGeometry
    layer = QgsVectorLayer(f"{db}|layername=land_release", "lr", "ogr")
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    for name, value in (("activity_id", activity_id), ("hazard_id", hazard_id),
                        ("release_type", release_type), ("activity_type", activity_type),
                        ("status", status)):
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def test_remaining_area_is_the_hazard_minus_released_land_once(run_alg, new_db, as_backend):
    from qgis.core import QgsFeature, QgsGeometry
    hazards = QgsVectorLayer(f"{new_db}|layername=hazards", "h", "ogr")
    hazards.startEditing()
    for hazard_id, wkt in (("HZ-A", "POLYGON((47 40, 47.01 40, 47.01 40.01, 47 40.01, 47 40))"),
                           ("HZ-B", "POLYGON((47.1 40, 47.11 40, 47.11 40.01, 47.1 40.01, "
                                    "47.1 40))")):
        feature = QgsFeature(hazards.fields())
        feature["hazard_id"] = hazard_id
        feature["classification"] = "CHA"
        feature["status"] = "worked_on"
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        hazards.addFeature(feature)
    assert hazards.commitChanges()
    west = "POLYGON((47 40, 47.005 40, 47.005 40.01, 47 40.01, 47 40))"
    # HZ-A: west half cleared twice (overlapping activities) and a strip reduced, one planned
    add_release(new_db, "A1", "HZ-A", "cleared", "clearance", west)
    add_release(new_db, "A2", "HZ-A", "cleared", "clearance", west)
    add_release(new_db, "A3", "HZ-A", "reduced", "TS",
                "POLYGON((47.005 40, 47.006 40, 47.006 40.01, 47.005 40.01, 47.005 40))")
    add_release(new_db, "A4", "HZ-A", "cleared", "clearance",
                "POLYGON((47.006 40, 47.01 40, 47.01 40.01, 47.006 40.01, 47.006 40))",
                status="planned")
    # HZ-B: all of it cancelled by a polygon larger than the hazard
    add_release(new_db, "B1", "HZ-B", "cancelled", "NTS",
                "POLYGON((47.09 39.99, 47.12 39.99, 47.12 40.02, 47.09 40.02, 47.09 39.99))")
    out = run_alg("hazardprogress", {"DATABASE": as_backend(new_db),
                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["hazard_id"]: f for f in out["OUTPUT"].getFeatures()}
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                         QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")

    def area(wkt):
        return measure.measureArea(QgsGeometry.fromWkt(wkt))
    a = rows["HZ-A"]
    assert a["cleared_m2"] == pytest.approx(area(west), rel=1e-6)
    assert a["reduced_m2"] == pytest.approx(
        area("POLYGON((47.005 40, 47.006 40, 47.006 40.01, 47.005 40.01, 47.005 40))"), rel=1e-6)
    assert a["remaining_m2"] == pytest.approx(
        area("POLYGON((47.006 40, 47.01 40, 47.01 40.01, 47.006 40.01, 47.006 40))"), rel=1e-6)
    assert not a["suggest_close"] and 55 < a["released_pct"] < 65
    b = rows["HZ-B"]
    assert b["remaining_m2"] == pytest.approx(0, abs=0.01)
    assert b["cancelled_m2"] == pytest.approx(b["area_m2"], rel=1e-9)  # only inside the hazard
    assert b["suggest_close"] and b["released_pct"] == pytest.approx(100)


def one_hazard(db, wkt="POLYGON((47 40, 47.01 40, 47.01 40.01, 47 40.01, 47 40))"):
    from qgis.core import QgsFeature, QgsGeometry
    layer = QgsVectorLayer(f"{db}|layername=hazards", "h", "ogr")
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["hazard_id"] = "HZ-AGD-0001"
    feature["classification"] = "CHA"
    feature["status"] = "open"
    feature["district"] = "Aghdam"
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.addFeature(feature)
    assert layer.commitChanges()


def test_recording_release_takes_what_is_left_until_nothing_is(run_alg, new_db, as_backend):
    one_hazard(new_db)
    add_release(new_db, "A1", "HZ-AGD-0001", "cancelled", "NTS",
                "POLYGON((47 40, 47.004 40, 47.004 40.01, 47 40.01, 47 40))")
    new_db = as_backend(new_db)
    result = run_alg("recordrelease", {"DATABASE": new_db, "HAZARD_ID": "HZ-AGD-0001",
                                       "ACTIVITY_TYPE": "clearance", "ORGANISATION": "ANAMA",
                                       "START_DATE": "2022-03-01", "END_DATE": "14.04.2022"})
    assert result["ACTIVITY_ID"] == "LR-HZ-AGD-0001-02"
    stored = rows(new_db, "SELECT release_type, end_date, district, organisation FROM "
                          "land_release WHERE activity_id = 'LR-HZ-AGD-0001-02'")
    assert stored == [("cleared", "2022-04-14", "Aghdam", "ANAMA")]
    progress = run_alg("hazardprogress", {"DATABASE": new_db, "OUTPUT": "TEMPORARY_OUTPUT"})
    row = next(progress["OUTPUT"].getFeatures())
    assert row["remaining_m2"] == pytest.approx(0, abs=0.01) and row["suggest_close"]
    assert row["cleared_m2"] == pytest.approx(result["AREA_M2"], rel=1e-9)
    assert row["cancelled_m2"] + row["cleared_m2"] == pytest.approx(row["area_m2"], rel=1e-9)
    with pytest.raises(Exception, match="Nothing of hazard HZ-AGD-0001 is left"):
        run_alg("recordrelease", {"DATABASE": new_db, "HAZARD_ID": "HZ-AGD-0001"})
    with pytest.raises(Exception, match="before the start date"):
        run_alg("recordrelease", {"DATABASE": new_db, "HAZARD_ID": "HZ-AGD-0001",
                                  "AREA": "whole", "START_DATE": "2022-05-02",
                                  "END_DATE": "2022-05-01"})
    with pytest.raises(Exception, match="no hazard HZ-NONE"):
        run_alg("recordrelease", {"DATABASE": new_db, "HAZARD_ID": "HZ-NONE"})


def test_a_hazard_around_evidence_points(run_alg, new_db, as_backend, tmp_path):
    new_db = as_backend(new_db)
    points = tmp_path / "finds.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"district": "Fuzuli"},
         "geometry": {"type": "Point", "coordinates": c}}
        for c in ([47.0, 40.0], [47.001, 40.0], [47.0005, 40.001])]}))
    result = run_alg("hazardfromevidence", {"DATABASE": new_db, "INPUT": str(points),
                                            "BUFFER": 20})
    assert result["HAZARD_ID"] == "HZ-FZL-0001"
    layer = layer_of(new_db, "hazards")
    hazard = next(layer.getFeatures())
    assert hazard["classification"] == "CHA" and hazard["evidence"] == "direct"
    for lon, lat in ([47.0, 40.0], [47.001, 40.0], [47.0005, 40.001]):
        from qgis.core import QgsGeometry, QgsPointXY
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        assert hazard.geometry().contains(point)
    # 20 m around a triangle of sides about 85-120 m: well under a hectare, above the triangle
    assert 5_000 < hazard["area_m2"] < 20_000


def test_hazard_ids_follow_the_pattern_given_not_the_profile(run_alg, new_db):
    import os

    from qgis.core import QgsProcessingException, QgsSettings
    data = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")
    run_alg("importminefieldrecords", {"INPUT": os.path.join(data, "records.csv"),
                                       "DATABASE": new_db})
    QgsSettings().setValue("mineaction/hazard_id_pattern", "PROFILE-{seq}")
    try:
        with pytest.raises(QgsProcessingException, match="needs {seq}"):
            run_alg("hazardsfromrecords", {"DATABASE": new_db, "HAZARD_ID_PATTERN": "X-1"})
        run_alg("hazardsfromrecords", {"DATABASE": new_db, "RECORD_IDS": "MF-12-0001"})
        run_alg("hazardsfromrecords", {"DATABASE": new_db, "RECORD_IDS": "MF-12-0002",
                                       "HAZARD_ID_PATTERN": "SHA-{district}-{seq:03d}"})
    finally:
        QgsSettings().remove("mineaction/hazard_id_pattern")
    ids = sorted(r[0] for r in rows(new_db, "SELECT hazard_id FROM hazards"))
    assert ids == ["HZ-XXX-0001", "SHA-XXX-001"]
