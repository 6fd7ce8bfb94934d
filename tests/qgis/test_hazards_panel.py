"""The Hazards section: hazards from records, progress per hazard, closing with history."""
import os

import pytest

from conftest import query

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture
def dock(empty_dock):
    empty_dock.records_panel.preview_file(os.path.join(DATA, "records.csv"), synchronous=True)
    empty_dock.records_panel.import_records(synchronous=True)
    return empty_dock


def test_hazards_from_records_then_close_one_with_history(dock):
    panel = dock.hazards_panel
    panel.buffer.setValue(5)
    assert panel.hazards_from_records(synchronous=True) == 25  # a buffer: one area each
    assert dock.counts()["Hazards"] == "25"
    assert panel.table.rowCount() == 25
    assert "25 hazards" in panel.summary.text() and "0 ready to close" in panel.summary.text()
    panel.table.selectRow(0)
    assert panel.close_button.isEnabled()
    assert panel.close_selected(reason="fenced and handed over")
    history = query(dock.database, "SELECT entity, field, old_value, new_value, reason FROM "
                                   "status_history")
    assert history == [("hazards", "status", "open", "closed", "fenced and handed over")]
    assert panel.table.item(0, 1).text() == "Closed"


def test_classification_and_status_changes_from_the_dock_reach_history(dock):
    panel = dock.hazards_panel
    panel.buffer.setValue(5)
    panel.hazards_from_records(synchronous=True)
    panel.table.selectRow(1)
    hazard_id = panel.rows[1]["hazard_id"]
    assert panel.change_selected("CHA", "worked_on", "TS found PMN-2 mines")
    history = query(dock.database, "SELECT entity_id, field, old_value, new_value, reason "
                                   "FROM status_history ORDER BY fid")
    assert sorted(history) == sorted([
        (hazard_id, "classification", "SHA", "CHA", "TS found PMN-2 mines"),
        (hazard_id, "status", "open", "worked_on", "TS found PMN-2 mines")])
