"""Perimeter marking and signs: the geometric promises, checked in metres on the ground."""
import json
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

OFFSET = 5.0
UTM = QgsCoordinateReferenceSystem("EPSG:32638")


def to_utm(geometry):
    g = QgsGeometry(geometry)
    g.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), UTM,
                                       QgsProject.instance()))
    return g


def square(lon, lat, metres):
    """A square of `metres` side with its south-west corner at lon, lat (about)."""
    d_lat = metres / 111_000.0
    d_lon = metres / (111_000.0 * math.cos(math.radians(lat)))
    return [[lon, lat], [lon + d_lon, lat], [lon + d_lon, lat + d_lat], [lon, lat + d_lat],
            [lon, lat]]


@pytest.fixture
def hazards(tmp_path):
    """Two hazards 6 m apart (one line round both), one alone, one with a hole, a multipolygon."""
    lon, lat = 46.9, 39.8
    gap = 6.0 / (111_000.0 * math.cos(math.radians(lat)))
    a = square(lon, lat, 60)
    b = square(lon + 60 / (111_000.0 * math.cos(math.radians(lat))) + gap, lat, 40)
    c = square(lon + 0.01, lat, 80)
    hole = square(lon + 0.02, lat, 200)
    inner = square(lon + 0.02 + 60 / (111_000.0 * math.cos(math.radians(lat))),
                   lat + 60 / 111_000.0, 80)
    multi = [square(lon + 0.03, lat, 30), square(lon + 0.031, lat, 30)]
    features = [("HZ-A", {"type": "Polygon", "coordinates": [a]}),
                ("HZ-B", {"type": "Polygon", "coordinates": [b]}),
                ("HZ-C", {"type": "Polygon", "coordinates": [c]}),
                ("HZ-D", {"type": "Polygon", "coordinates": [hole, inner[::-1]]}),
                ("HZ-E", {"type": "MultiPolygon", "coordinates": [[m] for m in multi]})]
    path = tmp_path / "hazards.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"hazard_id": i}, "geometry": g}
        for i, g in features]}))
    return str(path)


def test_lines_keep_the_offset_enclose_every_hazard_and_never_enter_one(run_alg, hazards):
    lines = run_alg("perimetermarking", {"INPUT": hazards, "OFFSET": OFFSET,
                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    polygons = [(f["hazard_id"], to_utm(f.geometry()))
                for f in QgsVectorLayer(hazards, "h", "ogr").getFeatures()]
    features = list(lines.getFeatures())
    marked = {f["hazard_id"]: f for f in features if f["ring"] == "outer"}
    assert "HZ-A,HZ-B" in marked                      # closer than twice the offset: shared
    assert {"HZ-C", "HZ-D"} <= set(marked)
    assert [f for f in features if f["hazard_id"] == "HZ-D" and f["ring"] == "inner"]
    for feature in features:
        line = to_utm(feature.geometry())
        assert feature["length_m"] == pytest.approx(line.length(), rel=0.002)
        for hazard_id, polygon in polygons:
            assert not line.intersects(polygon), (feature["hazard_id"], hazard_id)
            assert line.distance(polygon) >= OFFSET - 0.5
        own = [p for i, p in polygons if i in feature["hazard_id"].split(",")]
        # every vertex within twice the offset of the hazard(s) it marks
        for vertex in line.vertices():
            point = QgsGeometry.fromPointXY(QgsPointXY(vertex.x(), vertex.y()))
            assert min(p.distance(point) for p in own) <= 2 * OFFSET + 0.01
    # every hazard part is inside an outer line that marks it
    for hazard_id, polygon in polygons:
        for part in polygon.asGeometryCollection():
            assert any(hazard_id in f["hazard_id"].split(",") and f["ring"] == "outer" and
                       QgsGeometry.fromPolygonXY([to_utm(f.geometry()).asPolyline()]).contains(
                           part) for f in features), hazard_id


def test_signs_never_leave_a_gap_over_the_spacing_and_stand_at_corners(run_alg, hazards):
    lines = run_alg("perimetermarking", {"INPUT": hazards, "OFFSET": OFFSET,
                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    signs = run_alg("markingsigns", {"INPUT": lines, "SPACING": 50, "CORNER_ANGLE": 30,
                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    by_line = {}
    for sign in signs.getFeatures():
        by_line.setdefault(sign["marking_id"], []).append(sign)
    polygons = [to_utm(f.geometry()) for f in QgsVectorLayer(hazards, "h", "ogr").getFeatures()]
    for line in lines.getFeatures():
        placed = sorted(by_line[line["marking_id"]], key=lambda s: s["chainage_m"])
        length = to_utm(line.geometry()).length()
        chainages = [s["chainage_m"] for s in placed] + [length]
        assert chainages[0] == 0
        assert max(b - a for a, b in zip(chainages, chainages[1:])) <= 50 + 0.5
        ring = to_utm(line.geometry()).asPolyline()
        for i in range(1, len(ring) - 1):
            a, b, c = ring[i - 1], ring[i], ring[i + 1]
            turn = abs((math.degrees(math.atan2(c.y() - b.y(), c.x() - b.x())
                                     - math.atan2(b.y() - a.y(), b.x() - a.x())) + 180) % 360
                       - 180)
            if turn >= 30:
                assert any(to_utm(s.geometry()).asPoint().distance(b) < 0.01 and
                           s["sign_type"] == "corner_post" for s in placed)
        # every sign faces away from the hazards: a step forward takes it further away
        for sign in placed:
            here = to_utm(sign.geometry()).asPoint()
            angle = math.radians(sign["facing_deg"])
            step = QgsGeometry.fromPointXY(QgsPointXY(here.x() + 2 * math.sin(angle),
                                                      here.y() + 2 * math.cos(angle)))
            point = QgsGeometry.fromPointXY(here)
            if line["ring"] == "outer":
                assert min(p.distance(step) for p in polygons) > \
                    min(p.distance(point) for p in polygons) - 0.2


def test_quantities_add_up(run_alg, hazards, tmp_path):
    import csv
    lines = run_alg("perimetermarking", {"INPUT": hazards, "OFFSET": OFFSET,
                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    signs = run_alg("markingsigns", {"INPUT": lines, "SPACING": 50,
                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = str(tmp_path / "boq.csv")
    run_alg("markingquantities", {"INPUT": lines, "SIGNS": signs, "POST_SPACING": 2.5,
                                  "STRANDS": 3, "PRICE_METRE": 0.5, "PRICE_POST": 4,
                                  "PRICE_SIGN": 12, "CURRENCY": "USD", "OUTPUT": out})
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    body, total = rows[:-1], rows[-1]
    assert total["marking_id"] == "Total" and len(body) == lines.featureCount()
    assert int(float(total["signs"])) == signs.featureCount()
    for row in body:
        length = float(row["length_m"])
        assert int(row["posts"]) == math.ceil(length / 2.5 - 1e-9)   # closed lines
        assert float(row["wire_m"]) == pytest.approx(3 * length, abs=0.2)
        assert float(row["cost_total (USD)"]) == pytest.approx(
            0.5 * float(row["wire_m"]) + 4 * int(row["posts"]) + 12 * int(row["signs"]),
            abs=0.05)
    for column in ("length_m", "signs", "posts", "wire_m", "cost_total (USD)"):
        assert float(total[column]) == pytest.approx(sum(float(r[column]) for r in body),
                                                     abs=0.1)
