"""The task sheet's pure logic: scale, grids, turning points, task ids and statuses."""
import pytest
from pyproj import Geod, Transformer

from mineaction_plugin.core import task_sheet as s
from mineaction_plugin.core.geodesy import PyprojGeodesy

GEOD = Geod(ellps="WGS84")


def test_scale_is_the_smallest_standard_one_that_fits_with_margin():
    # 150 m × 100 m in a 182 × 157 mm frame: 1:1000 holds 182 m, but 150 m + 2 × 10 % = 180 m
    assert s.choose_scale(150, 100, 182, 157) == 1000
    assert s.choose_scale(160, 100, 182, 157) == 2000
    assert s.choose_scale(400, 900, 182, 157) == 10000      # height decides
    assert s.choose_scale(3000, 500, 182, 157) == 25000
    assert s.choose_scale(0, 0, 182, 157) == 1000           # a point still gets a map
    assert s.choose_scale(60000, 100, 182, 157) == 400000   # beyond the list: rounded up
    for scale in s.STANDARD_SCALES:
        assert s.choose_scale(scale * 0.182 / 1.2001, 1, 182, 157) == scale


def test_grid_lines_are_a_few_centimetres_apart_on_paper():
    assert s.grid_interval_m(1000) == 50
    assert s.grid_interval_m(2500) == 100
    assert s.grid_interval_m(10000) == 500
    assert s.grid_interval_deg(2500) == pytest.approx(5 / 3600)
    assert s.grid_interval_deg(25000) == pytest.approx(60 / 3600)
    for scale in s.STANDARD_SCALES:
        metres = s.grid_interval_m(scale) * 1000 / scale
        assert 25 <= metres <= 70, scale   # millimetres between UTM lines


@pytest.mark.parametrize("task_id", ["", "../x", "a/b", "a\\b", ".hidden", "T 1", "Ağdam-1",
                                     "x" * 101, None])
def test_unsafe_task_ids_are_named(task_id):
    assert s.task_id_problem(task_id)


@pytest.mark.parametrize("task_id", ["HZ-AGD-0001-T01", "T.2026_01", "x" * 100])
def test_safe_task_ids(task_id):
    assert s.task_id_problem(task_id) is None


def test_next_task_id_is_free_and_safe():
    assert s.next_task_id("HZ-AGD-0001", []) == "HZ-AGD-0001-T01"
    assert s.next_task_id("HZ-AGD-0001", ["HZ-AGD-0001-T01", "HZ-AGD-0001-T02"]) == \
        "HZ-AGD-0001-T03"
    assert s.task_id_problem(s.next_task_id("HZ/Ağdam 7", [])) is None


def test_task_status_moves_forward_or_is_cancelled():
    assert s.next_statuses("draft") == ("issued", "cancelled")
    assert s.next_statuses("issued") == ("in_progress", "cancelled")
    assert s.next_statuses("in_progress") == ("completed", "cancelled")
    assert s.next_statuses("completed") == ()
    assert s.next_statuses("cancelled") == ()
    from mineaction_plugin.core.schema import CODE_LISTS
    assert set(s.TASK_STATUS_NEXT) == set(CODE_LISTS["task_status"])


def test_area_points_number_outer_rings_clockwise_then_holes():
    outer = [(47.0, 40.0), (47.01, 40.0), (47.01, 40.01), (47.0, 40.01)]   # anticlockwise
    hole = [(47.004, 40.004), (47.006, 40.004), (47.005, 40.006)]
    points, groups = s.area_points([(True, outer), (False, hole)])
    assert [p[0] for p in points] == [f"TP{i}" for i in range(1, 8)]
    assert [p[1] for p in points] == ["TP"] * 4 + ["inner"] * 3
    assert points[0][2:] == (47.0, 40.01)            # northernmost, then westernmost
    assert points[1][2:] == (47.01, 40.01)           # clockwise: east next
    assert groups == [(0, 4), (4, 7)]


def _utm(zone_epsg):
    transformer = Transformer.from_crs("EPSG:4326", f"EPSG:{zone_epsg}", always_xy=True)

    def to_utm(lon, lat):
        x, y = transformer.transform(lon, lat)
        return "38N", x, y
    return to_utm


def test_turning_point_rows_match_geodesic_truth():
    ring = [(47.2691893, 39.5215938), (47.2730432, 39.5211366), (47.2720, 39.5190)]
    points = [(f"TP{i + 1}", "TP", lon, lat) for i, (lon, lat) in enumerate(ring)]
    rows = s.turning_point_rows(points, _utm(32638), PyprojGeodesy().inverse)
    assert rows[0]["latitude_dms"] == "39°31'17.74\"N"
    assert rows[0]["longitude_dms"] == "47°16'09.08\"E"
    assert rows[0]["latitude"] == "39.521594"
    for i, row in enumerate(rows):
        lon, lat = ring[i]
        next_lon, next_lat = ring[(i + 1) % 3]
        azimuth, _, distance = GEOD.inv(lon, lat, next_lon, next_lat)
        shown_bearing = float(row["bearing"].split("°")[0])
        assert shown_bearing == pytest.approx(azimuth % 360, abs=0.05)
        assert float(row["distance"].split(" m")[0]) == pytest.approx(distance, abs=0.05)
        assert row["distance"].endswith(f"TP{(i + 1) % 3 + 1}")
        x, y = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True).transform(lon, lat)
        assert float(row["easting"]) == pytest.approx(x, abs=0.05)
        assert float(row["northing"]) == pytest.approx(y, abs=0.05)
        # DMS read back lands within 0.01" of the point
        assert _dms_to_degrees(row["latitude_dms"]) == pytest.approx(lat, abs=0.01 / 3600)
        assert _dms_to_degrees(row["longitude_dms"]) == pytest.approx(lon, abs=0.01 / 3600)


def test_turning_point_rows_follow_an_explicit_order():
    points = [("LM1", "LM", 47.0, 40.0), ("SP", "SP", 47.001, 40.0), ("TP1", "TP", 47.001,
                                                                       40.001)]
    rows = s.turning_point_rows(points, _utm(32638), PyprojGeodesy().inverse, [1, 2, 1])
    assert rows[0]["distance"].endswith("SP") and rows[2]["distance"].endswith("SP")
    assert float(rows[2]["bearing"].split("°")[0]) == pytest.approx(180, abs=0.1)


def _dms_to_degrees(text):
    degrees, rest = text.split("°")
    minutes, rest = rest.split("'")
    seconds = rest.rstrip("NSEW").rstrip('"')
    value = int(degrees) + int(minutes) / 60 + float(seconds) / 3600
    return -value if text[-1] in "SW" else value


def test_every_sheet_label_is_marked_for_translation():
    import ast
    import inspect
    tree = ast.parse(inspect.getsource(s))
    marked = {node.args[0].value for node in ast.walk(tree)
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_"}
    assert set(s.SHEET_LABELS.values()) <= marked
