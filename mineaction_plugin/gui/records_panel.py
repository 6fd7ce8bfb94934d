"""The dock's "Records" section: file → checked preview on the canvas → import into the database.

The checks are those of the import algorithm (core/records.py); the import itself runs the
Processing algorithm mineaction:importminefieldrecords in a background task.

Why this file is long: the section's widgets, the preview table, the details of the selected
record and the template/rejected-rows files are one workflow an officer follows top to bottom;
the canvas drawing (record_preview.py) and the editor (record_editor.py) live apart.
"""
import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..adapters.expressions import field_equals, field_in
from ..adapters.qgis_geodesy import QgisGeodesy, QgisProjector
from ..core import records as record_logic
from ..core.i18n import N_, tr
from ..core.record_table import TableError
from ..data import record_files
from ..data.layers import loaded_layer, reload_layers
from ..data.tables import write_table
from ..toolbelt import set_setting, setting, tell
from .background import run_algorithm, run_function
from .record_preview import RecordPreview

STATUS_COLOURS = {"ok": QColor("#DFF0D8"), "warning": QColor("#FCF8E3"),
                  "error": QColor("#F2DEDE")}
STATUS_LABELS = {"ok": N_("ok"), "warning": N_("warning"), "error": N_("error")}


def check_file(path):
    """Read and check a record file (runs in a worker thread): (table, ImportResult, the
    digest of the content that was checked)."""
    digest = record_files.file_digest(path)
    table = record_files.read_table(path)
    result = record_logic.compute_records(table, QgisGeodesy(), QgisProjector())
    return table, result, digest


def preview_rows(result):
    """One line per file row: (row, record_id, point_id, point_type, status, reason)."""
    lines = []
    for record in result.records:
        status = "warning" if record.warnings else "ok"
        reason = "; ".join(record.warnings)
        for p in record.points:
            lines.append((p.row, record.record_id, p.point_id, p.point_type, status, reason))
    for row, values, record_id, _fields, reasons in result.rejected:
        lines.append((row, record_id or values.get("record_id", ""), values.get("point_id", ""),
                      values.get("point_type", ""), "error", reasons))
    return sorted(lines)


class RecordsPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.result = None
        self.job = None
        self.preview = RecordPreview(iface.mapCanvas(), "#6A3D9A")

        layout = QVBoxLayout(self)
        self.file_widget = QgsFileWidget()
        self.file_widget.setFilter(tr("Record tables (*.csv *.xlsx *.xls *.ods);;All files (*)"))
        self.file_widget.setDefaultRoot(setting("records_folder", os.path.expanduser("~")))
        self.file_widget.fileChanged.connect(self._file_chosen)
        layout.addWidget(QLabel(tr("Record table (CSV or XLSX):")))
        layout.addWidget(self.file_widget)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("&Check"))
        self.check_button.setToolTip(tr("Check the file and draw its records on the map; "
                                        "nothing is written"))
        self.check_button.clicked.connect(lambda: self.preview_file(self.file_widget.filePath()))
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.setToolTip(tr("Append the good records to the project database in "
                                         "one transaction"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.import_records())
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.check_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.summary = QLabel(tr("Choose a file and press Check."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Record"), tr("Point"),
                                              tr("Status"), tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._zoom_to_selected_record)
        # the check results and the selected record's details share the height
        self.details = QTextBrowser()
        self.details.setPlaceholderText(tr("Select a minefield record on the map to see its "
                                           "points and mine rows here."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 160])
        layout.addWidget(splitter, 1)

        more = QGridLayout()
        self.errors_button = QPushButton(tr("Save rejected rows…"))
        self.errors_button.setEnabled(False)
        self.errors_button.clicked.connect(lambda: self.save_rejected())
        template_button = QPushButton(tr("Save blank template…"))
        template_button.clicked.connect(lambda: self.save_template())
        new_button = QPushButton(tr("&New record…"))
        new_button.setToolTip(tr("Transcribe a paper record by hand, drawn on the map as you "
                                 "type"))
        new_button.clicked.connect(lambda: self.open_editor())
        edit_button = QPushButton(tr("&Edit selected record…"))
        edit_button.clicked.connect(lambda: self.edit_selected_record())
        # two by two so the section fits a narrow dock
        more.addWidget(new_button, 0, 0)
        more.addWidget(edit_button, 0, 1)
        more.addWidget(self.errors_button, 1, 0)
        more.addWidget(template_button, 1, 1)
        layout.addLayout(more)
        self.editor = None

        self.watched_layer = None

    # --- the record editor ------------------------------------------------------------------
    def open_editor(self):
        from .record_editor import RecordEditor
        if self.editor is None:
            self.editor = RecordEditor(self.iface, self.dock)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    def edit_selected_record(self):
        layer = loaded_layer("minefield_records")
        if layer is None or layer.selectedFeatureCount() != 1:
            tell(self.iface, tr(
                "Select one minefield record on the map first."), Qgis.MessageLevel.Info, 5)
            return None
        editor = self.open_editor()
        editor.load_from_database(layer.selectedFeatures()[0]["record_id"])
        return editor

    # --- the record selected on the map ------------------------------------------------------
    def watch_records_layer(self):
        """Follow the selection of the loaded minefield_records layer."""
        layer = loaded_layer("minefield_records")
        if layer is None or layer is self.watched_layer:
            return
        layer.selectionChanged.connect(self.show_selected_record)
        self.watched_layer = layer

    def show_selected_record(self, *args):
        layer = loaded_layer("minefield_records")
        points_layer, rows_layer = loaded_layer("record_points"), loaded_layer("mine_rows")
        if layer is None or layer.selectedFeatureCount() != 1 or points_layer is None:
            return
        record = layer.selectedFeatures()[0]
        record_id = record["record_id"]
        points = sorted(points_layer.getFeatures(field_equals("record_id", record_id)),
                        key=lambda f: f["seq"] or 0)
        lines = [f"<b>{record_id}</b> — {tr('area')} {record['area_m2']:,.0f} m², "
                 f"{tr('perimeter')} {record['perimeter_m']:,.0f} m",
                 "<table cellspacing='4'><tr><th>" + "</th><th>".join(
                     [tr("Point"), tr("Type"), tr("From"), tr("Bearing"), tr("Distance"),
                      tr("Latitude"), tr("Longitude")]) + "</th></tr>"]
        for f in points:
            location = f.geometry().asPoint()
            bearing = (f"{f['bearing']:g} {f['bearing_unit']} {f['bearing_ref']}"
                       if f["bearing"] else "")
            distance = f"{f['distance']:g} {f['distance_unit']}" if f["distance"] else ""
            lines.append("<tr><td>" + "</td><td>".join(
                [str(f["point_id"]), str(f["point_type"]), str(f["from_point"] or ""), bearing,
                 distance, f"{location.y():.6f}", f"{location.x():.6f}"]) + "</td></tr>")
        lines.append("</table>")
        if rows_layer is not None:
            for row in rows_layer.getFeatures(field_equals("record_id", record_id)):
                flag = " ⚠" if row["length_mismatch"] else ""
                lines.append(tr("Row {row_id}: {count} × {model} ({category}) every {spacing} m, "
                                "{length} m long").format(
                    row_id=row["row_id"], count=row["mine_count"], model=row["mine_model"],
                    category=row["mine_category"] or "?", spacing=f"{row['spacing_m']:g}",
                    length=f"{row['length_m']:.1f}") + flag + "<br>")
        self.details.setHtml("".join(lines))

    # --- preview -----------------------------------------------------------------------------
    def _file_chosen(self, path):
        self.clear_preview()
        if path:
            set_setting("records_folder", os.path.dirname(path))

    def preview_file(self, path):
        """Check `path` in a background task and show the outcome. Returns the Job (its
        result: True when the file could be read), or None when there is nothing to check."""
        self.clear_preview()
        if not path:
            self.summary.setText(tr("Choose a file first."))
            return None
        self.file_widget.setFilePath(path)

        def checked(outcome):
            self._busy(False)
            self._show_preview(path, *outcome)
            return True

        def failed(error):
            self._busy(False)
            self._show_file_error(str(error) if isinstance(error, TableError) else
                                  tr("The file could not be checked: {reason}").format(
                                      reason=error if error is not None else tr("cancelled")))
            return False
        self.job = run_function(tr("Checking minefield records"), lambda: check_file(path),
                                checked, failed)
        self._busy(True, tr("Checking {name}…").format(name=os.path.basename(path)),
                   measured=False)
        return self.job

    def _show_file_error(self, message):
        self.summary.setText(message)
        tell(self.iface, message, Qgis.MessageLevel.Critical, 0)

    def _show_preview(self, path, table, result, digest):
        self.path = path
        self.result = result
        self.checked_digest = digest
        lines = preview_rows(result)
        self.table.setRowCount(len(lines))
        for index, (row, record_id, point_id, _type, status, reason) in enumerate(lines):
            cells = [str(row), record_id, point_id, tr(STATUS_LABELS[status]), reason]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(STATUS_COLOURS[status]))
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        warned = sum(1 for r in result.records if r.warnings)
        self.summary.setText(tr("{good} records ready ({warned} with warnings), {bad} rejected "
                                "with {rows} rows: see the reasons below.").format(
            good=len(result.records), warned=warned, bad=len(result.rejected_record_ids),
            rows=len(result.rejected)))
        self.import_button.setEnabled(bool(result.records))
        self.errors_button.setEnabled(bool(result.rejected))
        self._draw(result)

    def _draw(self, result):
        self.preview.show(result.records)

    @property
    def bands(self):
        return self.preview.bands

    def clear_preview(self):
        self.preview.clear()
        self.result = None
        self.table.setRowCount(0)
        self.import_button.setEnabled(False)
        self.errors_button.setEnabled(False)

    def _zoom_to_selected_record(self):
        if not self.result or not self.table.selectedItems():
            return
        record_id = self.table.item(self.table.currentRow(), 1).text()
        record = next((r for r in self.result.records if r.record_id == record_id), None)
        if record is None:
            return
        ring = [QgsPointXY(p.lon, p.lat) for p in record.points]
        geometry = QgsGeometry.fromMultiPointXY(ring)
        geometry.transform(QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            self.iface.mapCanvas().mapSettings().destinationCrs(), QgsProject.instance()))
        extent = geometry.boundingBox()
        extent.scale(1.5)
        self.iface.mapCanvas().setExtent(extent)
        self.iface.mapCanvas().refresh()

    # --- import ------------------------------------------------------------------------------
    def import_records(self, on_duplicate="reject"):
        """Import the checked file in a background task. Returns the Job (its result: True
        when imported), or False when nothing can be imported."""
        if not self.result or not self.result.records:
            return False
        if not self.dock.database:
            tell(self.iface, tr(
                "Open or create a project database first (Database section)."),
                Qgis.MessageLevel.Warning, 8)
            return False
        # what is imported must be what was checked: a file saved again since is refused
        try:
            unchanged = record_files.file_digest(self.path) == self.checked_digest
        except OSError:
            unchanged = False
        if not unchanged:
            message = tr("{name} has changed (or gone) since it was checked; nothing was "
                         "imported. Check it again.").format(name=os.path.basename(self.path))
            self.summary.setText(message)
            tell(self.iface, message, Qgis.MessageLevel.Warning, 8)
            return False
        # straight into the database: the preview already showed every row and reason
        parameters = {"INPUT": self.path, "TARGET_CRS": "EPSG:4326",
                      "DATABASE": self.dock.database, "ON_DUPLICATE": on_duplicate}
        self.job = run_algorithm(
            self.iface, "mineaction:importminefieldrecords", parameters,
            lambda results: self._import_finished(True, results),
            on_failure=lambda: self._import_finished(False, {}),
            progress=self.progress.setValue)
        self._busy(True, tr("Importing into {name}…").format(
            name=os.path.basename(self.dock.database)), measured=True)
        return self.job

    def _import_finished(self, ok, results):
        self._busy(False)
        if not ok:
            self.summary.setText(tr("Nothing was imported: {reason}").format(
                reason=tr("the import failed or was cancelled (details in the log)")))
            return False
        imported = int(results.get("RECORDS_IMPORTED", 0))
        rejected = int(results.get("RECORDS_REJECTED", 0))
        message = tr("{good} records imported into the database; {bad} rejected.").format(
            good=imported, bad=rejected)
        self.summary.setText(message)
        tell(self.iface, message,
             Qgis.MessageLevel.Success, 8)
        records = [r.record_id for r in self.result.records] if self.result else []
        self.clear_preview()
        self.records_changed(records)
        return True

    def records_changed(self, record_ids):
        """After a write: show the new state of the record layers and go to the records."""
        reload_layers("minefield_records", "record_points", "mine_rows")
        self.dock.refresh_counts()
        self.zoom_to_records(record_ids)

    def zoom_to_records(self, record_ids):
        layer = loaded_layer("minefield_records")
        if layer is None or not record_ids:
            return
        extent = QgsRectangle()
        for feature in layer.getFeatures(field_in("record_id", record_ids)):
            extent.combineExtentWith(feature.geometry().boundingBox())
        if extent.isEmpty():
            return
        transform = QgsCoordinateTransform(layer.crs(),
                                           self.iface.mapCanvas().mapSettings().destinationCrs(),
                                           QgsProject.instance())
        extent = transform.transformBoundingBox(extent)
        extent.scale(1.2)
        self.iface.mapCanvas().setExtent(extent)
        self.iface.mapCanvas().refresh()

    def cancel(self):
        if self.job is not None:
            self.job.cancel()

    def _busy(self, busy, text="", measured=False):
        """While a check (no measure of progress) or an import (percent) runs."""
        self.progress.setVisible(busy)
        self.progress.setRange(0, 100 if busy and measured else 0)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(busy)
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and bool(self.result and self.result.records))
        if text:
            self.summary.setText(text)

    # --- files -------------------------------------------------------------------------------
    def save_rejected(self, path=None):
        """Write the rejected rows (original values plus row and reason) to a CSV file."""
        if not self.result or not self.result.rejected:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save rejected rows"),
                                                  setting("records_folder", ""),
                                                  tr("CSV (*.csv)"))
            if not path:
                return None
        columns = [h for h in self.result.headers if h]
        write_table(path, "rejected", ["row", "problem", "problem_field"] + columns,
                    [[row, reasons, fields] + [values.get(c.strip().lower(), "") for c in columns]
                     for row, values, _record_id, fields, reasons in self.result.rejected],
                    encoding="utf-8-sig")
        tell(self.iface, tr(
            "{count} rejected rows saved to {path}.").format(count=len(self.result.rejected),
             path=path),
            Qgis.MessageLevel.Success, 6)
        return path

    def save_template(self, folder=None):
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Save blank template in"),
                                                      setting("records_folder", ""))
            if not folder:
                return None
        paths = record_files.write_template(folder)
        tell(self.iface, tr(
            "Templates saved: {files}").format(files=", ".join(paths)),
            Qgis.MessageLevel.Success, 6)
        return paths
