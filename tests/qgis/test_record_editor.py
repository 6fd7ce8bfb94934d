"""The record editor: typed rows give the same geometry as the file, with live checks."""
import json
import os

import pytest

from mineaction_plugin.data import project_db
from mineaction_plugin.data.layers import loaded_layer

from conftest import settle

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture
def dock(empty_dock):
    yield empty_dock
    if empty_dock.records_panel.editor is not None:
        empty_dock.records_panel.editor.clear_bands()
        empty_dock.records_panel.editor.deleteLater()


def truth():
    with open(os.path.join(DATA, "records_truth.json")) as f:
        return json.load(f)


def type_mf_12_0001(editor):
    """MF-12-0001 of the sample, typed in: true bearings in degrees, distances in paces."""
    editor.set_record("MF-12-0001", ("LM1", "47.2691893", "39.5215938", "EPSG:4326"), [
        dict(point_id="BM1", point_type="BM", bearing="98.7", distance="419.0"),
        dict(point_id="SP", point_type="SP", bearing="246.7", distance="118.0"),
        dict(point_id="TP1", point_type="TP", bearing="201.0", distance="6.0"),
        dict(point_id="TP2", point_type="TP", bearing="186.5", distance="55.0"),
        dict(point_id="TP3", point_type="TP", bearing="272.6", distance="19.0"),
        dict(point_id="TP4", point_type="TP", bearing="232.3", distance="60.0"),
        dict(point_id="TP5", point_type="TP", bearing="291.2", distance="28.0"),
        dict(point_id="TP6", point_type="TP", bearing="315.4", distance="22.0"),
        dict(point_id="TP7", point_type="TP", bearing="20.9", distance="113.0"),
        dict(point_id="R1S", point_type="RS", from_point="SP", bearing="269.2", distance="76.0",
             row_id="R1", mine_model="TM-62M", mine_count="7", spacing_m="5.0"),
        dict(point_id="R1E", point_type="RE", from_point="R1S", bearing="40.8",
             distance="38.0", row_id="R1", mine_model="TM-62M", mine_count="7",
             spacing_m="5.0"),
    ], {"bearing_unit": "deg", "bearing_ref": "true", "distance_unit": "pace", "pace_m": "0.8"})


def test_a_typed_record_matches_the_truth_and_is_drawn(dock):
    editor = dock.records_panel.open_editor()
    type_mf_12_0001(editor)
    assert editor.problems.count() == 0
    record = editor.result.records[0]
    t = truth()["MF-12-0001"]
    assert record.area_m2 == pytest.approx(t["area_m2"], abs=0.01)
    for p in record.points:
        from mineaction_plugin.adapters.qgis_geodesy import QgisGeodesy
        lat, lon = t["points"][p.point_id]
        assert QgisGeodesy().inverse(lat, lon, p.lat, p.lon)[0] < 0.1
    assert "Area 5,923 m²" in editor.status.text()
    assert len(editor.bands) == 2 and editor.save_button.isEnabled()


def test_mistakes_are_listed_live_and_block_saving(dock):
    editor = dock.records_panel.open_editor()
    type_mf_12_0001(editor)
    editor.table.item(3, 3).setText("400")     # TP2's bearing
    editor.pace.setValue(0)                     # paces without a pace length
    editor.recompute()
    texts = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any(t.startswith("line 4: bearing 400 is out of range") for t in texts), texts
    assert any("needs pace_m" in t for t in texts)
    assert not editor.save_button.isEnabled() and not editor.save()
    assert project_db.counts(dock.database)["minefield_records"] == 0


def test_save_then_edit_and_replace(dock):
    editor = dock.records_panel.open_editor()
    type_mf_12_0001(editor)
    assert settle(editor.save())
    assert project_db.counts(dock.database)["record_points"] == 12
    layer = loaded_layer("minefield_records")
    assert layer.featureCount() == 1
    # select it on the map, open it again: every value comes back
    layer.selectByIds([next(layer.getFeatures()).id()])
    editor2 = dock.records_panel.edit_selected_record()
    assert editor2.record_id.text() == "MF-12-0001"
    assert (editor2.x.text(), editor2.y.text()) == ("47.2691893", "39.5215938")
    assert editor2.table.rowCount() == 11 and editor2.pace.value() == pytest.approx(0.8)
    assert editor2.result.records[0].area_m2 == pytest.approx(truth()["MF-12-0001"]["area_m2"],
                                                             abs=0.01)
    editor2.table.item(8, 4).setText("120")  # TP7 further out
    assert settle(editor2.save(replace=True))
    assert project_db.counts(dock.database)["minefield_records"] == 1
    assert project_db.counts(dock.database)["record_points"] == 12
