"""The Task sheets section's dialogs: a new task over a hazard, and the sheet settings."""

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from ..core import schema, task_sheet
from ..core.i18n import tr
from ..toolbelt import set_setting, setting


def _end_form(dialog, form, button, on_accept):
    """The foot of a dialog's form: a line saying what is wrong (red), then `button` and
    Cancel. Returns the line."""
    problem = QLabel()
    problem.setStyleSheet("color: #B00000")
    form.addRow(problem)
    buttons = QDialogButtonBox(button | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return problem


class NewTaskDialog(QDialog):
    """Type, organisation, team, priority and dates of a task over one hazard."""

    def __init__(self, hazard_id, task_id, organisations, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New task for hazard {id}").format(id=hazard_id))
        form = QFormLayout(self)
        self.task_id = QLineEdit(task_id)
        self.task_id.setToolTip(tr("Letters, digits, '.', '-' and '_' only: it names the PDF"))
        self.task_type = QComboBox()
        for code, label in schema.CODE_LISTS["task_type"].items():
            self.task_type.addItem(tr(label), code)
        self.task_type.setCurrentIndex(self.task_type.findData("clearance"))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(organisations)
        self.organisation.setCurrentText(setting("last_organisation", ""))
        self.team = QLineEdit(setting("last_team", ""))
        self.priority = QSpinBox()
        self.priority.setRange(0, 5)
        self.priority.setSpecialValueText(tr("as the hazard"))
        self.issued = QDateEdit(QDate.currentDate())
        self.issued.setCalendarPopup(True)
        self.due = QDateEdit(QDate.currentDate().addDays(setting("task_days")))
        self.due.setCalendarPopup(True)
        for caption, widget in ((tr("Task id"), self.task_id), (tr("Task type"), self.task_type),
                                (tr("Organisation"), self.organisation), (tr("Team"), self.team),
                                (tr("Priority"), self.priority), (tr("Issued on"), self.issued),
                                (tr("Due on"), self.due)):
            form.addRow(caption, widget)
        self.problem = _end_form(self, form, QDialogButtonBox.StandardButton.Ok, self._accept)

    def _accept(self):
        problem = task_sheet.task_id_problem(self.task_id.text().strip())
        if problem:
            self.problem.setText(tr(problem))
            return
        if self.due.date() < self.issued.date():
            self.problem.setText(tr("The due date is before the issue date."))
            return
        self.accept()

    def parameters(self):
        set_setting("last_organisation", self.organisation.currentText().strip())
        set_setting("last_team", self.team.text().strip())
        values = {"TASK_ID": self.task_id.text().strip(),
                  "TASK_TYPE": self.task_type.currentData(),
                  "ORGANISATION": self.organisation.currentText().strip(),
                  "TEAM": self.team.text().strip(),
                  "ISSUED_DATE": self.issued.date().toString("yyyy-MM-dd"),
                  "DUE_DATE": self.due.date().toString("yyyy-MM-dd")}
        if self.priority.value():
            values["PRIORITY"] = self.priority.value()
        return values


class SheetSettingsDialog(QDialog):
    """What every sheet prints from the settings: programme, safety notes, emergency contacts,
    how far around the area finds are listed, and a declination for areas without a record."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from ..layouts.sheet_source import sheet_settings
        self.setWindowTitle(tr("Task sheet settings"))
        self.setMinimumWidth(560)
        values = sheet_settings()
        form = QFormLayout(self)
        self.programme = QLineEdit(values["programme"])
        self.safety = QPlainTextEdit(values["safety_notes"])
        self.safety.setPlaceholderText(tr(task_sheet.DEFAULT_SAFETY_NOTES))
        self.safety.setTabChangesFocus(True)
        self.emergency = QPlainTextEdit(values["emergency"])
        self.emergency.setPlaceholderText(tr(task_sheet.DEFAULT_EMERGENCY))
        self.emergency.setTabChangesFocus(True)
        self.emergency.setMaximumHeight(90)   # a few lines: numbers, names, a radio channel
        self.distance = QSpinBox()
        self.distance.setRange(0, 10000)
        self.distance.setSingleStep(50)
        self.distance.setSuffix(" m")
        self.distance.setValue(int(values["finds_distance_m"]))
        self.declination = QLineEdit(str(values["declination"] or ""))
        self.declination.setPlaceholderText(tr("e.g. 6.4 (east positive); empty: not known"))
        for caption, widget in ((tr("Programme"), self.programme),
                                (tr("Safety notes"), self.safety),
                                (tr("Emergency contacts"), self.emergency),
                                (tr("List finds within"), self.distance),
                                (tr("Magnetic declination (°)"), self.declination)):
            form.addRow(caption, widget)
        self.problem = _end_form(self, form, QDialogButtonBox.StandardButton.Save, self.save)

    def save(self):
        declination = self.declination.text().strip().replace(",", ".")
        if declination:
            try:
                if not -180 <= float(declination) <= 180:
                    raise ValueError
            except ValueError:
                self.problem.setText(tr("The declination is a number of degrees between -180 "
                                        "and 180."))
                return False
        set_setting("programme_name", self.programme.text().strip())
        set_setting("safety_notes", self.safety.toPlainText().strip())
        set_setting("emergency_contacts", self.emergency.toPlainText().strip())
        set_setting("finds_distance_m", self.distance.value())
        set_setting("declination_deg", declination)
        self.accept()
        return True
