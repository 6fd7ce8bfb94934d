#!/usr/bin/env python3
"""Benchmark: casualties at national scale.

Data (generated, seeded): 100,000 accidents with 150,000 victims (one row per victim, the
accident repeated; accidents without victims on their own row), personal columns filled, over
the eleven Karabakh districts; 5,000 minefield record perimeters and 5,000 hazards.
  1. mineaction:importaccidents of the CSV (target ≤ 15 s);
  2. mineaction:casualtysummary, all time (target ≤ 5 s), against one SQL aggregate of the
     same counts without the spatial columns (the baseline);
  3. the outside-records test alone: 100,000 accident points against 5,000 perimeters
     (target ≤ 10 s).
Each is timed 3 times (a fresh database for the import) and the median printed.
    python3 bench/bench_casualties.py
"""
import csv
import json
import os
import random
import sqlite3
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from qgis_bench import square, start_qgis  # noqa: E402

OUT = os.path.join(HERE, "output", "casualties")
ACCIDENTS, VICTIMS, PERIMETERS = 100_000, 150_000, 5_000
DISTRICTS = ("Aghdam", "Fuzuli", "Jabrail", "Khojaly", "Khojavand", "Kalbajar", "Lachin",
             "Gubadly", "Shusha", "Tartar", "Zangilan")
LON0, LAT0, SPAN = 46.5, 39.5, 1.0
REPEATS = 3


def generate(folder):
    rng = random.Random(20261206)
    os.makedirs(folder, exist_ok=True)
    for name, prefix in (("records", "MF-BEN-"), ("hazards", "HZ-BEN-")):
        features = []
        for index in range(PERIMETERS):
            lon, lat = LON0 + rng.random() * SPAN, LAT0 + rng.random() * SPAN
            key = "record_id" if name == "records" else "hazard_id"
            properties = {key: f"{prefix}{index + 1:05d}", "district": rng.choice(DISTRICTS)}
            if name == "hazards":
                properties.update(classification="SHA", status="open")
            features.append({"type": "Feature", "properties": properties,
                             "geometry": square(lon, lat, rng.uniform(100, 600))})
        with open(os.path.join(folder, f"{name}.geojson"), "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f)
    columns = ["accident_id", "accident_date", "accident_type", "device_category",
               "activity", "location_accuracy", "district", "longitude", "latitude",
               "victim_id", "sex", "age_years", "age_group", "outcome", "role", "injuries",
               "full_name", "date_of_birth", "address", "phone"]
    victims_left = VICTIMS
    with open(os.path.join(folder, "casualties.csv"), "w", newline="",
              encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(columns)
        victim_number = 0
        for number in range(1, ACCIDENTS + 1):
            remaining = ACCIDENTS - number + 1
            count = min(victims_left, max(0, round(rng.gauss(victims_left / remaining, 0.8))))
            if number == ACCIDENTS:
                count = victims_left
            victims_left -= count
            accident = [f"ACC-BEN-{number:06d}",
                        f"{rng.randint(1992, 2022)}-{rng.randint(1, 12):02d}-"
                        f"{rng.randint(1, 28):02d}", rng.choice(["mine", "erw"]),
                        rng.choice(["APM", "ATM", "ERW"]), rng.choice(["farming", "herding"]),
                        rng.choice(["exact", "approximate", "unknown"]),
                        rng.choice(DISTRICTS), f"{LON0 + rng.random() * SPAN:.6f}",
                        f"{LAT0 + rng.random() * SPAN:.6f}"]
            if not count:
                out.writerow(accident + [""] * 11)
            for _ in range(count):
                victim_number += 1
                age = rng.randint(5, 80)
                out.writerow(accident + [
                    f"V-BEN-{victim_number:06d}", rng.choice(["male", "female"]), age, "",
                    rng.choice(["killed", "injured"]), rng.choice(["civilian", "deminer"]),
                    "fragment wounds", f"Name {victim_number}", "1970-01-01",
                    f"Street {victim_number}", f"+994 50 {victim_number:07d}"])


def fresh_database(folder, name):
    import processing
    from osgeo import gdal
    path = os.path.join(folder, name)
    if os.path.exists(path):
        os.remove(path)
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    for source, layer in (("records", "minefield_records"), ("hazards", "hazards")):
        done = gdal.VectorTranslate(path, os.path.join(folder, f"{source}.geojson"),
                                    accessMode="append", layerName=layer)
        del done   # closed: written
    return path


def timed(function):
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def baseline(path):
    """One SQL aggregate of the counts by district and year (no spatial columns)."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT a.district, substr(a.accident_date, 1, 4), count(v.victim_id), "
        "sum(v.outcome = 'killed'), sum(v.outcome = 'injured'), sum(v.age_group = 'child'), "
        "sum(v.sex = 'female' AND v.age_group = 'adult'), sum(v.role = 'civilian'), "
        "sum(v.role = 'deminer') FROM accidents a LEFT JOIN victims v ON "
        "v.accident_id = a.accident_id GROUP BY 1, 2").fetchall()
    connection.close()
    return len(rows)


def main():
    app, provider = start_qgis()   # noqa: F841 — kept alive for the run
    import processing

    from mineaction_plugin.core.spatial import PolygonIndex
    from mineaction_plugin.data import casualty_store, project_db
    generate(OUT)
    print(f"data: {ACCIDENTS:,} accidents, {VICTIMS:,} victims, {PERIMETERS:,} record "
          f"perimeters and {PERIMETERS:,} hazards")
    imports, summaries, baselines, outside = [], [], [], []
    for run in range(REPEATS):
        database = fresh_database(OUT, f"bench_{run}.gpkg")
        seconds, result = timed(lambda: processing.run("mineaction:importaccidents", {
            "INPUT": os.path.join(OUT, "casualties.csv"), "DATABASE": database}))
        assert result["REJECTED"] == 0 and result["VICTIMS"] == VICTIMS, result
        imports.append(seconds)
        seconds, _ = timed(lambda: processing.run("mineaction:casualtysummary", {
            "DATABASE": database, "OUTPUT": os.path.join(OUT, "summary.csv")}))
        summaries.append(seconds)
        baselines.append(timed(lambda: baseline(database))[0])
        with project_db.open_project(database) as db:
            records = casualty_store.polygons(db, "minefield_records", "record_id")
            points = [casualty_store._xy(db.wkb(g)) for (g,) in db.rows(
                "SELECT geom FROM accidents WHERE geom IS NOT NULL")]

        def outside_all():
            index = PolygonIndex(records)
            return sum(not index.holds(x, y) for x, y in points)
        seconds, count = timed(outside_all)
        outside.append(seconds)
    median = statistics.median
    print(f"importaccidents: median {median(imports):.2f} s of {REPEATS} (target ≤ 15 s)")
    print(f"casualtysummary: median {median(summaries):.2f} s (target ≤ 5 s); baseline one SQL "
          f"aggregate without the spatial columns: {median(baselines):.2f} s; ratio "
          f"{median(summaries) / median(baselines):.1f}")
    print(f"outside records, {len(points):,} accidents × {PERIMETERS:,} perimeters: median "
          f"{median(outside):.2f} s, {count:,} outside (target ≤ 10 s)")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)   # the figures are out; QGIS's teardown adds nothing to them
