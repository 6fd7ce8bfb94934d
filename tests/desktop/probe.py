"""Runs inside real QGIS desktop (see test_desktop.py): drive the dock, report, screenshot.

Steps: find the plugin's dock → create a database → check a record file (background task)
→ import it (background Processing task) → select a record → open the record editor →
screenshots of each stage. Results go to a JSON report.
"""
import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar
from qgis.utils import iface, plugins

OUT = os.environ["MINEACTION_PROBE_OUT"]
SAMPLE = os.environ["MINEACTION_SAMPLE"]
FOLDER = os.path.dirname(OUT)
report = {"errors": [], "steps": []}
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: report["errors"].append(f"[{tag}] {message[:800]}")
    if "error" in (tag or "").lower() or "Traceback" in message else None)
# every message QGIS logs, kept in a file (the test looks for passwords in it)
_log = open(os.path.join(FOLDER, "messages.log"), "a", encoding="utf-8")
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: (_log.write(f"[{tag}] {message}\n"), _log.flush()))
state = {}
# a crash (signal 11) dumps every Python thread's stack here before QGIS's own handler runs
import faulthandler  # noqa: E402

_faults = open(os.path.join(FOLDER, "faults.log"), "w")
faulthandler.enable(_faults, all_threads=True)


def shot(name):
    iface.mainWindow().grab().save(os.path.join(FOLDER, name))


def later(function, ms=500):
    def run():
        try:
            function()
        except Exception:
            report["errors"].append(traceback.format_exc())
            finish()
    QTimer.singleShot(ms, run)


def idle():
    """No background work of the dock is running (the path officers use reported)."""
    from mineaction_plugin.gui import background
    return not background.busy()


def outcome(value):
    """What a dock action came to: its job's result once reported, else the value itself."""
    return value.result if hasattr(value, "result") else value


def wait_for(condition, then, timeout_ms=150000, waited=0):
    if condition():
        later(then, 300)
    elif waited > timeout_ms:
        from mineaction_plugin.gui import background
        running = [(job.description, job.task.status() if job.task is not None else None)
                   for job in background._running]
        report["errors"].append(f"timed out waiting before {then.__name__} (line "
                                f"{then.__code__.co_firstlineno}); still running: {running}; "
                                f"QGIS tasks: {QgsApplication.taskManager().count()}")
        finish()
    else:
        QTimer.singleShot(200, lambda: wait_for(condition, then, timeout_ms, waited + 200))


def start():
    iface.mainWindow().resize(1600, 1000)
    report["plugin_loaded"] = "mineaction_plugin" in plugins
    dock = iface.mainWindow().findChild(QDockWidget, "MineActionDock")
    state["dock"] = dock
    report["dock_found"] = dock is not None
    report["dock_visible"] = bool(dock and dock.isVisible())
    report["toolbar"] = iface.mainWindow().findChild(QToolBar, "MineActionToolbar") is not None
    report["database_menu"] = [a.text() for a in iface.databaseMenu().actions()]
    report["provider"] = QgsApplication.processingRegistry().providerById("mineaction") \
        is not None
    if os.environ.get("MINEACTION_PG_CONNINFO"):
        created = open_postgis(dock)
    else:
        created = dock.create_database(os.path.join(FOLDER, "desktop.gpkg"))
    wait_for(idle, lambda: opened(outcome(created)))


def opened(created):
    dock = state["dock"]
    report["created"] = created
    report["counts_before"] = dock.counts()
    shot("desktop.png")
    dock.sections.setCurrentIndex(1)  # Records
    panel = dock.records_panel
    report["preview_started"] = bool(panel.preview_file(SAMPLE))
    wait_for(lambda: idle() and panel.result is not None, previewed)


def open_postgis(dock):
    """As an officer sets up a shared database: the password into QGIS's authentication
    database (behind a master password), a PostgreSQL connection using it, the project made
    with mineaction:createdatabase and opened with the dock's PostGIS… button."""
    import processing
    from qgis.core import QgsAuthMethodConfig, QgsProviderRegistry
    auth = QgsApplication.authManager()
    report["master_password"] = auth.setMasterPassword("desktop-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("mine action officer")
    config.setConfig("username", os.environ["MINEACTION_PG_USER"])
    config.setConfig("password", os.environ["MINEACTION_PG_PASSWORD"])
    stored = auth.storeAuthenticationConfig(config)
    config = stored[1] if isinstance(stored, tuple) else config
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(
        f"{os.environ['MINEACTION_PG_CONNINFO']} sslmode=disable authcfg={config.id()}",
        {"saveUsername": False, "savePassword": False}), "regional centre")
    schema = os.environ["MINEACTION_PG_SCHEMA"]
    processing.run("mineaction:createdatabase",
                   {"OUTPUT": f"connection='regional centre' schema={schema}"})
    return dock.open_postgis("regional centre", schema)


def previewed():
    panel = state["dock"].records_panel
    report["preview_rows"] = panel.table.rowCount()
    report["preview_summary"] = panel.summary.text()
    shot("desktop_preview.png")
    report["import_started"] = bool(panel.import_records())
    wait_for(lambda: idle() and "imported" in panel.summary.text(), imported)


def imported():
    dock = state["dock"]
    report["import_summary"] = dock.records_panel.summary.text()
    report["counts_after"] = dock.counts()
    from mineaction_plugin.data.layers import loaded_layer
    layer = loaded_layer("minefield_records")
    feature = next(f for f in layer.getFeatures() if f["record_id"] == "MFB-12-0001")
    layer.selectByIds([feature.id()])
    report["details"] = dock.records_panel.details.toPlainText()[:400]
    iface.mapCanvas().zoomToSelected(layer)
    iface.mapCanvas().zoomScale(2500)
    later(lambda: (shot("desktop_imported.png"), open_editor()), 2000)


def open_editor():
    editor = state["dock"].records_panel.edit_selected_record()
    report["editor_status"] = editor.status.text()

    def pictures():
        editor.grab().save(os.path.join(FOLDER, "desktop_editor.png"))
        editor.close()
        later(hazards, 500)
    later(pictures, 1500)


def hazards():
    dock = state["dock"]
    dock.sections.setCurrentIndex(2)  # Hazards
    panel = dock.hazards_panel
    panel.buffer.setValue(5)
    from mineaction_plugin.data.layers import loaded_layer
    loaded_layer("minefield_records").removeSelection()  # else only the selected record
    panel.hazards_from_records()  # a background Processing task
    wait_for(lambda: len(panel.rows) == 12, hazards_made)


def hazards_made():
    panel = state["dock"].hazards_panel
    from mineaction_plugin.data.layers import loaded_layer
    report["hazards_created"] = loaded_layer("hazards").featureCount()
    report["hazard_rows"] = panel.table.rowCount()
    report["hazards_summary"] = panel.summary.text()
    panel.table.selectRow(0)
    iface.mapCanvas().zoomToSelected(loaded_layer("hazards"))
    iface.mapCanvas().zoomScale(2500)
    later(lambda: (shot("desktop_hazards.png"), task_sheet()), 2000)


def task_sheet():
    """Task sheets section: a task over the selected hazard, issued, its sheet in the layout
    designer, then its PDF written in the background."""
    dock = state["dock"]
    dock.sections.setCurrentIndex(5)  # Task sheets
    panel = dock.task_sheets_panel
    from mineaction_plugin.data.layers import loaded_layer
    hazard_id = dock.hazards_panel.rows[0]["hazard_id"]
    loaded_layer("hazards").selectByExpression(f"\"hazard_id\" = '{hazard_id}'")
    created = panel.new_task(values={
        "TASK_TYPE": "clearance", "TEAM": "Team 1", "ORGANISATION": "ANAMA",
        "ISSUED_DATE": "2026-11-26", "DUE_DATE": "2026-12-24"})
    wait_for(idle, lambda: issue_task(outcome(created)))


def issue_task(task_id):
    panel = state["dock"].task_sheets_panel
    report["task_id"] = task_id
    issued = panel.set_status("issued", "handed over")
    wait_for(idle, lambda: sheet_in_designer(outcome(issued)))


def sheet_in_designer(issued):
    panel = state["dock"].task_sheets_panel
    report["task_issued"] = issued
    panel.language.setCurrentIndex(panel.language.findData("az"))
    sheet = panel.open_in_designer()
    report["designer_layout"] = sheet.layout.name() if sheet else None
    later(lambda: (_grab_designer("desktop_task_sheet_designer.png"), task_pdf()), 2500)


def _grab_designer(name):
    designers = iface.openLayoutDesigners()
    report["designers"] = len(designers)
    for designer in designers:
        designer.window().grab().save(os.path.join(FOLDER, name))
        designer.close()


def task_pdf():
    panel = state["dock"].task_sheets_panel
    folder = os.path.join(FOLDER, "sheets")
    panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.export_pdfs(folder)  # a background Processing task
    expected = os.path.join(folder, f"{report['task_id']}.pdf")
    wait_for(lambda: "written" in panel.message.text(), lambda: task_pdf_done(expected))


def task_pdf_done(expected):
    panel = state["dock"].task_sheets_panel
    report["task_pdf"] = os.path.exists(expected) and os.path.getsize(expected)
    report["task_message"] = panel.message.text()
    later(lambda: (shot("desktop_task_sheets.png"), imsma()), 1000)


def imsma():
    """IMSMA section: check, then export a File Geodatabase in the background."""
    dock = state["dock"]
    dock.sections.setCurrentIndex(dock.sections.indexOf(dock.imsma_panel.parentWidget()))
    panel = dock.imsma_panel
    checking = panel.check()
    wait_for(idle, lambda: imsma_export(outcome(checking)))


def imsma_export(checked):
    panel = state["dock"].imsma_panel
    report["imsma_check"] = list(checked)[0]
    panel.export(os.path.join(FOLDER, "imsma.gdb"))
    wait_for(lambda: "exported" in panel.summary.text(), imsma_done)


def imsma_done():
    panel = state["dock"].imsma_panel
    report["imsma_summary"] = panel.summary.text()
    report["imsma_last_export"] = panel.last_export.text()
    later(lambda: (shot("desktop_imsma.png"), dashboard()), 1000)


def dashboard():
    dock = state["dock"]
    dock.sections.setCurrentIndex(dock.sections.count() - 1)
    panel = dock.dashboard_panel
    report["dashboard_started"] = bool(panel.refresh())
    wait_for(lambda: idle() and bool(panel.figures), dashboard_shown)


def dashboard_shown():
    panel = state["dock"].dashboard_panel
    report["dashboard_sha"] = panel.values["sha"].text()
    panel.export_png(os.path.join(FOLDER, "desktop_dashboard_export.png"))
    later(lambda: (shot("desktop_dashboard.png"), verification()), 1000)


def verification():
    """The verification sample in its own GeoPackage (on the GeoPackage run): check every
    record from the section, then select an explained one and look at it on the map."""
    folder = os.environ.get("MINEACTION_VERIFICATION")
    if not folder or os.environ.get("MINEACTION_PG_CONNINFO"):
        return finish()
    import processing
    from osgeo import gdal
    path = os.path.join(FOLDER, "verification.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(folder, "records.csv"), "DATABASE": path})
    for name in ("land_release", "eo_finds"):
        gdal.VectorTranslate(path, os.path.join(folder, f"{name}.geojson"),
                             accessMode="append", layerName=name)
    dock = state["dock"]
    dock.open_database(path)
    wait_for(idle, verification_check)


def verification_check():
    dock = state["dock"]
    panel = dock.verification_panel
    dock.sections.setCurrentIndex(dock.sections.indexOf(panel.parentWidget()))
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    report["verification_started"] = bool(panel.check())
    wait_for(lambda: idle() and panel.table.rowCount() == 40, verification_checked)


def verification_checked():
    panel = state["dock"].verification_panel
    statuses = {}
    for row in range(panel.table.rowCount()):
        statuses[panel.table.item(row, 0).text()] = panel.table.item(row, 1).text()
    report["verification_statuses"] = statuses
    report["verification_figure"] = panel.figure.text()
    row = next(r for r in range(panel.table.rowCount())
               if panel.table.item(r, 0).text() == "VR-7-0008")
    panel.table.selectRow(row)
    wait_for(lambda: idle() and bool(panel.detail.text()), verification_drawn)


def verification_drawn():
    panel = state["dock"].verification_panel
    report["verification_detail"] = panel.detail.text()
    report["verification_bands"] = len(panel.marks) + len(panel.as_written.bands) + \
        len(panel.corrected.bands)
    later(lambda: (shot("desktop_verification.png"), survey()), 1500)


def survey():
    """The aerial sample in its own GeoPackage: import from the Survey section, review three
    detections with the keys (confirm, reject, undo), propose, look at the map."""
    folder = os.environ.get("MINEACTION_AERIAL")
    if not folder:
        return finish()
    import processing
    from osgeo import gdal
    path = os.path.join(FOLDER, "aerial.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    for name in ("hazards", "land_release", "eo_finds", "vegetation_areas", "accidents"):
        done = gdal.VectorTranslate(path, os.path.join(folder, f"{name}.geojson"),
                                    accessMode="append", layerName=name)
        del done
    dock = state["dock"]
    dock.open_database(path)
    panel = dock.survey_panel
    dock.sections.setCurrentIndex(dock.sections.indexOf(panel.parentWidget()))
    panel.detections_file.setText(os.path.join(folder, "detections.csv"))
    panel.flights_file.setText(os.path.join(folder, "survey_flights.geojson"))
    wait_for(idle, lambda: (panel.import_detections(),
                            wait_for(lambda: idle() and len(panel.items) == 547,
                                     survey_review)))


def survey_review():
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    panel = state["dock"].survey_panel
    order = [i["id"] for i in panel.shown if i["status"] == "unreviewed"]
    report["survey_first"] = panel.current == order[0]
    panel.setFocus()
    QTest.keyClick(panel, Qt.Key.Key_C)
    QTest.keyClick(panel, Qt.Key.Key_X)
    QTest.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel, Qt.Key.Key_Right)
    report["survey_reviewed"] = order[:2]
    wait_for(lambda: idle() and panel.writes_done(), survey_propose)


def survey_propose():
    panel = state["dock"].survey_panel
    shot("desktop_survey_review.png")
    panel.proposal_list.propose("mineaction:proposehazards")
    wait_for(idle, lambda: (panel.proposal_list.propose("mineaction:proposereduction"),
                            wait_for(lambda: idle() and len(panel.proposal_list.proposals) > 2,
                                     survey_done)))


def survey_done():
    from mineaction_plugin.data import project_db
    panel = state["dock"].survey_panel
    with project_db.open_project(state["dock"].database) as db:
        report["survey_statuses"] = dict(db.rows(
            "SELECT detection_id, review_status FROM aerial_detections WHERE detection_id IN "
            "(?, ?)", report["survey_reviewed"]))
    report["survey_proposals"] = sorted(p["kind"] for p in panel.proposal_list.proposals)
    panel.proposal_list.proposal_table.selectRow(0)
    later(lambda: (shot("desktop_survey.png"), casualties()), 1500)


def casualties():
    """The casualty sample in its own GeoPackage: import from the Casualties section, the
    victims listed without names, the national table written."""
    folder = os.environ.get("MINEACTION_CASUALTIES")
    if not folder:
        return finish()
    import processing
    from osgeo import gdal
    path = os.path.join(FOLDER, "casualties.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(folder, "records.csv"), "DATABASE": path})
    done = gdal.VectorTranslate(path, os.path.join(folder, "hazards.geojson"),
                                accessMode="append", layerName="hazards")
    del done
    dock = state["dock"]
    dock.open_database(path)
    panel = dock.casualties_panel
    dock.sections.setCurrentIndex(dock.sections.indexOf(panel.parentWidget()))
    wait_for(idle, lambda: (panel.import_file(os.path.join(folder, "casualties.csv")),
                            wait_for(lambda: idle() and panel.table.rowCount() > 0,
                                     casualties_listed)))


def casualties_listed():
    panel = state["dock"].casualties_panel
    report["casualties_rows"] = panel.table.rowCount()
    report["casualties_first"] = panel.table.item(0, 0).text()
    panel.export_summary(os.path.join(FOLDER, "casualty_table.csv"))
    from mineaction_plugin.data.layers import loaded_layer
    canvas = iface.mapCanvas()
    accidents = loaded_layer("accidents")
    if accidents is not None:
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(
            accidents, accidents.extent()))
        canvas.refresh()
    wait_for(idle, lambda: later(lambda: (shot("desktop_casualties.png"), planning()), 1000))


def planning():
    """The planning sample: criteria measured in the section, the plan forecast."""
    folder = os.environ.get("MINEACTION_PLANNING")
    if not folder:
        return finish()
    import csv

    import processing
    from osgeo import gdal

    from mineaction_plugin.data import planning_store
    path = os.path.join(FOLDER, "planning.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    for name, source in (("hazards", "hazards.geojson"), ("settlements", "settlements.geojson"),
                         ("infrastructure", "infrastructure.geojson")):
        done = gdal.VectorTranslate(path, os.path.join(folder, source), accessMode="append",
                                    layerName=name)
        del done
    for table in planning_store.TABLE_KEYS:
        with open(os.path.join(folder, f"{table}.csv"), encoding="utf-8") as f:
            planning_store.replace_rows(path, table, list(csv.DictReader(f)))
    dock = state["dock"]
    dock.open_database(path)
    panel = dock.planning_panel
    dock.sections.setCurrentIndex(dock.sections.indexOf(panel.parentWidget()))
    wait_for(idle, lambda: (panel.refresh(), wait_for(idle, planning_measure)))


def planning_measure():
    panel = state["dock"].planning_panel
    panel.profile.setCurrentIndex(panel.profile.findText("simple"))
    panel.measure()
    wait_for(lambda: idle() and panel.table.rowCount() > 0, planning_forecast)


def planning_forecast():
    from qgis.PyQt.QtCore import QDate
    panel = state["dock"].planning_panel
    report["planning_first"] = panel.table.item(0, 1).text()
    panel.start.setDate(QDate(2022, 9, 1))
    panel.forecast(folder=os.path.join(FOLDER, "plan"))
    wait_for(lambda: idle() and bool(panel.summary.text()), planning_done)


def planning_done():
    panel = state["dock"].planning_panel
    report["planning_summary"] = panel.summary.text()
    later(lambda: (shot("desktop_planning.png"), finish()), 1000)


def parallel_write():
    """A national file is written by a second Python process: it must start from inside QGIS
    desktop too (where sys.executable may be QGIS itself)."""
    import sys

    import processing

    from mineaction_plugin.data import child_process, records_parallel
    from mineaction_plugin.processing import import_records
    report["sys_executable"] = sys.executable
    report["writer_python"] = child_process.python_interpreter()[0]
    started = []
    real = records_parallel._start_writer_process
    records_parallel._start_writer_process = lambda: started.append(1) or real()
    saved = import_records.PARALLEL_WRITE_ROWS
    import_records.PARALLEL_WRITE_ROWS = 0
    try:
        path = os.path.join(FOLDER, "parallel.gpkg")
        processing.run("mineaction:createdatabase", {"OUTPUT": path})
        result = processing.run("mineaction:importminefieldrecords",
                                {"INPUT": SAMPLE, "DATABASE": path})
        report["parallel_imported"] = result["RECORDS_IMPORTED"]
        report["parallel_processes"] = len(started)
    finally:
        import_records.PARALLEL_WRITE_ROWS = saved
        records_parallel._start_writer_process = real


def finish():
    if state.get("finished"):
        return
    state["finished"] = True
    if not report["errors"]:
        try:
            parallel_write()
        except Exception:
            report["errors"].append(traceback.format_exc())
    try:   # the project as an officer saves it, to look for passwords in
        from qgis.core import QgsProject
        for name in ("desktop_project.qgs", "desktop_project.qgz"):
            report[name] = QgsProject.instance().write(os.path.join(FOLDER, name))
        report["database_entry"] = QgsProject.instance().readEntry("mineaction", "database",
                                                                   "")[0]
    except Exception:
        report["errors"].append(traceback.format_exc())
    from mineaction_plugin.gui import background
    report["pool_resubmitted"] = background.resubmitted
    with open(OUT, "w") as out:
        json.dump(report, out, indent=1)
    QgsApplication.exit(0)


later(start, 3000)
