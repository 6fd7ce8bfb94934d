#!/usr/bin/env python3
"""Benchmark: mineaction:clearancesummary on 50,000 land-release polygons and 1,000,000 finds,
and the dashboard's figures with 10,000 hazards besides.

Builds the GeoPackage (schema from mineaction:createdatabase), then times
  1. the algorithm (a fresh QGIS process; the time of processing.run only), and
  2. the baseline: one SQL aggregate query over the same file (sqlite3), which sums the
     stored area_m2 and quantity by district — what the algorithm does, minus measuring the
     polygons on the ellipsoid,
and prints both and their ratio.    python3 bench/bench_summary.py [POLYGONS] [FINDS]
"""
import json
import math
import os
import random
import struct
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "output")
sys.path.insert(0, ROOT)
DISTRICTS = ("Aghdam", "Fuzuli", "Jabrayil", "Kalbajar", "Lachin", "Qubadli", "Shusha",
             "Tartar", "Zangilan", "Khojavend")
CATEGORIES = ("ERW", "APM", "ATM")
HAZARDS = 10_000

RUN = r"""
import os, sys, time, json
sys.path.insert(0, {here!r})
from qgis_bench import start_qgis  # QGIS headless, Processing, this plugin's provider
app, provider = start_qgis()
import processing
start = time.perf_counter()
processing.run("mineaction:clearancesummary", {{"DATABASE": {db!r}, "OUTPUT": {out!r}}})
print(json.dumps({{"seconds": time.perf_counter() - start}}))
"""


def build(path, polygons, finds):
    from mineaction_plugin.data import geopackage, gpkg_sql
    if os.path.exists(path):
        os.remove(path)
    geopackage.create(path)
    rng = random.Random(7)
    srs = struct.pack("<i", 4326)
    connection = gpkg_sql.connect(path)
    connection.execute("BEGIN")
    index = gpkg_sql.BulkSpatialIndex(connection, "land_release")
    rows, boxes = [], []
    for i in range(1, polygons + 1):
        lon, lat = 45.5 + rng.random() * 3, 38.8 + rng.random() * 2.2
        d = 0.002 + rng.random() * 0.004
        ring = [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]
        wkb = struct.pack("<BIII10d", 1, 3, 1, 5, *[c for p in ring for c in p])
        bounds = (lon, lon + d, lat, lat + d)
        blob = b"GP\x00\x03" + srs + struct.pack("<4d", *bounds) + wkb
        area = (d * 111_320 * math.cos(math.radians(lat))) * (d * 110_574)
        rows.append((i, f"LR-{i:06d}", "clearance", "cleared", "completed",
                     DISTRICTS[i % len(DISTRICTS)], area, "2022-06-01", blob))
        boxes.append((i,) + bounds)
    connection.executemany(
        "INSERT INTO land_release (fid, activity_id, activity_type, release_type, status, "
        "district, area_m2, start_date, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    index.add(boxes)
    index.close()
    index = gpkg_sql.BulkSpatialIndex(connection, "hazards")
    hazards, boxes = [], []
    for i in range(1, HAZARDS + 1):
        lon, lat = 45.5 + rng.random() * 3, 38.8 + rng.random() * 2.2
        d = 0.003
        ring = [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]
        wkb = struct.pack("<BIII10d", 1, 3, 1, 5, *[c for p in ring for c in p])
        bounds = (lon, lon + d, lat, lat + d)
        blob = b"GP\x00\x03" + srs + struct.pack("<4d", *bounds) + wkb
        hazards.append((i, f"HZ-B-{i:05d}", "CHA" if i % 3 else "SHA",
                        ("open", "worked_on", "closed")[i % 3], DISTRICTS[i % len(DISTRICTS)],
                        70_000.0, blob))
        boxes.append((i,) + bounds)
    connection.executemany("INSERT INTO hazards (fid, hazard_id, classification, status, "
                           "district, area_m2, geom) VALUES (?, ?, ?, ?, ?, ?, ?)", hazards)
    index.add(boxes)
    index.close()
    index = gpkg_sql.BulkSpatialIndex(connection, "eo_finds")
    batch, boxes = [], []
    for i in range(1, finds + 1):
        lon, lat = 45.5 + rng.random() * 3, 38.8 + rng.random() * 2.2
        blob = b"GP\x00\x01" + srs + struct.pack("<BIdd", 1, 1, lon, lat)
        batch.append((i, f"EO-{i:07d}", DISTRICTS[i % len(DISTRICTS)],
                      CATEGORIES[i % 3], 1 + i % 4, blob))
        boxes.append((i, lon, lon, lat, lat))
        if len(batch) == 100_000:
            connection.executemany("INSERT INTO eo_finds (fid, find_id, district, category, "
                                   "quantity, geom) VALUES (?, ?, ?, ?, ?, ?)", batch)
            index.add(boxes)
            batch, boxes = [], []
    if batch:
        connection.executemany("INSERT INTO eo_finds (fid, find_id, district, category, "
                               "quantity, geom) VALUES (?, ?, ?, ?, ?, ?)", batch)
        index.add(boxes)
    index.close()
    connection.execute("COMMIT")
    connection.close()


BASELINE = ("SELECT district, 'area', sum(area_m2) FROM land_release WHERE release_type = "
            "'cleared' GROUP BY district UNION ALL SELECT district, category, sum(quantity) "
            "FROM eo_finds GROUP BY district, category")


def main():
    polygons = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    finds = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    os.makedirs(OUT, exist_ok=True)
    db = os.path.join(OUT, "summary_bench.gpkg")
    start = time.perf_counter()
    build(db, polygons, finds)
    print(f"built {polygons:,} land-release polygons and {finds:,} finds in "
          f"{time.perf_counter() - start:.1f} s: {db}")
    import sqlite3
    baselines = []
    for _ in range(3):
        connection = sqlite3.connect(db)
        start = time.perf_counter()
        connection.execute(BASELINE).fetchall()
        baselines.append(time.perf_counter() - start)
        connection.close()
    python = os.path.join(ROOT, ".venv", "bin", "python")
    python = python if os.path.exists(python) else sys.executable
    runs = []
    for _ in range(3):
        run = subprocess.run([python, "-c", RUN.format(here=HERE, db=db, out=os.path.join(
            OUT, "summary.csv"))], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout[-3000:], run.stderr[-3000:])
            sys.exit(1)
        runs.append(json.loads(run.stdout.strip().splitlines()[-1])["seconds"])
    seconds, baseline = sorted(runs)[1], sorted(baselines)[1]
    from mineaction_plugin.data import dashboard
    dashboard_times = []
    for _ in range(3):
        start = time.perf_counter()
        dashboard.read_figures(db)
        dashboard_times.append(time.perf_counter() - start)
    print(f"clearancesummary           : {seconds:.2f} s (median of 3; target ≤ 5 s)")
    print(f"one SQL aggregate (sqlite3): {baseline:.2f} s (median of 3)")
    print(f"ratio                      : {seconds / baseline:.1f}x (the algorithm also "
          f"measures {polygons:,} polygons on the ellipsoid)")
    print(f"dashboard figures, {HAZARDS:,} hazards + the above: "
          f"{sorted(dashboard_times)[1]:.2f} s (median of 3; target ≤ 1 s or in the "
          f"background — the dock reads them in a background task)")


if __name__ == "__main__":
    main()
