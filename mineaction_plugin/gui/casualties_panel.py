"""The dock's "Casualties" section: import a casualty file, the national table, the victims with
their open needs and the assistance given (anonymous unless the database lets this login read
names and the officer asks to see them), the needs report, and the accidents that are places to
survey. Every write is a Processing algorithm run in the background."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..adapters.expressions import field_in
from ..core import schema
from ..core.i18n import N_, tr
from ..data.casualty_store import places_to_survey, victims_for_dock
from ..data.layers import loaded_layer, reload_layers
from ..toolbelt import tell
from .background import (
    rejected_rows_file,
    run_algorithm,
    run_function,
    show_rejected_rows,
)

COLUMNS = (N_("Victim"), N_("Accident"), N_("Date"), N_("District"), N_("Outcome"),
           N_("Age group"), N_("Open needs"), N_("Assistance"))
PROTECTED = N_("Names, birth dates, addresses and phones are personal data: on a shared "
               "database only the victim-assistance role can read them; exports, sheets and "
               "summaries leave them out unless asked.")


class CasualtiesPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.victims = []
        self.names_allowed = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setPlaceholderText(tr("Casualty file (CSV or XLSX)"))
        browse = QPushButton("…")
        browse.clicked.connect(lambda: self._choose())
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.setToolTip(tr("mineaction:importaccidents: a file with any bad row "
                                         "imports nothing, and its rows are listed"))
        self.import_button.clicked.connect(lambda: self.import_file())
        for widget in (self.file, browse, self.import_button):
            row.addWidget(widget)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.summary_button = QPushButton(tr("National &table…"))
        self.summary_button.setToolTip(tr("By district and year, with the victims outside "
                                          "every minefield record (mineaction:casualtysummary)"))
        self.summary_button.clicked.connect(lambda: self.export_summary())
        self.needs_button = QPushButton(tr("&Needs report…"))
        self.needs_button.clicked.connect(lambda: self.export_needs())
        self.survey_button = QPushButton(tr("Places to &survey"))
        self.survey_button.setToolTip(tr("Accidents with a known place outside every hazard: "
                                         "evidence for a new one (selected on the map)"))
        self.survey_button.clicked.connect(lambda: self.show_places())
        for widget in (self.summary_button, self.needs_button, self.survey_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.show_names = QCheckBox(tr("Show names (victim assistance)"))
        self.show_names.setEnabled(False)
        self.show_names.toggled.connect(lambda _: self.refresh())
        layout.addWidget(self.show_names)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)    # a narrow dock scrolls rather than squeezes
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        note = QLabel(tr(PROTECTED))
        note.setWordWrap(True)
        layout.addWidget(note)

    def _choose(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Casualty file"), "",
                                              tr("Casualty tables (*.csv *.xlsx *.ods);;"
                                                 "All files (*)"))
        if path:
            self.file.setText(path)

    # --- reading ------------------------------------------------------------------------------
    def refresh(self):
        database = self.dock.database
        if not database:
            return None
        names = self.show_names.isChecked()

        def shown(value):
            self.victims, self.names_allowed = value
            self.show_names.setEnabled(self.names_allowed)
            self._fill(names and self.names_allowed)
            return True
        return run_function(tr("Reading the victims"),
                            lambda: victims_for_dock(database, names), shown,
                            lambda error: error and tell(self.iface, str(error),
                                                         Qgis.MessageLevel.Critical, 0))

    def _fill(self, with_names):
        self.table.setRowCount(len(self.victims))
        for row, victim in enumerate(self.victims):
            label = victim["victim_id"]
            if with_names and victim.get("full_name"):
                label = f"{label} — {victim['full_name']}"
            values = (label, victim["accident_id"], victim["accident_date"] or "",
                      victim["district"] or "",
                      tr(schema.code_label("victim_outcome", victim["outcome"]))
                      if victim["outcome"] else "",
                      tr(schema.code_label("age_group", victim["age_group"]))
                      if victim["age_group"] else "",
                      str(victim["open_needs"]), str(victim["assistance"]))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    # --- work -------------------------------------------------------------------------------
    def import_file(self, path=None):
        path = path or self.file.text().strip()
        if not self.dock.database or not path:
            tell(self.iface, tr("Open a project database and choose the casualty file."))
            return None

        def done(results):
            if results["REJECTED"]:
                self.message.setText(tr("{count} rows are wrong: nothing was imported. Correct "
                                        "the file at its source and import it again (the rows "
                                        "are listed in Errors).").format(
                                            count=results["REJECTED"]))
                show_rejected_rows(results.get("ERRORS"), tr("Casualty rows refused"))
            else:
                self.message.setText(tr("{accidents} accidents and {victims} victims "
                                        "imported.").format(accidents=results["ACCIDENTS"],
                                                            victims=results["VICTIMS"]))
            reload_layers("accidents", "victims", "victim_personal")
            self.dock.refresh_counts()
            self.refresh()
            return results
        return run_algorithm(self.iface, "mineaction:importaccidents",
                             {"INPUT": path, "DATABASE": self.dock.database,
                              "ERRORS": rejected_rows_file("casualty_rows_refused")}, done)

    def export_summary(self, path=None):
        return self._export("mineaction:casualtysummary", tr("National table"), path, {})

    def export_needs(self, path=None):
        return self._export("mineaction:needsreport", tr("Needs report"), path,
                            {"INCLUDE_PERSONAL": self.show_names.isChecked()})

    def _export(self, algorithm, title, path, extra):
        if not self.dock.database:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, title, "",
                                                  tr("CSV (*.csv);;Excel (*.xlsx)"))
            if not path:
                return None

        def done(results):
            self.message.setText(tr("Written: {path}").format(path=results["OUTPUT"]))
            return results
        return run_algorithm(self.iface, algorithm, dict(
            DATABASE=self.dock.database, OUTPUT=path, **extra), done)

    def show_places(self):
        database = self.dock.database
        if not database:
            return None

        def shown(places):
            layer = loaded_layer("accidents")
            if layer is not None:
                layer.selectByExpression(field_in("accident_id", places or [""]))
            self.message.setText(tr("{count} accidents with a known place lie outside every "
                                    "hazard: places to survey (selected on the map).").format(
                                        count=len(places)))
            return places
        return run_function(tr("Places to survey"), lambda: places_to_survey(database), shown)
