"""Which polygons hold a point, fast, with shapely 1.8 (Debian 12's QGIS) and 2.x alike. Pure."""
import warnings

from shapely.geometry import Point
from shapely.prepared import prep
from shapely.strtree import STRtree


class PolygonIndex:
    """polygons: [(key, shapely polygon)]. containing(lon, lat) → the keys of those that hold
    the point (boundary included), in the order given."""

    def __init__(self, polygons):
        self.items = [(key, shape) for key, shape in polygons
                      if shape is not None and not shape.is_empty]
        self.prepared = [prep(shape) for _, shape in self.items]
        with warnings.catch_warnings():   # shapely 1.8 warns that 2.0 changes STRtree: handled
            warnings.simplefilter("ignore")
            self.tree = STRtree([shape for _, shape in self.items]) if self.items else None
        self.by_identity = {id(shape): index for index, (_, shape) in enumerate(self.items)}

    def _candidates(self, point):
        if self.tree is None:
            return []
        found = self.tree.query(point)
        if len(found) and hasattr(found[0], "geom_type"):    # shapely 1.8: the geometries
            return sorted(self.by_identity[id(shape)] for shape in found)
        return sorted(int(i) for i in found)                  # shapely 2: their indices

    def containing(self, lon, lat):
        point = Point(lon, lat)
        return [self.items[i][0] for i in self._candidates(point)
                if self.prepared[i].intersects(point)]

    def holds(self, lon, lat):
        point = Point(lon, lat)
        return any(self.prepared[i].intersects(point) for i in self._candidates(point))


class GeometryIndex:
    """items: [(key, shapely geometry)] in one plane (metres). near(geometry, distance) → the
    (key, geometry, distance) of every item within `distance` of it, nearest first.

    Candidates are found by bounding boxes: with numpy over the boxes for up to NUMPY_ITEMS
    items (a settlement or infrastructure layer: no geometry built per query), with an STRtree
    beyond; exact distances only for the candidates."""
    NUMPY_ITEMS = 5000

    def __init__(self, items):
        import numpy as np
        self.items = [(k, g) for k, g in items if g is not None and not g.is_empty]
        self.bounds = np.array([g.bounds for _, g in self.items], dtype=float).reshape(-1, 4)
        self.tree = None
        if len(self.items) > self.NUMPY_ITEMS:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.tree = STRtree([g for _, g in self.items])
            self.by_identity = {id(g): i for i, (_, g) in enumerate(self.items)}

    def _candidates(self, geometry, distance, bounds=None):
        import numpy as np
        minx, miny, maxx, maxy = bounds or geometry.bounds
        if self.tree is None:
            b = self.bounds
            mask = ((b[:, 2] >= minx - distance) & (b[:, 0] <= maxx + distance) &
                    (b[:, 3] >= miny - distance) & (b[:, 1] <= maxy + distance))
            return np.nonzero(mask)[0].tolist()
        from shapely.geometry import box
        found = self.tree.query(box(minx - distance, miny - distance, maxx + distance,
                                    maxy + distance))
        if len(found) and hasattr(found[0], "geom_type"):
            return sorted(self.by_identity[id(g)] for g in found)
        return sorted(int(i) for i in found)

    def near(self, geometry, distance, bounds=None):
        """bounds: the geometry's, when the caller has them (shapely 1.8 computes them in
        Python each time they are asked for)."""
        if not self.items:
            return []
        result = []
        for i in self._candidates(geometry, distance, bounds):
            key, other = self.items[i]
            gap = geometry.distance(other)
            if gap <= distance:
                result.append((key, other, gap))
        result.sort(key=lambda item: (item[2], str(item[0])))
        return result

    def nearest(self, geometry, start=1_000.0, limit=1_000_000.0, bounds=None):
        """(key, geometry, distance) of the nearest item, searching ever wider; None if none
        within `limit`."""
        reach = start
        bounds = bounds or geometry.bounds
        while reach <= limit:
            found = self.near(geometry, reach, bounds)
            if found:
                return found[0]
            reach *= 4
        return None
