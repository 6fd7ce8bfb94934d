"""Transcribe a minefield record by hand: a table of bearings and distances, drawn as you type.

The editor builds the same table rows a CSV would hold and runs the same checks and geometry
(core/records.py), so a record typed here and a record imported from a file cannot differ.
"""
import csv
import os
import shutil
import tempfile

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
)
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QShortcut,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..adapters.expressions import field_equals
from ..adapters.qgis_geodesy import QgisGeodesy, QgisProjector
from ..compat import is_null
from ..core import records as record_logic
from ..core import units
from ..core.i18n import tr
from ..core.record_table import build_table
from ..data import records_store
from ..toolbelt import tell
from .background import run_algorithm
from .record_preview import RecordPreview

POINT_COLUMNS = ("point_id", "point_type", "from_point", "bearing", "distance", "row_id",
                 "mine_model", "mine_count", "spacing_m")
RECORD_COLUMNS = ("bearing_unit", "bearing_ref", "declination_deg", "grid_crs",
                  "distance_unit", "pace_m")
STARTER = (("BM1", "BM"), ("SP", "SP"), ("TP1", "TP"), ("TP2", "TP"), ("TP3", "TP"))


class RecordEditor(QDialog):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.dock = dock
        self.result = None
        self.preview = RecordPreview(iface.mapCanvas(), "#FF7F00", with_rows=False, point_size=6)
        self.setWindowTitle(tr("Minefield record editor"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.record_id = QLineEdit()
        self.record_id.setPlaceholderText("MF-12-0001")
        form.addRow(tr("Record id"), self.record_id)
        landmark = QHBoxLayout()
        self.landmark_id = QLineEdit("LM1")
        self.landmark_id.setMaximumWidth(70)
        self.x = QLineEdit()
        self.x.setPlaceholderText(tr("x / longitude"))
        self.y = QLineEdit()
        self.y.setPlaceholderText(tr("y / latitude"))
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        for widget in (self.landmark_id, self.x, self.y, self.crs):
            landmark.addWidget(widget)
        form.addRow(tr("Landmark"), landmark)
        units_row = QHBoxLayout()
        self.bearing_unit = QComboBox()
        self.bearing_unit.addItems(list(units.FULL_CIRCLE))
        self.bearing_ref = QComboBox()
        self.bearing_ref.addItems(list(units.BEARING_REFS))
        self.declination = QDoubleSpinBox()
        self.declination.setRange(-90, 90)
        self.declination.setDecimals(2)
        self.declination.setSuffix(" °")
        self.declination.setToolTip(tr("Magnetic declination, east positive"))
        for widget in (QLabel(tr("Bearing")), self.bearing_unit, self.bearing_ref,
                       QLabel(tr("Declination")), self.declination):
            units_row.addWidget(widget)
        form.addRow(tr("Bearings"), units_row)
        self.grid_crs = QgsProjectionSelectionWidget()
        self.grid_crs.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
        form.addRow(tr("Grid CRS (grid bearings)"), self.grid_crs)
        distance_row = QHBoxLayout()
        self.distance_unit = QComboBox()
        self.distance_unit.addItems(list(units.METRES_PER))
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0, 1.5)
        self.pace.setDecimals(2)
        self.pace.setSuffix(" m")
        self.pace.setToolTip(tr("Length of one pace (distances in paces)"))
        for widget in (self.distance_unit, QLabel(tr("Pace length")), self.pace):
            distance_row.addWidget(widget)
        form.addRow(tr("Distances"), distance_row)
        layout.addLayout(form)

        self.table = QTableWidget(0, len(POINT_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(POINT_COLUMNS))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        rows = QHBoxLayout()
        add = QPushButton(tr("Add point (Ins)"))
        add.clicked.connect(lambda: self.add_point())
        remove = QPushButton(tr("Remove point (Del)"))
        remove.clicked.connect(self.remove_point)
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addStretch(1)
        layout.addLayout(rows)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=lambda: self.add_point())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_point)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(110)
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.recompute)
        for widget in (self.record_id, self.landmark_id, self.x, self.y):
            widget.textChanged.connect(self.timer.start)
        for widget in (self.bearing_unit, self.bearing_ref, self.distance_unit):
            widget.currentIndexChanged.connect(self.timer.start)
        for widget in (self.declination, self.pace):
            widget.valueChanged.connect(self.timer.start)
        for widget in (self.crs, self.grid_crs):
            widget.crsChanged.connect(self.timer.start)
        self.table.itemChanged.connect(self.timer.start)
        for point_id, point_type in STARTER:
            self.add_point({"point_id": point_id, "point_type": point_type})
        self.recompute()

    # --- editing ------------------------------------------------------------------------------
    def add_point(self, values=None):
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, name in enumerate(POINT_COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(str((values or {}).get(name) or "")))
        self.table.setCurrentCell(row, 0)
        self.timer.start()

    def remove_point(self):
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.timer.start()

    def set_record(self, record_id, landmark, point_rows, settings):
        """Fill the editor: landmark (id, x, y, crs), point rows as dicts, record settings."""
        self.record_id.setText(record_id)
        self.landmark_id.setText(landmark[0])
        self.x.setText(str(landmark[1]))
        self.y.setText(str(landmark[2]))
        self.crs.setCrs(QgsCoordinateReferenceSystem(landmark[3]))
        self.bearing_unit.setCurrentText(settings.get("bearing_unit") or "deg")
        self.bearing_ref.setCurrentText(settings.get("bearing_ref") or "magnetic")
        self.declination.setValue(float(settings.get("declination_deg") or 0))
        if settings.get("grid_crs"):
            self.grid_crs.setCrs(QgsCoordinateReferenceSystem(settings["grid_crs"]))
        self.distance_unit.setCurrentText(settings.get("distance_unit") or "m")
        self.pace.setValue(float(settings.get("pace_m") or 0))
        self.table.setRowCount(0)
        for values in point_rows:
            self.add_point(values)
        self.recompute()

    def load_from_database(self, record_id):
        """Open a record saved earlier (all recorded values are kept since schema 3)."""
        from ..data.layers import loaded_layer
        points = loaded_layer("record_points")
        if points is None:
            return False
        features = sorted(points.getFeatures(field_equals("record_id", record_id)),
                          key=lambda f: f["seq"] or 0)
        landmark = next((f for f in features if f["x"] not in (None, "") and
                         not is_null(f["x"])), None)
        if landmark is None:
            return False

        def text(value):
            # repr keeps every digit of a float (a UTM northing has nine or more)
            return "" if is_null(value) else (
                repr(value) if isinstance(value, float) else str(value))
        measured = next((f for f in features if text(f["bearing"])), landmark)
        settings = {name: text(measured[name]) for name in RECORD_COLUMNS}
        rows = [{name: text(f[name]) for name in POINT_COLUMNS}
                for f in features if f.id() != landmark.id()]
        self.set_record(record_id, (text(landmark["point_id"]), text(landmark["x"]),
                                    text(landmark["y"]), text(landmark["crs"]) or "EPSG:4326"),
                        rows, settings)
        return True

    # --- checking -----------------------------------------------------------------------------
    def table_rows(self):
        """The record as table rows, exactly as a CSV transcription would hold it."""
        common = {"record_id": self.record_id.text().strip(),
                  "bearing_unit": self.bearing_unit.currentText(),
                  "bearing_ref": self.bearing_ref.currentText(),
                  "distance_unit": self.distance_unit.currentText()}
        if common["bearing_ref"] == "magnetic":
            common["declination_deg"] = f"{self.declination.value():g}"
        if common["bearing_ref"] == "grid":
            common["grid_crs"] = self.grid_crs.crs().authid()
        if common["distance_unit"] == "pace" and self.pace.value() > 0:
            common["pace_m"] = f"{self.pace.value():g}"
        rows = [dict(common, point_id=self.landmark_id.text().strip(), point_type="LM",
                     x=self.x.text().strip(), y=self.y.text().strip(),
                     crs=self.crs.crs().authid())]
        for r in range(self.table.rowCount()):
            values = {name: (self.table.item(r, c).text().strip() if self.table.item(r, c)
                             else "") for c, name in enumerate(POINT_COLUMNS)}
            if any(values.values()):
                rows.append(dict(common, **values))
        return rows

    def recompute(self):
        columns = ["record_id", "point_id", "point_type", "from_point", "bearing", "distance",
                   "row_id", "mine_model", "mine_count", "spacing_m", "x", "y", "crs",
                   *RECORD_COLUMNS]
        rows = self.table_rows()
        table = build_table(columns, [[row.get(c, "") for c in columns] for row in rows],
                            source=tr("editor"))
        self.result = record_logic.compute_records(table, QgisGeodesy(), QgisProjector())
        self.problems.clear()
        for problem in self.result.problems:
            # table row 2 is the landmark (form fields); row 3 is the first line of the grid
            where = (tr("landmark") if problem.row == 2 else
                     tr("line {line}").format(line=problem.row - 2))
            item = QListWidgetItem(f"{where}: {problem.message}")
            item.setForeground(QColor("#A94442"))
            self.problems.addItem(item)
        for record in self.result.records:
            for warning in record.warnings:
                item = QListWidgetItem(warning)
                item.setForeground(QColor("#8A6D3B"))
                self.problems.addItem(item)
        if self.result.records:
            record = self.result.records[0]
            self.status.setText(tr("Area {area} m², perimeter {perimeter} m, {rows} mine rows, "
                                   "{mines} mines.").format(
                area=f"{record.area_m2:,.0f}", perimeter=f"{record.perimeter_m:,.0f}",
                rows=len(record.rows), mines=record.mines_recorded))
        else:
            self.status.setText(tr("Not a valid record yet: see the problems below."))
        self.save_button.setEnabled(bool(self.result.records))
        self._draw()

    def _draw(self):
        self.preview.show(self.result.records[:1] if self.result else [], zoom_margin=2.0,
                          only_when_outside=True)

    @property
    def bands(self):
        return self.preview.bands

    def clear_bands(self):
        self.preview.clear()

    # --- saving -------------------------------------------------------------------------------
    def save(self, replace=None):
        """Save the record to the open project database (mineaction:importminefieldrecords in
        the background). Returns the Job (its result: True when written) or False."""
        self.recompute()
        if not self.result or not self.result.records:
            return False
        if not self.dock.database:
            QMessageBox.warning(self, tr("Minefield record editor"),
                                tr("Open or create a project database first."))
            return False
        record = self.result.records[0]
        existing = records_store.existing_record_ids(self.dock.database, [record.record_id])
        if existing and replace is None:
            replace = QMessageBox.question(
                self, tr("Minefield record editor"),
                tr("Record {record} is already in the database. Replace it?").format(
                    record=record.record_id)) == QMessageBox.StandardButton.Yes
            if not replace:
                return False
        # through the import algorithm, as a file would go: the editor's rows as a CSV
        folder = tempfile.mkdtemp(prefix="mineaction_editor_")
        path = os.path.join(folder, "record.csv")
        rows = self.table_rows()
        columns = list(dict.fromkeys(name for row in rows for name in row))
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows([[row.get(c, "") for c in columns] for row in rows])

        def saved(results):
            shutil.rmtree(folder, ignore_errors=True)
            if int(results["RECORDS_IMPORTED"]) != 1:
                self.status.setText(tr("Not saved: {reason}").format(
                    reason=tr("the record was rejected (see the log)")))
                return False
            tell(self.iface, tr(
                "Record {record} saved.").format(record=record.record_id),
                Qgis.MessageLevel.Success, 5)
            self.dock.records_panel.records_changed([record.record_id])
            return True

        def failed():
            shutil.rmtree(folder, ignore_errors=True)
            self.status.setText(tr("Not saved: {reason}").format(
                reason=tr("see the message bar")))
            return False
        return run_algorithm(self.iface, "mineaction:importminefieldrecords", {
            "INPUT": path, "DATABASE": self.dock.database, "SOURCE_NAME": tr("editor"),
            "ON_DUPLICATE": "replace" if replace else "reject",
            "PERIMETERS": None, "POINTS": None, "MINE_ROWS": None, "ERRORS": None,
            "MINES": None}, saved, on_failure=failed)

    def closeEvent(self, event):
        self.clear_bands()
        super().closeEvent(event)
