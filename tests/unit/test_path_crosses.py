"""The record topology test without shapely gives what shapely gives (QGIS does not promise
shapely on every platform, so core/ carries its own)."""
import random

from shapely.geometry import LinearRing, LineString

from mineaction_plugin.core.geodesy import path_crosses


def test_the_plain_python_test_agrees_with_shapely_on_random_paths():
    rng = random.Random(13)
    checked = {True: 0, False: 0}
    for _ in range(3000):
        n = rng.randint(3, 9)
        # small integer grid: many touching, collinear and repeated cases
        points = [(rng.randint(0, 6), rng.randint(0, 6)) for _ in range(n)]
        for closed in (True, False):
            try:
                expected = not (LinearRing(points) if closed else LineString(points)).is_simple
            except ValueError:
                continue
            assert path_crosses(points, closed) == expected, (points, closed)
            checked[expected] += 1
    assert checked[True] > 500 and checked[False] > 200


def test_the_usual_cases():
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    bow_tie = [(0, 0), (10, 10), (10, 0), (0, 10)]
    assert not path_crosses(square) and path_crosses(bow_tie)
    assert not path_crosses(bow_tie[:3], closed=False)
