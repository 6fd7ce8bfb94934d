#!/usr/bin/env python3
"""Benchmark: 100 task sheets to PDF (target ≤ 60 s, and ≤ 1.3× a bare QgsLayoutExporter).

A database with 1,000 hazards (irregular 12-vertex polygons of 0.5–5 ha), 5,000 EO finds and
100 tasks over the first 100 hazards. Plugin: `mineaction:exporttasksheets` end to end (open
the database, load the template once, fill and export each sheet). Baseline, in the same run:
the same filled layouts exported by QgsLayoutExporter.exportToPdf alone (filling not timed).
    python3 bench/bench_task_sheets.py [TASKS]
"""
import os
import random
import resource
import shutil
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import QgsGeometry, QgsPointXY  # noqa: E402

from qgis_bench import irregular_ring, start_qgis  # noqa: E402


def make_database(path, tasks, rng):
    import processing

    from mineaction_plugin.adapters.qgis_geodesy import insert_geometry
    from mineaction_plugin.data import gpkg_sql
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    connection = gpkg_sql.connect(path)
    connection.execute("BEGIN")   # one transaction: the connection is in autocommit mode
    for i in range(max(1000, tasks)):
        lon, lat = 46.5 + rng.random() * 1.5, 39.3 + rng.random() * 1.0
        ring = [QgsPointXY(x, y) for x, y in irregular_ring(rng, lon, lat)]
        insert_geometry(connection, "hazards", {
            "hazard_id": f"HZ-BEN-{i:04d}", "classification": rng.choice(["SHA", "CHA"]),
            "status": "open", "district": "Fuzuli"},
            QgsGeometry.fromPolygonXY([ring]))
        for _ in range(5):
            point = QgsPointXY(lon + rng.uniform(-0.002, 0.002),
                               lat + rng.uniform(-0.002, 0.002))
            insert_geometry(connection, "eo_finds", {
                "find_id": f"EO-{i:04d}-{_}", "category": rng.choice(["APM", "ATM", "ERW"]),
                "quantity": 1}, QgsGeometry.fromPointXY(point))
    connection.execute("COMMIT")
    connection.close()
    for i in range(tasks):
        processing.run("mineaction:createtask", {"DATABASE": path, "HAZARD_ID": f"HZ-BEN-{i:04d}",
                                                 "TASK_TYPE": "clearance", "TEAM": f"Team {i}"})


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    app, provider = start_qgis()
    import processing
    from qgis.core import QgsLayoutExporter, QgsVectorLayer

    from mineaction_plugin.data import geopackage
    from mineaction_plugin.layouts import template
    from mineaction_plugin.layouts.pdf_output import pdf_settings
    from mineaction_plugin.layouts.sheet_source import TaskSheetSource, sheet_translator
    from mineaction_plugin.layouts.task_sheet import TaskSheet

    work = tempfile.mkdtemp(prefix="bench-sheets-")
    database = os.path.join(work, "bench.gpkg")
    make_database(database, count, random.Random(7))
    print(f"database: {count} tasks over {max(1000, count)} hazards, "
          f"{5 * max(1000, count)} EO finds")

    plugin_times, bare_times = [], []
    for run in range(2):  # alternate, so that drift of the machine's speed hits both alike
        folder = os.path.join(work, f"plugin-{run}")
        start = time.perf_counter()
        result = processing.run("mineaction:exporttasksheets", {
            "DATABASE": database, "OUTPUT_FOLDER": folder})
        plugin_times.append(time.perf_counter() - start)
        assert result["EXPORTED"] == count, result

        # baseline: the same layouts, filled beforehand; only the exporter is timed
        source = TaskSheetSource(database, sheet_translator("en"))
        sheet = TaskSheet(source, template.template_path())
        tasks = QgsVectorLayer(geopackage.layer_uri(database, "tasks"), "t", "ogr")
        folder = os.path.join(work, f"bare-{run}")
        os.makedirs(folder)
        settings = pdf_settings()  # the plugin's own settings: only its overhead differs
        bare = 0.0
        for task in tasks.getFeatures():
            sheet.fill(task)
            exporter = QgsLayoutExporter(sheet.layout)
            start = time.perf_counter()
            exporter.exportToPdf(os.path.join(folder, f"{task['task_id']}.pdf"), settings)
            bare += time.perf_counter() - start
        bare_times.append(bare)
    plugin, bare = min(plugin_times), min(bare_times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(os.path.getsize(os.path.join(work, "plugin-0", f))
               for f in os.listdir(os.path.join(work, "plugin-0"))) / count / 1024
    print(f"mineaction:exporttasksheets, {count} sheets (A4, 2 pages each):")
    print(f"  time                   {plugin:.1f} s = {plugin / count:.2f} s a sheet "
          f"(target ≤ 60 s for 100)   runs: {', '.join(f'{t:.1f}' for t in plugin_times)}")
    print(f"  baseline               bare QgsLayoutExporter.exportToPdf of the same filled "
          f"layouts: {bare:.1f} s   runs: {', '.join(f'{t:.1f}' for t in bare_times)}")
    print(f"  ratio                  {plugin / bare:.2f}x (target ≤ 1.3x)")
    print(f"  peak memory (process)  {peak:.0f} MB; PDF size {size:.0f} kB a sheet")
    shutil.rmtree(work)
    app.exitQgis()


if __name__ == "__main__":
    main()
