#!/usr/bin/env python3
"""Benchmark: IMSMA export of 50,000 hazards and 200,000 finds to a File Geodatabase
(target ≤ 2× ogr2ogr converting the same GeoPackage layers to a File Geodatabase).

Both runs alternate (twice each, best kept) so that drift of this machine's speed hits both.
    python3 bench/bench_imsma.py [HAZARDS] [FINDS]
"""
import math
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis_bench import irregular_ring, start_qgis  # noqa: E402


def polygon_wkb(points):
    """WKB of a polygon from its closed ring."""
    return struct.pack("<BIII", 1, 3, 1, len(points)) + b"".join(
        struct.pack("<dd", x, y) for x, y in points)


def fill(database, hazards, finds, rng):
    from mineaction_plugin.data import gpkg_sql
    connection = gpkg_sql.connect(database)
    now = gpkg_sql.now_iso()
    hazard_rows, find_rows = [], []
    boxes = {"hazards": [], "eo_finds": []}
    for i in range(hazards):
        lon, lat = 45.6 + rng.random() * 2.8, 38.9 + rng.random() * 2.0
        ring = irregular_ring(rng, lon, lat)
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        boxes["hazards"].append((min(xs), max(xs), min(ys), max(ys)))
        area = ((max(xs) - min(xs)) * (max(ys) - min(ys)) * 111_000 ** 2 *   # about: a sample
                math.cos(math.radians(lat)) * 0.75)
        hazard_rows.append((f"HZ-BEN-{i:05d}", rng.choice(["SHA", "CHA"]),
                            rng.choice(["open", "worked_on", "closed"]), "Fuzuli",
                            rng.randint(1, 5), area, now, "bench",
                            gpkg_sql.blob(polygon_wkb(ring), (min(xs), max(xs), min(ys),
                                                               max(ys)))))
        for j in range(finds // hazards):
            x, y = lon + rng.uniform(-0.001, 0.001), lat + rng.uniform(-0.001, 0.001)
            boxes["eo_finds"].append((x, x, y, y))
            find_rows.append((f"EO-{i:05d}-{j}", f"HZ-BEN-{i:05d}", "Fuzuli",
                              rng.choice(["APM", "ATM", "ERW"]), "PMN-2", 1,
                              rng.choice(["armed", "unarmed", "damaged"]), "2022-05-01", now,
                              "bench", gpkg_sql.blob(struct.pack("<BIdd", 1, 1, x, y),
                                                     (x, x, y, y))))
    connection.execute("BEGIN")   # one transaction (the connection is in autocommit mode)
    # the R-trees are filled in bulk, as the record import does
    for table, columns, rows in (
            ("hazards", "hazard_id, classification, status, district, priority, area_m2, "
                        "created_at, created_by", hazard_rows),
            ("eo_finds", "find_id, hazard_id, district, category, model, quantity, "
                         "condition, date_found, created_at, created_by", find_rows)):
        index = gpkg_sql.BulkSpatialIndex(connection, table)
        connection.executemany(
            f"INSERT INTO {table} (fid, {columns}, geom) VALUES "
            f"({', '.join('?' * (columns.count(',') + 3))})",
            [(fid, *row) for fid, row in enumerate(rows, 1)])
        index.add([(fid, *bounds) for fid, bounds in enumerate(boxes[table], 1)])
        index.close()
    connection.execute("COMMIT")
    connection.close()


def main():
    hazards = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    finds = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    app, provider = start_qgis()
    import processing
    work = tempfile.mkdtemp(prefix="bench-imsma-")
    database = os.path.join(work, "bench.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    start = time.perf_counter()
    fill(database, hazards, finds, random.Random(5))
    print(f"database: {hazards:,} hazards, {finds:,} EO finds "
          f"(made in {time.perf_counter() - start:.1f} s)")
    plugin_times, ogr_times = [], []
    for run in range(2):
        out = os.path.join(work, f"ogr{run}.gdb")
        start = time.perf_counter()
        subprocess.run(["ogr2ogr", "-f", "OpenFileGDB", out, database, "hazards", "eo_finds"],
                       check=True)
        ogr_times.append(time.perf_counter() - start)
        out = os.path.join(work, f"plugin{run}.gdb")
        start = time.perf_counter()
        result = processing.run("mineaction:exportimsma", {
            "DATABASE": database, "FORMAT": "filegdb", "SINCE": "1900-01-01", "OUTPUT": out})
        plugin_times.append(time.perf_counter() - start)
        assert result["EXPORTED"] == hazards + finds, result
    plugin, baseline = min(plugin_times), min(ogr_times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("mineaction:exportimsma to a File Geodatabase (checks, domains, renamed fields):")
    print(f"  time                   {plugin:.1f} s   runs: "
          f"{', '.join(f'{t:.1f}' for t in plugin_times)}")
    print(f"  baseline               ogr2ogr -f OpenFileGDB of the same two layers: "
          f"{baseline:.1f} s   runs: {', '.join(f'{t:.1f}' for t in ogr_times)}")
    print(f"  ratio                  {plugin / baseline:.2f}x (target ≤ 2x)")
    print(f"  peak memory (process)  {peak:.0f} MB")
    shutil.rmtree(work)
    app.exitQgis()


if __name__ == "__main__":
    main()
