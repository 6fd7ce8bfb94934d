"""The "Mine Action" dock: the project database and one section per line of work.

Thin by design: it asks for files and confirmations, then calls the Processing algorithms or
the data layer, and shows what the database holds.
"""
import os
from contextlib import contextmanager

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.i18n import N_, tr
from ..data import geopackage, postgis, project_db
from ..data import layers as project_layers
from ..toolbelt import log, set_setting, setting, tell
from .background import run_algorithm

# (section title, what it is for, layers it works on); later issues add their tools here.
SECTIONS = (
    (N_("Records"), N_("Minefield records transcribed from paper forms: perimeters, points "
                       "and mine rows."), ("minefield_records", "record_points", "mine_rows")),
    (N_("Hazards"), N_("Suspected and confirmed hazardous areas with their status."),
     ("hazards",)),
    (N_("Clearance"), N_("Land released by survey and clearance, and the explosive ordnance "
                         "found."), ("land_release", "eo_finds")),
    (N_("Marking"), N_("Perimeter marking, fences, demarcation and warning signs."),
     ("marking_lines", "marking_signs")),
    (N_("Task sheets"), N_("Tasks issued to survey and clearance teams."), ("tasks",)),
    (N_("Verification"), N_("Minefield records checked against the mines found: which tell "
                            "the truth, how the others went wrong, and their correction."),
     ("record_checks",)),
    (N_("Survey"), N_("Aerial survey: detections reviewed one at a time, and the evidence "
                      "layered into proposals for new CHAs and for land to survey."),
     ("survey_flights", "aerial_detections", "hazard_proposals")),
    (N_("Casualties"), N_("Mine accidents and their victims: the national table, victims' needs "
                          "and assistance, with personal data protected."),
     ("accidents", "victims")),
    (N_("Planning"), N_("Which hazard first, and when each returning village will be safe: "
                        "the ranking explained, the work plan and its targets."),
     ("settlements", "infrastructure", "operator_capacity")),
    (N_("IMSMA"), N_("Exchange with IMSMA Core, the national database: validated exports it "
                     "can append, and imports back."), ()),
)


class MineActionDock(QDockWidget):

    def __init__(self, iface, parent=None):
        super().__init__(tr("Mine Action"), parent)
        self.setObjectName("MineActionDock")
        self.setMinimumWidth(400)
        self.iface = iface
        self.database = None
        self.section_counts = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        # a tool box rather than tabs: every section stays visible in a narrow dock
        self.sections = QToolBox()
        self.sections.addItem(self._database_tab(), tr("Database"))
        from .casualties_panel import CasualtiesPanel
        from .clearance_panel import ClearancePanel
        from .digitizing import DigitizingAssistant
        from .hazards_panel import HazardsPanel
        from .imsma_panel import ImsmaPanel
        from .marking_panel import MarkingPanel
        from .planning_panel import PlanningPanel
        from .records_panel import RecordsPanel
        from .survey_panel import SurveyPanel
        from .task_sheets_panel import TaskSheetsPanel
        from .verification_panel import VerificationPanel
        self.digitizing = DigitizingAssistant(iface, parent=self)
        self.records_panel = RecordsPanel(iface, self)
        self.hazards_panel = HazardsPanel(iface, self)
        self.clearance_panel = ClearancePanel(iface, self)
        self.marking_panel = MarkingPanel(iface, self)
        self.task_sheets_panel = TaskSheetsPanel(iface, self)
        self.imsma_panel = ImsmaPanel(iface, self)
        self.verification_panel = VerificationPanel(iface, self)
        self.survey_panel = SurveyPanel(iface, self)
        self.casualties_panel = CasualtiesPanel(iface, self)
        self.planning_panel = PlanningPanel(iface, self)
        tools = {"Survey": self.survey_panel, "Casualties": self.casualties_panel,
                 "Planning": self.planning_panel,
                 "Verification": self.verification_panel,
                 "Records": self.records_panel, "Hazards": self.hazards_panel,
                 "Clearance": self.clearance_panel, "Marking": self.marking_panel,
                 "Task sheets": self.task_sheets_panel, "IMSMA": self.imsma_panel}
        for title, description, names in SECTIONS:
            self.sections.addItem(self._section_tab(description, names, tools.get(title)),
                                  tr(title))
        from .dashboard_panel import DashboardPanel
        self.dashboard_panel = DashboardPanel(iface, self)
        self.sections.addItem(self.dashboard_panel, tr("Dashboard"))
        layout.addWidget(self.sections)
        # sections that read a lot refresh when opened, not on every database load
        self.sections.currentChanged.connect(lambda _: self._refresh_open_section())
        self.setWidget(body)
        QgsProject.instance().readProject.connect(self._project_read)
        self.show_database(None)

    # --- building the widgets -------------------------------------------------------------
    def _database_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&New…"))
        self.new_button.setToolTip(tr("Create an empty project database (GeoPackage)"))
        self.new_button.clicked.connect(lambda: self.create_database())
        self.open_button = QPushButton(tr("&Open…"))
        self.open_button.setToolTip(tr("Open a project database and add its layers to the map"))
        self.open_button.clicked.connect(lambda: self.open_database())
        self.postgis_button = QPushButton(tr("&PostGIS…"))
        self.postgis_button.setToolTip(tr("Open a shared project on a PostgreSQL/PostGIS server "
                                          "through a QGIS connection (its password stays in the "
                                          "QGIS authentication database)"))
        self.postgis_button.clicked.connect(lambda: self.open_postgis())
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh_counts)
        for button in (self.new_button, self.open_button, self.postgis_button,
                       self.refresh_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.counts_table = QTableWidget(0, 2)
        self.counts_table.setHorizontalHeaderLabels([tr("Layer"), tr("Features")])
        self.counts_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.counts_table)
        return tab

    def _section_tab(self, description, names, tool=None):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        text = QLabel(tr(description))
        text.setWordWrap(True)
        layout.addWidget(text)
        for name in names:
            row = QHBoxLayout()
            count = QLabel()
            self.section_counts[name] = count
            row.addWidget(count, 1)
            button = QPushButton(tr("Table"))
            button.setToolTip(tr("Open the attribute table of {layer}").format(
                layer=tr(schema.layer(name).title)))
            button.clicked.connect(lambda _=False, n=name: self.open_table(n))
            row.addWidget(button)
            layout.addLayout(row)
        if tool is not None:
            layout.addWidget(tool, 1)
        else:
            layout.addStretch(1)
        return tab

    # --- actions ---------------------------------------------------------------------------
    def create_database(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("New project database"), setting("last_folder", os.path.expanduser("~")),
                tr("GeoPackage (*.gpkg)"))
            if not path:
                return False
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
        # in the background; the reason of a failure goes to the message bar
        return run_algorithm(self.iface, "mineaction:createdatabase", {"OUTPUT": path},
                             lambda results: self.open_database(path))

    def open_database(self, path=None, confirm_upgrade=None):
        """Open `path` (asking for it when None) and load its layers.

        confirm_upgrade(version) -> bool decides on upgrading an older database; by default the
        user is asked. Nothing is changed unless the file is a mine action database. Returns
        True when opened, False when not, or the Job of the upgrade that opens it after.
        """
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Open project database"),
                setting("last_folder", os.path.expanduser("~")),
                tr("GeoPackage (*.gpkg);;All files (*)"))
            if not path:
                return False
        info = self._opening(lambda: project_db.inspect(path))
        if info is None:
            return False
        if info.needs_upgrade:
            ask = confirm_upgrade or self._ask_upgrade
            if not ask(info.version):
                self._message(tr("The database was left as it is."), Qgis.MessageLevel.Info)
                return False
            return run_algorithm(self.iface, "mineaction:upgradedatabase", {"DATABASE": path},
                                 lambda results: self._upgraded(path, results["BACKUP"]))
        return self._load(path)

    def _opening(self, work):
        """work() — reading or loading a database —, or None with the reason told."""
        try:
            return work()
        except geopackage.DatabaseError as error:
            self._error(str(error))
        except Exception as error:
            self._error(tr("The database could not be opened."), str(error))
        return None

    def _upgraded(self, path, backup):
        self._message(tr("Database upgraded; the old version is kept in {backup}.")
                      .format(backup=backup) if backup else tr("Database upgraded."),
                      Qgis.MessageLevel.Success)
        return self._load(path)

    def _load(self, path):
        """Load the layers of an up-to-date project database and fill every section."""
        shared = postgis.is_postgres(path)
        with still_canvases(self.iface):   # no map drawing while layers are replaced
            loaded = self._opening(lambda: project_layers.load_database(path))
        if loaded is None:
            return False
        for layer in loaded.values():
            layer.afterCommitChanges.connect(self.refresh_counts)
        loaded["tasks"].afterCommitChanges.connect(self.task_sheets_panel.refresh)
        self.records_panel.watch_records_layer()
        self.digitizing.watch()
        if not shared:
            set_setting("last_folder", os.path.dirname(path))
        self.show_database(path)
        self.hazards_panel.refresh()
        self.dashboard_panel.refresh()
        self.marking_panel.refresh_due()
        self.task_sheets_panel.refresh()
        self.imsma_panel.refresh()
        self._refresh_open_section()
        self._message(tr("Opened {name}.").format(
            name=postgis.parse_target(path).label() if shared else os.path.basename(path)),
            Qgis.MessageLevel.Success)
        return True

    def open_postgis(self, connection=None, schema_name=None):
        """Open a PostGIS project: a QGIS PostgreSQL connection and the project's schema."""
        if connection is None:
            from qgis.core import QgsProviderRegistry
            from qgis.PyQt.QtWidgets import QInputDialog
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            names = sorted(metadata.connections()) if metadata is not None else []
            if not names:
                self._message(tr("Make a PostgreSQL connection in QGIS first (Browser ▸ "
                                 "PostgreSQL ▸ New Connection)."), Qgis.MessageLevel.Warning)
                return False
            connection, ok = QInputDialog.getItem(self, tr("PostGIS project"),
                                                  tr("QGIS connection"), names, 0, False)
            if not ok:
                return False
            schema_name, ok = QInputDialog.getText(
                self, tr("PostGIS project"), tr("Schema of the project"),
                text=setting("last_schema", postgis.DEFAULT_SCHEMA))
            if not ok or not schema_name.strip():
                return False
        set_setting("last_schema", schema_name.strip())
        quoted = connection.replace("'", "\\'")
        return self.open_database(f"connection='{quoted}' schema={schema_name.strip()}")

    def _ask_upgrade(self, version):
        answer = QMessageBox.question(
            self, tr("Upgrade project database"),
            tr("This database has schema version {old}; this plugin uses version {new}. "
               "Upgrade it now? A backup copy is made first.").format(
                   old=version, new=schema.SCHEMA_VERSION))
        return answer == QMessageBox.StandardButton.Yes

    def _refresh_open_section(self):
        if self.database and self.verification_panel.isVisible():
            self.verification_panel.refresh()
        if self.database and self.survey_panel.isVisible():
            self.survey_panel.refresh()
        if self.database and self.casualties_panel.isVisible():
            self.casualties_panel.refresh()
        if self.database and self.planning_panel.isVisible():
            self.planning_panel.refresh()

    def open_table(self, name):
        layer = project_layers.loaded_layer(name)
        if layer is None:
            self._message(tr("Open a project database first."), Qgis.MessageLevel.Warning)
            return
        self.iface.showAttributeTable(layer)

    # --- showing state ----------------------------------------------------------------------
    def show_database(self, path):
        self.database = path
        if path:
            self.path_label.setText(tr("Database: {path}").format(path=path))
        else:
            self.path_label.setText(tr("No project database is open. Create a new one or open "
                                       "an existing one."))
        self.refresh_counts()

    def refresh_counts(self):
        try:
            counts = project_db.counts(self.database) if self.database else {}
        except geopackage.DatabaseError as error:
            self._error(str(error))
            counts = {}
        self.counts_table.setRowCount(len(counts))
        for row, (name, count) in enumerate(counts.items()):
            self.counts_table.setItem(row, 0, QTableWidgetItem(tr(schema.layer(name).title)))
            item = QTableWidgetItem(self.locale().toString(int(count)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_table.setItem(row, 1, item)
        for name, label in self.section_counts.items():
            shown = self.locale().toString(int(counts[name])) if name in counts else "–"
            label.setText(f"{tr(schema.layer(name).title)}: {shown}")
        if self.database and hasattr(self, "dashboard_panel"):
            self.dashboard_panel.refresh()  # in the background; skipped while one runs

    def counts(self):
        """What the counts table shows, as {layer title: count text} (used by tests)."""
        return {self.counts_table.item(r, 0).text(): self.counts_table.item(r, 1).text()
                for r in range(self.counts_table.rowCount())}

    def _project_read(self):
        path, found = QgsProject.instance().readEntry("mineaction", "database", "")
        self.show_database(path if found and path and (os.path.exists(path) or
                                                       postgis.is_postgres(path)) else None)

    def close_connections(self):
        self.digitizing.unwatch()
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
        except TypeError:
            pass

    # --- messages ------------------------------------------------------------------------------
    def _message(self, text, level):
        tell(self.iface, text, level, 6)

    def _error(self, text, detail=None):
        if detail:   # the bar shows the sentence; the log keeps the detail too
            log(f"{text} {detail}", Qgis.MessageLevel.Critical)
        tell(self.iface, text, Qgis.MessageLevel.Critical, 0)


@contextmanager
def still_canvases(iface):
    """Every map canvas stopped, previews included, and kept from drawing while layers are
    taken out of the project; redrawn after. QGIS 3.22 crashes (signal 11) when a layer is
    deleted while a canvas's preview jobs still draw it: tests/qgis/test_dock.py repeats it."""
    main = iface.mapCanvas()
    canvases = [main] + [canvas for canvas in iface.mapCanvases() if canvas is not main]
    for canvas in canvases:
        canvas.freeze(True)
        canvas.stopRendering()
    try:
        yield
    finally:
        for canvas in canvases:
            canvas.freeze(False)
            canvas.refresh()
