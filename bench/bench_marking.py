#!/usr/bin/env python3
"""Benchmark: perimeter marking and warning signs for 10,000 hazards (target ≤ 30 s).

Hazards are irregular polygons of 0.5–5 ha spread over the liberated districts, some close
enough to share a line. Prints the time of each algorithm and the total, and as a baseline the
time QGIS's native buffer (in degrees, not metres: a lower bound) takes on the same layer.
    python3 bench/bench_marking.py [HAZARDS]
"""
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer  # noqa: E402

from qgis_bench import irregular_ring, start_qgis  # noqa: E402


def hazards_layer(count):
    rng = random.Random(11)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string", "hazards", "memory")
    features = []
    for i in range(count):
        lon, lat = 45.6 + rng.random() * 2.8, 38.9 + rng.random() * 2.0
        ring = [QgsPointXY(x, y) for x, y in irregular_ring(rng, lon, lat)]
        feature = QgsFeature(layer.fields())
        feature["hazard_id"] = f"HZ-B-{i:05d}"
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app, provider = start_qgis()
    import processing
    layer = hazards_layer(count)
    start = time.perf_counter()
    lines = processing.run("mineaction:perimetermarking", {
        "INPUT": layer, "OFFSET": 5, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    marking = time.perf_counter() - start
    start = time.perf_counter()
    signs = processing.run("mineaction:markingsigns", {
        "INPUT": lines, "SPACING": 50, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    placing = time.perf_counter() - start
    start = time.perf_counter()
    processing.run("native:buffer", {"INPUT": layer, "DISTANCE": 0.00005, "SEGMENTS": 8,
                                     "JOIN_STYLE": 2, "MITER_LIMIT": 2, "DISSOLVE": True,
                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    baseline = time.perf_counter() - start
    print(f"{count:,} hazards → {lines.featureCount():,} marking lines, "
          f"{signs.featureCount():,} signs")
    print(f"perimetermarking : {marking:.1f} s")
    print(f"markingsigns     : {placing:.1f} s")
    print(f"total            : {marking + placing:.1f} s (target ≤ 30 s)")
    print(f"baseline native:buffer (degrees, dissolved): {baseline:.1f} s; "
          f"ratio {(marking + placing) / baseline:.1f}x")


if __name__ == "__main__":
    main()
