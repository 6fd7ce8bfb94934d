"""Loading a database into a project: group, styles, forms, relations, and what the map shows."""
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from mineaction_plugin.core import schema
from mineaction_plugin.data import layers as project_layers
from mineaction_plugin.data import project_db


def add_hazard(database, hazard_id, classification, status, wkt):
    source, provider = project_db.layer_source(database, "hazards")
    layer = QgsVectorLayer(source, "h", provider)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["hazard_id"] = hazard_id
    feature["classification"] = classification
    feature["status"] = status
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


@pytest.fixture
def loaded(new_db, as_backend, qgis_new_project):
    database = as_backend(new_db)
    return database, project_layers.load_database(database, QgsProject.instance())


def test_layers_are_added_in_one_group_in_order(loaded):
    path, layers = loaded
    group = QgsProject.instance().layerTreeRoot().findGroup("Mine action")
    assert group is not None
    names = [node.layer().customProperty(project_layers.PROPERTY_LAYER)
             for node in group.findLayers()]
    assert names == list(project_layers.LAYER_ORDER)
    assert all(layer.isValid() for layer in layers.values())
    # loading again replaces, never duplicates
    project_layers.load_database(path, QgsProject.instance())
    assert len(QgsProject.instance().mapLayers()) == len(project_layers.LAYER_ORDER)


def test_forms_offer_code_lists_pick_lists_and_relations(loaded):
    _, layers = loaded
    hazards = layers["hazards"]
    setup = hazards.editorWidgetSetup(hazards.fields().indexOf("status"))
    assert setup.type() == "ValueMap"
    codes = [list(entry.values())[0] for entry in setup.config()["map"]]
    assert codes == ["open", "worked_on", "closed"]
    contamination = hazards.editorWidgetSetup(hazards.fields().indexOf("contamination"))
    assert project_layers.NULL_VALUE_MAP_KEY in [list(e.values())[0]
                                                 for e in contamination.config()["map"]]
    tasks = layers["tasks"]
    organisation = tasks.editorWidgetSetup(tasks.fields().indexOf("organisation"))
    assert organisation.type() == "ValueRelation"
    assert organisation.config()["Layer"] == layers["organisations"].id()
    finds = layers["eo_finds"]
    assert finds.editorWidgetSetup(finds.fields().indexOf("hazard_id")).type() == \
        "RelationReference"
    assert hazards.attributeAlias(hazards.fields().indexOf("hazard_id")) == "Hazard id"
    config = hazards.editFormConfig()
    assert config.readOnly(hazards.fields().indexOf("created_by"))
    manager = QgsProject.instance().relationManager()
    children = {r.referencingLayer().customProperty(project_layers.PROPERTY_LAYER)
                for r in manager.referencedRelations(hazards)}
    assert {"land_release", "eo_finds", "marking_lines", "tasks"} <= children
    assert len(manager.relations()) == len(schema.relations())
    assert layers["status_history"].readOnly()


def render(layer, extent, size=200):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_hazards_are_drawn_in_gichd_colours(new_db, as_backend, qgis_new_project):
    new_db = as_backend(new_db)
    add_hazard(new_db, "HZ-CHA", "CHA", "open",
               "POLYGON((46.90 40.0, 46.91 40.0, 46.91 40.01, 46.90 40.01, 46.90 40.0))")
    add_hazard(new_db, "HZ-SHA", "SHA", "closed",
               "POLYGON((46.92 40.0, 46.93 40.0, 46.93 40.01, 46.92 40.01, 46.92 40.0))")
    layers = project_layers.load_database(new_db, QgsProject.instance())
    hazards = layers["hazards"]
    hazards.setLabelsEnabled(False)
    assert isinstance(hazards.renderer(), QgsRuleBasedRenderer)
    image = render(hazards, QgsRectangle(46.895, 39.995, 46.935, 40.035))
    # inside each square: the fill at 50 % over white
    cha = QColor(image.pixel(int(200 * (0.005 / 0.04)) + 10, 200 - int(200 * 0.125) - 10))
    sha = QColor(image.pixel(int(200 * (0.025 / 0.04)) + 10, 200 - int(200 * 0.125) - 10))
    assert (cha.red(), cha.green(), cha.blue()) == pytest.approx((255, 127, 127), abs=3)
    assert (sha.red(), sha.green(), sha.blue()) == pytest.approx((249, 211, 139), abs=3)
    # the closed SHA's outline is green, the open CHA's red
    left_edge_cha = QColor(image.pixel(int(200 * 0.005 / 0.04), 150))
    left_edge_sha = QColor(image.pixel(int(200 * 0.025 / 0.04), 150))
    assert left_edge_cha.red() > 200 and left_edge_cha.green() < 80
    assert left_edge_sha.green() > 120 and left_edge_sha.red() < 80


def test_area_follows_geometry_edits_on_the_ellipsoid(loaded):
    from qgis.core import QgsDistanceArea, QgsVectorLayerUtils
    _, layers = loaded
    hazards = layers["hazards"]
    assert QgsProject.instance().ellipsoid() == "EPSG:7030"
    measure = QgsDistanceArea()
    measure.setSourceCrs(hazards.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    square = QgsGeometry.fromWkt("POLYGON((46.9 40.0, 46.91 40.0, 46.91 40.01, 46.9 40.01, "
                                 "46.9 40.0))")
    hazards.startEditing()
    feature = QgsVectorLayerUtils.createFeature(hazards, square, {
        hazards.fields().indexOf("hazard_id"): "HZ-T-1"})
    assert hazards.addFeature(feature)
    assert hazards.commitChanges(), hazards.commitErrors()
    stored = next(hazards.getFeatures())
    assert stored["area_m2"] == pytest.approx(measure.measureArea(square), abs=0.01)
    assert stored["created_by"]
    # a bigger polygon: the area is updated with it
    bigger = QgsGeometry.fromWkt("POLYGON((46.9 40.0, 46.92 40.0, 46.92 40.01, 46.9 40.01, "
                                 "46.9 40.0))")
    hazards.startEditing()
    assert hazards.changeGeometry(stored.id(), bigger)
    assert hazards.commitChanges(), hazards.commitErrors()
    stored = next(hazards.getFeatures())
    assert stored["area_m2"] == pytest.approx(measure.measureArea(bigger), abs=0.01)
    assert stored["area_m2"] > 1.9 * measure.measureArea(square)


def test_find_models_are_a_pick_list_from_the_catalogue(loaded):
    _, layers = loaded
    finds = layers["eo_finds"]
    setup = finds.editorWidgetSetup(finds.fields().indexOf("model"))
    assert setup.type() == "ValueMap"
    models = [list(e.values())[0] for e in setup.config()["map"]]
    for model in ("PMN-2", "TM-62M", "MON-100", "152mm HE projectile", "cluster submunition"):
        assert model in models


def test_forms_explain_bad_values_before_the_database_refuses_them(loaded):
    from qgis.core import QgsFeature, QgsVectorLayerUtils
    _, layers = loaded
    finds = layers["eo_finds"]
    feature = QgsFeature(finds.fields())
    feature["find_id"] = "EO-1"
    feature["category"] = "APM"
    feature["quantity"] = 0
    ok, errors = QgsVectorLayerUtils.validateAttribute(
        finds, feature, finds.fields().indexOf("quantity"))
    assert not ok and "Quantity must be at least 1" in " ".join(errors)
    feature["quantity"] = 3
    assert QgsVectorLayerUtils.validateAttribute(finds, feature,
                                                 finds.fields().indexOf("quantity"))[0]


def test_opening_another_database_replaces_the_layers_but_never_unsaved_edits(
        loaded, tmp_path, run_alg):
    from mineaction_plugin.data import geopackage
    first, layers = loaded
    second = str(tmp_path / "second.gpkg")
    run_alg("createdatabase", {"OUTPUT": second})
    hazards = layers["hazards"]
    hazards.startEditing()
    feature = QgsFeature(hazards.fields())
    feature["hazard_id"], feature["classification"], feature["status"] = \
        "HZ-AAA-0001", "SHA", "open"
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((47 40, 47.01 40, 47.01 40.01, 47 40))"))
    hazards.addFeature(feature)
    with pytest.raises(geopackage.DatabaseError, match="Hazards: unsaved edits"):
        project_layers.load_database(second, QgsProject.instance())
    assert hazards.isModified() and project_layers.loaded_layer("hazards") is hazards
    hazards.rollBack()
    project_layers.load_database(second, QgsProject.instance())
    everything = QgsProject.instance().mapLayers().values()
    assert len(everything) == len(project_layers.LAYER_ORDER)
    assert {layer.customProperty(project_layers.PROPERTY_DATABASE) for layer in everything} \
        == {second}
    assert "second.gpkg" in project_layers.loaded_layer("hazards").source()
