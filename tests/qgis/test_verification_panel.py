"""The Verification section: check the sample, read the verdicts, draw one record, correct it."""
import time

import pytest
from test_verification import TRUTH, load_sample

from conftest import opened_dock, query, settle


@pytest.fixture
def dock(qgis_iface, mineaction_provider, qgis_new_project, tmp_path):
    path = str(tmp_path / "sample.gpkg")
    load_sample(path)
    with opened_dock(qgis_iface, path) as widget:
        yield widget
        settle()
        widget.verification_panel.clear_drawing()


def test_check_all_then_read_draw_and_correct_one_record(dock):
    panel = dock.verification_panel
    settle(panel.refresh())          # what opening the section does
    assert panel.figure.text() == "No record has been checked yet."
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    settle(panel.check())
    settle()
    assert panel.table.rowCount() == 40
    shown = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text()
             for r in range(panel.table.rowCount())}
    assert shown == {r: t["status"].capitalize() for r, t in TRUTH.items()}
    # the table is grouped by status, reliable first, each in its colour
    assert panel.table.item(0, 1).background().color().name() == "#009e73"
    assert panel.figure.text().startswith("36 of 40 checked records verified. 28% reliable, "
                                          "50% explained")
    row = next(r for r in range(40) if panel.table.item(r, 0).text() == "VR-7-0008")
    assert "datum" in panel.table.item(row, 2).text()

    started = time.perf_counter()
    verdict = settle(panel.show_record("VR-7-0008"))
    assert time.perf_counter() - started < 3.0     # the benchmark measures it properly
    assert (verdict.status, verdict.reading) == ("explained", "datum_pulkovo_1942")
    assert panel.as_written.bands and panel.corrected.bands
    assert len(panel.marks) == 3                 # the arrow, matched and unmatched finds
    assert "datum_pulkovo_1942" in panel.detail.text()

    panel.table.selectRow(row)
    settle()
    assert panel.apply_button.isEnabled() and not panel.revert_button.isEnabled()
    settle(panel.correct())
    settle()
    assert query(dock.database, "SELECT correction_check_id FROM minefield_records WHERE "
                                "record_id = 'VR-7-0008'") == [("CHK-VR-7-0008-01",)]
    row = next(r for r in range(40) if panel.table.item(r, 0).text() == "VR-7-0008")
    assert "(corrected)" in panel.table.item(row, 2).text()
    panel.table.selectRow(row)
    assert panel.revert_button.isEnabled()
    settle(panel.correct(revert=True))
    settle()
    assert query(dock.database, "SELECT correction_check_id FROM minefield_records WHERE "
                                "record_id = 'VR-7-0008'") == [(None,)]


def test_the_summary_table_from_the_dock(dock, tmp_path):
    panel = dock.verification_panel
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    settle(panel.check())
    out = str(tmp_path / "summary.xlsx")
    assert settle(panel.export_summary(out)) == out
    from openpyxl import load_workbook
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    total = [c.value for c in sheet[sheet.max_row]]
    assert total[header.index("district")] == "Total"
    assert total[header.index("verified")] == 36
