"""mineaction:createdatabase / upgradedatabase and the data layer, on real GeoPackages."""
import hashlib
import os

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from mineaction_plugin.core import schema
from mineaction_plugin.data import geopackage, project_db

from conftest import query as rows


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def query(path, sql):
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    result = ds.ExecuteSQL(sql)
    rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
    ds.ReleaseResultSet(result)
    return rows


def test_created_database_has_every_layer_in_wgs84_with_spatial_index(new_db):
    ds = ogr.Open(new_db)
    assert ds.GetDriver().GetName() == "GPKG"
    for layer_def in schema.LAYERS:
        layer = ds.GetLayerByName(layer_def.name)
        assert layer is not None, layer_def.name
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        assert sorted(f.name for f in layer_def.fields) == sorted(names)
        if layer_def.geometry:
            srs = layer.GetSpatialRef()
            assert srs.GetAuthorityCode(None) == "4326"
            named = {"geometry": "unknown(any)"}   # OGR's name for a layer of mixed shapes
            assert ogr.GeometryTypeToName(layer.GetGeomType()).replace(" ", "").lower() == \
                named.get(layer_def.geometry.lower(), layer_def.geometry.lower())
            assert query(new_db, f"SELECT HasSpatialIndex('{layer_def.name}', 'geom')")[0][0] == 1
    assert geopackage.inspect(new_db).version == schema.SCHEMA_VERSION
    assert geopackage.counts(new_db)["organisations"] == len(schema.ORGANISATIONS)


def test_an_existing_file_is_never_overwritten(new_db, run_alg):
    before = sha(new_db)
    with pytest.raises(Exception, match="already exists"):
        run_alg("createdatabase", {"OUTPUT": new_db})
    assert sha(new_db) == before


def test_edits_through_qgis_keep_audit_fields_and_history(new_db, as_backend):
    new_db = as_backend(new_db)
    source, provider = project_db.layer_source(new_db, "hazards")
    layer = QgsVectorLayer(source, "hazards", provider)
    assert layer.isValid()
    from mineaction_plugin.data.layers import configure_form
    configure_form(layer, schema.layer("hazards"))
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    for name in ("hazard_id", "classification", "status"):
        feature[name] = {"hazard_id": "HZ-AGD-0001", "classification": "SHA",
                         "status": "open"}[name]
    feature["created_by"] = layer.defaultValue(layer.fields().indexOf("created_by"))
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((46.95 40.0, 46.96 40.0, 46.96 40.01, 46.95 40.01, 46.95 40.0))"))
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("status"), "worked_on")
    layer.changeAttributeValue(fid, layer.fields().indexOf("status_reason"), "TS started")
    assert layer.commitChanges(), layer.commitErrors()
    user = rows(new_db, "SELECT created_by FROM hazards")[0][0]
    # who: this computer's account on a GeoPackage (a default value expression), the login the
    # server authenticated on PostGIS (its triggers) — one name for the row and its history
    project = project_db.open_project(new_db)
    assert user == project.user() and user
    project.close()
    history = rows(new_db, "SELECT entity, entity_id, field, old_value, new_value, changed_by, "
                           "reason FROM status_history")
    assert history == [("hazards", "HZ-AGD-0001", "status", "open", "worked_on", user,
                        "TS started")]


def test_a_bad_code_is_refused_on_commit_and_nothing_is_written(new_db, as_backend):
    new_db = as_backend(new_db)
    source, provider = project_db.layer_source(new_db, "hazards")
    layer = QgsVectorLayer(source, "hazards", provider)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["hazard_id"] = "HZ-1"
    feature["classification"] = "SHA"
    feature["status"] = "pending"
    layer.addFeature(feature)
    assert not layer.commitChanges()
    layer.rollBack()
    assert project_db.counts(new_db)["hazards"] == 0


def test_not_a_geopackage_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("record_id,point_id\nMF-1,LM1\n")
    before = sha(path)
    with pytest.raises(geopackage.DatabaseError, match="not a GeoPackage"):
        geopackage.inspect(str(path))
    with pytest.raises(geopackage.DatabaseError):
        geopackage.upgrade(str(path))
    assert sha(path) == before


def test_a_geopackage_of_another_schema_is_refused_and_left_untouched(tmp_path):
    path = str(tmp_path / "roads.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", geom_type=ogr.wkbLineString)
    ds = None
    before = sha(path)
    with pytest.raises(geopackage.DatabaseError, match="another kind"):
        geopackage.inspect(path)
    assert sha(path) == before
    assert not [f for f in os.listdir(tmp_path) if "backup" in f]


def test_an_older_database_is_upgraded_after_a_backup(tmp_path, run_alg):
    path = str(tmp_path / "old.gpkg")
    geopackage.create(path, version=1)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("INSERT INTO hazards (hazard_id) VALUES ('HZ-OLD-1')")
    ds = None
    original = sha(path)
    result = run_alg("upgradedatabase", {"DATABASE": path})
    backup = result["BACKUP"]
    assert os.path.exists(backup) and sha(backup) == original
    assert geopackage.inspect(backup).version == 1
    assert geopackage.inspect(path).version == schema.SCHEMA_VERSION
    assert query(path, "SELECT hazard_id, status_reason FROM hazards") == [["HZ-OLD-1", None]]
    # the layers added since version 1 are as in a new database: registered, spatially
    # indexed, and loadable by QGIS
    fresh = str(tmp_path / "fresh.gpkg")
    geopackage.create(fresh)
    tables = "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name"
    assert query(path, tables) == query(fresh, tables)
    from qgis.core import QgsVectorLayer
    for name in ("survey_flights", "aerial_detections", "hazard_proposals", "accidents"):
        layer = QgsVectorLayer(geopackage.layer_uri(path, name), name, "ogr")
        assert layer.isValid(), name
    # upgrading again is a no-op
    assert run_alg("upgradedatabase", {"DATABASE": path})["BACKUP"] == ""


def test_a_newer_database_is_refused(tmp_path):
    path = str(tmp_path / "new.gpkg")
    geopackage.create(path)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE mineaction_meta SET value = '99' WHERE key = 'schema_version'")
    ds = None
    with pytest.raises(geopackage.DatabaseError, match="newer version"):
        geopackage.inspect(path)
