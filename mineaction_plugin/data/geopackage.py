"""The project database in a GeoPackage: create, recognise, upgrade, count.

These go through GDAL/OGR, the library QGIS itself uses for GeoPackages (the file's tables,
spatial index and metadata made as QGIS expects them). Bulk writes go through
data/gpkg_sql.py instead: plain sqlite3 with the GeoPackage SQL functions the spatial index
triggers call registered on the connection, several times faster than feature-by-feature OGR.
"""
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone

from osgeo import gdal, ogr

from ..core import schema
from ..core.i18n import tr
from . import gpkg_ddl as ddl
from . import migrations


class DatabaseError(Exception):
    """A problem with a project database, worded for the person using the plugin."""


@dataclass
class DatabaseInfo:
    path: str
    version: int

    @property
    def needs_upgrade(self):
        return self.version < schema.SCHEMA_VERSION


class GdalErrors:
    """Collect GDAL errors of a block instead of printing them; raise on failure."""

    def __enter__(self):
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        gdal.ErrorReset()
        return self

    def __exit__(self, *exc):
        gdal.PopErrorHandler()
        return False

    @staticmethod
    def check(what):
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            message = gdal.GetLastErrorMsg()
            gdal.ErrorReset()
            raise DatabaseError(f"{what}: {message}")


def open_dataset(path, update=False, drivers=("GPKG",)):
    """gdal.OpenEx that returns None on failure whether or not GDAL raises exceptions
    (QGIS 3.22 leaves them off, QGIS 3.40 turns them on)."""
    flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
    try:
        if drivers:
            return gdal.OpenEx(path, flags, allowed_drivers=list(drivers))
        return gdal.OpenEx(path, flags)
    except RuntimeError:
        return None


def execute(ds, statements):
    for sql in statements:
        try:
            result = ds.ExecuteSQL(sql)
        except RuntimeError as error:
            raise DatabaseError(f"{tr('The database refused a change')}: {error}")
        if result is not None:
            ds.ReleaseResultSet(result)
        GdalErrors.check(tr("The database refused a change") + f" ({sql[:80]}…)")


def query(ds, sql):
    try:
        result = ds.ExecuteSQL(sql)
    except RuntimeError as error:
        raise DatabaseError(f"{tr('The database could not be read')}: {error}")
    GdalErrors.check(tr("The database could not be read"))
    if result is None:
        return []
    rows = [[feature.GetField(i) for i in range(feature.GetFieldCount())] for feature in result]
    ds.ReleaseResultSet(result)
    return rows


def create(path, version=schema.SCHEMA_VERSION):
    """Create a new project database at `path` (which must not exist) at `version`."""
    if os.path.lexists(path):
        raise DatabaseError(tr("{path} already exists; choose a new file name.").format(path=path))
    if not path.lower().endswith(".gpkg"):
        raise DatabaseError(tr("A project database is a GeoPackage: the file name must end "
                               "with .gpkg ({path}).").format(path=path))
    with GdalErrors():
        try:
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        except RuntimeError:
            ds = None
        if ds is None:
            raise DatabaseError(tr("Could not create {path}: {reason}").format(
                path=path, reason=gdal.GetLastErrorMsg()))
        try:
            ds.StartTransaction()
            execute(ds, ddl.create_schema(1) + migrations.statements_between(1, version))
            ds.CommitTransaction()
            # OGR learns of tables created by raw SQL only when it opens the file again
            ds = None
            ds = open_dataset(path, update=True)
            _spatial_indexes(ds, [layer for layer in schema.LAYERS
                                  if layer.geometry and layer.exists_at(version)])
        except Exception:
            ds = None
            if os.path.exists(path):
                os.remove(path)
            raise
        ds = None
    return DatabaseInfo(path, version)


def inspect(path):
    """Recognise a project database; raise DatabaseError saying why a file is not one."""
    if not os.path.isfile(path):
        raise DatabaseError(tr("{path} does not exist.").format(path=path))
    with GdalErrors():
        ds = open_dataset(path)
        if ds is None and _waited_for_lock(path):
            ds = open_dataset(path)
        if ds is None:
            raise DatabaseError(tr("{name} is not a GeoPackage, so it cannot be a mine action "
                                   "database. Nothing was changed.").format(
                                       name=os.path.basename(path)))
        tables = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        if ddl.META_TABLE not in tables:
            raise DatabaseError(tr("{name} is a GeoPackage of another kind (it has no mine "
                                   "action schema). Nothing was changed.").format(
                                       name=os.path.basename(path)))
        meta = dict(query(ds, f"SELECT key, value FROM {ddl.META_TABLE}"))
    if meta.get("schema_name") != schema.SCHEMA_NAME:
        raise DatabaseError(tr("{name} holds another schema ({schema}). Nothing was changed.")
                            .format(name=os.path.basename(path), schema=meta.get("schema_name")))
    version = schema_version_of(meta, os.path.basename(path))
    missing = [layer.name for layer in schema.LAYERS
               if layer.exists_at(version) and layer.name not in tables]
    if missing:
        raise DatabaseError(tr("{name} lacks the table(s) {tables} of a mine action database "
                               "(removed by another program?). Nothing was changed; restore "
                               "it from a backup.").format(name=os.path.basename(path),
                                                          tables=", ".join(missing)))
    if version > schema.SCHEMA_VERSION:
        raise DatabaseError(tr("{name} was made by a newer version of the plugin (schema "
                               "{found}, this plugin knows {known}). Update the plugin.").format(
                                   name=os.path.basename(path), found=version,
                                   known=schema.SCHEMA_VERSION))
    return DatabaseInfo(path, version)


def _waited_for_lock(path):
    """When GDAL cannot open an SQLite file, another program may hold it locked: wait for it
    as a write would (gpkg_sql.LOCK_TIMEOUT_S), then name the lock. True once it is free."""
    import sqlite3

    from . import gpkg_sql
    try:
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(path, timeout=gpkg_sql.LOCK_TIMEOUT_S)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
        return True
    except sqlite3.Error as error:
        raise gpkg_sql.worded_error(error, path) from error
    except OSError:
        return False


def schema_version_of(meta, name):
    """The schema version the meta table records; DatabaseError when it is missing or not a
    version number (the database was changed by another program)."""
    text = str(meta.get("schema_version") or "").strip()
    if not text.isdigit() or not 1 <= int(text) <= 1000:
        raise DatabaseError(tr("{name} records no valid schema version ({value}); it was "
                               "changed by another program. Nothing was changed; restore it "
                               "from a backup.").format(name=name,
                                                        value=repr(text) if text else tr("none")))
    return int(text)


def backup_path(path, when=None):
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    root, ext = os.path.splitext(path)
    return f"{root}.backup-{stamp}{ext}"


def upgrade(path):
    """Upgrade a project database to this plugin's schema after copying it aside.

    Returns the backup's path (None when the database was already current). The upgrade is one
    transaction: if any step fails the database is left as it was.
    """
    info = inspect(path)
    if not info.needs_upgrade:
        return None
    backup = backup_path(path)
    shutil.copy2(path, backup)
    with GdalErrors():
        ds = open_dataset(path, update=True)
        if ds is None:
            raise DatabaseError(tr("{path} cannot be opened for writing.").format(path=path))
        ds.StartTransaction()
        try:
            execute(ds, migrations.statements_between(info.version, schema.SCHEMA_VERSION))
        except Exception:
            ds.RollbackTransaction()
            raise
        ds.CommitTransaction()
        ds = None
        # layers new since the old version get their spatial index as new databases do (OGR
        # sees tables made by SQL only once the file is opened again)
        ds = open_dataset(path, update=True)
        _spatial_indexes(ds, [layer for layer in schema.LAYERS if layer.geometry and
                              layer.exists_at(schema.SCHEMA_VERSION) and
                              not layer.exists_at(info.version)])
        ds = None
    return backup


def _spatial_indexes(ds, layers):
    for layer in layers:
        execute(ds, [f"SELECT CreateSpatialIndex('{layer.name}', '{ddl.GEOMETRY_COLUMN}')"])


def counts(path):
    """Number of rows in each layer of the schema."""
    with GdalErrors():
        ds = open_dataset(path)
        if ds is None:
            raise DatabaseError(tr("{path} cannot be opened.").format(path=path))
        return {layer.name: query(ds, f"SELECT count(*) FROM {ddl.quote(layer.name)}")[0][0]
                for layer in schema.LAYERS if ds.GetLayerByName(layer.name) is not None}


def layer_uri(path, layer_name):
    """The OGR data source string QGIS uses for one layer of the database."""
    return f"{path}|layername={layer_name}"
