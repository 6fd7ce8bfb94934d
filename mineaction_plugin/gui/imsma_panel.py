"""The dock's "IMSMA" section: the mapping profile, the check, export and import."""
import copy
import os
import tempfile

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import imsma
from ..core.i18n import N_, tr
from ..data import imsma_exchange
from ..toolbelt import set_setting, setting, tell
from .background import run_algorithm, run_function

FORMAT_NAMES = (("filegdb", N_("File Geodatabase (.gdb)")), ("gpkg", N_("GeoPackage (.gpkg)")),
                ("xlsx", N_("Excel (.xlsx)")))


class ImsmaPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.profile = imsma.default_profile()
        self.profile_path = ""
        self.problems = []
        self.checking = None
        layout = QVBoxLayout(self)

        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        layout.addWidget(self.profile_label)
        row = QHBoxLayout()  # the buttons on their own line: the dock is narrow
        load = QPushButton(tr("&Load…"))
        load.setToolTip(tr("Use a country profile (JSON)"))
        load.clicked.connect(lambda: self.load_profile())
        save = QPushButton(tr("Save &as…"))
        save.setToolTip(tr("Save the profile as shown, to edit or share it"))
        save.clicked.connect(lambda: self.save_profile())
        default = QPushButton(tr("De&fault"))
        default.setToolTip(tr("Back to the IMSMA Core generic profile"))
        default.clicked.connect(lambda: self.use_profile(imsma.default_profile(), ""))
        for button in (load, save, default):
            row.addWidget(button)
        layout.addLayout(row)

        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([tr("Layer"), tr("Field"), tr("IMSMA name"),
                                               tr("Required")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                            ResizeToContents)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setToolTip(tr("Double-click an IMSMA name to change it; tick the fields "
                                  "IMSMA requires"))
        self.fields.itemChanged.connect(self._field_edited)
        layout.addWidget(self.fields, 1)

        self.last_export = QLabel()
        self.last_export.setWordWrap(True)
        layout.addWidget(self.last_export)
        options = QHBoxLayout()
        self.format = QComboBox()
        for code, name in FORMAT_NAMES:
            self.format.addItem(tr(name), code)
        self.format.setCurrentIndex(max(0, self.format.findData(setting("imsma_format",
                                                                        "filegdb"))))
        self.everything = QCheckBox(tr("Everything"))
        self.everything.setToolTip(tr("Export every feature, not only the changes since the "
                                      "last export"))
        options.addWidget(self.format, 1)
        options.addWidget(self.everything)
        layout.addLayout(options)

        actions = QHBoxLayout()
        self.check_button = QPushButton(tr("&Check"))
        self.check_button.setToolTip(tr("List what the export would hold and every problem, "
                                        "without writing anything"))
        self.check_button.clicked.connect(lambda: self.check())
        self.export_button = QPushButton(tr("E&xport…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button = QPushButton(tr("&Import…"))
        self.import_button.setToolTip(tr("Apply an IMSMA export to the project database (one "
                                         "transaction; nothing changes if a feature is "
                                         "rejected)"))
        self.import_button.clicked.connect(lambda: self.import_file())
        for button in (self.check_button, self.export_button, self.import_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.report = QTableWidget(0, 4)
        self.report.setHorizontalHeaderLabels([tr("Layer"), tr("Id"), tr("Field"),
                                               tr("Problem")])
        self.report.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                            ResizeToContents)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.report, 1)
        self.use_profile(self.profile, "")

    # --- the profile ------------------------------------------------------------------------
    def use_profile(self, profile, path):
        self.profile, self.profile_path = profile, path
        self.profile_label.setText(tr("Profile: {name}").format(name=profile.get("name", "")) +
                                   (f" ({os.path.basename(path)})" if path else ""))
        self.fields.blockSignals(True)
        rows = [(layer_name, plugin_name, spec)
                for layer_name, entity in profile["entities"].items()
                for plugin_name, spec in entity["fields"].items()]
        self.fields.setRowCount(len(rows))
        for index, (layer_name, plugin_name, spec) in enumerate(rows):
            for column, text in enumerate((profile["entities"][layer_name]["table"], plugin_name,
                                           spec["name"])):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, (layer_name, plugin_name))
                self.fields.setItem(index, column, item)
            required = QTableWidgetItem()
            required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            required.setCheckState(Qt.CheckState.Checked if spec.get("required")
                                   else Qt.CheckState.Unchecked)
            required.setData(Qt.ItemDataRole.UserRole, (layer_name, plugin_name))
            self.fields.setItem(index, 3, required)
        self.fields.blockSignals(False)

    def _field_edited(self, item):
        layer_name, plugin_name = item.data(Qt.ItemDataRole.UserRole)
        spec = self.profile["entities"][layer_name]["fields"][plugin_name]
        if item.column() == 2:
            spec["name"] = item.text().strip()
        elif item.column() == 3:
            spec["required"] = item.checkState() == Qt.CheckState.Checked
        problems = imsma.profile_problems(self.profile)
        self.summary.setText("; ".join(problems) if problems else "")

    def load_profile(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("IMSMA profile"),
                                                  setting("last_folder", os.path.expanduser("~")),
                                                  tr("Profile (*.json)"))
            if not path:
                return False
        try:
            with open(path, encoding="utf-8") as f:
                profile = imsma.load_profile(f.read())
        except (OSError, imsma.ProfileError) as error:
            self._say(tr("The profile {path} cannot be used: {reason}").format(
                path=os.path.basename(path), reason=error), Qgis.MessageLevel.Critical)
            return False
        self.use_profile(profile, path)
        return True

    def save_profile(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save IMSMA profile"),
                                                  setting("last_folder", os.path.expanduser("~")),
                                                  tr("Profile (*.json)"))
            if not path:
                return False
        problems = imsma.profile_problems(self.profile)
        if problems:
            self._say("; ".join(problems), Qgis.MessageLevel.Warning)
            return False
        with open(path, "w", encoding="utf-8") as f:
            f.write(imsma.dump_profile(self.profile))
        self.use_profile(self.profile, path)
        return True

    def _profile_file(self):
        """The profile as the algorithms take it: a path (written afresh when edited here)."""
        if self.profile == imsma.default_profile():
            return ""
        handle, path = tempfile.mkstemp(prefix="mineaction-profile-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(imsma.dump_profile(self.profile))
        return path

    # --- exchange ---------------------------------------------------------------------------
    def refresh(self):
        if not self.dock.database:
            self.last_export.setText("")
            return
        when = imsma_exchange.last_export(self.dock.database)
        self.last_export.setText(tr("Last export: {when}").format(
            when=when.replace("T", " ")[:16] + " UTC" if when else tr("never")))

    def _since(self):
        return "1900-01-01" if self.everything.isChecked() else ""

    def check(self):
        """What the export would hold and its problems, read in a background task (the checks
        scan the whole database). Returns the Job; its result is (total, problems)."""
        if not self._ready():
            return None
        if self.checking is not None and not self.checking.done:
            return self.checking
        database, profile = self.dock.database, copy.deepcopy(self.profile)  # the task's own
        everything = self.everything.isChecked()

        def work():
            since = None if everything else imsma_exchange.last_export(database)
            chosen, problems = imsma_exchange.check(database, profile, since)
            return sum(chosen.values()), problems

        def failed(error):
            self.check_button.setEnabled(True)
            self.summary.setText(tr("The check did not finish: {reason}").format(
                reason=error if error is not None else tr("cancelled")))
        self.check_button.setEnabled(False)
        self.summary.setText(tr("Checking…"))
        self.checking = run_function(tr("Checking the IMSMA export"), work,
                                     lambda result: self._checked(*result), failed)
        return self.checking

    def _checked(self, total, problems):
        self.check_button.setEnabled(True)
        self._show_problems(problems)
        self.summary.setText(tr("{count} features to export, {problems} problems.").format(
            count=total, problems=len(problems)))
        return total, problems

    def export(self, path=None, on_invalid="stop"):
        """Export in a background task; returns the Job (its result: the algorithm's results)."""
        if not self._ready():
            return None
        fmt = self.format.currentData()
        set_setting("imsma_format", fmt)
        if path is None:
            extension = imsma_exchange.FORMATS[fmt][1]
            path, _ = QFileDialog.getSaveFileName(
                self, tr("IMSMA export"), os.path.join(setting("last_folder",
                                                               os.path.expanduser("~")),
                                                       "imsma_export" + extension),
                f"{tr(dict(FORMAT_NAMES)[fmt])} (*{extension})")
            if not path:
                return None
        report = os.path.splitext(path)[0] + "_problems.csv"
        if os.path.exists(report):
            os.remove(report)
        self.summary.setText(tr("Exporting…"))
        return run_algorithm(self.iface, "mineaction:exportimsma", {
            "DATABASE": self.dock.database, "PROFILE": self._profile_file(), "FORMAT": fmt,
            "SINCE": self._since(), "ON_INVALID": on_invalid, "OUTPUT": path,
            "REPORT": report}, lambda results: self._exported(results, report),
            on_failure=lambda: self._failed(report))

    def _exported(self, results, report):
        self._show_problems(_read_report(report))
        self.summary.setText(tr("{count} features exported to {path}.").format(
            count=int(results["EXPORTED"]), path=results["OUTPUT"]))
        self.refresh()
        return results

    def _failed(self, report):
        problems = _read_report(report)
        self._show_problems(problems)
        self.summary.setText(tr("Nothing was exported: {count} problems (listed below).")
                             .format(count=len(problems)) if problems else
                             tr("Nothing was exported (see the message bar)."))

    def import_file(self, path=None):
        """Import in a background task; returns the Job (its result: the algorithm's results)."""
        if not self._ready():
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("IMSMA export to import"), setting("last_folder",
                                                            os.path.expanduser("~")),
                tr("IMSMA exports (*.gdbtable *.gpkg *.xlsx);;All files (*)"))
            if not path:
                return None
            if os.path.basename(os.path.dirname(path)).lower().endswith(".gdb"):
                path = os.path.dirname(path)   # a file inside the File Geodatabase folder
        report = os.path.join(tempfile.gettempdir(), "mineaction_imsma_import_problems.csv")
        if os.path.exists(report):
            os.remove(report)
        return run_algorithm(self.iface, "mineaction:importimsma", {
            "INPUT": path, "PROFILE": self._profile_file(), "DATABASE": self.dock.database,
            "REPORT": report}, self._imported,
            on_failure=lambda: self._import_failed(report))

    def _imported(self, results):
        self._show_problems([])
        self.summary.setText(tr("Imported: {inserted} inserted, {updated} updated, {unchanged} "
                                "unchanged.").format(inserted=int(results["INSERTED"]),
                                                     updated=int(results["UPDATED"]),
                                                     unchanged=int(results["UNCHANGED"])))
        from ..data.layers import reload_layers
        reload_layers("hazards", "land_release", "eo_finds", "marking_lines", "tasks")
        self.dock.refresh_counts()
        return results

    def _import_failed(self, report):
        problems = _read_report(report)
        self._show_problems(problems)
        self.summary.setText(tr("Nothing was imported: {count} problems (listed below).")
                             .format(count=len(problems)) if problems else
                             tr("Nothing was imported (see the message bar)."))

    def _show_problems(self, problems):
        self.problems = list(problems)
        self.report.setRowCount(len(self.problems))
        for index, problem in enumerate(self.problems):
            # the whole problem on hover: in a narrow dock the reason column is off-screen
            whole = f"{problem[0]} {problem[1]}, {problem[2]}: {problem[3]}"
            for column, text in enumerate(problem):
                item = QTableWidgetItem(str(text))
                item.setToolTip(whole)
                self.report.setItem(index, column, item)

    def _ready(self):
        if not self.dock.database:
            self._say(tr("Open or create a project database first."), Qgis.MessageLevel.Warning)
            return False
        problems = imsma.profile_problems(self.profile)
        if problems:
            self._say("; ".join(problems), Qgis.MessageLevel.Warning)
            return False
        return True

    def _say(self, text, level):
        self.summary.setText(text)
        tell(self.iface, text, level, 8)


def _read_report(path):
    import csv
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [tuple(r) for r in rows[1:]]
