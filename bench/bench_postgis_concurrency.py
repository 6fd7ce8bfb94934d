#!/usr/bin/env python3
"""Benchmark: 8 writer processes × 500 status updates on one PostGIS project, no update lost.

Each writer reads a hazard (status and row version), picks another status and saves it with
the version it read (data/postgis.update_checked). Every save either commits or is refused as
a conflict; a committed status change always writes one status_history row, so
lost = committed − history rows, which must be 0. Prints the throughput.
A throw-away cluster (scripts/pg_cluster.sh) on a loopback port.
    python3 bench/bench_postgis_concurrency.py [WRITERS] [UPDATES] [HAZARDS]
"""
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from mineaction_plugin.data import postgis  # noqa: E402

STATUSES = ("open", "worked_on", "closed")


def writer(args):
    conninfo, schema_name, seed, updates, hazards = args
    target = postgis.parse_target(f"{conninfo} schema={schema_name}")
    connection = postgis.connect(target)
    rng = random.Random(seed)
    committed = conflicts = 0
    for _ in range(updates):
        hazard_id = f"HZ-BEN-{rng.randrange(hazards):03d}"
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT status, row_version FROM "{schema_name}".hazards '
                           f"WHERE hazard_id = %s", (hazard_id,))
            status, version = cursor.fetchone()
        connection.commit()
        new = rng.choice([s for s in STATUSES if s != status])
        try:
            postgis.update_checked(connection, target, "hazards", hazard_id,
                                   {"status": new, "status_reason": f"writer {seed}"}, version,
                                   user=f"writer{seed}")
            committed += 1
        except postgis.Conflict:
            conflicts += 1
    connection.close()
    return committed, conflicts


def main():
    writers = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    updates = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    hazards = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    folder = tempfile.mkdtemp(prefix="mineaction-pgbench-")
    os.chmod(folder, 0o755)
    script = os.path.join(ROOT, "scripts", "pg_cluster.sh")
    conninfo = subprocess.run([script, "start", os.path.join(folder, "cluster"), "55439"],
                              capture_output=True, text=True, check=True).stdout.split("\n")[-2]
    try:
        target = postgis.parse_target(f"{conninfo} schema=bench")
        postgis.create(target)
        connection = postgis.connect(target)
        with connection.cursor() as cursor:
            for i in range(hazards):
                cursor.execute("INSERT INTO bench.hazards (hazard_id, classification, status) "
                               "VALUES (%s, 'SHA', 'open')", (f"HZ-BEN-{i:03d}",))
        connection.commit()
        start = time.perf_counter()
        with multiprocessing.Pool(writers) as pool:
            results = pool.map(writer, [(conninfo, "bench", seed, updates, hazards)
                                        for seed in range(writers)])
        elapsed = time.perf_counter() - start
        committed = sum(r[0] for r in results)
        conflicts = sum(r[1] for r in results)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM bench.status_history WHERE field = 'status'")
            history = cursor.fetchone()[0]
            cursor.execute("SELECT sum(row_version - 1) FROM bench.hazards")
            versions = cursor.fetchone()[0]
        connection.close()
        attempts = writers * updates
        print(f"PostGIS, {writers} writer processes × {updates} status updates on {hazards} "
              f"hazards ({attempts:,} attempts):")
        print(f"  committed {committed:,}, refused as conflicts {conflicts:,} "
              f"(committed + conflicts = {committed + conflicts:,})")
        print(f"  status_history rows {history:,}; row versions raised {versions:,}; "
              f"lost updates {committed - history}")
        print(f"  {elapsed:.1f} s = {attempts / elapsed:,.0f} attempts/s, "
              f"{committed / elapsed:,.0f} committed/s")
        assert committed + conflicts == attempts and committed == history == versions
    finally:
        subprocess.run([script, "stop", os.path.join(folder, "cluster")], capture_output=True)
        os.rmdir(folder) if os.path.isdir(folder) else None


if __name__ == "__main__":
    main()
