"""The Survey section: import the sample, review with the keys, undo, propose and accept."""
import os

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from test_aerial import DATA, load_field_data

from conftest import BACKENDS, on_backend, opened_dock, query, settle


@pytest.fixture(params=BACKENDS)
def dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path):
    path = str(tmp_path / "survey.gpkg")
    load_field_data(path)
    with opened_dock(qgis_iface, on_backend(request, path, request.param)) as widget:
        yield widget


def test_import_review_with_keys_undo_and_accept(dock, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem
    panel = dock.survey_panel
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"))   # UTM 38N
    panel.detections_file.setText(os.path.join(DATA, "detections.geojson"))
    panel.flights_file.setText(os.path.join(DATA, "survey_flights.geojson"))
    results = settle(panel.import_detections())
    settle()
    assert results["IMPORTED"] == 547 and results["FLIGHTS_IMPORTED"] == 36
    assert len(panel.items) == 547
    unreviewed = [i["id"] for i in panel.shown if i["status"] == "unreviewed"]
    # the most confident unreviewed detection first, drawn close up on the canvas
    assert panel.current == unreviewed[0]
    assert 29 < min(canvas.extent().width(), canvas.extent().height()) < 31.5
    centre = canvas.center()
    item = panel.by_id[panel.current]
    from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject
    back = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                  QgsCoordinateReferenceSystem("EPSG:4326"),
                                  QgsProject.instance()).transform(centre)
    assert back.distance(QgsPointXY(item["lon"], item["lat"])) < 1e-6
    first, second, third = unreviewed[:3]

    QTest.keyClick(panel, Qt.Key.Key_C)            # confirm
    assert panel.current == second
    QTest.keyClick(panel, Qt.Key.Key_X)            # reject
    assert panel.current == third
    QTest.keyClick(panel, Qt.Key.Key_Left)         # back to the one just rejected
    assert panel.current == second
    QTest.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo it
    assert panel.current == second
    # a key without Ctrl, so Qt no longer believes Ctrl is held (later tests select rows)
    QTest.keyClick(panel, Qt.Key.Key_Right)
    settle()
    assert panel.writes_done()
    stored = dict(query(dock.database, "SELECT detection_id, review_status FROM "
                                       "aerial_detections WHERE detection_id IN (?, ?)",
                        (first, second)))
    assert stored == {first: "confirmed", second: "unreviewed"}
    who = query(dock.database, "SELECT reviewed_by, reviewed_at FROM aerial_detections WHERE "
                               "detection_id = ?", (first,))[0]
    assert who[0] and who[1]
    history = query(dock.database, "SELECT new_value FROM status_history WHERE entity = "
                                   "'aerial_detections' AND entity_id = ? ORDER BY fid",
                    (second,))
    assert [h[0] for h in history] == ["rejected", "unreviewed"]
    assert "of 547 reviewed" in panel.counter.text()

    # filters: one flight only
    flight = panel.by_id[first]["flight"]
    panel.flight_filter.setCurrentIndex(panel.flight_filter.findData(flight))
    assert panel.shown and all(i["flight"] == flight for i in panel.shown)

    settle(panel.proposal_list.propose("mineaction:proposehazards"))
    settle()
    settle(panel.proposal_list.propose("mineaction:proposereduction"))
    settle()
    kinds = [p["kind"] for p in panel.proposal_list.proposals]
    assert kinds.count("reduce") == 2 and kinds.count("new_cha") >= 20
    row = next(r for r, p in enumerate(panel.proposal_list.proposals) if p["kind"] == "new_cha")
    panel.proposal_list.proposal_table.selectRow(row)
    assert panel.proposal_list.outline.numberOfVertices() > 3
    made = settle(panel.proposal_list.decide("accept"))
    settle()
    hazard = made["HAZARD_IDS"]
    assert query(dock.database, "SELECT classification, evidence FROM hazards WHERE "
                                "hazard_id = ?", (hazard,)) == [("CHA", "direct")]
    row = next(r for r, p in enumerate(panel.proposal_list.proposals) if p["kind"] == "reduce")
    panel.proposal_list.proposal_table.selectRow(row)
    settle(panel.proposal_list.decide("reject", reason="team saw vegetation regrown"))
    settle()
    assert sorted(p["status"] for p in panel.proposal_list.proposals if p["kind"] == "reduce") == \
        ["proposed", "rejected"]
    # the dashboard counts the survey: flights, ground imaged, reviewed, accepted, reduction
    settle(dock.dashboard_panel.refresh())
    survey = dock.dashboard_panel.figures[""].survey
    assert (survey.flights, survey.detections, survey.reviewed) == (36, 547, 193)
    assert survey.proposals_accepted == 1
    reduce = [p for p in panel.proposal_list.proposals if p["kind"] == "reduce"
              and p["status"] == "proposed"]
    assert abs(survey.reduce_m2 - reduce[0]["area_m2"]) < 1
    import json

    from pyproj import Geod
    from shapely.geometry import shape
    from shapely.ops import unary_union
    flights = json.load(open(os.path.join(DATA, "survey_flights.geojson"), encoding="utf-8"))
    imaged = unary_union([shape(f["geometry"]) for f in flights["features"]])
    geodesic = abs(Geod(ellps="WGS84").geometry_area_perimeter(imaged)[0])
    assert abs(survey.imaged_m2 - geodesic) <= 0.002 * geodesic   # overlaps counted once
    assert dock.dashboard_panel.values["survey"].text().startswith("36 flights · ")
