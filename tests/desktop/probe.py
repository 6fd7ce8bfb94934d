"""Runs inside real QGIS desktop (see test_desktop.py): drive the dock, report, screenshot."""
import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar
from qgis.utils import iface, plugins

OUT = os.environ["MINEACTION_PROBE_OUT"]
report = {"errors": [], "steps": []}
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: report["errors"].append(f"[{tag}] {message[:800]}")
    if "error" in (tag or "").lower() or "Traceback" in message else None)


def step():
    try:
        iface.mainWindow().resize(1600, 1000)
        report["plugin_loaded"] = "mineaction_plugin" in plugins
        dock = iface.mainWindow().findChild(QDockWidget, "MineActionDock")
        report["dock_found"] = dock is not None
        report["dock_visible"] = bool(dock and dock.isVisible())
        report["toolbar"] = iface.mainWindow().findChild(QToolBar, "MineActionToolbar") is not None
        report["database_menu"] = [a.text() for a in iface.databaseMenu().actions()]
        report["provider"] = QgsApplication.processingRegistry().providerById("mineaction") \
            is not None
        if dock is not None:
            report["created"] = dock.create_database(os.path.join(os.path.dirname(OUT),
                                                                  "desktop.gpkg"))
            report["counts"] = dock.counts()
    except Exception:
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(2500, finish)


def finish():
    try:
        iface.mainWindow().grab().save(os.path.join(os.path.dirname(OUT), "desktop.png"))
    finally:
        with open(OUT, "w") as out:
            json.dump(report, out, indent=1)
        QgsApplication.exit(0)


QTimer.singleShot(3000, step)
