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
    open path only, without the edge from the last point back to the first. shapely (GEOS)
    answers where it is installed; QGIS does not promise it on every platform, so the same
    test is also written out here (records are small: a few dozen points).
    """
    try:
        from shapely.geometry import LinearRing, LineString
    except ImportError:
        return path_crosses(ring, closed)
    if closed:
        return not LinearRing(ring).is_simple
    return not LineString(ring).is_simple


def path_crosses(points, closed=True):
    """segments_cross() without shapely: any two edges that meet other than where neighbours
    share their vertex (a repeated vertex or a fold back counts as meeting)."""
    vertices = []
    for point in list(points) + ([points[0]] if closed else []):
        if not vertices or point != vertices[-1]:   # a repeated vertex is no edge (as GEOS)
            vertices.append(point)
    edges = list(zip(vertices, vertices[1:]))
    count = len(edges)
    ends_meet = len(vertices) > 3 and vertices[0] == vertices[-1]   # a ring, written out
    for i in range(count):
        for j in range(i + 1, count):
            neighbours = j == i + 1 or (ends_meet and i == 0 and j == count - 1)
            if _edges_meet(edges[i], edges[j], neighbours):
                return True
    return False


def _orientation(a, b, c):
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (value > 0) - (value < 0)


def _on_segment(a, b, p):
    return (min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def _edges_meet(first, second, neighbours):
    (a, b), (c, d) = first, second
    if neighbours:
        # they share a vertex; they meet elsewhere only by folding back along each other
        shared = b if b in (c, d) else a
        other_first = a if shared == b else b
        other_second = d if shared == c else c
        return _orientation(shared, other_first, other_second) == 0 and (
            _on_segment(shared, other_first, other_second)
            or _on_segment(shared, other_second, other_first))
    o1, o2, o3, o4 = (_orientation(a, b, c), _orientation(a, b, d), _orientation(c, d, a),
                      _orientation(c, d, b))
    if o1 != o2 and o3 != o4:
        return True
    return ((o1 == 0 and _on_segment(a, b, c)) or (o2 == 0 and _on_segment(a, b, d))
            or (o3 == 0 and _on_segment(c, d, a)) or (o4 == 0 and _on_segment(c, d, b)))


def local_xy(points):
    """(lat, lon) points to metres on a plane tangent at their mean (for topology tests)."""
    lat0 = sum(p[0] for p in points) / len(points)
    lon0 = sum(p[1] for p in points) / len(points)
    k = math.cos(math.radians(lat0))
    metres_per_degree = 111_320.0
    return [((lon - lon0) * k * metres_per_degree, (lat - lat0) * metres_per_degree)
            for lat, lon in points]
