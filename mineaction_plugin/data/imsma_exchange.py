"""IMSMA Core exchange, what export and import share: the formats, the last-export stamp, and
the checks of what an export would hold (core/imsma's rules over the project database).

The export itself is data/imsma_export.py (GDAL or XLSX); reading an export back and applying
it is data/imsma_import.py. No Qt: GDAL (osgeo) and sqlite3 only.
"""
import struct

from osgeo import ogr, osr

from ..core import imsma, schema
from . import gpkg_sql, project_db
from .gpkg_ddl import META_TABLE, literal

FORMATS = {"filegdb": ("OpenFileGDB", ".gdb"), "gpkg": ("GPKG", ".gpkg"),
           "xlsx": ("XLSX", ".xlsx")}
LAST_EXPORT_KEY = "imsma_last_export"
OGR_TYPES = {"text": ogr.OFTString, "integer": ogr.OFTInteger, "real": ogr.OFTReal,
             "date": ogr.OFTDate, "datetime": ogr.OFTDateTime}
GEOMETRY_TYPES = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString,
                  "Polygon": ogr.wkbPolygon, None: ogr.wkbNone}


class ExchangeError(Exception):
    """An exchange that cannot go ahead; the message says why. `problems` lists features."""

    def __init__(self, message, problems=()):
        super().__init__(message)
        self.problems = list(problems)


def last_export(database):
    with project_db.open_project(database) as db:
        row = db.one(f"SELECT value FROM {db.t(META_TABLE)} WHERE key = ?", (LAST_EXPORT_KEY,))
    return row[0] if row else None


def record_export(database, when):
    with project_db.open_project(database) as db:
        with db.transaction():
            db.execute(f"DELETE FROM {db.t(META_TABLE)} WHERE key = ?", (LAST_EXPORT_KEY,))
            db.execute(f"INSERT INTO {db.t(META_TABLE)} (key, value) VALUES (?, ?)",
                       (LAST_EXPORT_KEY, when))


def geometry_problem(blob, geometry_type):
    """Why a stored geometry cannot go to IMSMA, or None."""
    if blob is None:
        return "no geometry"
    if geometry_type == "Point":
        return _point_problem(blob)
    wkb = gpkg_sql.wkb(blob)
    geometry = ogr.CreateGeometryFromWkb(wkb)
    if geometry is None:
        return "unreadable geometry"
    if geometry.IsEmpty():
        return "empty geometry"
    if geometry_type == "Point":
        x, y = geometry.GetX(), geometry.GetY()
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            return f"point {x:.6f}, {y:.6f} is outside WGS 84 longitude/latitude"
        return None
    if not geometry.IsValid():
        return "invalid geometry (self-intersection or bad ring)"
    return None


def wkb_problem(wkb, geometry_type):
    """geometry_problem() for plain WKB (PostGIS rows)."""
    if wkb is None:
        return "no geometry"
    return geometry_problem(gpkg_sql.blob(wkb), geometry_type)


def _point_problem(blob):
    """Points read straight from the blob (no OGR object: finds run to hundreds of thousands)."""
    try:
        flags = blob[3]
        if flags & 0x10:
            return "empty geometry"
        offset = 8 + (0, 32, 48, 48, 64)[(flags >> 1) & 0x07]
        order = "<" if blob[offset] == 1 else ">"
        kind, x, y = struct.unpack_from(order + "Idd", blob, offset + 1)
    except (IndexError, struct.error):
        return "unreadable geometry"
    if kind % 1000 != 1:
        return "not a point"
    if x != x or y != y:   # NaN: an empty point
        return "empty geometry"
    if not (-180 <= x <= 180 and -90 <= y <= 90):
        return f"point {x:.6f}, {y:.6f} is outside WGS 84 longitude/latitude"
    return None


def read_layer(db, profile, layer_name, since=None):
    """[(fid, row dict, WKB)] of the rows changed after `since` (all when None); db is a
    project_db project (GeoPackage or PostGIS)."""
    layer = schema.layer(layer_name)
    names = [plugin_name for plugin_name, _, _ in imsma.field_map(profile, layer_name)]
    columns = ", ".join(column_sql(layer_name, n, db.t) for n in names)
    geometry = f", {db.geometry_column()}" if layer.geometry else ", NULL"
    where, arguments = _changed_since(since)
    sql = f"SELECT fid, {columns}{geometry} FROM {db.t(layer_name)}{where}"
    rows = []
    for record in db.rows(sql + " ORDER BY fid", arguments):
        values = [v.isoformat().replace("+00:00", "Z") if hasattr(v, "isoformat") else v
                  for v in record[1:-1]]
        rows.append((record[0], dict(zip(names, values)), db.wkb(record[-1])))
    return rows


def column_sql(layer_name, plugin_name, table_of):
    """The SQL giving a profile field of `layer_name`'s table: its column, or for a derived one
    (core/imsma.DERIVED) the value looked up in its source table. table_of(layer) -> SQL name."""
    derived = imsma.DERIVED.get(layer_name, {}).get(plugin_name)
    if derived is None:
        return gpkg_sql.quote(plugin_name)
    source, column, key = (gpkg_sql.quote(n) if i else n for i, n in enumerate(derived))
    return (f"(SELECT source.{column} FROM {table_of(source)} AS source WHERE source.{key} = "
            f"{table_of(layer_name)}.{key})")


def check(database, profile, since=None):
    """What an export would hold and every problem in it.

    Returns ({layer: number of rows chosen}, problems [(layer, id, IMSMA field, problem)]).
    The rules are core/imsma's: one SQL scan per layer picks the rows that may break
    one (a national database holds hundreds of thousands of features), and the same Python
    rules as for imported files name the problems; geometries are checked one by one."""
    counts, problems, _ = checked_rows(database, profile, since)
    return counts, problems


def checked_rows(database, profile, since=None):
    """check() plus {layer: fids of the rows with a problem}.

    Returns ({layer: number of rows chosen}, problems, {layer: bad fids})."""
    with project_db.open_project(database) as db:
        shared = isinstance(db, project_db.PgProject)
        counts, problems, bad = {}, [], {}
        for layer_name, entity in profile["entities"].items():
            layer = schema.layer(layer_name)
            table, key = db.t(layer_name), gpkg_sql.quote(layer.id_field)
            where, arguments = _changed_since(since)
            also = " AND " if where else " WHERE "
            counts[layer_name] = db.one(f"SELECT count(*) FROM {table}{where}", arguments)[0]
            found = []   # (fid, rule order, local id, IMSMA field, problem)
            if shared and layer.geometry:
                # PostGIS judges its own geometries; the few it doubts are looked at closely
                test = ("ST_X(geom) NOT BETWEEN -180 AND 180 OR ST_Y(geom) NOT BETWEEN -90 AND 90"
                        if layer.geometry == "Point" else "NOT ST_IsValid(geom)")
                suspects = (f"SELECT fid, {key}, ST_AsBinary(geom) FROM {table}{where}{also}"
                            f"(geom IS NULL OR ST_IsEmpty(geom) OR {test})")
            elif layer.geometry == "Point":
                # points are checked on the spatial index's boxes (no geometry decoded); only
                # the few outside WGS 84 or missing from the index are looked at closely
                rtree = gpkg_sql.quote(f"rtree_{layer_name}_geom")
                suspects = (f"SELECT fid, {key}, geom FROM {table}{where}{also}(geom IS NULL OR "
                            f"fid NOT IN (SELECT id FROM {rtree}) OR fid IN (SELECT id FROM "
                            f"{rtree} WHERE minx < -180 OR maxx > 180 OR miny < -90 OR "
                            f"maxy > 90))")
            elif layer.geometry:
                suspects = f"SELECT fid, {key}, geom FROM {table}{where}"
            else:
                suspects = None
            if suspects:
                for fid, local_id, value in db.rows(suspects, arguments):
                    problem = (wkb_problem(db.wkb(value), layer.geometry) if shared
                               else geometry_problem(value, layer.geometry))
                    if problem:
                        found.append((fid, -1, local_id, "geometry", problem))
            checks = imsma.rules(profile, layer_name)
            order = {imsma_name: index for index, (_, imsma_name, *_) in enumerate(checks)}
            suspect = _suspect_condition(checks)
            if suspect:
                names = [plugin_name for plugin_name, *_ in checks]
                query = (f"SELECT fid, {key}, {', '.join(gpkg_sql.quote(n) for n in names)} "
                         f"FROM {table}{where}{also}({suspect})")
                for fid, local_id, *values in db.rows(query, arguments):
                    for imsma_name, problem in imsma.row_problems(checks,
                                                                  dict(zip(names, values))):
                        found.append((fid, order[imsma_name], local_id, imsma_name, problem))
            duplicated = {r[0] for r in db.rows(
                f"SELECT {key} FROM {table}{where} GROUP BY {key} HAVING count(*) > 1",
                arguments) if not _blank(r[0])}
            position = {}
            if duplicated or any(_blank(f[2]) for f in found):
                # row numbers in export order, as the checks of files count them
                position = {fid: index + 1 for index, (fid,) in enumerate(db.rows(
                    f"SELECT fid FROM {table}{where} ORDER BY fid", arguments))}
            if duplicated:
                firsts = {}
                for fid, local_id in db.rows(
                        f"SELECT fid, {key} FROM {table}{where}{also}{key} IN "
                        f"({', '.join('?' * len(duplicated))}) ORDER BY fid",
                        arguments + list(duplicated)):
                    first = firsts.setdefault(local_id, position[fid])
                    if first != position[fid]:
                        found.append((fid, len(checks), local_id,
                                      entity["fields"][layer.id_field]["name"],
                                      imsma.duplicate(first, position[fid])))
            found.sort(key=lambda f: (f[0], f[1]))
            problems += [(layer_name, f"#{position[fid]}" if _blank(local_id) else
                          str(local_id), field, problem)
                         for fid, _, local_id, field, problem in found]
            bad[layer_name] = {f[0] for f in found}
    return counts, problems, bad


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _suspect_condition(checks):
    """SQL true for every row that may break one of the rules (and for few others)."""
    parts = []
    for plugin_name, _, required, _, codes in checks:
        column = gpkg_sql.quote(plugin_name)
        blank = f"{column} IS NULL OR trim(CAST({column} AS TEXT)) = ''"
        if required:
            parts.append(blank)
        if codes is not None:
            listed = ", ".join(literal(c) for c in sorted(codes))
            parts.append(f"(NOT ({blank}) AND CAST({column} AS TEXT) NOT IN ({listed}))")
    return " OR ".join(f"({p})" for p in parts)


def _changed_since(since):
    """WHERE clause and arguments choosing the rows changed after `since` (all when None).
    Rows written by other tools may lack the stamps: never known as exported, so chosen."""
    if not since:
        return "", []
    return (" WHERE (COALESCE(modified_at, created_at) IS NULL OR "
            "COALESCE(modified_at, created_at) > ?)", [since])


def wgs84_srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs
