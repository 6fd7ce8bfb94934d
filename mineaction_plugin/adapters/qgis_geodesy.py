"""The geodesy and projector objects of core/geodesy.py, backed by QGIS itself.

QgsDistanceArea on the WGS84 ellipsoid solves the direct and inverse problems and measures
areas with GeographicLib's algorithms; QgsCoordinateTransform converts any CRS QGIS knows
(Pulkovo 1942 Gauss-Krüger included) with the project's transformation context.
"""
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsLineString,
    QgsPointXY,
    QgsPolygon,
    QgsProject,
)

from ..core.i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class OutsideTheEarth(ValueError):
    """A geometry that has no place in WGS 84 (worded for the officer)."""


def input_in_wgs84(feature, transform):
    """The feature's geometry in WGS 84, or None when it has none (empty or null geometries
    are skipped by the callers). OutsideTheEarth when the transform fails or the result lies
    beyond longitude/latitude: a layer whose CRS is wrong (metres declared as degrees) must not
    become a hazard on the other side of the world, nor reach GEOS or PROJ as nonsense."""
    from qgis.core import QgsCsException
    geometry = QgsGeometry(feature.geometry())
    if geometry.isNull() or geometry.isEmpty():
        return None
    try:
        geometry.transform(transform)
    except QgsCsException:
        raise OutsideTheEarth(tr("Feature {fid}: its coordinates cannot be converted to WGS 84 "
                                 "(is the layer's CRS right?).").format(fid=feature.id()))
    box = geometry.boundingBox()
    if not all(map(math.isfinite, (box.xMinimum(), box.xMaximum(), box.yMinimum(),
                                   box.yMaximum()))) or not (
            -180 <= box.xMinimum() <= box.xMaximum() <= 180
            and -90 <= box.yMinimum() <= box.yMaximum() <= 90):
        raise OutsideTheEarth(tr("Feature {fid}: its coordinates lie outside longitude/latitude "
                                 "once converted to WGS 84 (metres declared as degrees? check "
                                 "the layer's CRS).").format(fid=feature.id()))
    return geometry


def features_in_wgs84(source, transform_context):
    """(feature, geometry in WGS 84) of every feature of a Processing source that has a
    geometry; a feature off the earth stops the algorithm with input_in_wgs84's sentence."""
    from qgis.core import QgsProcessingException
    transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, transform_context)
    for feature in source.getFeatures():
        try:
            geometry = input_in_wgs84(feature, transform)
        except OutsideTheEarth as error:
            raise QgsProcessingException(str(error))
        if geometry is not None:
            yield feature, geometry


def ellipsoid_measure(transform_context=None):
    """QgsDistanceArea for EPSG:4326 geometries on the WGS84 ellipsoid (areas in m²)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(WGS84, transform_context or QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")  # WGS 84
    return measure


def geometry_bounds(geometry):
    """(min x, max x, min y, max y) of a QgsGeometry, as GeoPackage envelopes order them."""
    box = geometry.boundingBox()
    return box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()


def geometry_blob(geometry):
    """A QgsGeometry in EPSG:4326 as a GeoPackage geometry blob."""
    from ..data.gpkg_sql import blob
    return blob(geometry.asWkb(), geometry_bounds(geometry))


def insert_geometry(connection, table, values, geometry):
    """gpkg_sql.insert_feature for a QgsGeometry in EPSG:4326."""
    from ..data.gpkg_sql import insert_feature
    insert_feature(connection, table, values, geometry_blob(geometry), geometry_bounds(geometry))


def geometry_of(geometry_blob):
    """A GeoPackage geometry blob as a QgsGeometry."""
    from ..data.gpkg_sql import wkb
    return geometry_from_wkb(wkb(geometry_blob))

def insert_into(db, table, values, geometry):
    """One feature into a project_db (GeoPackage or PostGIS) with its EPSG:4326 geometry."""
    db.insert(table, values, bytes(geometry.asWkb()), geometry_bounds(geometry))


def geometry_from_wkb(wkb):
    """WKB (as PostGIS and GeoPackage blobs hold it) as a QgsGeometry."""
    geometry = QgsGeometry()
    if wkb is not None:
        geometry.fromWkb(bytes(wkb))
    return geometry


class QgisGeodesy:
    def __init__(self, transform_context=None):
        self._measure = ellipsoid_measure(transform_context or QgsCoordinateTransformContext())

    def direct(self, lat, lon, azimuth_deg, distance_m):
        point = self._measure.computeSpheroidProject(QgsPointXY(lon, lat), distance_m,
                                                     math.radians(azimuth_deg))
        return point.y(), point.x()

    def inverse(self, lat1, lon1, lat2, lon2):
        a, b = QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2)
        distance = self._measure.measureLine(a, b)
        azimuth = math.degrees(self._measure.bearing(a, b)) % 360.0
        return distance, azimuth

    def area_perimeter(self, ring):
        xs = [p[0] for p in ring] + [ring[0][0]]
        ys = [p[1] for p in ring] + [ring[0][1]]
        polygon = QgsPolygon(QgsLineString(xs, ys))
        geometry = QgsGeometry(polygon)
        return abs(self._measure.measureArea(geometry)), self._measure.measurePerimeter(geometry)


class QgisProjector:
    def __init__(self, transform_context=None):
        self._context = transform_context or QgsProject.instance().transformContext()
        self._crs = {}
        self._transforms = {}

    def crs(self, crs):
        if crs not in self._crs:
            self._crs[crs] = QgsCoordinateReferenceSystem(crs)
        return self._crs[crs]

    def is_known(self, crs):
        return self.crs(crs).isValid()

    def is_geographic(self, crs):
        return self.crs(crs).isGeographic()

    def _transform(self, source, target):
        key = (source, target)
        if key not in self._transforms:
            self._transforms[key] = QgsCoordinateTransform(self.crs(source), self.crs(target),
                                                           self._context)
        return self._transforms[key]

    def to_wgs84(self, crs, x, y):
        # QgsCsException (a point PROJ cannot take) reaches the caller, which words it
        point = self._transform(crs, "EPSG:4326").transform(QgsPointXY(x, y))
        return point.x(), point.y()

    def from_wgs84(self, crs, lon, lat):
        point = self._transform("EPSG:4326", crs).transform(QgsPointXY(lon, lat))
        return point.x(), point.y()

    def area_of_use(self, crs):
        bounds = self.crs(crs).bounds()
        if bounds.isEmpty():
            return None
        return bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()


def intersection_test(geometry):
    """meets(other) -> bool: does QgsGeometry `other` meet `geometry`? GEOS prepares `geometry`
    once. constGet() points into its QgsGeometry and dies with it: a copy of `geometry` lives
    as long as the test, and `other` is a live argument while GEOS reads it (a pointer taken
    from a temporary, `f.geometry().constGet()`, crashed Python 3.13 at random)."""
    held = QgsGeometry(geometry)
    engine = QgsGeometry.createGeometryEngine(held.constGet())
    engine.prepareGeometry()

    def meets(other):
        return engine.intersects(other.constGet())
    meets.held = held
    return meets
