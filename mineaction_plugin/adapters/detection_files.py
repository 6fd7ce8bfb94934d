"""Detection and flight files read into plain rows, places in WGS 84 (through QGIS/PROJ).

CSV: one row per detection with lon/lat (WGS 84) or x/y in the CRS given; the header is row 1,
as the records import counts. GeoJSON, GeoPackage, Shapefile: through OGR; a feature's row is its
place in the file (the first feature is row 1).
"""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.i18n import tr
from ..core.record_rows import parse_number
from ..core.record_table import TableError, normalise_header, read_csv_bytes

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
CSV_EXTENSIONS = (".csv", ".txt", ".tsv")
PLACE_COLUMNS = (("lon", "lat"), ("longitude", "latitude"), ("x", "y"), ("easting", "northing"))


class FileProblem(Exception):
    """The file as a whole cannot be read (worded for the officer)."""


def read_points(path, crs, transform_context):
    """(headers, rows) of a detection file; rows are (row, {column: text}, lon, lat) with lon/lat
    None where the row has no usable place. `crs` is the CRS of CSV x/y columns."""
    if not os.path.isfile(path):
        raise FileProblem(tr("{path}: the file does not exist.").format(path=path))
    if path.lower().endswith(CSV_EXTENSIONS):
        return _read_csv(path, crs, transform_context)
    layer = _vector_layer(path)
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        raise FileProblem(tr("{name}: detections must be points; this layer holds other "
                             "shapes.").format(name=os.path.basename(path)))
    transform = QgsCoordinateTransform(layer.crs(), WGS84, transform_context)
    headers = layer.fields().names()
    rows = []
    for number, feature in enumerate(layer.getFeatures(QgsFeatureRequest()), 1):
        values = {name: _plain(feature[name]) for name in headers}
        lon = lat = None
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            try:
                geometry.transform(transform)
                point = geometry.asPoint() if not geometry.isMultipart() else \
                    geometry.asMultiPoint()[0]
                lon, lat = point.x(), point.y()
            except Exception:   # noqa: BLE001 — a point PROJ cannot place is a bad row
                lon = lat = None
        rows.append((number, values, lon, lat))
    return headers, rows


def read_footprints(path, transform_context):
    """(headers, rows) of a flight footprint file: (row, {column: text}, QgsGeometry in WGS 84
    or None)."""
    if not os.path.isfile(path):
        raise FileProblem(tr("{path}: the file does not exist.").format(path=path))
    layer = _vector_layer(path)
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise FileProblem(tr("{name}: flight footprints must be polygons.").format(
            name=os.path.basename(path)))
    transform = QgsCoordinateTransform(layer.crs(), WGS84, transform_context)
    headers = layer.fields().names()
    rows = []
    for number, feature in enumerate(layer.getFeatures(), 1):
        values = {name: _plain(feature[name]) for name in headers}
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            geometry = None
        else:
            geometry.transform(transform)
        rows.append((number, values, geometry))
    return headers, rows


def _vector_layer(path):
    layer = QgsVectorLayer(path, "input", "ogr")
    if not layer.isValid():
        raise FileProblem(tr("{name}: not a file QGIS can read as a layer (GeoJSON, GeoPackage, "
                             "Shapefile or CSV).").format(name=os.path.basename(path)))
    return layer


def _plain(value):
    """A feature attribute as text, NULL as ''."""
    if value is None:
        return ""
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime, QVariant
        if isinstance(value, QVariant) and value.isNull():
            return ""
        if isinstance(value, (QDate, QDateTime)):
            return value.toString("yyyy-MM-dd") if isinstance(value, QDate) else \
                value.toString("yyyy-MM-ddTHH:mm:ss")
    except ImportError:   # pragma: no cover — Qt 6 has no QVariant class in Python
        pass
    if str(value) == "NULL":
        return ""
    return str(value)


def _read_csv(path, crs, transform_context):
    name = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    try:
        table = read_csv_bytes(data, name, required=())
    except TableError as error:
        raise FileProblem(str(error))
    headers = [normalise_header(h) for h in table.headers if normalise_header(h)]
    pair = next((p for p in PLACE_COLUMNS if p[0] in headers and p[1] in headers), None)
    if pair is None:
        raise FileProblem(tr("{name}: no columns for the place: give lon and lat (WGS 84), or "
                             "x and y with their CRS.").format(name=name))
    geographic = pair[0] in ("lon", "longitude")
    source = WGS84 if geographic or not crs or not crs.isValid() else crs
    transform = None if source == WGS84 else \
        QgsCoordinateTransform(source, WGS84, transform_context)
    rows = []
    for row, values in table.rows:
        lon = lat = None
        try:
            x = parse_number(values.get(pair[0], ""), table.decimal_comma)
            y = parse_number(values.get(pair[1], ""), table.decimal_comma)
            if transform is not None:
                from qgis.core import QgsPointXY
                point = transform.transform(QgsPointXY(x, y))
                x, y = point.x(), point.y()
            lon, lat = x, y
        except Exception:   # noqa: BLE001 — blank, text or a place PROJ cannot reach: no place
            lon = lat = None
        rows.append((row, values, lon, lat))
    return headers, rows
