"""Geodesy and coordinate conversion used by the pure record logic.

core/ never calls QGIS: the computations take a `geodesy` object (WGS84 ellipsoid) and a
`projector` object (CRS conversions). Inside QGIS they are backed by QgsDistanceArea and
QgsCoordinateTransform (adapters/qgis_geodesy.py); outside it, by pyproj (below), which
implements the same GeographicLib algorithms. Both are exact to far below a millimetre.

geodesy:   direct(lat, lon, azimuth_deg, distance_m) -> (lat, lon)
           inverse(lat1, lon1, lat2, lon2) -> (distance_m, azimuth_deg)
           area_perimeter([(lon, lat), ...]) -> (area_m2, perimeter_m)   ring, not closed
projector: is_known(crs) -> bool
           is_geographic(crs) -> bool   (degrees, not a projected grid)
           to_wgs84(crs, x, y) -> (lon, lat)
           from_wgs84(crs, lon, lat) -> (x, y)
           area_of_use(crs) -> (west, south, east, north) in degrees, or None
"""
import math


class PyprojGeodesy:
    def __init__(self):
        from pyproj import Geod
        self._geod = Geod(ellps="WGS84")

    def direct(self, lat, lon, azimuth_deg, distance_m):
        lon2, lat2, _ = self._geod.fwd(lon, lat, azimuth_deg, distance_m)
        return lat2, lon2

    def inverse(self, lat1, lon1, lat2, lon2):
        azimuth, _, distance = self._geod.inv(lon1, lat1, lon2, lat2)
        return distance, azimuth % 360.0

    def area_perimeter(self, ring):
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        area, perimeter = self._geod.polygon_area_perimeter(lons, lats)
        return abs(area), perimeter


class PyprojProjector:
    def __init__(self):
        from pyproj import CRS, Transformer
        self._crs_class = CRS
        self._transformer_class = Transformer
        self._cache = {}

    def _crs(self, crs):
        return self._crs_class.from_user_input(crs)

    def is_known(self, crs):
        try:
            self._crs(crs)
            return True
        except Exception:
            return False

    def is_geographic(self, crs):
        return self._crs(crs).is_geographic

    def _transformer(self, source, target):
        key = (source, target)
        if key not in self._cache:
            self._cache[key] = self._transformer_class.from_crs(source, target, always_xy=True)
        return self._cache[key]

    def to_wgs84(self, crs, x, y):
        return self._transformer(crs, "EPSG:4326").transform(x, y)

    def from_wgs84(self, crs, lon, lat):
        return self._transformer("EPSG:4326", crs).transform(lon, lat)

    def area_of_use(self, crs):
        area = self._crs(crs).area_of_use
        return (area.west, area.south, area.east, area.north) if area else None


def segments_cross(ring, closed=True):
    """True when a ring (list of (x, y), not repeated at the end) crosses or touches itself.

    Planar test; callers pass local metric coordinates (see local_xy). closed=False tests the
    open path only, without the edge from the last point back to the first.
    """
    from shapely.geometry import LinearRing, LineString
    if closed:
        return not LinearRing(ring).is_simple
    return not LineString(ring).is_simple


def local_xy(points):
    """(lat, lon) points to metres on a plane tangent at their mean (for topology tests)."""
    lat0 = sum(p[0] for p in points) / len(points)
    lon0 = sum(p[1] for p in points) / len(points)
    k = math.cos(math.radians(lat0))
    metres_per_degree = 111_320.0
    return [((lon - lon0) * k * metres_per_degree, (lat - lat0) * metres_per_degree)
            for lat, lon in points]
