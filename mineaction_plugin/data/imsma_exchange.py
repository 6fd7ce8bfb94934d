"""IMSMA Core exchange files: export the project database through a profile, import one back.

Export: the rows changed since the last export (or a given time) are read and checked first
(core/imsma.validate_rows plus geometry); then GDAL writes a File Geodatabase or GeoPackage
with the profile's coded-value domains (GDAL ≥ 3.6), tables created by the profile and filled by
GDAL's own translation (an SQL select renaming the columns), or an XLSX with one sheet per
entity. Import: an export is read back, checked as a whole, and applied in one transaction.
No Qt: GDAL (osgeo) and sqlite3 only.
"""
import math
import os
import re
import struct
from concurrent.futures import ThreadPoolExecutor

from osgeo import gdal, ogr, osr

from ..core import imsma, outputs, schema
from ..core.i18n import tr
from ..core.records import parse_number
from ..core.spreadsheet import original
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


def _record_export(database, when):
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
    columns = ", ".join(gpkg_sql.quote(n) for n in names)
    geometry = f", {db.geometry_column()}" if layer.geometry else ", NULL"
    where, arguments = _changed_since(since)
    sql = f"SELECT fid, {columns}{geometry} FROM {db.t(layer_name)}{where}"
    rows = []
    for record in db.rows(sql + " ORDER BY fid", arguments):
        values = [v.isoformat().replace("+00:00", "Z") if hasattr(v, "isoformat") else v
                  for v in record[1:-1]]
        rows.append((record[0], dict(zip(names, values)), db.wkb(record[-1])))
    return rows


def check(database, profile, since=None):
    """What an export would hold and every problem in it.

    Returns ({layer: number of rows chosen}, problems [(layer, id, IMSMA field, problem)]).
    The rules are core/imsma's: one SQL scan per layer picks the rows that may break
    one (a national database holds hundreds of thousands of features), and the same Python
    rules as for imported files name the problems; geometries are checked one by one."""
    counts, problems, _ = _check(database, profile, since)
    return counts, problems


def _check(database, profile, since=None):
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


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def output_path(path, fmt):
    extension = FORMATS[fmt][1]
    return path if path.lower().endswith(extension) else os.path.splitext(path)[0] + extension


def export(database, profile, fmt, path, since=None, on_invalid="stop", progress=None,
           is_cancelled=None, say=None):
    """Write the export. Returns a dict: path, since, exported_at, counts {table: n}, problems.

    on_invalid: "stop" (any problem: nothing is written, ExchangeError) or "skip" (the valid
    features are written, the others reported). The export is written beside `path` and moved
    into place only when complete; a project database or a file of another kind is never
    replaced (core/outputs.py); `say(text)` hears of a partial export left by a killed run."""
    progress = progress or (lambda percent: None)
    is_cancelled = is_cancelled or (lambda: False)
    path = output_path(path, fmt)
    try:
        outputs.check_output(path, (FORMATS[fmt][1],), protected=(database,))
    except outputs.OutputRefused as error:
        raise ExchangeError(str(error))
    if since is None:
        since = last_export(database)
    exported_at = gpkg_sql.now_iso()
    with outputs.written_into_place(path, say) as partial:
        if fmt == "xlsx":
            chosen, problems, bad = _check(database, profile, since)
            _refuse(problems, on_invalid)
            counts = _write_xlsx(partial, profile, _full_rows(database, profile, since), bad)
        else:
            # GDAL writes everything chosen into the partial file while the checks run (two
            # cores: SQLite and GDAL both let go of Python's lock); kept only if they pass
            empty = {name: set() for name in profile["entities"]}
            with ThreadPoolExecutor(max_workers=1) as pool:
                writing = pool.submit(_write_gdal, database, partial, fmt, profile, empty,
                                      since, progress, is_cancelled)
                try:
                    chosen, problems, bad = _check(database, profile, since)
                finally:
                    failure = writing.exception()   # waits for the writer
            _refuse(problems, on_invalid)   # the features' problems come first
            if failure is not None:
                raise failure
            counts = writing.result()
            if problems:   # skip: written again without the features that failed
                outputs.remove(partial)
                counts = _write_gdal(database, partial, fmt, profile, bad, since, progress,
                                     is_cancelled)
        if is_cancelled():
            raise ExchangeError(tr("Export cancelled; nothing was kept."))
    _record_export(database, exported_at)
    progress(100)
    return {"path": path, "since": since, "exported_at": exported_at, "counts": counts,
            "problems": problems}


def _refuse(problems, on_invalid):
    if problems and on_invalid == "stop":
        raise ExchangeError(tr("{count} problems found; nothing was exported (see the report, "
                               "or export with ON_INVALID=skip).").format(count=len(problems)),
                            problems)


def _full_rows(database, profile, since):
    with project_db.open_project(database) as db:
        return {layer_name: read_layer(db, profile, layer_name, since)
                for layer_name in profile["entities"]}


def _kept(rows, bad_fids):
    """The rows whose fid has no problem (rows: tuples starting with the fid)."""
    return [row for row in rows if row[0] not in bad_fids] if bad_fids else rows


def _write_gdal(database, path, fmt, profile, bad, since, progress, is_cancelled):
    driver = gdal.GetDriverByName(FORMATS[fmt][0])
    try:
        target = driver.Create(path, 0, 0, 0, gdal.GDT_Unknown)
    except RuntimeError:
        target = None
    if target is None:
        raise ExchangeError(tr("{path} could not be created: {reason}").format(
            path=path, reason=gdal.GetLastErrorMsg()))
    for name, domain in profile.get("domains", {}).items():
        field_type = ogr.OFTInteger if domain.get("type") == "integer" else ogr.OFTString
        coded = ogr.CreateCodedFieldDomain(name, domain.get("description") or name, field_type,
                                           ogr.OFSTNone, {str(k): str(v) for k, v in
                                                          domain["codes"].items()})
        if not target.AddFieldDomain(coded):
            raise ExchangeError(tr("The domain {name} could not be written: {reason}").format(
                name=name, reason=gdal.GetLastErrorMsg()))
    srs = _srs()
    for layer_name, entity in profile["entities"].items():
        geometry_type = GEOMETRY_TYPES[schema.layer(layer_name).geometry]
        layer = target.CreateLayer(entity["table"], srs if geometry_type != ogr.wkbNone
                                   else None, geometry_type)
        for plugin_name, imsma_name, spec in imsma.field_map(profile, layer_name):
            definition = ogr.FieldDefn(imsma_name, OGR_TYPES[spec.get("type", "text")])
            if spec.get("domain"):
                definition.SetDomainName(spec["domain"])
            layer.CreateField(definition)
    target = None  # closed: GDAL's translation appends to it below
    source_sql = _open_source(database)
    table_of = _table_names(database)
    counts = {}
    total = len(profile["entities"])
    for index, (layer_name, entity) in enumerate(profile["entities"].items()):
        if is_cancelled():
            break
        columns = ", ".join(f"{_exported(p, spec, fmt)} AS {gpkg_sql.quote(n)}"
                            for p, n, spec in imsma.field_map(profile, layer_name))
        geometry = ", geom" if schema.layer(layer_name).geometry else ""
        conditions = []
        if since:
            conditions.append("(COALESCE(modified_at, created_at) IS NULL OR "
                              f"COALESCE(modified_at, created_at) > {literal(since)})")
        if bad[layer_name]:
            conditions.append("NOT " + _fid_ranges(bad[layer_name]))
        where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
        sql = f"SELECT {columns}{geometry} FROM {table_of(layer_name)}{where}"
        options = gdal.VectorTranslateOptions(accessMode="append", layerName=entity["table"],
                                              SQLStatement=sql)
        # GDAL ≥ 3.8 copies through Arrow batches, which refuse a date going into a File
        # Geodatabase date-time column; the feature-by-feature path converts it
        gdal.SetThreadLocalConfigOption("OGR2OGR_USE_ARROW_API", "NO")
        try:
            result = gdal.VectorTranslate(path, source_sql, options=options)
        except RuntimeError as error:
            result, reason = None, str(error)
        else:
            reason = gdal.GetLastErrorMsg()
        finally:
            gdal.SetThreadLocalConfigOption("OGR2OGR_USE_ARROW_API", None)
        if result is None:
            raise ExchangeError(tr("{table} could not be written: {reason}").format(
                table=entity["table"], reason=reason))
        result = None
        progress(100 * (index + 1) / total)
    source_sql = None
    written = gdal.OpenEx(path, gdal.OF_VECTOR)
    for entity in profile["entities"].values():
        layer = written.GetLayerByName(entity["table"])
        counts[entity["table"]] = layer.GetFeatureCount() if layer is not None else 0
    written = None
    return counts


def _exported(column, spec, fmt):
    """The SQL that gives a column as the export writes it. A File Geodatabase keeps dates as
    UTC date-times: a date goes as its midnight in UTC, said so (GDAL would otherwise warn and
    guess the zone); the import reads the date part back."""
    if fmt == "filegdb" and spec.get("type") == "date":
        quoted = gpkg_sql.quote(column)
        return f"CASE WHEN {quoted} IS NULL THEN NULL ELSE {quoted} || 'T00:00:00Z' END"
    return gpkg_sql.quote(column)


def _open_source(database):
    """The project as a GDAL dataset: the GeoPackage, or PostGIS through GDAL's PG driver
    (a password from QGIS's authentication database goes in memory only)."""
    from . import postgis
    if postgis.is_postgres(database):
        target = postgis.parse_target(database)
        parts = [f"{k}='{v}'" for k, v in project_db.dsn(target.conninfo).items()]
        if target.password:
            parts.append("password='" + target.password.replace("'", "\\'") + "'")
        return gdal.OpenEx("PG:" + " ".join(parts), gdal.OF_VECTOR)
    return gdal.OpenEx(database, gdal.OF_VECTOR)


def _table_names(database):
    from . import postgis
    if postgis.is_postgres(database):
        schema_name = postgis.parse_target(database).schema
        return lambda name: f"{gpkg_sql.quote(schema_name)}.{gpkg_sql.quote(name)}"
    return gpkg_sql.quote


def _fid_ranges(fids):
    """fid BETWEEN a AND b OR … for sorted fids, merging consecutive runs."""
    fids = sorted(fids)
    ranges = []
    start = previous = fids[0]
    for fid in fids[1:]:
        if fid != previous + 1:
            ranges.append((start, previous))
            start = fid
        previous = fid
    ranges.append((start, previous))
    return "(" + " OR ".join(f"fid = {a}" if a == b else f"fid BETWEEN {a} AND {b}"
                             for a, b in ranges) + ")"


def _write_xlsx(path, profile, selected, bad):
    """One sheet per entity; points as latitude/longitude, lines and polygons as WKT."""
    from .xlsx_writer import write_xlsx
    sheets = []
    counts = {}
    for layer_name, entity in profile["entities"].items():
        geometry_type = schema.layer(layer_name).geometry
        mapping = imsma.field_map(profile, layer_name)
        header = [n for _, n, _ in mapping]
        if geometry_type == "Point":
            header += ["latitude", "longitude"]
        elif geometry_type:
            header += ["wkt"]
        rows = [header]
        kept = _kept(selected[layer_name], bad[layer_name])
        for _, row, wkb in kept:
            values = [row.get(p) for p, _, _ in mapping]
            if geometry_type:
                geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
                if geometry_type == "Point":
                    values += [round(geometry.GetY(), 9), round(geometry.GetX(), 9)]
                else:
                    values += [geometry.ExportToIsoWkt()]
            rows.append(values)
        counts[entity["table"]] = len(kept)
        sheets.append((entity["table"][:31], rows))
    write_xlsx(path, sheets)
    return counts


# --- import -------------------------------------------------------------------------------------
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _coordinates(wkt):
    """The vertices of a point or line WKT, in order."""
    numbers = [float(n) for n in _NUMBER.findall(wkt)]
    return list(zip(numbers[::2], numbers[1::2]))


def same_geometry(wkt_a, wkt_b, tolerance=1e-7):
    """Whether two geometries are the same place within `tolerance` degrees (~1 cm): points
    and lines vertex by vertex (either direction), polygons by the area between them (a File
    Geodatabase may turn a ring round or start it elsewhere; two different rings with the same
    corners are not the same)."""
    if not wkt_a or not wkt_b:
        return not wkt_a and not wkt_b
    a, b = ogr.CreateGeometryFromWkt(wkt_a), ogr.CreateGeometryFromWkt(wkt_b)
    if a is None or b is None:
        return wkt_a == wkt_b
    if ogr.GT_Flatten(a.GetGeometryType()) != ogr.GT_Flatten(b.GetGeometryType()):
        return False
    if ogr.GT_Flatten(a.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon) \
            and a.IsValid() and b.IsValid():
        between = a.SymDifference(b)
        outline = a.Boundary().Length() if a.Boundary() is not None else 0.0
        return between is None or between.IsEmpty() or between.Area() <= tolerance * outline
    first, second = _coordinates(wkt_a), _coordinates(wkt_b)
    if len(first) != len(second):
        return False

    def close(one, other):
        return all(abs(x1 - x2) <= tolerance and abs(y1 - y2) <= tolerance
                   for (x1, y1), (x2, y2) in zip(one, other))
    if first and first[0] == first[-1] and len(first) > 3:   # a ring (of an invalid polygon)
        ring = second[:-1]
        turns = [ring[i:] + ring[:i] for i in range(len(ring))]
        return any(close(first[:-1], t) or close(first[:-1], list(reversed(t))) for t in turns)
    return close(first, second) or close(first, list(reversed(second)))


def _value(feature, index, field_type):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if feature.GetFieldType(index) == ogr.OFTString:
        # spreadsheets hold numbers and dates as text: convert as the profile says
        text = original(feature.GetFieldAsString(index).strip())   # '=… as it was typed
        if text == "":
            return None
        try:
            if field_type == "integer":
                number = float(text)
                return int(number) if math.isfinite(number) and number == int(number) else text
            if field_type == "real":
                return float(text)   # NaN, infinities and out-of-range: the checks refuse them
        except (ValueError, OverflowError):
            return text  # reported by the checks as it stands
        return text
    if field_type == "integer":
        return feature.GetFieldAsInteger64(index)
    if field_type == "real":
        return feature.GetFieldAsDouble(index)
    if field_type == "date":
        year, month, day = feature.GetFieldAsDateTime(index)[:3]
        return f"{year:04d}-{month:02d}-{day:02d}"
    if field_type == "datetime":
        year, month, day, hour, minute, second = feature.GetFieldAsDateTime(index)[:6]
        whole = int(second)
        millis = int(round((second - whole) * 1000))
        return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{whole:02d}." \
               f"{millis:03d}Z"
    return feature.GetFieldAsString(index)


def read_export(path, profile):
    """{layer: [(row dict, WKT or None, problem or None)]} from an export in any format.

    Raises ExchangeError when the file is unreadable or is not an export of this profile."""
    # a sheet's first row holds the names (GDAL guesses otherwise when every cell is text)
    gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:   # GDAL raises instead of returning None when exceptions are on
        dataset = None
    finally:
        gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", None)
    if dataset is None:
        raise ExchangeError(tr("{path} cannot be read: {reason}").format(
            path=path, reason=gdal.GetLastErrorMsg() or tr("not a File Geodatabase, "
                                                           "GeoPackage or XLSX file")))
    found = {}
    names = {dataset.GetLayer(i).GetName().lower(): i for i in range(dataset.GetLayerCount())}
    for layer_name, entity in profile["entities"].items():
        if entity["table"].lower() in names:
            found[layer_name] = dataset.GetLayer(names[entity["table"].lower()])
    if not found:
        raise ExchangeError(tr("{path} holds none of the tables of profile \"{profile}\" "
                               "({tables}): an export from another profile?").format(
            path=path, profile=profile.get("name", ""),
            tables=", ".join(e["table"] for e in profile["entities"].values())))
    wgs84 = _srs()
    result = {}
    for layer_name, layer in found.items():
        entity = profile["entities"][layer_name]
        mapping = imsma.field_map(profile, layer_name)
        definition = layer.GetLayerDefn()
        columns = {definition.GetFieldDefn(i).GetName().lower(): i
                   for i in range(definition.GetFieldCount())}
        id_name = entity["fields"][entity["id_field"]]["name"]
        if id_name.lower() not in columns:
            raise ExchangeError(tr("Table {table} of {path} has no {field} column: an export "
                                   "from another profile?").format(
                                       table=entity["table"], path=path, field=id_name))
        geometry_type = schema.layer(layer_name).geometry
        is_sheet = layer.GetGeomType() == ogr.wkbNone and geometry_type is not None
        transform = None
        srs = layer.GetSpatialRef()
        if srs is not None and not srs.IsSame(wgs84):
            transform = osr.CoordinateTransformation(srs, wgs84)
        rows = []
        for feature in layer:
            row = {}
            for plugin_name, imsma_name, spec in mapping:
                index = columns.get(imsma_name.lower())
                if index is not None:
                    row[plugin_name] = _value(feature, index, spec.get("type", "text"))
            wkt, problem = None, None
            if geometry_type:
                geometry = None
                if is_sheet:  # XLSX: latitude/longitude or WKT columns
                    try:
                        geometry = _sheet_geometry(feature, columns)
                    except ValueError as error:
                        geometry, problem = None, str(error)
                else:
                    reference = feature.GetGeometryRef()
                    geometry = reference.Clone() if reference is not None else None
                if problem:
                    pass
                elif geometry is None or geometry.IsEmpty():
                    problem = "no geometry"
                else:
                    if transform is not None:
                        geometry.Transform(transform)
                    geometry.FlattenTo2D()
                    if geometry_type == "Polygon" and geometry.GetGeometryType() in (
                            ogr.wkbMultiPolygon,) and geometry.GetGeometryCount() == 1:
                        geometry = geometry.GetGeometryRef(0).Clone()
                    if geometry_type == "LineString" and geometry.GetGeometryType() == \
                            ogr.wkbMultiLineString and geometry.GetGeometryCount() == 1:
                        geometry = geometry.GetGeometryRef(0).Clone()
                    west, east, south, north = geometry.GetEnvelope()
                    if ogr.GT_Flatten(geometry.GetGeometryType()) != \
                            GEOMETRY_TYPES[geometry_type]:
                        problem = f"a {geometry.GetGeometryName().lower()} where a " \
                                  f"{geometry_type.lower()} belongs"
                    elif not all(map(math.isfinite, (west, east, south, north))) or not (
                            -180 <= west <= east <= 180 and -90 <= south <= north <= 90):
                        problem = "coordinates outside WGS 84 longitude/latitude"
                    elif geometry_type != "Point" and not geometry.IsValid():
                        problem = "invalid geometry (self-intersection or bad ring)"
                    wkt = geometry.ExportToIsoWkt()
            row["_geometry_problem"] = problem
            row["_wkt"] = wkt
            rows.append(row)
        result[layer_name] = rows
    return result


def _sheet_geometry(feature, columns):
    if "wkt" in columns:
        text = feature.GetFieldAsString(columns["wkt"])
        if not text:
            return None
        geometry = ogr.CreateGeometryFromWkt(text)
        if geometry is None:
            raise ValueError(f"the wkt '{text[:40]}' is not a geometry")
        return geometry
    if "latitude" in columns and "longitude" in columns:
        if not feature.IsFieldSetAndNotNull(columns["latitude"]):
            return None
        coordinates = []
        for name in ("longitude", "latitude"):
            text = original(feature.GetFieldAsString(columns[name]).strip())
            try:
                coordinates.append(parse_number(text))
            except ValueError:
                raise ValueError(f"{name} '{text}' is not a number")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(*coordinates)
        return point
    return None


def _stored_wkt(wkb):
    if wkb is None:
        return None
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    return geometry.ExportToIsoWkt() if geometry is not None else None


def _equal(a, b, field_type):
    if a is None or b is None:
        return a is None and b is None
    if field_type == "real":
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    if field_type == "integer":
        return int(a) == int(b)
    return str(a) == str(b)


def import_export(database, path, profile):
    """Apply an export to the database in one transaction: matched by local id, updated where
    something differs (a status change goes to status_history), inserted where new.

    Returns {layer: {"inserted", "updated", "unchanged"}}; raises ExchangeError (with the
    problems) and leaves the database untouched when any feature is rejected."""
    incoming = read_export(path, profile)
    problems = []
    for layer_name, rows in incoming.items():
        problems += imsma.validate_rows(profile, layer_name, rows)
    if problems:
        raise ExchangeError(tr("{count} problems in {path}; nothing was imported.").format(
            count=len(problems), path=os.path.basename(path)), problems)
    summary = {}
    # parents first, so that references resolve (they are checked at commit anyway)
    parents = ("hazards", "land_release", "eo_finds", "marking_lines", "tasks")
    order = [n for n in parents if n in incoming] + [n for n in incoming if n not in parents]
    with project_db.open_project(database) as db:
        problems = reference_problems(db, profile, incoming)
        if problems:
            raise ExchangeError(tr("{count} problems in {path}; nothing was imported.").format(
                count=len(problems), path=os.path.basename(path)), problems)
        user = db.user()
        try:
            with db.transaction():
                for layer_name in order:
                    summary[layer_name] = _apply_layer(db, profile, layer_name,
                                                       incoming[layer_name], user)
        except ExchangeError:
            raise
        except Exception as error:
            raise ExchangeError(tr("The import was undone: {reason}").format(
                reason=str(error).strip()))
    return summary


def reference_problems(db, profile, incoming):
    """Links to features neither in the database nor in the file (a hazard's minefield record,
    a find's hazard…): [(layer, local id, IMSMA field, problem)]. Refused alike on both
    backends: PostgreSQL enforces references that a GeoPackage only declares."""
    problems = []
    known = {}
    for layer_name, rows in incoming.items():
        layer = schema.layer(layer_name)
        fields = profile["entities"][layer_name]["fields"]
        for field in layer.fields:
            if not field.references or field.name not in fields:
                continue
            parent, key = field.references
            if (parent, key) not in known:
                known[(parent, key)] = {r[0] for r in db.rows(
                    f"SELECT {gpkg_sql.quote(key)} FROM {db.t(parent)}")} | {
                    r.get(key) for r in incoming.get(parent, ())}
            for row in rows:
                value = row.get(field.name)
                if value not in (None, "") and value not in known[(parent, key)]:
                    problems.append((layer_name, str(row.get(layer.id_field)),
                                     fields[field.name]["name"],
                                     tr("refers to {value} ({layer}), which is neither in the "
                                        "database nor in this file").format(
                                         value=value, layer=parent)))
    return problems


def _apply_layer(db, profile, layer_name, rows, user):
    layer = schema.layer(layer_name)
    mapping = imsma.field_map(profile, layer_name)
    audit = {"created_at", "created_by", "modified_at", "modified_by"}
    compared = [(p, spec) for p, _, spec in mapping if p not in audit]
    names = [p for p, _ in compared]
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    id_field = layer.id_field
    select = (f"SELECT fid, {', '.join(gpkg_sql.quote(n) for n in names)}"
              f"{', ' + db.geometry_column() if layer.geometry else ''} FROM "
              f"{db.t(layer_name)} WHERE {gpkg_sql.quote(id_field)} = ?")
    for row in rows:
        wkt = _row_wkt(row) if layer.geometry else None
        existing = db.one(select, (row[id_field],))
        if existing is None:
            values = {p: row.get(p) for p, _, _ in mapping if p in row}
            values.setdefault("created_by", user)
            if layer.geometry:
                geometry = ogr.CreateGeometryFromWkt(wkt)
                db.insert(layer_name, values, bytes(geometry.ExportToWkb(ogr.wkbNDR)),
                          _envelope(geometry))
            else:
                db.insert(layer_name, values)
            counts["inserted"] += 1
            continue
        changes = {}
        for (plugin_name, spec), current in zip(compared, existing[1:1 + len(compared)]):
            if plugin_name in row and not _equal(row[plugin_name], current,
                                                 spec.get("type", "text")):
                changes[plugin_name] = row[plugin_name]
        new_geometry = None
        if layer.geometry:
            stored = _stored_wkt(db.wkb(existing[-1]))
            if stored is None or not same_geometry(stored, wkt):
                new_geometry = ogr.CreateGeometryFromWkt(wkt)
        if not changes and new_geometry is None:
            counts["unchanged"] += 1
            continue
        changes["modified_by"] = user
        if any(f in changes for f in layer.status_fields) and "status_reason" not in changes:
            changes["status_reason"] = tr("imported from IMSMA")
        assignments = [f"{gpkg_sql.quote(k)} = ?" for k in changes]
        db.execute(f"UPDATE {db.t(layer_name)} SET {', '.join(assignments)} WHERE fid = ?",
                   list(changes.values()) + [existing[0]])
        if new_geometry is not None:
            db.set_geometry(layer_name, existing[0],
                            bytes(new_geometry.ExportToWkb(ogr.wkbNDR)),
                            _envelope(new_geometry))
        counts["updated"] += 1
    return counts


def _row_wkt(row):
    return row.get("_wkt")


def _envelope(geometry):
    min_x, max_x, min_y, max_y = geometry.GetEnvelope()
    return min_x, max_x, min_y, max_y
