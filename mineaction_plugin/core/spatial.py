"""Which polygons hold a point, and what lies near a geometry, fast, with shapely 1.8 (Debian
12's QGIS) and 2.x alike. Pure."""
import warnings

import numpy as np
from shapely.geometry import Point
from shapely.prepared import prep
from shapely.strtree import STRtree


def _tree_indices(tree, by_identity, query):
    """The sorted indices of the items whose box meets `query`'s."""
    found = tree.query(query)
    if len(found) and hasattr(found[0], "geom_type"):    # shapely 1.8: the geometries
        return sorted(by_identity[id(shape)] for shape in found)
    return sorted(int(i) for i in found)                  # shapely 2: their indices


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
        return _tree_indices(self.tree, self.by_identity, point) if self.tree else []

    def containing(self, lon, lat):
        point = Point(lon, lat)
        return [self.items[i][0] for i in self._candidates(point)
                if self.prepared[i].intersects(point)]

    def holds(self, lon, lat):
        point = Point(lon, lat)
        return any(self.prepared[i].intersects(point) for i in self._candidates(point))


SLACK = 1 + 1e-9   # squared gaps compared with a little room: an exact tie is never lost


class GeometryIndex:
    """items: [(key, shapely geometry)] in one plane (metres). For many geometries at once:
    near_all(geometries, distance) → for each, the (key, geometry, distance) of every item
    within `distance`, nearest first, one per key; nearest_all(geometries) → for each, the
    nearest (key, geometry, distance) or None.

    Exact distances (GEOS) are the slow part, so they are asked only where the gap between
    bounding boxes, a lower bound of the distance, leaves a doubt: for the nearest, the item of
    smallest gap first, then only those whose gap does not exceed that distance. The gaps are
    computed by numpy for a block of geometries against every item at once (a settlement or
    infrastructure layer); beyond NUMPY_ITEMS items an STRtree finds each one's candidates.
    Long lines go in as pieces of PIECE_VERTICES vertices (pieces(): tight boxes, cheap
    distances), so a key may have several items."""
    NUMPY_ITEMS = 5000
    PIECE_VERTICES = 8
    BLOCK_CELLS = 2_000_000     # geometries × items per numpy block (16 MB of gaps)

    def __init__(self, items):
        self.items = [(k, piece) for k, g in items if g is not None and not g.is_empty
                      for piece in pieces(g, self.PIECE_VERTICES)]
        self.bounds = np.array([g.bounds for _, g in self.items], dtype=float).reshape(-1, 4)
        self.tree = None
        if len(self.items) > self.NUMPY_ITEMS:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.tree = STRtree([g for _, g in self.items])
            self.by_identity = {id(g): i for i, (_, g) in enumerate(self.items)}

    def _blocks(self, bounds, distance=None):
        """(first geometry, items, squared box gaps) of a block of geometries (rows) to items
        (columns): every item, or with the tree those within `distance` of one geometry."""
        bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
        if self.tree is None:
            step = max(1, self.BLOCK_CELLS // max(len(self.items), 1))
            columns = np.arange(len(self.items))
            for first in range(0, len(bounds), step):
                yield first, columns, _box_gaps(bounds[first:first + step], self.bounds)
            return
        from shapely.geometry import box
        for first, (minx, miny, maxx, maxy) in enumerate(bounds.tolist()):
            reach = distance if distance is not None else 0.0
            columns = np.array(_tree_indices(self.tree, self.by_identity, box(
                minx - reach, miny - reach, maxx + reach, maxy + reach)), dtype=int)
            yield first, columns, _box_gaps(bounds[first:first + 1], self.bounds[columns])

    def near_all(self, geometries, distance, bounds=None):
        """bounds: the geometries' (shapely 1.8 computes them in Python at each ask)."""
        found = [{} for _ in geometries]
        if not self.items:
            return [[] for _ in geometries]
        bounds = bounds if bounds is not None else [g.bounds for g in geometries]
        for first, columns, gaps in self._blocks(bounds, distance):
            rows, cols = np.nonzero(gaps <= distance * distance * SLACK)
            for row, column in zip((rows + first).tolist(), columns[cols].tolist()):
                key, other = self.items[column]
                gap = geometries[row].distance(other)
                if gap <= distance and (key not in found[row] or gap < found[row][key][2]):
                    found[row][key] = (key, other, gap)
        return [sorted(f.values(), key=lambda item: (item[2], str(item[0]))) for f in found]

    def nearest_all(self, geometries, limit=1_000_000.0, bounds=None):
        if not self.items:
            return [None] * len(geometries)
        bounds = bounds if bounds is not None else [g.bounds for g in geometries]
        if self.tree is not None:     # ever wider boxes, from 1 km, until one holds an item
            result = []
            for geometry, box_ in zip(geometries, bounds):
                reach, best = min(1_000.0, limit), None
                while best is None:
                    best = self._nearest_in(geometry, self._blocks([box_], reach), reach)
                    if best is not None or reach >= limit:
                        break
                    reach = min(reach * 4, limit)
                result.append(best)
            return result
        return [best for first, columns, gaps in self._blocks(bounds)
                for best in self._nearest_block(geometries, first, columns, gaps, limit)]

    def _nearest_in(self, geometry, blocks, limit):
        return next(self._nearest_block([geometry], *next(blocks), limit))

    def _nearest_block(self, geometries, first, columns, gaps, limit):
        """The nearest item of each row: the smallest gap's first, then every item whose gap
        does not exceed that distance (ties go to the smaller key, as in near_all)."""
        if gaps.shape[1] == 0:
            yield from [None] * gaps.shape[0]
            return
        closest = gaps.argmin(axis=1)
        best = []
        for row, column in enumerate(columns[closest].tolist()):
            key, other = self.items[column]
            best.append((key, other, geometries[first + row].distance(other)))
        bar = np.array([b[2] for b in best])
        rows, cols = np.nonzero(gaps <= (bar * bar * SLACK)[:, None])
        for row, column in zip(rows.tolist(), columns[cols].tolist()):
            key, other = self.items[column]
            if other is best[row][1]:
                continue
            gap = geometries[first + row].distance(other)
            if (gap, str(key)) < (best[row][2], str(best[row][0])):
                best[row] = (key, other, gap)
        for item in best:
            yield item if item[2] <= limit else None


def _box_gaps(boxes, others):
    """The squared distance between each box (rows) and each other box (columns): 0 where
    they meet. Squared and in place: this is the one numpy pass over every pair."""
    dx = others[None, :, 0] - boxes[:, None, 2]
    np.maximum(dx, boxes[:, None, 0] - others[None, :, 2], out=dx)
    np.maximum(dx, 0.0, out=dx)
    dy = others[None, :, 1] - boxes[:, None, 3]
    np.maximum(dy, boxes[:, None, 1] - others[None, :, 3], out=dy)
    np.maximum(dy, 0.0, out=dy)
    dx *= dx
    dy *= dy
    dx += dy
    return dx


def pieces(geometry, vertices):
    """A line (or lines) as pieces of at most `vertices` vertices; anything else as it is."""
    from shapely.geometry import LineString
    if geometry.geom_type == "MultiLineString":
        return [p for line in geometry.geoms for p in pieces(line, vertices)]
    if geometry.geom_type != "LineString" or len(geometry.coords) <= vertices:
        return [geometry]
    coords = list(geometry.coords)
    step = vertices - 1
    return [LineString(coords[at:at + vertices]) for at in range(0, len(coords) - 1, step)]
