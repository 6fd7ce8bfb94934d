"""The Hazards section: hazards from records, progress per hazard, closing with history."""
import os

import pytest

from conftest import query, settle

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture
def dock(empty_dock):
    settle(empty_dock.records_panel.preview_file(os.path.join(DATA, "records.csv")))
    settle(empty_dock.records_panel.import_records())
    return empty_dock


def test_hazards_from_records_then_close_one_with_history(dock):
    panel = dock.hazards_panel
    panel.buffer.setValue(5)
    assert settle(panel.hazards_from_records()) == 25  # a buffer: one area each
    assert dock.counts()["Hazards"] == "25"
    assert panel.table.rowCount() == 25
    assert "25 hazards" in panel.summary.text() and "0 ready to close" in panel.summary.text()
    panel.table.selectRow(0)
    assert panel.close_button.isEnabled()
    assert panel.close_selected(reason="fenced and handed over")
    settle()
    history = query(dock.database, "SELECT entity, field, old_value, new_value, reason FROM "
                                   "status_history")
    assert history == [("hazards", "status", "open", "closed", "fenced and handed over")]
    assert panel.table.item(0, 1).text() == "Closed"


def test_classification_and_status_changes_from_the_dock_reach_history(dock):
    panel = dock.hazards_panel
    panel.buffer.setValue(5)
    settle(panel.hazards_from_records())
    panel.table.selectRow(1)
    hazard_id = panel.rows[1]["hazard_id"]
    assert panel.change_selected("CHA", "worked_on", "TS found PMN-2 mines")
    history = query(dock.database, "SELECT entity_id, field, old_value, new_value, reason "
                                   "FROM status_history ORDER BY fid")
    assert sorted(history) == sorted([
        (hazard_id, "classification", "SHA", "CHA", "TS found PMN-2 mines"),
        (hazard_id, "status", "open", "worked_on", "TS found PMN-2 mines")])


def test_an_empty_project_measures_to_an_empty_table(empty_dock):
    """A background read that finds nothing still reports (QGIS hands a task's empty result
    on as no result at all)."""
    panel = empty_dock.hazards_panel
    assert settle(panel.refresh()) is None and settle() is None
    assert panel.rows == [] and panel.summary.text().startswith("0 hazards")
    assert panel.refresh_button.isEnabled()
