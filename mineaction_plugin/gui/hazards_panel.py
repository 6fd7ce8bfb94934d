"""The dock's "Hazards" section: hazards from records, and what each hazard has left to release."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..adapters.expressions import field_equals
from ..adapters.hazard_progress import hazard_progress
from ..adapters.qgis_geodesy import ellipsoid_measure
from ..core import schema
from ..core.i18n import tr
from ..data.layers import change_attributes, loaded_layer, reload_layers
from ..toolbelt import setting, tell
from .background import Latest, run_algorithm, run_function


def id_pattern():
    """The officer's hazard id pattern (Settings), handed to the algorithms."""
    return setting("hazard_id_pattern")


class HazardsPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.refreshing = Latest()
        self.rows = []
        layout = QVBoxLayout(self)

        from_records = QHBoxLayout()
        from_records.addWidget(QLabel(tr("From records, buffer")))
        self.buffer = QDoubleSpinBox()
        self.buffer.setRange(0, 5000)
        self.buffer.setSuffix(" m")
        self.buffer.setToolTip(tr("Grow each record's perimeter by this distance on the ground"))
        self.classification = QComboBox()
        self.classification.addItem(tr("by reliability"), "auto")
        self.classification.addItem("SHA", "SHA")
        self.classification.addItem("CHA", "CHA")
        make = QPushButton(tr("&Create"))
        make.setToolTip(tr("A hazard for every minefield record that has none yet (or for the "
                           "records selected on the map)"))
        make.clicked.connect(lambda: self.hazards_from_records())
        from_records.addWidget(self.buffer)
        layout.addLayout(from_records)
        choice = QHBoxLayout()  # two lines: the section must fit a narrow dock
        choice.addWidget(self.classification, 1)
        choice.addWidget(make)
        layout.addLayout(choice)

        self.summary = QLabel(tr("Open a project database to see its hazards."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Hazard"), tr("Status"), tr("Area (ha)"),
                                              tr("Left (ha)"), tr("Released")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._select_on_map)
        layout.addWidget(self.table, 1)
        drawing = QHBoxLayout()
        draw = QPushButton(tr("&Draw hazard"))
        draw.setToolTip(tr("Digitise a new SHA/CHA polygon, snapping to hazards and records"))
        draw.clicked.connect(lambda: self.dock.digitizing.start("hazards"))
        evidence = QPushButton(tr("From selected &finds…"))
        evidence.setToolTip(tr("A hazard around the EO finds selected on the map (hull + "
                               "buffer)"))
        evidence.clicked.connect(lambda: self.hazard_from_selected_finds())
        drawing.addWidget(draw)
        drawing.addWidget(evidence)
        layout.insertLayout(2, drawing)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Re&fresh"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.close_button = QPushButton(tr("C&lose hazard"))
        self.close_button.setToolTip(tr("Set the selected hazard's status to closed (recorded in "
                                        "the status history)"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(lambda: self.close_selected())
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        change = QHBoxLayout()  # the status workflow: SHA → CHA, open → worked on → closed
        self.new_classification = QComboBox()
        for code in schema.CODE_LISTS["classification"]:
            self.new_classification.addItem(code, code)
        self.new_status = QComboBox()
        for code, label in schema.CODE_LISTS["hazard_status"].items():
            self.new_status.addItem(tr(label), code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("reason"))
        apply = QPushButton(tr("&Apply"))
        apply.setToolTip(tr("Change the selected hazard's classification and status; the change "
                            "and its reason are kept in the status history"))
        apply.clicked.connect(lambda: self.change_selected())
        for widget in (self.new_classification, self.new_status, self.reason, apply):
            change.addWidget(widget)
        layout.addLayout(change)

    # --- hazards from records ----------------------------------------------------------------
    def hazards_from_records(self):
        """Hazards for the selected records (else every record without one), in a task.
        Returns the Job; its result is the number of hazards made."""
        if not self.dock.database:
            tell(self.iface, tr(
                "Open or create a project database first."), Qgis.MessageLevel.Warning, 5)
            return None
        records = loaded_layer("minefield_records")
        selected = [f["record_id"] for f in records.selectedFeatures()] if records else []
        return run_algorithm(self.iface, "mineaction:hazardsfromrecords", {
            "DATABASE": self.dock.database, "RECORD_IDS": ",".join(selected),
            "BUFFER": self.buffer.value(), "HAZARD_ID_PATTERN": id_pattern(),
            "CLASSIFICATION": self.classification.currentData()},
            self._hazards_created)

    def _hazards_created(self, results):
        self._hazards_changed()
        tell(self.iface, tr(
            "{count} hazards created from minefield records.").format(
                count=int(results["CREATED"])), Qgis.MessageLevel.Success, 6)
        return int(results["CREATED"])

    def hazard_from_selected_finds(self):
        """One hazard around the selected evidence points, in a task. Returns the Job; its
        result is the new hazard's id."""
        finds = loaded_layer("eo_finds")
        if finds is None or finds.selectedFeatureCount() == 0:
            tell(self.iface, tr(
                "Select the EO finds (or other evidence points) on the map first."),
                Qgis.MessageLevel.Info, 6)
            return None
        from qgis.core import QgsProcessingFeatureSourceDefinition
        buffer = self.buffer.value() or 25.0

        def made(results):
            self._hazards_changed()
            return results["HAZARD_ID"]
        return run_algorithm(self.iface, "mineaction:hazardfromevidence", {
            "DATABASE": self.dock.database, "BUFFER": buffer,
            "HAZARD_ID_PATTERN": id_pattern(),
            "INPUT": QgsProcessingFeatureSourceDefinition(finds.id(), True)}, made)

    def _hazards_changed(self):
        reload_layers("hazards")
        self.dock.refresh_counts()
        self.refresh()

    # --- progress ------------------------------------------------------------------------------
    def refresh(self):
        """Measure every hazard's released and remaining area again, in a background task
        (after each change; never two at once). Returns the Job (None: no database)."""
        if not self.dock.database:
            return None
        database = self.dock.database

        def start():
            self.refresh_button.setEnabled(False)
            self.summary.setText(tr("Measuring hazards…"))
            return run_function(tr("Measuring hazards"),
                                lambda: hazard_progress(database, ellipsoid_measure()),
                                self._show, self._failed)
        return self.refreshing.run(start)

    def _failed(self, error):
        self.refresh_button.setEnabled(True)
        self.summary.setText(tr("The hazards could not be measured: {reason}").format(
            reason=error if error is not None else tr("cancelled")))

    def _show(self, rows):
        self.refresh_button.setEnabled(True)
        self.rows = rows
        self.table.setRowCount(len(rows))
        ready = 0
        for index, row in enumerate(rows):
            status = tr(schema.code_label("hazard_status", row["status"]))
            cells = [row["hazard_id"], status, f"{row['area_m2'] / 10000:,.2f}",
                     f"{row['remaining_m2'] / 10000:,.2f}", None]
            for column, text in enumerate(cells):
                if text is None:
                    bar = QProgressBar()
                    bar.setRange(0, 100)
                    bar.setValue(int(round(row["released_pct"])))
                    self.table.setCellWidget(index, column, bar)
                    continue
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if row["suggest_close"]:
                    item.setBackground(QBrush(QColor("#DFF0D8")))
                    item.setToolTip(tr("Nothing left to release: this hazard can be closed."))
                self.table.setItem(index, column, item)
            ready += row["suggest_close"]
        total = sum(r["area_m2"] for r in rows)
        remaining = sum(r["remaining_m2"] for r in rows)
        self.summary.setText(tr("{count} hazards, {area} ha, {remaining} ha still to release; "
                                "{ready} ready to close.").format(
            count=len(rows), area=f"{total / 10000:,.1f}", remaining=f"{remaining / 10000:,.1f}",
            ready=ready))

    def _selected_row(self):
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _select_on_map(self):
        row = self._selected_row()
        self.close_button.setEnabled(bool(row and row["status"] != "closed"))
        if row is not None:
            self.new_status.setCurrentIndex(self.new_status.findData(row["status"]))
        layer = loaded_layer("hazards")
        if row is None or layer is None:
            return
        layer.selectByExpression(field_equals("hazard_id", row["hazard_id"]))

    def change_selected(self, classification=None, status=None, reason=None):
        """Set the selected hazard's classification and status (the pickers' values unless
        given) through the layer, so the history trigger records the change and its reason."""
        return self._change({"classification": classification or
                             self.new_classification.currentData(),
                             "status": status or self.new_status.currentData()},
                            reason if reason is not None else self.reason.text().strip(),
                            tr("Change hazard {id}"))

    def close_selected(self, reason=None):
        """Close the selected hazard (ready to close: "nothing left to release")."""
        row = self._selected_row()
        if row is not None and not reason:
            reason = (tr("nothing left to release") if row["suggest_close"]
                      else tr("closed from the dock"))
        return self._change({"status": "closed"}, reason, tr("Close hazard {id}"))

    def _change(self, values, reason, command):
        row = self._selected_row()
        layer = loaded_layer("hazards")
        if row is None or layer is None:
            tell(self.iface, tr(
                "Select a hazard in the table first."), Qgis.MessageLevel.Info, 5)
            return False
        feature = next(layer.getFeatures(field_equals("hazard_id", row["hazard_id"])), None)
        if feature is None:
            return False
        # the reason first: the history trigger reads it with the status change
        errors = change_attributes(layer, feature.id(), dict(status_reason=reason or None,
                                                             **values),
                                   command.format(id=row["hazard_id"]))
        if errors:
            tell(self.iface, "; ".join(errors), Qgis.MessageLevel.Critical, 0)
            return False
        self.reason.clear()
        self.refresh()
        return True
