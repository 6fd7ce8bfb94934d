"""The dock's "Planning" section: the hazards ranked with their explanation, the profile's
weights as sliders (the ranking follows in the background from criteria measured once), and the
work plan's summary with a what-if capacity; the plan, targets and Gantt chart exported.
Writes go through mineaction:prioritisehazards and mineaction:forecastworkplan."""
import json
import os

from qgis.core import Qgis, QgsProcessingUtils
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import priorities, schema
from ..core.i18n import N_, tr
from ..data import planning_store
from ..toolbelt import tell
from .background import Latest, run_algorithm, run_function

COLUMNS = (N_("Rank"), N_("Hazard"), N_("Score"), N_("Why"))


class PlanningPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.raw = None            # criteria measured once per database (the slow part)
        self.rows = []
        self.profiles = {}         # {name: {criterion: {"weight", "gate"}}}, read in refresh
        self.ranking = Latest()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.profile = QComboBox()
        self.profile.setToolTip(tr("A profile stored in priority_profiles"))
        self.profile.currentIndexChanged.connect(lambda _: self._load_profile())
        self.measure_button = QPushButton(tr("&Measure criteria"))
        self.measure_button.clicked.connect(lambda: self.measure())
        self.save_button = QPushButton(tr("Save &as…"))
        self.save_button.setToolTip(tr("Keep these weights as a profile in the database"))
        self.save_button.clicked.connect(lambda: self.save_profile())
        row.addWidget(self.profile, 1)
        row.addWidget(self.measure_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        grid = QGridLayout()
        self.sliders = {}
        for index, criterion in enumerate(priorities.CRITERIA):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setToolTip(criterion)
            slider.valueChanged.connect(lambda _: self.rerank())
            grid.addWidget(QLabel(criterion), index, 0)      # one per line: a narrow dock
            grid.addWidget(slider, index, 1)
            self.sliders[criterion] = slider
        layout.addLayout(grid)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.extra = QLineEdit()
        self.extra.setPlaceholderText(tr("What if: ANAMA: machines=18"))
        self.forecast_button = QPushButton(tr("&Forecast"))
        self.forecast_button.clicked.connect(lambda: self.forecast())
        for widget in (self.start, self.extra, self.forecast_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.export_button = QPushButton(tr("&Export plan, targets and Gantt…"))
        self.export_button.clicked.connect(lambda: self.forecast(folder=self._folder()))
        layout.addWidget(self.export_button)
        layout.addStretch(1)

    # --- the ranking -------------------------------------------------------------------------
    def refresh(self):
        database = self.dock.database
        if not database:
            return None

        def loaded(profiles):
            self.profiles = profiles
            current = self.profile.currentText()
            self.profile.blockSignals(True)
            self.profile.clear()
            self.profile.addItems(sorted(set(profiles) | {schema.PRESET_PROFILE}))
            index = self.profile.findText(current or schema.PRESET_PROFILE)
            self.profile.setCurrentIndex(max(index, 0))
            self.profile.blockSignals(False)
            self._load_profile()
            return profiles
        return run_function(tr("Reading the priority profiles"), lambda: {
            name: planning_store.profile_rows(database, name)
            for name in planning_store.profile_names(database)}, loaded)

    def _load_profile(self):
        """The chosen profile's weights onto the sliders (read with the list, in refresh)."""
        name = self.profile.currentText()
        if not name:
            return
        stored = self.profiles.get(name) or {
            c: {"weight": w} for c, w in priorities.ANAMA_PRESET.items()}
        for criterion, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(100 * float(stored.get(criterion, {}).get("weight", 0))))
            slider.blockSignals(False)
        self.rerank()

    def weights(self):
        return {criterion: slider.value() / 100 for criterion, slider in self.sliders.items()}

    def measure(self):
        """Measure every hazard's criteria (once; the sliders re-rank from them)."""
        database = self.dock.database
        if not database:
            return None

        def measured(raw):
            self.raw = raw
            self.rerank()
            return raw
        return run_function(tr("Measuring the criteria"), lambda: planning_store.criteria(
            planning_store.read(database))[0], measured,
            lambda error: error and tell(self.iface, str(error), Qgis.MessageLevel.Critical, 0))

    def rerank(self):
        if self.raw is None:
            return None
        raw, profile = self.raw, priorities.parse_profile(self.weights())

        def start():
            return run_function(tr("Ranking the hazards"),
                                lambda: priorities.rank(raw, profile), self._show)
        return self.ranking.run(start)

    def _show(self, rows):
        self.rows = rows
        shown = rows[:500]
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            for column, value in enumerate((str(row["rank"]), row["hazard_id"],
                                            f"{row['score']:.3f}", row["explanation"])):
                self.table.setItem(index, column, QTableWidgetItem(value))
        return rows

    def save_profile(self, name=None):
        if not self.dock.database:
            return None
        if name is None:
            from qgis.PyQt.QtWidgets import QInputDialog
            name, ok = QInputDialog.getText(self, tr("Save profile"), tr("Profile name"))
            if not ok or not name.strip():
                return None
        return run_algorithm(self.iface, "mineaction:savepriorityprofile", {
            "DATABASE": self.dock.database, "NAME": name.strip(),
            "WEIGHTS": json.dumps(self.weights())}, lambda _: self.refresh())

    # --- the plan ----------------------------------------------------------------------------
    def _folder(self):
        return QFileDialog.getExistingDirectory(self, tr("Export the plan to")) or None

    def forecast(self, folder=None):
        """Rank with the sliders' weights (prioritisehazards), then plan (forecastworkplan):
        into `folder` when exporting, else into temporary files for the summary."""
        database = self.dock.database
        if not database:
            return None
        folder = folder or os.path.dirname(QgsProcessingUtils.generateTempFilename("x"))
        os.makedirs(folder, exist_ok=True)
        profile = os.path.join(folder, "profile.json")
        with open(profile, "w", encoding="utf-8") as f:
            json.dump(self.weights(), f)
        paths = {name: os.path.join(folder, f"{name.lower()}.csv")
                 for name in ("RANKING", "PLAN", "SETTLEMENTS", "TARGETS")}
        paths["GANTT"] = os.path.join(folder, "gantt.pdf")

        def ranked(_):
            return run_algorithm(self.iface, "mineaction:forecastworkplan", {
                "DATABASE": database, "START_DATE": self.start.date().toString("yyyy-MM-dd"),
                "PRIORITY": paths["RANKING"], "EXTRA_CAPACITY": self.extra.text(),
                "PLAN": paths["PLAN"], "SETTLEMENTS": paths["SETTLEMENTS"],
                "TARGETS": paths["TARGETS"], "GANTT": paths["GANTT"]}, planned)

        def planned(results):
            import csv
            with open(results["TARGETS"], encoding="utf-8") as f:
                targets = list(csv.DictReader(f))
            lines = [tr("Everything cleared by {date}.").format(date=results["FINISH_DATE"])]
            for target in targets:
                short = float(target["shortfall_ha"] or 0)
                lines.append(tr("{target} by {date}: short by {short} ha (needs {needed} m² a "
                                "day)").format(target=target["target"],
                                               date=target["target_date"], short=round(short),
                                               needed=target["capacity_needed_m2_per_day"])
                             if short > 0.5 else
                             tr("{target} by {date}: met").format(target=target["target"],
                                                                  date=target["target_date"]))
            self.summary.setText("\n".join(lines))
            return results
        return run_algorithm(self.iface, "mineaction:prioritisehazards", {
            "DATABASE": database, "PROFILE": profile, "OUTPUT": paths["RANKING"]}, ranked)
