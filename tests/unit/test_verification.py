"""Record verification without QGIS: readings, the fit under noise, missing mines and clutter
(synthetic, seeded), and the verdicts on the sample (pyproj stands in for QGIS's geodesy)."""
import collections
import json
import math
import os

import numpy as np
import pytest

from mineaction_plugin.core import record_fit, record_table, verification
from mineaction_plugin.core.geodesy import PyprojGeodesy, PyprojProjector
from mineaction_plugin.core.record_readings import applies, compute_reading, read_as
from mineaction_plugin.core.record_rows import RowChecker

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "verification")
GEOD, PROJ = PyprojGeodesy(), PyprojProjector()


def parsed(csv_text):
    table = record_table.read_csv_bytes(csv_text.encode(), "test.csv")
    checker = RowChecker(PROJ, False)
    return [checker.parse(row, values)[0] for row, values in table.rows]


HEADER = ("record_id,point_id,point_type,from_point,bearing,bearing_unit,bearing_ref,"
          "declination_deg,grid_crs,distance,distance_unit,pace_m,x,y,crs,row_id,mine_model,"
          "mine_count,spacing_m\n")


def form(unit="deg", ref="magnetic", declination="5", distance_unit="m", pace="",
         bearings=(10, 80, 170, 260, 350), spacing=4.0, lm="46.9,40.0,EPSG:4326",
         parallel=False):
    """A small record: LM, BM, SP and three turning points, two rows of PMN-2 (parallel, or
    at right angles)."""
    b = [units_bearing(v, unit) for v in bearings]
    second_row = b[2] if parallel else b[1]
    rows = [f"T,LM,LM,,,,,,,,,,{lm},,,,",
            f"T,BM,BM,,{b[0]},{unit},{ref},{declination},,120,{distance_unit},{pace},,,,,,,",
            f"T,SP,SP,,{b[1]},{unit},{ref},{declination},,40,{distance_unit},{pace},,,,,,,",
            f"T,TP1,TP,,{b[2]},{unit},{ref},{declination},,90,{distance_unit},{pace},,,,,,,",
            f"T,TP2,TP,,{b[3]},{unit},{ref},{declination},,70,{distance_unit},{pace},,,,,,,",
            f"T,TP3,TP,,{b[4]},{unit},{ref},{declination},,90,{distance_unit},{pace},,,,,,,",
            f"T,R1S,RS,SP,{b[2]},{unit},{ref},{declination},,10,{distance_unit},{pace},,,,R1,"
            f"PMN-2,15,{spacing}",
            f"T,R1E,RE,R1S,{b[2]},{unit},{ref},{declination},,56,{distance_unit},{pace},,,,R1,"
            f"PMN-2,15,{spacing}",
            f"T,R2S,RS,TP1,{b[3]},{unit},{ref},{declination},,15,{distance_unit},{pace},,,,R2,"
            f"PMN-2,12,{spacing}",
            f"T,R2E,RE,R2S,{second_row},{unit},{ref},{declination},,44,{distance_unit},{pace},,,,R2,"
            f"PMN-2,12,{spacing}"]
    return parsed(HEADER + "\n".join(rows) + "\n")


def units_bearing(degrees, unit):
    return round(degrees * {"deg": 360, "mil6400": 6400, "mil6000": 6000}[unit] / 360, 3)


def field_from(true_record, rng, found=0.75, noise=0.5, strays=6):
    """Finds of `found` of the true record's mines with Gaussian noise, stray mines and a
    cleared square over everything."""
    plane = verification.plane_for(true_record)
    mines = verification.expected_mines(true_record, plane)
    keep = rng.random(len(mines.xy)) < found
    xy = mines.xy[keep] + rng.normal(0, noise, (keep.sum(), 2))
    xy = np.vstack([xy, rng.uniform(-250, 250, (strays, 2))])
    lat, lon = plane.to_latlon(xy)
    finds = [(f"F{i}", "APM", float(a), float(b)) for i, (a, b) in enumerate(zip(lat, lon))]
    square = np.array([[-700, -700], [700, -700], [700, 700], [-700, 700]], dtype=float)
    slat, slon = plane.to_latlon(square)
    return finds, [[list(zip(slat, slon))]]


def verdict_for(points, finds, cleared):
    recorded = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    return verification.verify("T", points, verification.evidence_for(recorded, finds, cleared),
                               GEOD, PROJ)


# --- readings ---------------------------------------------------------------------------------
def test_declination_readings_turn_magnetic_legs_by_the_declination():
    points = form(declination="6")
    plain = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    reversed_ = compute_reading("T", points, "declination_reversed", GEOD, PROJ)
    omitted = compute_reading("T", points, "declination_omitted", GEOD, PROJ)
    by_id = {p.point_id: p for p in plain.points}
    for other, turn in ((reversed_, -12.0), (omitted, -6.0)):
        for point in other.points:
            if point.azimuth_deg is not None:
                assert (point.azimuth_deg - by_id[point.point_id].azimuth_deg - turn) % 360 \
                    == pytest.approx(0.0, abs=1e-9)


def test_mils_swapped_and_grid_read_as_true_change_what_they_should():
    mils = form(unit="mil6400", ref="true", declination="")
    assert applies("mil_6000_as_6400", mils) and not applies("mil_6400_as_6000", mils)
    assert not applies("declination_reversed", mils)
    soviet = read_as("mil_6000_as_6400", mils, PROJ)
    assert {p.bearing_unit for p in soviet if p.bearing is not None} == {"mil6000"}
    grid = read_as("grid_as_true", mils, PROJ)
    # the grid of a form without one is the landmark's UTM zone (46.9° E: zone 38)
    assert {(p.bearing_ref, p.grid_crs) for p in grid if p.bearing is not None} == \
        {("grid", "EPSG:32638")}
    assert applies("true_as_grid", grid)


def test_a_pulkovo_landmark_moves_about_a_hundred_metres_near_aghdam():
    points = form(lm="46.93,40.0,EPSG:4326")
    plain = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    pulkovo = compute_reading("T", points, "datum_pulkovo_1942", GEOD, PROJ)
    distance, azimuth = GEOD.inverse(plain.points[0].lat, plain.points[0].lon,
                                     pulkovo.points[0].lat, pulkovo.points[0].lon)
    assert 80 < distance < 130 and 225 < azimuth < 315      # PROJ's shift, to the west
    projected = form(lm="390000,4428000,EPSG:32638")
    assert not applies("datum_pulkovo_1942", projected)     # only latitude/longitude


# --- the fit ----------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_fit_recovers_shift_rotation_and_scale_through_noise_and_clutter(seed):
    rng = np.random.default_rng(seed)
    rows = [np.array([[0.0, 0.0]]) + np.arange(n)[:, None] * s * np.array([[math.sin(a),
                                                                            math.cos(a)]])
            + start for n, s, a, start in ((20, 4.0, 0.3, (-40, 10)), (15, 5.0, 1.9, (30, -20)),
                                           (12, 3.0, 4.0, (10, 60)))]
    xy = np.vstack(rows)
    mines = record_fit.Mines(xy, np.zeros(len(xy), dtype=int),
                             np.repeat(np.arange(3), [len(r) for r in rows]),
                             np.array([-150.0, -220.0]))
    shift, rotation, scale = np.array([37.0, -61.0]), 3.0, 1.07
    truth = record_fit.similarity(xy, mines.landmark, shift, rotation, scale)
    keep = rng.random(len(xy)) < 0.7
    finds = np.vstack([truth[keep] + rng.normal(0, 0.5, (keep.sum(), 2)),
                       rng.uniform(-200, 200, (25, 2))])
    fit = record_fit.fit_record(mines, finds, np.zeros(len(finds), dtype=int), (1.5, 3.0), 600,
                                scales=tuple(0.85 + 0.02 * i for i in range(16)),
                                rotations=tuple(range(-10, 11, 2)), free_scale=True)
    assert fit.matched >= 0.9 * keep.sum()
    assert np.hypot(*(fit.shift - shift)) < 1.0
    assert abs(fit.rotation_deg - rotation) < 0.2 and abs(fit.scale - scale) < 0.005


def test_a_small_rotation_is_held_at_zero_so_it_cannot_leak_into_the_shift():
    rng = np.random.default_rng(5)
    points = form()
    true_record = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    finds, cleared = field_from(true_record, rng, found=0.8, noise=0.5)
    verdict = verdict_for(points, finds, cleared)
    assert verdict.status == "reliable" and verdict.rotation_deg == 0.0
    assert verdict.scale == 1.0 and verdict.shift_m < 1.0


@pytest.mark.parametrize("reading,kwargs", [
    ("declination_reversed", {}), ("declination_omitted", {}),
    ("mil_6000_as_6400", {"unit": "mil6400", "ref": "true", "declination": ""}),
    ("grid_as_true", {"ref": "true", "declination": "",
                      "lm": "48.9,40.0,EPSG:4326"}),     # far from the central meridian
    ("datum_pulkovo_1942", {"lm": "46.93,40.0,EPSG:4326"}),
])
def test_each_planted_reading_is_named_with_the_landmark_shift(reading, kwargs):
    rng = np.random.default_rng(11)
    points = form(**kwargs)
    truth = compute_reading("T", points, reading, GEOD, PROJ,
                            move={"shift_m": 12.0, "shift_bearing_deg": 140.0})
    finds, cleared = field_from(truth, rng)
    verdict = verdict_for(points, finds, cleared)
    assert (verdict.status, verdict.reading) == ("explained", reading)
    assert abs(verdict.shift_m - 12.0) < 1.0 and abs(verdict.shift_bearing_deg - 140) < 5


def test_a_wrong_pace_length_is_a_scale_and_a_landmark_error_a_shift():
    rng = np.random.default_rng(3)
    paced = form(distance_unit="pace", pace="0.75")
    truth = compute_reading("T", paced, "as_recorded", GEOD, PROJ, move={"scale": 1.09})
    verdict = verdict_for(paced, *field_from(truth, rng))
    assert (verdict.status, verdict.likely_cause) == ("explained", "pace length")
    assert abs(verdict.scale - 1.09) < 0.005
    points = form()
    truth = compute_reading("T", points, "as_recorded", GEOD, PROJ,
                            move={"shift_m": 180.0, "shift_bearing_deg": 30.0})
    verdict = verdict_for(points, *field_from(truth, rng))
    assert (verdict.status, verdict.reading, verdict.likely_cause) == (
        "explained", "as_recorded", "landmark coordinates")


def test_evenly_spaced_rows_say_when_a_fit_one_spacing_along_is_nearly_as_good():
    rng = np.random.default_rng(2)
    points = form(parallel=True)
    truth = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    finds, cleared = field_from(truth, rng, found=0.95, strays=0)
    verdict = verdict_for(points, finds, cleared)
    assert verdict.status == "reliable" and verdict.shift_m < 1.0
    distance = float(verdict.notes.split("a fit ")[1].split(" m from")[0])
    assert abs(distance - 4.0) < 0.3      # one spacing along the rows
    # rows at right angles settle it: no note
    points = form()
    truth = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    assert verdict_for(points, *field_from(truth, rng, found=0.95, strays=0)).notes == ""


def test_without_cleared_land_or_finds_nothing_can_be_said():
    rng = np.random.default_rng(4)
    points = form()
    truth = compute_reading("T", points, "as_recorded", GEOD, PROJ)
    finds, _ = field_from(truth, rng)
    assert verdict_for(points, finds, []).status == "unverified"
    assert verdict_for(points, finds[:3], field_from(truth, rng)[1]).status == "unverified"


# --- the sample: truth made without project code -------------------------------------------------
def test_the_sample_records_get_the_status_reading_and_shift_of_the_truth():
    truth = json.load(open(os.path.join(DATA, "truth.json"), encoding="utf-8"))
    table = record_table.read_csv_bytes(open(os.path.join(DATA, "records.csv"), "rb").read(),
                                        "records.csv")
    checker = RowChecker(PROJ, False)
    groups = collections.defaultdict(list)
    for row, values in table.rows:
        groups[values["record_id"]].append(checker.parse(row, values)[0])
    finds = [(f["properties"]["find_id"], f["properties"]["category"],
              f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])
             for f in json.load(open(os.path.join(DATA, "eo_finds.geojson")))["features"]]
    cleared = []
    for feature in json.load(open(os.path.join(DATA, "land_release.geojson")))["features"]:
        if feature["properties"]["status"] == "completed":
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
                else [geometry["coordinates"]]
            cleared += [[[(c[1], c[0]) for c in ring] for ring in p] for p in polygons]
    for record_id, points in groups.items():
        recorded = compute_reading(record_id, points, "as_recorded", GEOD, PROJ)
        verdict = verification.verify(record_id, points,
                                      verification.evidence_for(recorded, finds, cleared),
                                      GEOD, PROJ)
        expected = truth[record_id]
        assert verdict.status == expected["status"], record_id
        if expected["status"] in ("reliable", "explained"):
            assert verdict.reading == expected["reading"], record_id
            assert math.hypot(verdict.dx_m - expected["dx_m"],
                              verdict.dy_m - expected["dy_m"]) <= 1.0, record_id
