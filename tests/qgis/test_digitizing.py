"""Drawing on the map: ids and links filled in, invalid outlines and overlaps caught."""
import os

import pytest
from osgeo import gdal
from qgis.core import Qgis, QgsGeometry, QgsVectorLayerUtils

from mineaction_plugin.data.layers import loaded_layer
from mineaction_plugin.gui.dock import MineActionDock

from conftest import BACKENDS, on_backend, settle

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "clearance")


@pytest.fixture(params=BACKENDS)
def dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path, run_alg):
    path = str(tmp_path / "draw.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    gdal.VectorTranslate(path, os.path.join(DATA, "land_release.geojson"), accessMode="append",
                         layerName="land_release")
    widget = MineActionDock(qgis_iface)
    assert widget.open_database(on_backend(request, path, request.param))
    settle()
    qgis_iface.messageBar().clear_messages()
    yield widget
    settle()
    widget.close_connections()
    widget.deleteLater()


def draw(layer, wkt, **values):
    """What QGIS's add-feature tool does once the form is accepted."""
    if not layer.isEditable():
        layer.startEditing()
    indexes = {layer.fields().indexOf(k): v for k, v in values.items()}
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), indexes)
    assert layer.addFeature(feature)
    added = [f for f in layer.getFeatures() if f.id() < 0]  # new ones count down from -1
    return min(added, key=lambda f: f.id()) if added else None


def texts(iface, level):
    return " ".join(iface.messageBar().get_messages(level))


def test_a_drawn_hazard_gets_its_id_and_overlaps_are_flagged(dock, qgis_iface):
    assert dock.digitizing.start("hazards")
    hazards = loaded_layer("hazards")
    assert hazards.isEditable()
    first = draw(hazards, "POLYGON((47 40, 47.01 40, 47.01 40.01, 47 40.01, 47 40))",
                 district="Aghdam", classification="SHA")
    assert first["hazard_id"] == "HZ-AGD-0001"
    second = draw(hazards, "POLYGON((47.005 40, 47.02 40, 47.02 40.01, 47.005 40.01, "
                           "47.005 40))", district="Aghdam", classification="CHA")
    assert second["hazard_id"] == "HZ-AGD-0002"
    assert "overlaps open hazard(s) HZ-AGD-0001" in texts(qgis_iface, Qgis.MessageLevel.Warning)
    assert hazards.commitChanges(), hazards.commitErrors()
    assert second["area_m2"] is not None


def test_an_invalid_outline_is_repaired_only_with_consent(dock, qgis_iface):
    hazards = loaded_layer("hazards")
    bowtie = "POLYGON((47 40, 47.01 40.01, 47.01 40, 47 40.01, 47 40))"
    dock.digitizing.confirm_repair = lambda problem: False
    dock.digitizing.start("hazards")
    draw(hazards, bowtie, district="Fuzuli")
    assert hazards.featureCount() == 0
    assert "not valid" in texts(qgis_iface, Qgis.MessageLevel.Critical)
    dock.digitizing.confirm_repair = lambda problem: True
    kept = draw(hazards, bowtie, district="Fuzuli")
    assert kept.geometry().isGeosValid() and not kept.geometry().isMultipart()
    assert "largest was kept" in texts(qgis_iface, Qgis.MessageLevel.Warning)
    assert hazards.commitChanges(), hazards.commitErrors()


def test_a_find_gets_its_activity_hazard_and_district(dock, qgis_iface):
    activities = loaded_layer("land_release")
    activity = next(activities.getFeatures())
    inside = activity.geometry().pointOnSurface().asPoint()
    dock.digitizing.start("eo_finds")
    finds = loaded_layer("eo_finds")
    found = draw(finds, f"POINT({inside.x()} {inside.y()})", category="APM", quantity=1)
    assert found["find_id"] == "EO-000001"
    assert found["activity_id"] == activity["activity_id"]
    assert found["district"] == activity["district"]
    assert texts(qgis_iface, Qgis.MessageLevel.Warning) == ""
    lost = draw(finds, "POINT(40 40)", category="ERW", quantity=1)
    assert lost["find_id"] == "EO-000002"
    assert "EO-000002 lies outside every activity polygon" in texts(
        qgis_iface, Qgis.MessageLevel.Warning)
    assert finds.commitChanges(), finds.commitErrors()


def test_release_recorded_from_the_dock_for_the_selected_hazard(dock, qgis_iface):
    hazards = loaded_layer("hazards")
    dock.digitizing.start("hazards")
    draw(hazards, "POLYGON((48 40, 48.01 40, 48.01 40.01, 48 40.01, 48 40))",
         district="Zangilan", classification="CHA")
    assert hazards.commitChanges()
    hazards.selectAll()
    dock.clearance_panel.end_date.setText("2024-05-01")
    activity = settle(dock.clearance_panel.record_release())
    assert activity == "LR-HZ-ZNG-0001-01"
    row = next(r for r in dock.hazards_panel.rows if r["hazard_id"] == "HZ-ZNG-0001")
    assert row["suggest_close"] and row["cleared_m2"] == pytest.approx(row["area_m2"], rel=1e-9)


def test_a_drawn_release_is_linked_to_the_hazard_under_it(dock, qgis_iface):
    hazards = loaded_layer("hazards")
    dock.digitizing.start("hazards")
    draw(hazards, "POLYGON((48 40, 48.01 40, 48.01 40.01, 48 40.01, 48 40))",
         district="Lachin", classification="CHA")
    assert hazards.commitChanges()
    dock.digitizing.start("land_release")
    releases = loaded_layer("land_release")
    drawn = draw(releases, "POLYGON((48 40, 48.005 40, 48.005 40.01, 48 40.01, 48 40))",
                 activity_type="TS", status="completed")
    assert drawn["hazard_id"] == "HZ-LAC-0001" and drawn["activity_id"] == "LR-HZ-LAC-0001-01"
    assert drawn["release_type"] == "reduced" and drawn["district"] == "Lachin"
    assert releases.commitChanges(), releases.commitErrors()
    settle(dock.hazards_panel.refresh())
    row = next(r for r in dock.hazards_panel.rows if r["hazard_id"] == "HZ-LAC-0001")
    assert 45 < row["released_pct"] < 55 and row["reduced_m2"] > 0


def test_a_drawn_task_area_gets_its_hazard_and_a_safe_id(dock, qgis_iface):
    hazards = loaded_layer("hazards")
    dock.digitizing.start("hazards")
    draw(hazards, "POLYGON((48 40, 48.01 40, 48.01 40.01, 48 40.01, 48 40))",
         district="Lachin", classification="CHA", priority=2)
    assert hazards.commitChanges()
    tasks = loaded_layer("tasks")
    dock.task_sheets_panel.draw_button.click()
    assert qgis_iface.activeLayer() is tasks and tasks.isEditable()
    drawn = draw(tasks, "POLYGON((48 40, 48.004 40, 48.004 40.004, 48 40.004, 48 40))",
                 task_type="TS")
    assert drawn["hazard_id"] == "HZ-LAC-0001" and drawn["task_id"] == "HZ-LAC-0001-T01"
    assert drawn["priority"] == 2
    assert tasks.commitChanges(), tasks.commitErrors()
    assert [r["task_id"] for r in dock.task_sheets_panel.rows] == ["HZ-LAC-0001-T01"]
    assert dock.task_sheets_panel.rows[0]["status"] == "draft"
