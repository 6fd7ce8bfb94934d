"""The Planning section: criteria measured once, sliders re-rank, forecast and its summary."""
import time

import pytest
from test_planning import load_planning

from conftest import opened_dock, settle


@pytest.fixture
def dock(qgis_iface, mineaction_provider, qgis_new_project, tmp_path):
    path = str(tmp_path / "planning.gpkg")
    load_planning(path)
    with opened_dock(qgis_iface, path) as widget:
        yield widget


def test_measure_rerank_with_the_sliders_and_forecast(dock, tmp_path):
    from qgis.PyQt.QtCore import QDate
    panel = dock.planning_panel
    settle(panel.refresh())
    assert panel.profile.findText("simple") >= 0 and panel.profile.findText("anama") >= 0
    panel.profile.setCurrentIndex(panel.profile.findText("simple"))
    settle()
    assert panel.sliders["families_within"].value() == 100
    settle(panel.measure())
    settle()
    assert panel.table.item(0, 1).text() == "HZ-JAB-0254"
    assert "1,127 families within reach" in panel.table.item(0, 3).text()
    # a weight moved: the ranking follows from the cached criteria, quickly
    started = time.perf_counter()
    panel.sliders["families_within"].setValue(0)
    panel.sliders["area_m2"].setValue(100)
    settle()
    assert time.perf_counter() - started < 2.0
    largest = max(panel.rows, key=lambda r: r["area_m2"])["hazard_id"]
    assert panel.table.item(0, 1).text() == largest
    panel.profile.setCurrentIndex(panel.profile.findText("simple"))
    panel.sliders["families_within"].setValue(100)
    panel.sliders["area_m2"].setValue(0)
    settle()
    panel.start.setDate(QDate(2022, 9, 1))
    settle(panel.forecast(folder=str(tmp_path)))
    settle()
    text = panel.summary.text()
    assert text.startswith("Everything cleared by 20")
    assert "residential by 2024-12-31: short by" in text
    assert (tmp_path / "gantt.pdf").exists() and (tmp_path / "plan.csv").exists()
    # the weights kept as a profile of the database
    panel.sliders["victims_within"].setValue(40)
    settle(panel.save_profile("officer's choice"))
    settle()
    from mineaction_plugin.data import planning_store
    stored = planning_store.profile_rows(dock.database, "officer's choice")
    assert stored["victims_within"]["weight"] == 0.4 and stored["families_within"]["weight"] == 1
    assert panel.profile.findText("officer's choice") >= 0
