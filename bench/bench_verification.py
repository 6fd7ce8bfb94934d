#!/usr/bin/env python3
"""Benchmark: mineaction:verifyrecords at national scale, against a plain nearest-find join.

Data "as the spec's sample is made": the 40 records of tests/data/verification (every kind of
planted error), their finds and cleared land, repeated 75 times 0.1° of longitude apart (a
shift in longitude is an exact isometry of the ellipsoid, so every copy is the same problem;
projected landmarks are written as latitude/longitude first) = 3,000 records, and the finds
thinned at random (seeded) to 150,000.
  1. mineaction:verifyrecords on all 3,000 (a fresh process per run, so its peak memory is its
     own, QGIS included, plus its judging child's), three runs, the median printed;
  2. per record: the median and worst time of one record's check (in this process, alone);
  3. the dock's case: one record checked afresh from the database (explain_record), median of 7;
  4. the baseline in the same run: native:joinbynearest of every expected mine (the import's
     MINES output) to the finds, a fresh process likewise.
    python3 bench/bench_verification.py
"""
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "output", "verification")
SAMPLE = os.path.join(ROOT, "tests", "data", "verification")
COPIES, STEP_DEG, FINDS = 75, 0.1, 150_000
sys.path.insert(0, HERE)

RUN = """
import os, resource, sys, threading, time
sys.path.insert(0, {here!r})
from qgis_bench import start_qgis
app, provider = start_qgis()
import processing
child_peak = [0.0]


def watch_children():
    # the judging child's peak (VmHWM), read while it lives (QGIS's start spawns helpers of its
    # own, so the kernel's RUSAGE_CHILDREN peak is not the check's)
    while True:
        for pid in os.listdir("/proc"):
            try:
                with open(f"/proc/{{pid}}/status") as handle:
                    status = handle.read()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            if fields.get("PPid", "").strip() == str(os.getpid()) and "VmHWM" in fields:
                child_peak[0] = max(child_peak[0], int(fields["VmHWM"].split()[0]) / 1024)
        time.sleep(0.5)


threading.Thread(target=watch_children, daemon=True).start()
started = time.perf_counter()
{work}
print("SECONDS", time.perf_counter() - started)
# this process and the judging child at their peaks, summed
print("PEAK_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + child_peak[0])
"""
VERIFY = "processing.run('mineaction:verifyrecords', {{'DATABASE': {db!r}}})"
JOIN = ("processing.run('native:joinbynearest', {{'INPUT': {mines!r}, 'INPUT_2': {finds!r}, "
        "'NEIGHBORS': 1, 'MAX_DISTANCE': 600, 'OUTPUT': 'TEMPORARY_OUTPUT'}})")


def generate(folder):
    from pyproj import Transformer
    rng = random.Random(20261206)
    with open(os.path.join(SAMPLE, "records.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:   # landmarks as latitude/longitude so a copy is a pure longitude shift
        if row["x"] and row["crs"] != "EPSG:4326":
            lon, lat = Transformer.from_crs(row["crs"], "EPSG:4326", always_xy=True) \
                .transform(float(row["x"]), float(row["y"]))
            row.update(x=f"{lon:.9f}", y=f"{lat:.9f}", crs="EPSG:4326")
    records = os.path.join(folder, "records.csv")
    with open(records, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for copy in range(COPIES):
            for row in rows:
                row = dict(row, record_id=f"{row['record_id']}-{copy:02d}")
                if row["x"]:
                    row["x"] = f"{float(row['x']) + copy * STEP_DEG:.9f}"
                writer.writerow(row)
    layers = {}
    for name in ("land_release", "eo_finds"):
        source = json.load(open(os.path.join(SAMPLE, f"{name}.geojson"), encoding="utf-8"))
        features = []
        for copy in range(COPIES):
            for feature in source["features"]:
                feature = json.loads(json.dumps(feature))
                key = "activity_id" if name == "land_release" else "find_id"
                feature["properties"][key] += f"-{copy:02d}"
                if name == "eo_finds" and feature["properties"].get("activity_id"):
                    feature["properties"]["activity_id"] += f"-{copy:02d}"
                feature["geometry"]["coordinates"] = _shifted(
                    feature["geometry"]["coordinates"], copy * STEP_DEG)
                features.append(feature)
        if name == "eo_finds":
            features = rng.sample(features, min(FINDS, len(features)))
        layers[name] = os.path.join(folder, f"{name}.geojson")
        json.dump({"type": "FeatureCollection", "features": features},
                  open(layers[name], "w", encoding="utf-8"))
    return records, layers


def _shifted(coordinates, degrees):
    if isinstance(coordinates[0], (int, float)):
        return [coordinates[0] + degrees, *coordinates[1:]]
    return [_shifted(c, degrees) for c in coordinates]


def fresh(work):
    run = subprocess.run([sys.executable, "-c", RUN.format(here=HERE, work=work)],
                         capture_output=True, text=True, cwd=ROOT)
    values = dict(line.split(" ", 1) for line in run.stdout.splitlines()
                  if line.startswith(("SECONDS", "PEAK_MB")))
    if "SECONDS" not in values:
        raise SystemExit(run.stdout[-2000:] + run.stderr[-3000:])
    return float(values["SECONDS"]), float(values["PEAK_MB"])


def main():
    os.makedirs(OUT, exist_ok=True)
    from qgis_bench import start_qgis
    app, provider = start_qgis()   # noqa: F841 (kept alive)
    import processing
    from osgeo import gdal
    records, layers = generate(OUT)
    db = os.path.join(OUT, "bench.gpkg")
    mines = os.path.join(OUT, "mines.gpkg")
    for path in (db, mines):
        if os.path.exists(path):
            os.remove(path)
    processing.run("mineaction:createdatabase", {"OUTPUT": db})
    imported = processing.run("mineaction:importminefieldrecords", {
        "INPUT": records, "DATABASE": db, "MINES": mines})
    for name in ("land_release", "eo_finds"):
        gdal.VectorTranslate(db, layers[name], accessMode="append", layerName=name)
    print(f"data: {imported['RECORDS_IMPORTED']} records, {FINDS} finds "
          f"({COPIES} copies of the 40-record sample)")

    runs = [fresh(VERIFY.format(db=db)) for _ in range(3)]
    seconds = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    baseline = [fresh(JOIN.format(mines=mines, finds=f"{db}|layername=eo_finds"))
                for _ in range(3)]
    join_seconds = statistics.median(b[0] for b in baseline)

    from mineaction_plugin.adapters.record_evidence import (
        Checker,
        explain_record,
        read_field,
        read_forms,
    )
    from mineaction_plugin.core import verification
    from mineaction_plugin.data import project_db
    with project_db.open_project(db) as project:
        forms = read_forms(project)
        checker = Checker(read_field(project))
    limits = verification.thresholds()
    per_record, statuses = [], {}
    for record_id, form in sorted(forms.items()):
        started = time.perf_counter()
        verdict = checker.check(record_id, form, limits)[0]
        per_record.append(time.perf_counter() - started)
        statuses[verdict.status] = statuses.get(verdict.status, 0) + 1
    dock = []
    for record_id in ("VR-7-0008-40", "VR-7-0006-10", "VR-7-0013-70", "VR-7-0002-33",
                      "VR-7-0020-01", "VR-7-0030-55", "VR-7-0011-05"):
        started = time.perf_counter()
        explain_record(db, record_id)
        dock.append(time.perf_counter() - started)

    print(f"verifyrecords, 3,000 records: median {seconds:.1f} s of 3 runs "
          f"({', '.join(f'{r[0]:.1f}' for r in runs)}), peak memory {peak:.0f} MB "
          f"(targets: ≤ 60 s, < 1,024 MB)")
    print(f"per record: median {statistics.median(per_record) * 1000:.1f} ms, worst "
          f"{max(per_record) * 1000:.0f} ms; statuses {statuses}")
    print(f"one record in the dock (read + check + what to draw): median "
          f"{statistics.median(dock) * 1000:.0f} ms, worst {max(dock) * 1000:.0f} ms "
          f"(target < 1 s)")
    print(f"baseline native:joinbynearest of {len(per_record) and 'every'} expected mine to "
          f"the finds: median {join_seconds:.1f} s; verifyrecords / join = "
          f"{seconds / join_seconds:.2f}")


if __name__ == "__main__":
    main()
