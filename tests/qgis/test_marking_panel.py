"""The Marking section: preview marking for selected hazards, save it, status, inspections."""
import pytest
from qgis.core import QgsExpression, QgsProject

from mineaction_plugin.data.layers import loaded_layer
from mineaction_plugin.gui.marking_panel import overdue_lines

from conftest import query, settle


@pytest.fixture
def dock(hazards_dock):
    dock = hazards_dock
    yield dock
    dock.marking_panel.clear_preview()


def test_preview_then_save_then_track_status_and_inspections(dock):
    hazards = loaded_layer("hazards")
    hazards.selectByExpression(""""hazard_id" IN ('HZ-XXX-0001', 'HZ-XXX-0002')""")
    panel = dock.marking_panel
    settle(panel.generate())   # lines, then the signs along them, in the background
    lines, signs = panel.preview
    assert lines.featureCount() >= 2 and signs.featureCount() > 8
    assert QgsProject.instance().layerTreeRoot().findGroup("Marking preview") is not None
    assert "save" in panel.summary.text()
    lines_saved, signs_saved = settle(panel.save())
    assert lines_saved == 2  # the two hazards lie apart: a line each
    assert QgsProject.instance().layerTreeRoot().findGroup("Marking preview") is None
    assert query(dock.database, "SELECT count(*) FROM marking_signs")[0][0] == signs_saved
    assert {r[0] for r in query(dock.database, "SELECT status FROM marking_lines")} == \
        {"planned"}
    assert dock.counts()["Marking lines"] == str(lines_saved)

    layer = loaded_layer("marking_lines")
    first = next(layer.getFeatures())
    layer.selectByIds([first.id()])
    assert panel.apply_status("installed", installed="2026-01-10", inspected="2026-02-01",
                              reason="fence built by Alpha Demining")
    assert query(dock.database, "SELECT field, old_value, new_value, reason FROM status_history "
                 "WHERE entity = 'marking_lines'") == [
        ("status", "planned", "installed", "fence built by Alpha Demining")]
    from datetime import date
    assert overdue_lines(layer, 90, today=date(2026, 11, 26)) == [
        (first["marking_id"], "2026-02-01")]
    assert overdue_lines(layer, 90, today=date(2026, 3, 1)) == []
    assert not panel.apply_status("damaged", installed="31/12/2026")  # not a date: refused


def test_the_marking_style_highlights_overdue_inspections():
    from mineaction_plugin.styles.symbology import marking_renderer
    renderer = marking_renderer(90)
    rules = renderer.rootRule().children()
    assert rules[0].label() == "Inspection overdue"
    for rule in rules:
        assert not QgsExpression(rule.filterExpression()).hasParserError(), rule.filterExpression()
