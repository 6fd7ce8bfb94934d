"""IMSMA Core export: the checked rows of the project database written by GDAL (File
Geodatabase, GeoPackage with the profile's coded-value domains) or as an XLSX workbook."""
import os
from concurrent.futures import ThreadPoolExecutor

from osgeo import gdal, ogr

from ..core import imsma, outputs, schema
from ..core.i18n import tr
from . import gpkg_sql, project_db
from .gpkg_ddl import literal
from .imsma_exchange import (
    FORMATS,
    GEOMETRY_TYPES,
    OGR_TYPES,
    ExchangeError,
    checked_rows,
    column_sql,
    last_export,
    read_layer,
    record_export,
    wgs84_srs,
)


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
            chosen, problems, bad = checked_rows(database, profile, since)
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
                    chosen, problems, bad = checked_rows(database, profile, since)
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
    record_export(database, exported_at)
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
    srs = wgs84_srs()
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
        columns = ", ".join(
            f"{_exported(column_sql(layer_name, p, table_of), spec, fmt)} AS {gpkg_sql.quote(n)}"
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
    """The SQL that gives a column (its SQL, column_sql) as the export writes it. A File
    Geodatabase keeps dates as UTC date-times: a date goes as its midnight in UTC, said so (GDAL
    would otherwise warn and guess the zone); the import reads the date part back."""
    if fmt == "filegdb" and spec.get("type") == "date":
        return f"CASE WHEN {column} IS NULL THEN NULL ELSE {column} || 'T00:00:00Z' END"
    return column


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
