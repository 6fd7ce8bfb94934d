"""The Task sheets section: a task from the selected hazard, its status, its sheet."""
import os
import subprocess

import pytest
from qgis.core import QgsProject

from mineaction_plugin.data.layers import loaded_layer

from conftest import query, settle


@pytest.fixture
def dock(hazards_dock):
    dock = hazards_dock
    yield dock
    for layout in QgsProject.instance().layoutManager().layouts():
        QgsProject.instance().layoutManager().removeLayout(layout)


def test_task_from_the_selected_hazard_then_status_then_sheet(dock, tmp_path):
    panel = dock.task_sheets_panel
    assert panel.new_task() is None   # nothing selected: a clear message, no task
    assert "Select one hazard" in panel.message.text()
    loaded_layer("hazards").selectByExpression("\"hazard_id\" = 'HZ-XXX-0002'")
    task_id = settle(panel.new_task(values={"TASK_TYPE": "clearance", "TEAM": "Team 5",
                                            "ORGANISATION": "Safe Point",
                                            "ISSUED_DATE": "2026-11-26",
                                            "DUE_DATE": "2026-12-10"}))
    assert task_id == "HZ-XXX-0002-T01"
    assert panel.table.rowCount() == 1 and panel.selected_tasks()[0]["task_id"] == task_id
    assert loaded_layer("tasks").featureCount() == 1
    # the status picker offers only where a draft can go
    assert [panel.next_status.itemData(i) for i in range(panel.next_status.count())] == \
        ["issued", "cancelled"]
    assert settle(panel.set_status("issued", "briefed"))
    assert panel.selected_tasks()[0]["status"] == "issued"
    assert query(dock.database, "SELECT old_value, new_value, reason FROM status_history "
                                "WHERE entity = 'tasks' ORDER BY fid") == [
        (None, "draft", "created from hazard HZ-XXX-0002"), ("draft", "issued", "briefed")]

    # the designer route: a project layout, filled, on the project's own layers
    panel.language.setCurrentIndex(panel.language.findData("az"))
    sheet = panel.open_in_designer(open_designer=False)
    layout = QgsProject.instance().layoutManager().layoutByName(f"Task sheet {task_id}")
    assert layout is sheet.layout
    assert layout.itemById("main_map").layers()[-1] is loaded_layer("hazards")
    from qgis.core import QgsExpressionContextUtils
    variables = QgsExpressionContextUtils.layoutScope(layout)
    assert variables.variable("ma_task_id") == task_id
    assert variables.variable("ma_label_task_sheet") == "Tapşırıq vərəqəsi"

    # the PDF route: the selected task's sheet into a folder
    panel.language.setCurrentIndex(panel.language.findData("ru"))
    results = settle(panel.export_pdfs(str(tmp_path / "out")))
    assert [os.path.basename(f) for f in results["FILES"]] == [f"{task_id}.pdf"]
    text = subprocess.run(["pdftotext", results["FILES"][0], "-"], capture_output=True,
                          text=True).stdout
    assert "Лист задачи" in text and task_id in text
    assert panel.message.text() == f"1 task sheets written to {tmp_path / 'out'}."


def test_unsafe_ids_are_refused_in_the_dialog(dock):
    from mineaction_plugin.gui.task_dialogs import NewTaskDialog
    dialog = NewTaskDialog("HZ-XXX-0001", "HZ-XXX-0001-T01", ["ANAMA"])
    dialog.task_id.setText("../x")
    dialog._accept()
    assert dialog.result() == 0 and "dot" in dialog.problem.text()
    dialog.task_id.setText("a/b")
    dialog._accept()
    assert "may hold only" in dialog.problem.text()
    dialog.task_id.setText("T-1")
    dialog._accept()
    assert dialog.result() == 1


def test_sheet_settings_are_printed_on_every_sheet(dock, tmp_path):
    from mineaction_plugin.gui.task_dialogs import SheetSettingsDialog
    from mineaction_plugin.toolbelt import set_setting
    keys = ("programme_name", "safety_notes", "emergency_contacts", "finds_distance_m",
            "declination_deg")
    try:
        dialog = SheetSettingsDialog()
        dialog.declination.setText("east")
        assert dialog.save() is False and "between -180 and 180" in dialog.problem.text()
        dialog.programme.setText("Regional Mine Action Centre Fuzuli")
        dialog.safety.setPlainText("Lane 3 only. Medic at the car park.")
        dialog.emergency.setPlainText("Duty officer +994 50 000 00 00")
        dialog.declination.setText("6,4")
        assert dialog.save()
        panel = dock.task_sheets_panel
        panel.language.setCurrentIndex(panel.language.findData("en"))
        loaded_layer("hazards").selectByExpression("\"hazard_id\" = 'HZ-XXX-0005'")
        task_id = settle(panel.new_task(values={"TASK_TYPE": "marking"}))
        results = settle(panel.export_pdfs(str(tmp_path)))
        text = subprocess.run(["pdftotext", results["FILES"][0], "-"], capture_output=True,
                              text=True).stdout
        assert task_id in text
        import unicodedata  # NFKC: the font's ligatures (ﬃ) back to letters; labels wrap lines
        text = " ".join(unicodedata.normalize("NFKC", text).split())
        for printed in ("Regional Mine Action Centre Fuzuli", "Lane 3 only. Medic at the car",
                        "Duty officer +994 50 000 00 00"):
            assert printed in text
        # the record's own declination wins over the setting
        recorded = (query(dock.database, "SELECT declination_deg FROM record_points WHERE "
                          "record_id = (SELECT record_id FROM hazards WHERE hazard_id = "
                          "'HZ-XXX-0005') AND declination_deg IS NOT NULL") or [None])[0]
        expected = f"{abs(recorded[0]):.1f}° {'E' if recorded[0] >= 0 else 'W'}" if recorded \
            else "6.4° E"
        assert expected in text
    finally:
        for key in keys:
            set_setting(key, "")
        set_setting("finds_distance_m", 500)
        set_setting("sheet_language", "en")
