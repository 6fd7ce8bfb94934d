"""The Dashboard section: figures from the database, district choice, charts, PNG."""
import os

import pytest
from osgeo import gdal
from qgis.PyQt.QtGui import QImage

from mineaction_plugin.gui.dock import MineActionDock

from conftest import BACKENDS, on_backend, settle

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")


@pytest.fixture(params=BACKENDS)
def dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path, run_alg):
    path = str(tmp_path / "dash.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    for name in ("land_release", "eo_finds"):
        gdal.VectorTranslate(path, os.path.join(DATA, "clearance", f"{name}.geojson"),
                             accessMode="append", layerName=name)
    run_alg("importminefieldrecords", {"INPUT": os.path.join(DATA, "records", "records.csv"),
                                       "DATABASE": path})
    run_alg("hazardsfromrecords", {"DATABASE": path, "BUFFER": 5})
    widget = MineActionDock(qgis_iface)
    assert widget.open_database(on_backend(request, path, request.param))
    settle()
    yield widget
    settle()
    widget.close_connections()
    widget.deleteLater()


def test_dashboard_shows_the_programme_and_each_district(dock, tmp_path):
    panel = dock.dashboard_panel
    assert settle(panel.refresh())
    assert panel.values["cleared"].text() == "2,860.0 ha"        # 28.6 km² of the sample
    assert panel.values["finds"].text() == "APM 1,217 · ATM 350 · ERW 1,857"
    assert panel.values["sha"].text().startswith("25 · ")
    names = [panel.district.itemText(i) for i in range(panel.district.count())]
    assert names[0] == "All districts" and "Aghdam" in names
    panel.district.setCurrentIndex(names.index("Aghdam"))
    assert panel.values["finds"].text() == "APM 388 · ATM 97 · ERW 512"
    assert panel.values["cleared"].text() == "1,240.0 ha"
    months = panel.figures["Aghdam"].cleared_by_month
    assert sum(months.values()) / 10000 == pytest.approx(1240.0, abs=0.1)
    assert len(panel.by_month.bars) == min(12, len(months))
    assert panel.by_month.bars[-1][1] == pytest.approx(months[max(months)] / 10000)
    assert [b[:2] for b in panel.by_category.bars] == [("APM", 388), ("ATM", 97), ("ERW", 512)]
    png = panel.export_png(str(tmp_path / "dash.png"))
    image = QImage(png)
    assert image.width() > 200 and image.height() > 300
