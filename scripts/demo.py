#!/usr/bin/env python3
"""`make demo`: the plugin's main job on the sample data shipped in tests/data.

Creates demo-output/demo.gpkg with mineaction:createdatabase, loads the sample land release
and EO finds into it, prints what the database holds and renders the styled map to
demo-output/demo_map.png. Later issues add their steps here.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

SAMPLES = os.path.join(ROOT, "tests", "data")


def start_qgis():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from mineaction_plugin.processing.provider import MineActionProvider
    from mineaction_plugin.toolbelt import install_translator
    install_translator("en")
    app.mineaction_provider = MineActionProvider()  # kept alive: the registry does not own it
    QgsApplication.processingRegistry().addProvider(app.mineaction_provider)
    return app


def append_geojson(database, layer_name, geojson_path, area_field=None):
    """Copy the features of a GeoJSON file into a database layer in one transaction."""
    source = QgsVectorLayer(geojson_path, "source", "ogr")
    target = QgsVectorLayer(f"{database}|layername={layer_name}", layer_name, "ogr")
    measure = QgsDistanceArea()
    measure.setEllipsoid("EPSG:7030")
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                         QgsProject.instance().transformContext())
    user = os.environ.get("USER") or "demo"
    features = []
    for feature in source.getFeatures():
        new = QgsFeature(target.fields())
        for field in source.fields().names():
            if target.fields().indexOf(field) >= 0:
                new[field] = feature[field]
        if area_field:
            new[area_field] = measure.measureArea(feature.geometry())
        new["created_by"] = user
        new.setGeometry(feature.geometry())
        features.append(new)
    target.startEditing()
    target.addFeatures(features)
    if not target.commitChanges():
        raise RuntimeError("; ".join(target.commitErrors()))
    return len(features)


def render(layers, extent, path):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1600, 1000))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(path)


def task_sheets(database, out_dir):
    """Sample tasks (two over minefield records, one over a hazard around Aghdam finds) and
    their sheets in English, Azerbaijani and Russian."""
    import processing
    finds = QgsVectorLayer(f"{database}|layername=eo_finds", "finds", "ogr")
    finds.setSubsetString("\"activity_id\" = 'LR-00004'")
    evidence = processing.run("mineaction:hazardfromevidence", {
        "DATABASE": database, "INPUT": finds, "BUFFER": 25, "DISTRICT": "Aghdam"})["HAZARD_ID"]
    print(f"hazard {evidence}: around the {finds.featureCount()} finds of LR-00004 (25 m)")
    tasks = []
    for hazard_id, task_type, team, organisation in (
            ("HZ-XXX-0001", "clearance", "Team 3", "ANAMA"),
            ("HZ-XXX-0003", "TS", "Team 7", "Azerbaijan Demining"),
            (evidence, "NTS", "Survey team 1", "Safe Point")):
        result = processing.run("mineaction:createtask", {
            "DATABASE": database, "HAZARD_ID": hazard_id, "TASK_TYPE": task_type,
            "ORGANISATION": organisation, "TEAM": team, "ISSUED_DATE": "2026-11-26",
            "DUE_DATE": "2026-12-24"})
        tasks.append(result["TASK_ID"])
    for task_id in tasks[:2]:
        processing.run("mineaction:settaskstatus", {"DATABASE": database, "TASK_ID": task_id,
                                                    "STATUS": "issued",
                                                    "REASON": "handed to the team leader"})
    print(f"tasks: {', '.join(tasks)} (the first two issued)")
    for language in ("en", "az", "ru"):
        folder = os.path.join(out_dir, "task_sheets", language)
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))
        result = processing.run("mineaction:exporttasksheets", {
            "DATABASE": database, "LANGUAGE": language, "COMBINED": True,
            "FILTER": "" if language == "en" else "\"status\" = 'issued'",
            "OUTPUT_FOLDER": folder})
        print(f"task sheets ({language}): {result['EXPORTED']} PDFs in {folder}, all in "
              f"{os.path.basename(result['COMBINED_FILE'])}")


def verification(out_dir):
    """The verification sample: every record checked against the finds, one explained record
    drawn before and after its correction, and the programme figure."""
    import processing

    from mineaction_plugin.adapters.record_evidence import explain_record
    from mineaction_plugin.layouts.verification_figure import save_figure
    from mineaction_plugin.processing.verification_summary import read_summary
    sample = os.path.join(SAMPLES, "verification")
    database = os.path.join(out_dir, "verification.gpkg")
    if os.path.exists(database):
        os.remove(database)
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(sample, "records.csv"), "DATABASE": database})
    append_geojson(database, "land_release", os.path.join(sample, "land_release.geojson"))
    append_geojson(database, "eo_finds", os.path.join(sample, "eo_finds.geojson"))
    result = processing.run("mineaction:verifyrecords", {"DATABASE": database})
    print(f"verification: {result['CHECKED']} records checked — {result['RELIABLE']} reliable, "
          f"{result['EXPLAINED']} explained, {result['PARTLY']} partly, {result['UNRELIABLE']} "
          f"unreliable, {result['UNVERIFIED']} unverified")
    with open(os.path.join(sample, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    summary = os.path.join(out_dir, "record_verification.csv")
    processing.run("mineaction:verificationsummary", {"DATABASE": database, "OUTPUT": summary})
    figure = save_figure(read_summary(database),
                         os.path.join(out_dir, "record_verification.png"))
    print(f"programme figure: {figure}; table {summary}")
    record_id = "VR-7-0008"
    explained = explain_record(database, record_id)
    picture = before_after(explained, os.path.join(out_dir, f"{record_id}_before_after.png"))
    verdict = explained.verdict
    print(f"{record_id}: {verdict.status}, reading {verdict.reading} ({verdict.likely_cause}), "
          f"landmark {verdict.shift_m:.1f} m towards {verdict.shift_bearing_deg:.0f}°, "
          f"{verdict.matched}/{verdict.expected_mines} mines matched; planted: "
          f"{truth[record_id]['reading']}; picture {picture}")
    result = processing.run("mineaction:correctrecords", {"DATABASE": database})
    print(f"correctrecords: {result['CHANGED']} explained records moved to where their mines "
          f"are (the forms kept; REVERT puts them back)")


def before_after(explained, path):
    """The record as written (grey), where the finds put it (blue), matched finds (green
    circles) and the others (orange crosses) near it."""
    from qgis.core import QgsGeometry, QgsPointXY

    def layer(kind, name, style, geometries):
        memory = QgsVectorLayer(f"{kind}?crs=EPSG:4326", name, "memory")
        features = []
        for geometry in geometries:
            feature = QgsFeature()
            feature.setGeometry(geometry)
            features.append(feature)
        memory.dataProvider().addFeatures(features)
        symbol = memory.renderer().symbol()
        for key, value in style.items():
            getattr(symbol.symbolLayer(0), key)(value)
        return memory

    def shapes(record):
        ring = [QgsPointXY(p.lon, p.lat) for p in record.perimeter]
        yield QgsGeometry.fromPolygonXY([ring + ring[:1]])

    def rows(record):
        for row in record.rows:
            yield QgsGeometry.fromPolylineXY([QgsPointXY(row.start.lon, row.start.lat),
                                              QgsPointXY(row.end.lon, row.end.lat)])
    verdict, evidence = explained.verdict, explained.evidence
    matched = set(int(i) for i in verdict.best.fit.pairs[:, 1])
    lat, lon = evidence.plane.to_latlon(verdict.considered_xy)
    finds = [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), i in matched)
             for i, (y, x) in enumerate(zip(lat, lon))]
    written = layer("Polygon", "as written", {"setFillColor": QColor(120, 120, 120, 40),
                                              "setStrokeColor": QColor("#555555"),
                                              "setStrokeWidth": 0.6}, shapes(explained.recorded))
    moved = layer("Polygon", "corrected", {"setFillColor": QColor(0, 114, 178, 50),
                                           "setStrokeColor": QColor("#0072B2"),
                                           "setStrokeWidth": 0.8}, shapes(explained.corrected))
    written_rows = layer("LineString", "rows as written", {"setColor": QColor("#555555")},
                         rows(explained.recorded))
    moved_rows = layer("LineString", "rows corrected", {"setColor": QColor("#0072B2")},
                       rows(explained.corrected))
    hits = layer("Point", "matched", {"setColor": QColor("#009E73"), "setSize": 1.6},
                 (g for g, found in finds if found))
    misses = layer("Point", "not matched", {"setColor": QColor("#E69F00"), "setSize": 1.6},
                   (g for g, found in finds if not found))
    extent = QgsRectangle()
    for memory in (written, moved):
        extent.combineExtentWith(memory.extent())
    extent.scale(1.3)
    render([hits, misses, moved_rows, written_rows, moved, written], extent, path)
    return path


def imsma_export(database, out_dir):
    """The whole demo database as IMSMA Core appends it: a File Geodatabase with domains."""
    import processing
    path = os.path.join(out_dir, "imsma_export.gdb")
    result = processing.run("mineaction:exportimsma", {
        "DATABASE": database, "FORMAT": "filegdb", "OUTPUT": path,
        "REPORT": os.path.join(out_dir, "imsma_export_problems.csv")})
    print(f"IMSMA export: {result['EXPORTED']} features in {result['OUTPUT']} (hazard, hazreduc, "
          f"explosive_ordnance, marking, task; coded-value domains; WGS 84), "
          f"{result['PROBLEMS']} problems; the next export sends only what changes after this")


def aerial_survey(out_dir):
    """The aerial sample: detections and flights imported, the bad file refused row by row,
    proposals made, one accepted, and a map of the layers laid over each other."""
    import processing
    from osgeo import gdal

    from mineaction_plugin.data import layers as project_layers
    sample = os.path.join(SAMPLES, "aerial")
    database = os.path.join(out_dir, "aerial.gpkg")
    if os.path.exists(database):
        os.remove(database)
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    for name in ("hazards", "land_release", "eo_finds", "vegetation_areas", "accidents"):
        done = gdal.VectorTranslate(database, os.path.join(sample, f"{name}.geojson"),
                                    accessMode="append", layerName=name)
        del done   # closed: written
    result = processing.run("mineaction:importdetections", {
        "INPUT": os.path.join(sample, "detections.csv"),
        "FLIGHTS": os.path.join(sample, "survey_flights.geojson"), "DATABASE": database})
    print(f"aerial survey: {result['IMPORTED']} detections and {result['FLIGHTS_IMPORTED']} "
          f"flights imported (confidences {result['CONFIDENCE_SCALE']}), "
          f"{result['REJECTED']} rows rejected")
    errors = os.path.join(out_dir, "detections_bad_errors.csv")
    result = processing.run("mineaction:importdetections", {
        "INPUT": os.path.join(sample, "detections_bad.csv"), "DATABASE": database,
        "ERRORS": errors})
    print(f"detections_bad.csv: {result['IMPORTED']} imported, {result['REJECTED']} rows "
          f"rejected, listed in {errors}")
    cha = processing.run("mineaction:proposehazards", {"DATABASE": database})
    reduce = processing.run("mineaction:proposereduction", {"DATABASE": database})
    print(f"proposals: {cha['PROPOSALS']} new CHAs ({cha['AREA_M2']:,.0f} m²), "
          f"{reduce['PROPOSALS']} reduction candidates ({reduce['AREA_M2']:,.0f} m² to survey, "
          f"not released)")
    first = cha["PROPOSAL_IDS"].split(",")[0]
    made = processing.run("mineaction:acceptproposals", {"DATABASE": database,
                                                         "PROPOSAL_IDS": first})
    print(f"proposal {first} accepted: CHA {made['HAZARD_IDS']} (evidence direct)")
    layers = project_layers.load_database(database, QgsProject.instance())
    first_sha = next(layers["hazards"].getFeatures("\"hazard_id\" = 'HZ-AGD-9101'"))
    extent = first_sha.geometry().boundingBox()
    extent.scale(1.05)
    path = os.path.join(out_dir, "aerial_layering.png")
    render([layers[n] for n in ("accidents", "eo_finds", "aerial_detections",
                                "hazard_proposals", "land_release", "hazards",
                                "survey_flights", "vegetation_areas")], extent, path)
    print(f"map of the layering: {path}")
    project_layers.remove_loaded(QgsProject.instance(), database)


def casualties(out_dir):
    """The sample casualties: the bad file refused whole, the good one imported, and the
    national table printed next to the published figures."""
    import csv

    import processing
    from osgeo import gdal
    sample = os.path.join(SAMPLES, "casualties")
    database = os.path.join(out_dir, "casualties.gpkg")
    if os.path.exists(database):
        os.remove(database)
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(sample, "records.csv"), "DATABASE": database})
    done = gdal.VectorTranslate(database, os.path.join(sample, "hazards.geojson"),
                                accessMode="append", layerName="hazards")
    del done   # closed: written
    errors = os.path.join(out_dir, "casualties_bad_errors.csv")
    bad = processing.run("mineaction:importaccidents", {
        "INPUT": os.path.join(sample, "casualties_bad.csv"), "DATABASE": database,
        "ERRORS": errors})
    print(f"casualties_bad.csv: refused whole, {bad['REJECTED']} bad rows listed in {errors}")
    good = processing.run("mineaction:importaccidents", {
        "INPUT": os.path.join(sample, "casualties.csv"), "DATABASE": database})
    print(f"casualties.csv: {good['ACCIDENTS']} accidents and {good['VICTIMS']} victims "
          f"imported (names, birth dates, addresses and phones to victim_personal only)")
    with open(os.path.join(sample, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    columns = ("victims", "killed", "injured", "children", "outside_records")
    print(f"  {'':<34}" + "".join(f"{c:>16}" for c in columns))
    for key, dates in (("all_time", {}),
                       ("period", {"DATE_FROM": "2020-11-10", "DATE_TO": "2022-08-31"})):
        table = os.path.join(out_dir, f"casualties_{key}.csv")
        processing.run("mineaction:casualtysummary", dict(DATABASE=database, OUTPUT=table,
                                                          **dates))
        with open(table, encoding="utf-8") as f:
            total = list(csv.DictReader(f))[-1]
        label = "all time" if key == "all_time" else "10.11.2020–31.08.2022"
        print(f"  {label + ' (plugin)':<34}" + "".join(f"{total[c]:>16}" for c in columns))
        print(f"  {label + ' (published)':<34}" +
              "".join(f"{expected[key]['total'][c]:>16}" for c in columns))
    print(f"casualty tables: {out_dir}/casualties_all_time.csv, casualties_period.csv")


def planning(out_dir):
    """The planning sample: hazards ranked (families within reach, then ANAMA's order), the
    work plan forecast with Table 1's operators, the Gantt chart and the targets table."""
    import csv

    import processing
    from osgeo import gdal

    from mineaction_plugin.data import planning_store
    database = os.path.join(out_dir, "planning.gpkg")
    if os.path.exists(database):
        os.remove(database)
    sample = os.path.join(SAMPLES, "planning")
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    for name, source in (("hazards", "hazards.geojson"), ("settlements", "settlements.geojson"),
                         ("infrastructure", "infrastructure.geojson"),
                         ("accidents", "accidents.geojson"), ("victims", "victims.csv")):
        done = gdal.VectorTranslate(database, os.path.join(sample, source),
                                    accessMode="append", layerName=name)
        del done   # closed: written
    for table in planning_store.TABLE_KEYS:   # Table 1's operators, productivity, profiles
        with open(os.path.join(sample, f"{table}.csv"), encoding="utf-8") as f:
            planning_store.replace_rows(database, table, list(csv.DictReader(f)))
    ranking = processing.run("mineaction:prioritisehazards", {
        "DATABASE": database, "PROFILE": os.path.join(sample, "simple_profile.json"),
        "AS_OF": "2022-08-31", "OUTPUT": os.path.join(out_dir, "ranking.csv")})
    with open(ranking["OUTPUT"], encoding="utf-8") as f:
        top = [row for row, _ in zip(csv.DictReader(f), range(5))]
    print("ranking (families within 2 km): " + ", ".join(
        f"{r['rank']}. {r['hazard_id']}" for r in top))
    print(f"  why the first: {top[0]['explanation']}")
    anama = processing.run("mineaction:prioritisehazards", {
        "DATABASE": database, "PROFILE": "anama_order", "AS_OF": "2022-08-31",
        "OUTPUT": os.path.join(out_dir, "ranking_anama.csv")})
    forecast = processing.run("mineaction:forecastworkplan", {
        "DATABASE": database, "START_DATE": "2022-09-01", "WORKING_DAYS_PER_YEAR": 220,
        "PRIORITY": anama["OUTPUT"], "PLAN": os.path.join(out_dir, "plan.csv"),
        "SETTLEMENTS": os.path.join(out_dir, "settlements_safe_by.csv"),
        "TARGETS": os.path.join(out_dir, "targets.csv"),
        "GANTT": os.path.join(out_dir, "gantt.png")})
    print(f"work plan (ANAMA's order, Table 1's operators): everything cleared by "
          f"{forecast['FINISH_DATE']} (no plan can finish before 2031-09-30)")
    with open(forecast["TARGETS"], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            print(f"  {row['target']:<12} by {row['target_date']}: {row['area_ha']} ha, "
                  f"{row['cleared_by_target_ha']} cleared, short by {row['shortfall_ha']} ha; "
                  f"needs {row['capacity_needed_m2_per_day']} m²/day")
    more = processing.run("mineaction:forecastworkplan", {
        "DATABASE": database, "START_DATE": "2022-09-01", "WORKING_DAYS_PER_YEAR": 220,
        "PRIORITY": anama["OUTPUT"], "EXTRA_CAPACITY": "ANAMA: machines=18",
        "PLAN": os.path.join(out_dir, "plan_18_machines.csv"),
        "SETTLEMENTS": os.path.join(out_dir, "settlements_18_machines.csv"),
        "TARGETS": os.path.join(out_dir, "targets_18_machines.csv")})
    print(f"what if ANAMA had 18 more machines: everything cleared by {more['FINISH_DATE']}")
    print(f"Gantt chart: {forecast['GANTT']}; targets: {forecast['TARGETS']}")


def main(out_dir):
    import processing

    from mineaction_plugin.data import geopackage
    from mineaction_plugin.data import layers as project_layers
    os.makedirs(out_dir, exist_ok=True)
    database = os.path.join(out_dir, "demo.gpkg")
    for stale in [database] + [os.path.join(out_dir, f) for f in os.listdir(out_dir)
                               if f.startswith("demo.backup-")]:
        if os.path.exists(stale):
            os.remove(stale)
    processing.run("mineaction:createdatabase", {"OUTPUT": database})
    print(f"created {database}")
    clearance = os.path.join(SAMPLES, "clearance")
    n = append_geojson(database, "land_release", os.path.join(clearance, "land_release.geojson"),
                       area_field="area_m2")
    print(f"land_release: {n} sample activities loaded")
    n = append_geojson(database, "eo_finds", os.path.join(clearance, "eo_finds.geojson"))
    print(f"eo_finds: {n} sample finds loaded")
    for sample in ("records.csv", "records_mixed_bad.csv"):
        result = processing.run("mineaction:importminefieldrecords", {
            "INPUT": os.path.join(SAMPLES, "records", sample), "TARGET_CRS": "EPSG:4326",
            "DATABASE": database, "PERIMETERS": "TEMPORARY_OUTPUT",
            "POINTS": "TEMPORARY_OUTPUT", "MINE_ROWS": "TEMPORARY_OUTPUT",
            "ERRORS": os.path.join(out_dir, f"{os.path.splitext(sample)[0]}_errors.csv")})
        print(f"{sample}: {result['RECORDS_IMPORTED']} minefield records imported, "
              f"{result['RECORDS_REJECTED']} rejected ({result['ROWS_REJECTED']} rows in "
              f"{os.path.splitext(sample)[0]}_errors.csv)")
    result = processing.run("mineaction:hazardsfromrecords",
                            {"DATABASE": database, "BUFFER": 5.0})
    print(f"hazards: {result['CREATED']} created from the minefield records (5 m buffer)")
    summary = os.path.join(out_dir, "clearance_by_districts.csv")
    processing.run("mineaction:clearancesummary", {"DATABASE": database, "OUTPUT": summary})
    processing.run("mineaction:clearancesummary",
                   {"DATABASE": database, "OUTPUT": summary.replace(".csv", ".xlsx")})
    print(f"summary table: {summary} (and .xlsx)")
    with open(summary, encoding="utf-8") as f:
        for line in f:
            print("  " + line.rstrip().replace(",", "\t"))
    marking = os.path.join(out_dir, "marking.gpkg")
    if os.path.exists(marking):
        os.remove(marking)
    hazards = f"{database}|layername=hazards"
    processing.run("mineaction:perimetermarking", {
        "INPUT": hazards, "OFFSET": 5, "OUTPUT": f"ogr:dbname='{marking}' table=\"lines\" (geom)"})
    lines = f"{marking}|layername=lines"
    processing.run("mineaction:markingsigns", {
        "INPUT": lines, "SPACING": 50, "HAZARDS": hazards,
        "OUTPUT": f"ogr:dbname='{marking}' table=\"signs\" (geom)"})
    quantities = os.path.join(out_dir, "marking_bill_of_quantities.csv")
    processing.run("mineaction:markingquantities", {
        "INPUT": lines, "SIGNS": f"{marking}|layername=signs", "POST_SPACING": 2.5,
        "STRANDS": 3, "PRICE_METRE": 0.6, "PRICE_POST": 5, "PRICE_SIGN": 15, "CURRENCY": "USD",
        "OUTPUT": quantities})
    with open(quantities, encoding="utf-8") as f:
        total = f.readlines()[-1].strip().split(",")
    print(f"marking: {marking} (lines 5 m outside the hazards, signs every ≤ 50 m); "
          f"bill of quantities {quantities}: {total[3]} m, {total[4]} signs, {total[5]} posts, "
          f"{total[-1]} USD")
    n = append_geojson(database, "marking_lines", f"{marking}|layername=lines")
    m = append_geojson(database, "marking_signs", f"{marking}|layername=signs")
    print(f"marking: {n} lines and {m} signs saved to the project database")
    task_sheets(database, out_dir)
    imsma_export(database, out_dir)
    verification(out_dir)
    aerial_survey(out_dir)
    casualties(out_dir)
    planning(out_dir)
    layers = project_layers.load_database(database, QgsProject.instance())
    map_path = os.path.join(out_dir, "demo_map.png")
    # a close look at a few of Aghdam's cleared areas and what was found in them
    extent = QgsRectangle()
    for feature in layers["land_release"].getFeatures("\"district\" = 'Aghdam'"):
        if feature["activity_id"] <= "LR-00004":
            extent.combineExtentWith(feature.geometry().boundingBox())
    extent.scale(1.1)
    render([layers["eo_finds"], layers["land_release"]], extent, map_path)
    print(f"map: {map_path}")
    records_map = os.path.join(out_dir, "records_map.png")
    record = next(layers["minefield_records"].getFeatures("\"record_id\" = 'MF-12-0001'"))
    extent = record.geometry().boundingBox()
    for feature in layers["record_points"].getFeatures("\"record_id\" = 'MF-12-0001'"):
        extent.combineExtentWith(feature.geometry().boundingBox())
    extent.scale(1.3)
    render([layers["record_points"], layers["mine_rows"], layers["minefield_records"],
            layers["hazards"]], extent, records_map)
    print(f"record MF-12-0001: {records_map}")
    print("what the database holds:")
    for name, count in geopackage.counts(database).items():
        print(f"  {name:<18} {count:>6}")
    with open(os.path.join(clearance, "expected.json")) as f:
        expected = json.load(f)
    print(f"the published sample table to compare with: {', '.join(expected)} "
          f"(tests/data/clearance/expected.json)")


if __name__ == "__main__":
    app = start_qgis()
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "demo-output"))
    QgsProject.instance().clear()
