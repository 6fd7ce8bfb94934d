"""Wires the plugin into QGIS: translator, Processing provider, dock, toolbar and menu."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.i18n import tr
from .toolbelt import install_translator

# Icons are read from the plugin's folder: no compiled Qt resources (pyrcc5 is gone from Qt6).
ICONS = os.path.join(os.path.dirname(__file__), "icons")


def icon(name):
    return QIcon(os.path.join(ICONS, f"{name}.svg"))


class MineActionPlugin:

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.toolbar = None
        self.actions = []
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        # qgis_process calls this; QGIS desktop only calls initGui, which calls it too
        if self.provider is not None:
            return
        from .processing.provider import MineActionProvider
        self.provider = MineActionProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        from .gui.dock import MineActionDock
        self.initProcessing()
        self.dock = MineActionDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.toolbar = self.iface.addToolBar(tr("Mine Action"))
        self.toolbar.setObjectName("MineActionToolbar")
        show = self.dock.toggleViewAction()
        show.setIcon(icon("mineaction"))
        show.setText(tr("Mine Action panel"))
        self._add_action(show)
        self._add_action(self._action("new_database", tr("New project database…"),
                                      lambda: self.dock.create_database()))
        self._add_action(self._action("open_database", tr("Open project database…"),
                                      lambda: self.dock.open_database()))

    def _action(self, icon_name, text, slot):
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        return action

    def _add_action(self, action):
        self.toolbar.addAction(action)
        self.iface.addPluginToDatabaseMenu(tr("Mine Action"), action)
        self.actions.append(action)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginDatabaseMenu(tr("Mine Action"), action)
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close_connections()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
