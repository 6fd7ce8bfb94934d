"""core/spatial.GeometryIndex against brute force: what is near and what is nearest, with long
lines cut into pieces, on the numpy path and the STRtree path alike."""
import random

import pytest
from shapely.geometry import LineString, Point, box

from mineaction_plugin.core.spatial import GeometryIndex, pieces


def _world(seed, lines=40, points=60):
    rng = random.Random(seed)
    items = []
    for i in range(lines):        # long, bent lines: their boxes say little
        x, y = rng.uniform(0, 50_000), rng.uniform(0, 50_000)
        coords = [(x, y)]
        for _ in range(rng.randint(2, 60)):
            x += rng.uniform(-800, 800)
            y += rng.uniform(-800, 800)
            coords.append((x, y))
        items.append((f"L{i:03d}", LineString(coords)))
    for i in range(points):
        items.append((f"P{i:03d}", Point(rng.uniform(0, 50_000), rng.uniform(0, 50_000))))
    queries = []
    for _ in range(150):
        x, y, size = rng.uniform(-5_000, 55_000), rng.uniform(-5_000, 55_000), \
            rng.uniform(10, 900)
        queries.append(box(x, y, x + size, y + size))
    return items, queries


def _brute_near(items, query, distance):
    best = {}
    for key, geometry in items:
        gap = query.distance(geometry)
        if gap <= distance:
            best[key] = min(gap, best.get(key, gap))
    return sorted(best.items(), key=lambda kv: (kv[1], kv[0]))


@pytest.fixture(params=["numpy", "tree"])
def index_of(request, monkeypatch):
    if request.param == "tree":
        monkeypatch.setattr(GeometryIndex, "NUMPY_ITEMS", 10)
        monkeypatch.setattr(GeometryIndex, "BLOCK_CELLS", 50)
    return GeometryIndex


def test_near_all_finds_exactly_what_lies_within_the_distance_once_per_key(index_of):
    items, queries = _world(1)
    index = index_of(items)
    for distance in (0, 750, 4_000):
        found = index.near_all(queries, distance)
        for query, near in zip(queries, found):
            expected = _brute_near(items, query, distance)
            assert [k for k, _, _ in near] == [k for k, _ in expected]
            assert [d for _, _, d in near] == pytest.approx([d for _, d in expected], abs=1e-6)


def test_nearest_all_is_the_true_nearest_however_far(index_of):
    items, queries = _world(2)
    index = index_of(items)
    found = index.nearest_all(queries)
    for query, nearest in zip(queries, found):
        key, gap = _brute_near(items, query, float("inf"))[0]
        assert nearest[0] == key and nearest[2] == pytest.approx(gap, abs=1e-6)
    # nothing within the limit: None, not something farther
    far = [box(10_000_000, 0, 10_000_010, 10)]
    assert index.nearest_all(far, limit=1_000) == [None]
    assert index_of([]).nearest_all(queries[:2]) == [None, None]


def test_a_long_line_is_cut_into_pieces_that_keep_every_vertex():
    line = LineString([(i, i % 3) for i in range(20)])
    cut = pieces(line, 8)
    assert [len(p.coords) for p in cut] == [8, 8, 6]
    assert [c for p in cut for c in p.coords[:-1]] + [cut[-1].coords[-1]] == list(line.coords)
    assert pieces(Point(0, 0), 8)[0].equals(Point(0, 0))
