"""The IMSMA section: profile table, check, export, import, last export shown."""
import os

import pytest
from osgeo import ogr
from qgis.PyQt.QtCore import Qt

from mineaction_plugin.core import imsma

from conftest import settle, write_unchecked


@pytest.fixture
def dock(hazards_dock):
    return hazards_dock


def test_check_export_with_an_edited_profile_then_import(dock, tmp_path, run_alg):
    panel = dock.imsma_panel
    assert panel.last_export.text() == "Last export: never"
    total, problems = settle(panel.check())
    assert total == 25 and problems == []   # the 25 hazards of the sample's records
    # rename a column in the table, as a country profile would
    row = next(r for r in range(panel.fields.rowCount())
               if panel.fields.item(r, 1).text() == "settlement"
               and panel.fields.item(r, 0).text() == "hazard")
    panel.fields.item(row, 2).setText("settlement_name")
    assert panel.profile["entities"]["hazards"]["fields"]["settlement"]["name"] == \
        "settlement_name"
    profile_path = str(tmp_path / "country.json")
    assert panel.save_profile(profile_path)
    panel.format.setCurrentIndex(panel.format.findData("gpkg"))
    results = settle(panel.export(str(tmp_path / "out.gpkg")))
    assert results["EXPORTED"] == 25
    assert "25 features exported" in panel.summary.text()
    assert panel.last_export.text().startswith("Last export: 20")
    ds = ogr.Open(results["OUTPUT"])
    names = [ds.GetLayerByName("hazard").GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(ds.GetLayerByName("hazard").GetLayerDefn().GetFieldCount())]
    assert "settlement_name" in names and "settlement" not in names
    ds = None
    # a profile loaded from its file is the same profile
    panel.use_profile(imsma.default_profile(), "")
    assert panel.load_profile(profile_path)
    assert "country.json" in panel.profile_label.text()
    # the file imported back, with the same profile, into a new database holding only the
    # minefield records the hazards refer to (an export does not carry them)
    target = str(tmp_path / "target.gpkg")
    run_alg("createdatabase", {"OUTPUT": target})
    run_alg("importminefieldrecords", {"INPUT": os.path.join(
        os.path.dirname(os.path.dirname(__file__)), "data", "records", "records.csv"),
        "DATABASE": target})
    dock.database, source = target, dock.database
    imported = settle(panel.import_file(results["OUTPUT"]))
    dock.database = source
    assert imported["INSERTED"] == 25
    assert "25 inserted" in panel.summary.text()


def test_problems_are_listed_and_nothing_is_written(dock, tmp_path):
    write_unchecked(dock.database, "UPDATE hazards SET status = 'finished' WHERE hazard_id = "
                                   "'HZ-XXX-0002'")
    panel = dock.imsma_panel
    assert settle(panel.export(str(tmp_path / "x.gdb"))) is None
    assert not os.path.exists(tmp_path / "x.gdb")
    assert panel.report.rowCount() == 1
    assert [panel.report.item(0, c).text() for c in range(4)] == [
        "hazards", "HZ-XXX-0002", "hazard_status", "'finished' is not a code of "
                                                   "cvd_hazard_status"]
    assert "Nothing was exported: 1 problems" in panel.summary.text()
    assert panel.report.item(0, 0).toolTip() == (
        "hazards HZ-XXX-0002, hazard_status: 'finished' is not a code of cvd_hazard_status")
    # a required box unticked in the table is a profile edit like any other
    row = next(r for r in range(panel.fields.rowCount())
               if panel.fields.item(r, 1).text() == "status"
               and panel.fields.item(r, 0).text() == "hazard")
    assert panel.fields.item(row, 3).checkState() == Qt.CheckState.Checked


def test_the_check_runs_in_the_background(dock):
    """The button's check reads the database in a task; the dock stays responsive."""
    panel = dock.imsma_panel
    job = panel.check()
    assert not job.done and panel.summary.text() == "Checking…"
    assert not panel.check_button.isEnabled()
    assert settle(job) == (25, [])
    assert panel.summary.text() == "25 features to export, 0 problems."
    assert panel.check_button.isEnabled()
