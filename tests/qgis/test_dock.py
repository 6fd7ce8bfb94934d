"""The Mine Action dock driven as a user would: create, open, refuse, upgrade."""
import hashlib

import pytest
from qgis.core import Qgis, QgsProject

from mineaction_plugin.core import schema
from mineaction_plugin.data import geopackage
from mineaction_plugin.gui.dock import MineActionDock

from conftest import settle


@pytest.fixture
def dock(qgis_iface, mineaction_provider, qgis_new_project):
    widget = MineActionDock(qgis_iface)
    qgis_iface.messageBar().clear_messages()
    yield widget
    settle()
    widget.close_connections()
    widget.deleteLater()


def bar_texts(iface, level):
    return [str(m) for m in iface.messageBar().get_messages(level)]


def test_new_database_shows_its_counts(dock, tmp_path, qgis_iface):
    path = str(tmp_path / "district.gpkg")
    assert settle(dock.create_database(path)) is True
    counts = dock.counts()
    assert counts["Hazards"] == "0"
    assert counts["Organisations"] == str(len(schema.ORGANISATIONS))
    assert len(counts) == len(schema.LAYERS)
    assert QgsProject.instance().layerTreeRoot().findGroup("Mine action") is not None
    assert dock.section_counts["hazards"].text() == "Hazards: 0"
    assert any("Opened district.gpkg" in m
               for m in bar_texts(qgis_iface, Qgis.MessageLevel.Success))


def test_counts_follow_committed_edits(empty_dock):
    dock = empty_dock
    from qgis.core import QgsFeature

    from mineaction_plugin.data.layers import loaded_layer
    layer = loaded_layer("eo_finds")
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["find_id"] = "EO-1"
    feature["category"] = "APM"
    feature["quantity"] = 1
    layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    assert dock.counts()["EO finds"] == "1"


def test_opening_a_file_that_is_not_a_geopackage_changes_nothing(dock, tmp_path, qgis_iface):
    path = tmp_path / "records.gpkg"
    path.write_text("not a database")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert not dock.open_database(str(path))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert any("not a GeoPackage" in m for m in bar_texts(qgis_iface, Qgis.MessageLevel.Critical))
    assert dock.database is None
    assert QgsProject.instance().count() == 0


def test_an_older_database_is_upgraded_only_when_the_user_agrees(dock, tmp_path):
    path = str(tmp_path / "old.gpkg")
    geopackage.create(path, version=1)
    assert not dock.open_database(path, confirm_upgrade=lambda version: False)
    assert geopackage.inspect(path).version == 1
    assert not list(tmp_path.glob("*backup*"))
    assert settle(dock.open_database(path, confirm_upgrade=lambda version: version == 1))
    assert geopackage.inspect(path).version == schema.SCHEMA_VERSION
    backups = list(tmp_path.glob("old.backup-*.gpkg"))
    assert len(backups) == 1 and geopackage.inspect(str(backups[0])).version == 1


def test_labels_follow_the_language(qgis_app):
    from mineaction_plugin.core.i18n import tr
    from mineaction_plugin.toolbelt import install_translator
    try:
        assert install_translator("az")
        assert tr("Hazards") != "Hazards" and tr("Hazards")
        assert install_translator("ru")
        assert tr("Hazards") == "Опасные участки"
    finally:
        install_translator("en")
    assert tr("Hazards") == "Hazards"


def test_an_algorithm_refused_in_the_background_says_why(dock, tmp_path, qgis_iface):
    """A background algorithm that fails puts its own sentence in the message bar, not
    "see the log" (its task hands on only False)."""
    path = tmp_path / "notes.gpkg"
    path.write_text("a text file that happens to be called .gpkg")
    job = dock.create_database(str(path))
    assert settle(job) is None and job.done and not job.ok
    messages = bar_texts(qgis_iface, Qgis.MessageLevel.Critical)
    assert messages and "did not finish" not in messages[-1], messages
    assert "notes.gpkg" in messages[-1], messages
    assert path.read_text().startswith("a text file")   # nothing replaced


def test_switching_databases_while_the_map_draws_never_crashes(dock, tmp_path, qgis_iface):
    """QGIS 3.22 dies (signal 11) when a layer is deleted while a canvas's preview jobs still
    draw it; the dock stops every canvas first. Thirty switches mid-drawing, as an officer
    going back and forth between two district files while the map catches up."""
    import os
    import time

    import processing
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle
    from test_casualties import DATA, load_places

    from mineaction_plugin.data.layers import LAYER_ORDER
    paths = [str(tmp_path / f"district_{n}.gpkg") for n in (1, 2)]
    for path in paths:     # records, hazards and 2,334 accidents: labels and rules to draw
        load_places(path)
        processing.run("mineaction:importaccidents", {
            "INPUT": os.path.join(DATA, "casualties.csv"), "DATABASE": path})
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.window().show()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setPreviewJobsEnabled(True)         # as QGIS desktop draws: in parallel, cached,
    canvas.setParallelRenderingEnabled(True)   # with the neighbouring previews
    canvas.setCachingEnabled(True)
    drawing = 0
    for switch in range(30):
        assert settle(dock.open_database(paths[switch % 2])) is not False
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.customProperty("mineaction/layer") in LAYER_ORDER]
        canvas.setLayers(layers)
        canvas.setExtent(QgsRectangle(46.5, 39.5, 47.5, 40.5))
        canvas.refresh()
        started = time.monotonic()
        while time.monotonic() - started < 0.05 + 0.05 * (switch % 8):
            QgsApplication.processEvents()
        drawing += canvas.isDrawing()
    assert drawing > 0    # some switches did come while the map was drawing
    assert len(QgsProject.instance().mapLayers()) == len(LAYER_ORDER)
