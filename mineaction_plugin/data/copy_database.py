"""Copy a project database between a GeoPackage and PostgreSQL/PostGIS, either way.

Every layer row by row with its business ids, audit stamps, reasons and geometry; the status
history copied as it is (its rows are inserted, never changed, so the append-only rule holds).
The target is new (created by the plugin first) and filled in one transaction: a failed copy
leaves nothing half-written behind.
"""
import os

from ..core import schema
from ..core.i18n import tr
from . import geopackage, gpkg_sql, postgis
from .gpkg_ddl import quote


def _columns(layer):
    return [f.name for f in layer.fields]


# tables a new database is born with rows in (a copy brings the source's own instead)
SEEDED = ("organisations", "productivity", "priority_profiles")


def copied_layers(personal):
    """The layers a copy carries: all, or (personal=False) all but the personal tables."""
    return [layer for layer in schema.LAYERS
            if personal or layer.name not in schema.PERSONAL_LAYERS]


def gpkg_to_postgis(path, target, progress=None, personal=True):
    """Copy the GeoPackage at `path` into the new schema of `target`. Returns row counts."""
    progress = progress or (lambda percent: None)
    geopackage.inspect(path)
    postgis.create(target)
    source = gpkg_sql.connect(path)
    connection = postgis.connect(target)
    counts = {}
    try:
        with connection:
            with connection.cursor() as cursor:
                # a copy keeps who made each row and when (only the schema's owner may)
                cursor.execute("SET LOCAL mineaction.keep_stamps = 'on'")
                # the seeded pick list and defaults are replaced by the source's own
                for table in SEEDED:
                    cursor.execute(f"DELETE FROM {quote(target.schema)}.{quote(table)}")
                layers = copied_layers(personal)
                for index, layer in enumerate(layers):
                    columns = _columns(layer)
                    selected = ", ".join(quote(c) for c in columns)
                    geometry = ", geom" if layer.geometry else ""
                    rows = source.execute(f"SELECT {selected}{geometry} FROM "
                                          f"{quote(layer.name)} ORDER BY fid").fetchall()
                    placeholders = ", ".join(["%s"] * len(columns))
                    rows = _empty_references_as_null(layer, columns, rows)
                    if layer.geometry:
                        placeholders += ", ST_SetSRID(ST_GeomFromWKB(%s), 4326)"
                        rows = [row[:-1] + (gpkg_sql.wkb(row[-1]) if row[-1] else None,)
                                for row in rows]
                    names = ", ".join(quote(c) for c in columns) + (", geom" if layer.geometry
                                                                     else "")
                    cursor.executemany(f"INSERT INTO {quote(target.schema)}.{quote(layer.name)}"
                                       f" ({names}) VALUES ({placeholders})", rows)
                    counts[layer.name] = len(rows)
                    progress(100 * (index + 1) / len(layers))
    except Exception as error:
        # the schema was made for this copy: nothing of it is left behind
        connection.close()
        _drop_new_schema(target)
        if isinstance(error, geopackage.DatabaseError):
            raise
        raise geopackage.DatabaseError(tr(
            "PostgreSQL refused the copy, so nothing was copied: {reason}").format(
                reason=str(error).strip().splitlines()[0] if str(error).strip() else error))
    finally:
        source.close()
        connection.close()
    return counts


def _drop_new_schema(target):
    connection = postgis.connect(target)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {quote(target.schema)} CASCADE")
    finally:
        connection.close()


def _empty_references_as_null(layer, columns, rows):
    """A reference left empty ('') by another tool means none (NULL): PostgreSQL would refuse
    '' as a reference to a row that does not exist."""
    positions = [i for i, c in enumerate(columns) if layer.field(c).references]
    if not positions:
        return rows
    return [tuple(None if i in positions and isinstance(v, str) and not v.strip() else v
                  for i, v in enumerate(row)) for row in rows]


def postgis_to_gpkg(target, path, progress=None, personal=True):
    """Copy the PostGIS project `target` into a new GeoPackage at `path`. Returns row counts."""
    progress = progress or (lambda percent: None)
    postgis.inspect(target)
    geopackage.create(path)
    connection = postgis.connect(target)
    destination = gpkg_sql.connect(path)
    counts = {}
    try:
        destination.execute("BEGIN")
        for table in SEEDED:
            destination.execute(f"DELETE FROM {quote(table)}")
        layers = copied_layers(personal)
        for index, layer in enumerate(layers):
            columns = _columns(layer)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {', '.join(_as_text(layer, c) for c in columns)}"
                    f"{', ST_AsBinary(geom)' if layer.geometry else ''} FROM "
                    f"{quote(target.schema)}.{quote(layer.name)} ORDER BY fid")
                rows = cursor.fetchall()
            if layer.geometry:
                index_rows = gpkg_sql.BulkSpatialIndex(destination, layer.name)
                fid = gpkg_sql.next_fid(destination, layer.name)
                boxes, values = [], []
                for offset, row in enumerate(rows):
                    blob, bounds = None, None
                    if row[-1] is not None:
                        bounds = _wkb_bounds(bytes(row[-1]))
                        blob = gpkg_sql.blob(bytes(row[-1]), bounds)
                        boxes.append((fid + offset,) + bounds)
                    values.append((fid + offset,) + tuple(row[:-1]) + (blob,))
                destination.executemany(
                    f"INSERT INTO {quote(layer.name)} (fid, "
                    f"{', '.join(quote(c) for c in columns)}, geom) VALUES "
                    f"({', '.join('?' * (len(columns) + 2))})", values)
                index_rows.add(boxes)
                index_rows.close()
            else:
                destination.executemany(
                    f"INSERT INTO {quote(layer.name)} ({', '.join(quote(c) for c in columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})", [tuple(r) for r in rows])
            counts[layer.name] = len(rows)
            progress(100 * (index + 1) / len(layers))
        destination.execute("COMMIT")
    except Exception:
        destination.execute("ROLLBACK")
        destination.close()
        connection.close()
        os.remove(path)
        raise
    destination.close()
    connection.close()
    return counts


def _as_text(layer, column):
    """Dates and times as the GeoPackage stores them (ISO text, UTC with 'Z')."""
    field = layer.field(column)
    if field.type == "date":
        return f"to_char({quote(column)}, 'YYYY-MM-DD')"
    if field.type == "datetime":
        return (f"to_char({quote(column)} AT TIME ZONE 'UTC', "
                f"'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
    return quote(column)


def _wkb_bounds(wkb):
    from osgeo import ogr
    geometry = ogr.CreateGeometryFromWkb(wkb)
    min_x, max_x, min_y, max_y = geometry.GetEnvelope()
    return (min_x, max_x, min_y, max_y)


def gpkg_to_gpkg_without_personal(path, destination, progress=None):
    """A copy of the GeoPackage at `path` with the personal tables emptied, for sharing: made
    beside the target, emptied, VACUUMed (deleted rows leave no trace in free pages), then
    moved into place. Returns row counts."""
    import shutil
    progress = progress or (lambda percent: None)
    geopackage.inspect(path)
    if os.path.exists(destination):
        raise geopackage.DatabaseError(tr("{path} exists already; choose a new name.").format(
            path=destination))
    partial = destination + ".partial"
    shutil.copy2(path, partial)
    try:
        connection = gpkg_sql.connect(partial)
        try:
            for name in reversed(schema.PERSONAL_LAYERS):
                connection.execute(f"DELETE FROM {quote(name)}")
            connection.commit()
            progress(50)
            connection.execute("VACUUM")
            counts = {layer.name: connection.execute(
                f"SELECT count(*) FROM {quote(layer.name)}").fetchone()[0]
                for layer in schema.LAYERS}
        finally:
            connection.close()
        os.replace(partial, destination)
    except Exception:
        if os.path.exists(partial):
            os.remove(partial)
        raise
    progress(100)
    return counts
