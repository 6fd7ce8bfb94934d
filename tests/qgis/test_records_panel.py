"""The Records section of the dock: check a file, see each row's status, import, inspect."""
import csv
import os

import pytest

from mineaction_plugin.data import project_db
from mineaction_plugin.data.layers import loaded_layer

from conftest import settle

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture
def dock(empty_dock):
    yield empty_dock
    empty_dock.records_panel.clear_preview()


def statuses(panel):
    table = panel.table
    return {int(table.item(r, 0).text()): (table.item(r, 1).text(), table.item(r, 3).text(),
                                           table.item(r, 4).text())
            for r in range(table.rowCount())}


def test_check_shows_every_row_with_its_status_and_draws_the_preview(dock):
    panel = dock.records_panel
    assert settle(panel.preview_file(os.path.join(DATA, "records_mixed_bad.csv")))
    rows = statuses(panel)
    with open(os.path.join(DATA, "records_mixed_bad.csv"), encoding="utf-8") as f:
        assert len(rows) == sum(1 for _ in f) - 1
    assert rows[16][0] == "MFB-12-0002" and rows[16][1] == "error"
    assert "bearing 400 is out of range" in rows[16][2]
    assert rows[2][1] == "ok"
    assert panel.import_button.isEnabled()
    assert "12 records ready" in panel.summary.text() and "12 rejected" in panel.summary.text()
    assert len(panel.bands) == 3 and panel.bands[0].numberOfVertices() > 0
    # nothing written yet
    assert project_db.counts(dock.database)["minefield_records"] == 0


def test_warnings_are_shown_but_do_not_block(dock):
    panel = dock.records_panel
    settle(panel.preview_file(os.path.join(DATA, "records.csv")))
    rows = statuses(panel)
    warned = {record for record, status, _ in rows.values() if status == "warning"}
    assert "MF-12-0006" in warned
    assert all(status != "error" for _, status, _ in rows.values())


def test_import_writes_the_good_records_refreshes_counts_and_clears_preview(dock):
    panel = dock.records_panel
    settle(panel.preview_file(os.path.join(DATA, "records_mixed_bad.csv")))
    assert settle(panel.import_records())
    assert project_db.counts(dock.database)["minefield_records"] == 12
    assert dock.counts()["Minefield records"] == "12"
    assert panel.bands == [] and panel.table.rowCount() == 0
    assert "12 records imported" in panel.summary.text()
    layer = loaded_layer("minefield_records")
    assert layer.featureCount() == 12


def test_selecting_a_record_on_the_map_shows_its_points_and_rows(dock):
    panel = dock.records_panel
    settle(panel.preview_file(os.path.join(DATA, "records.csv")))
    settle(panel.import_records())
    layer = loaded_layer("minefield_records")
    feature = next(f for f in layer.getFeatures() if f["record_id"] == "MF-12-0001")
    layer.selectByIds([feature.id()])
    text = panel.details.toPlainText()
    assert "MF-12-0001" in text and "TP7" in text and "246.7 deg true" in text, text
    assert "Row R1: 7 × TM-62M (AT)" in text


def test_rejected_rows_and_templates_are_saved(dock, tmp_path):
    panel = dock.records_panel
    settle(panel.preview_file(os.path.join(DATA, "records_mixed_bad.csv")))
    path = panel.save_rejected(str(tmp_path / "rejected.csv"))
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(panel.result.rejected)
    assert any(r["row"] == "16" and r["bearing"] == "400" for r in rows)
    csv_path, xlsx_path = panel.save_template(str(tmp_path))
    with open(csv_path, encoding="utf-8") as f:
        assert f.readline().strip().split(",")[:3] == ["record_id", "point_id", "point_type"]
    from osgeo import gdal

    from mineaction_plugin.core.record_table import TableError
    from mineaction_plugin.data import record_files
    ds = gdal.OpenEx(xlsx_path)
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == \
        ["points", "example", "columns"]
    ds = None
    # the blank sheet has the header and nothing else; the example sheet is a valid record
    with pytest.raises(TableError, match="header but no rows"):
        record_files.read_table(xlsx_path)
    table = record_files.read_table(xlsx_path, sheet="example")
    from mineaction_plugin.adapters.qgis_geodesy import QgisGeodesy, QgisProjector
    from mineaction_plugin.core.records import compute_records
    result = compute_records(table, QgisGeodesy(), QgisProjector())
    assert [r.record_id for r in result.records] == ["MF-EX-0001"] and not result.rejected


def test_an_unreadable_file_is_explained_and_nothing_changes(dock, tmp_path, qgis_iface):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"record_id,point_id\nMF-1,LM1\n")
    assert not settle(dock.records_panel.preview_file(str(path)))
    assert "required columns are missing: point_type" in dock.records_panel.summary.text()
    assert not dock.records_panel.import_button.isEnabled()


def test_a_file_changed_after_its_check_is_not_imported(dock, tmp_path):
    """What is imported is what the officer saw checked: a file saved again since is refused."""
    import shutil
    panel = dock.records_panel
    path = tmp_path / "records.csv"
    shutil.copy(os.path.join(DATA, "records.csv"), path)
    assert settle(panel.preview_file(str(path)))
    with open(path, "a", encoding="utf-8") as f:
        f.write("MF-LATE-1,LM1,LM,,,,,,,,47.0,40.0,EPSG:4326,,,,,,\n")
    assert not settle(panel.import_records())
    assert "has changed (or gone) since it was checked" in panel.summary.text()
    assert project_db.counts(dock.database)["minefield_records"] == 0
    assert settle(panel.preview_file(str(path)))   # checked again: it goes in
    assert settle(panel.import_records())
    assert project_db.counts(dock.database)["minefield_records"] > 0
