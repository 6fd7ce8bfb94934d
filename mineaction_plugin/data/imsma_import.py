"""IMSMA Core import: an export read back, checked as a whole and applied to the project
database in one transaction."""
import math
import os
import re

from osgeo import gdal, ogr, osr

from ..core import imsma, schema
from ..core.i18n import tr
from ..core.record_rows import parse_number
from ..core.spreadsheet import original
from . import gpkg_sql, project_db
from .imsma_exchange import GEOMETRY_TYPES, ExchangeError, wgs84_srs

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
    # a sheet's first row holds the names (GDAL guesses otherwise when every cell is text);
    # GDAL reads each sheet when it is first used, so the option stays set for the whole read
    gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        return _read_export(path, profile)
    finally:
        gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", None)


def _header_only(layer, id_name):
    layer.ResetReading()
    rows = [feature for _, feature in zip(range(2), layer)]
    layer.ResetReading()
    return len(rows) == 1 and any(
        str(rows[0].GetField(i) or "").strip().lower() == id_name.lower()
        for i in range(rows[0].GetFieldCount()))


def _read_export(path, profile):
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:   # GDAL raises instead of returning None when exceptions are on
        dataset = None
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
    wgs84 = wgs84_srs()
    result = {}
    for layer_name, layer in found.items():
        entity = profile["entities"][layer_name]
        mapping = imsma.field_map(profile, layer_name, derived=False)
        definition = layer.GetLayerDefn()
        columns = {definition.GetFieldDefn(i).GetName().lower(): i
                   for i in range(definition.GetFieldCount())}
        id_name = entity["fields"][entity["id_field"]]["name"]
        if id_name.lower() not in columns and _header_only(layer, id_name):
            result[layer_name] = []   # a sheet with its header and no row: GDAL reads the
            continue                  # header as a row of Field1, Field2, …
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
    mapping = imsma.field_map(profile, layer_name, derived=False)
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
