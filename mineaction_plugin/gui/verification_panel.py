"""The dock's "Verification" section: check minefield records against the finds, read the
verdicts, see one record as written against where the mines are, apply or revert its correction,
and the programme figure. Every write is mineaction:verifyrecords / correctrecords."""
import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..adapters.record_evidence import explain_record
from ..core.i18n import N_, tr
from ..core.verification_summary import VERDICTS
from ..data.checks_store import latest_checks
from ..data.layers import loaded_layer, reload_layers
from ..toolbelt import tell
from .background import Latest, run_algorithm, run_function
from .record_preview import RecordPreview

# Okabe–Ito colours: told apart with every common colour-vision deficiency
STATUS_COLOURS = {"reliable": "#009E73", "explained": "#0072B2", "partly": "#E69F00",
                  "unreliable": "#D55E00", "unverified": "#999999"}
STATUS_LABELS = {"reliable": N_("Reliable"), "explained": N_("Explained"),
                 "partly": N_("Partly"), "unreliable": N_("Unreliable"),
                 "unverified": N_("Unverified")}
SCOPES = (("map", N_("records on the map")), ("selected", N_("selected records")),
          ("all", N_("all records")))
COLUMNS = (N_("Record"), N_("Status"), N_("Reading / cause"), N_("Shift (m)"), N_("Matched"))


class VerificationPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.checks = []
        self.job = None
        self.refreshes = Latest()
        canvas = iface.mapCanvas()
        self.as_written = RecordPreview(canvas, "#555555", with_rows=True, point_size=4)
        self.corrected = RecordPreview(canvas, "#0072B2", with_rows=True, point_size=4)
        self.marks = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.scope = QComboBox()
        for code, label in SCOPES:
            self.scope.addItem(tr(label), code)
        self.check_button = QPushButton(tr("&Check records"))
        self.check_button.setToolTip(tr("Check the records against the finds and the cleared "
                                        "land (mineaction:verifyrecords)"))
        self.check_button.clicked.connect(lambda: self.check())
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.job and self.job.cancel())
        row.addWidget(self.scope, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Apply correction"))
        self.apply_button.setToolTip(tr("Move the selected explained records to where the finds "
                                        "show them (the form is kept; Revert undoes it)"))
        self.apply_button.clicked.connect(lambda: self.correct(revert=False))
        self.revert_button = QPushButton(tr("Re&vert"))
        self.revert_button.clicked.connect(lambda: self.correct(revert=True))
        self.move_hazards = QCheckBox(tr("hazards too"))
        self.move_hazards.setToolTip(tr("Also move the hazards made from these records (land "
                                        "release never moves)"))
        for widget in (self.apply_button, self.revert_button, self.move_hazards):
            row.addWidget(widget)
        layout.addLayout(row)
        self.figure = QLabel()
        self.figure.setWordWrap(True)
        layout.addWidget(self.figure)
        summary = QPushButton(tr("&Summary table…"))
        summary.setToolTip(tr("Records verified and the shares reliable, explained, partly and "
                              "unreliable, by district (CSV or Excel)"))
        summary.clicked.connect(lambda: self.export_summary())
        layout.addWidget(summary)
        layout.addStretch(1)
        self._buttons()

    # --- checking -----------------------------------------------------------------------
    def record_ids(self):
        """The records the scope names: [] means all of them; None: none to check."""
        scope = self.scope.currentData()
        if scope == "all":
            return []
        layer = loaded_layer("minefield_records")
        if layer is None:
            return None
        if scope == "selected":
            features = layer.selectedFeatures()
        else:
            canvas = self.iface.mapCanvas()
            extent = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), layer.crs(),
                                            QgsProject.instance()).transformBoundingBox(
                                                canvas.extent())
            features = layer.getFeatures(QgsFeatureRequest().setFilterRect(extent))
        ids = sorted({f["record_id"] for f in features})
        return ids or None

    def check(self):
        """Run mineaction:verifyrecords on the scope in the background; returns the Job."""
        if not self.dock.database:
            return None
        ids = self.record_ids()
        if ids is None:
            tell(self.iface, tr("No minefield record is {scope}.").format(
                scope=self.scope.currentText()), Qgis.MessageLevel.Info, 6)
            return None
        self._busy(True)
        self.job = run_algorithm(self.iface, "mineaction:verifyrecords", {
            "DATABASE": self.dock.database, "RECORD_IDS": ",".join(ids)}, self._checked,
            on_failure=lambda: self._busy(False), progress=self.progress.setValue)
        return self.job

    def _checked(self, results):
        self._busy(False)
        reload_layers("minefield_records", "record_checks")
        self.dock.refresh_counts()
        tell(self.iface, tr("{count} records checked: {reliable} reliable, {explained} "
                            "explained, {partly} partly, {unreliable} unreliable, "
                            "{unverified} unverified.").format(
                                count=int(results["CHECKED"]),
                                **{s: int(results[s.upper()]) for s in STATUS_COLOURS}),
             Qgis.MessageLevel.Success, 8)
        return self.refresh()

    def _busy(self, busy):
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.check_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    # --- the table and the figure ---------------------------------------------------------
    def refresh(self):
        """Read the latest checks and the programme figure in the background; returns the Job."""
        if not self.dock.database:
            return None
        database = self.dock.database
        return self.refreshes.run(lambda: run_function(
            tr("Reading record checks"), lambda: latest_checks(database), self._show))

    def _show(self, checks):
        order = {s: i for i, s in enumerate(STATUS_COLOURS)}
        self.checks = sorted(checks, key=lambda c: (order.get(c["status"], 9), c["record_id"]))
        self.table.setRowCount(len(self.checks))
        for index, check in enumerate(self.checks):
            status = check["status"]
            reading = check["reading"] or ""
            if status == "explained" and check["likely_cause"]:
                reading = f"{reading} — {tr(check['likely_cause'])}"
            if check["corrected_by"]:
                reading += " " + tr("(corrected)")
            values = (check["record_id"], tr(STATUS_LABELS[status]), reading,
                      "" if check["shift_m"] is None else f"{check['shift_m']:.1f}",
                      f"{check['matched'] or 0}/{check['expected_mines'] or 0}")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setBackground(QColor(STATUS_COLOURS[status]))
                    item.setForeground(QColor("white" if status != "unverified" else "black"))
                self.table.setItem(index, column, item)
        self._figure()
        self._buttons()
        return len(self.checks)

    def _figure(self):
        verified = [c for c in self.checks if c["status"] in VERDICTS]
        if not self.checks:
            self.figure.setText(tr("No record has been checked yet."))
            return
        shares = ", ".join(
            tr("{share}% {status}").format(
                share=round(100 * sum(c["status"] == s for c in verified) / len(verified)),
                status=tr(STATUS_LABELS[s]).lower()) for s in VERDICTS) if verified else ""
        self.figure.setText(tr("{verified} of {checked} checked records verified. {shares}")
                            .format(verified=len(verified), checked=len(self.checks),
                                    shares=shares))

    def selected_checks(self):
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.checks[r] for r in rows if r < len(self.checks)]

    def _buttons(self):
        chosen = self.selected_checks()
        self.apply_button.setEnabled(any(c["status"] == "explained" for c in chosen))
        self.revert_button.setEnabled(any(c["corrected_by"] for c in chosen))

    # --- one record on the map --------------------------------------------------------------
    def _selected(self):
        self._buttons()
        chosen = self.selected_checks()
        if len(chosen) == 1:
            self.show_record(chosen[0]["record_id"])
        else:
            self.clear_drawing()

    def show_record(self, record_id):
        """Check one record afresh in the background and draw it; returns the Job."""
        database = self.dock.database
        context = QgsProject.instance().transformContext()
        return run_function(tr("Checking {record}").format(record=record_id),
                            lambda: explain_record(database, record_id, None, context),
                            self._draw)

    def _draw(self, explained):
        self.clear_drawing()
        if explained is None or explained.recorded is None:
            return None
        verdict = explained.verdict
        self._wgs84_to_canvas = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            self.iface.mapCanvas().mapSettings().destinationCrs(), QgsProject.instance())
        self.as_written.show([explained.recorded], only_when_outside=False)
        if explained.corrected is not None and verdict.status == "explained":
            self.corrected.colour = QColor(STATUS_COLOURS["explained"])
            self.corrected.show([explained.corrected], only_when_outside=True)
            start = explained.recorded.points[0]
            end = explained.corrected.points[0]
            self._arrow((start.lon, start.lat), (end.lon, end.lat))
        self._finds(explained)
        text = tr("{record}: {status}").format(record=verdict.record_id,
                                              status=tr(STATUS_LABELS[verdict.status]))
        if verdict.reading:
            text += " — " + tr("reading {reading}, shift {shift} m towards {bearing}°, "
                               "rotation {rotation}°, scale {scale}; {matched} of "
                               "{expected} mines matched (RMS {rms} m)").format(
                reading=verdict.reading, shift=f"{verdict.shift_m or 0:.1f}",
                bearing=f"{verdict.shift_bearing_deg or 0:.0f}",
                rotation=f"{verdict.rotation_deg or 0:.2f}", scale=f"{verdict.scale or 1:.3f}",
                matched=verdict.matched, expected=verdict.expected_mines,
                rms=f"{verdict.rms_m or 0:.2f}")
        if verdict.notes:
            text += ". " + verdict.notes
        self.detail.setText(text)
        return verdict

    def _finds(self, explained):
        verdict, evidence = explained.verdict, explained.evidence
        if evidence is None or verdict.best is None or verdict.best.fit is None:
            return
        matched = set(int(i) for i in verdict.best.fit.pairs[:, 1])
        lat, lon = evidence.plane.to_latlon(verdict.considered_xy)
        for found, colour in ((True, "#009E73"), (False, "#D55E00")):
            band = self._band(QgsWkbTypes.GeometryType.PointGeometry, colour)
            band.setIconSize(7)
            band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE if found else
                         QgsRubberBand.IconType.ICON_X)
            for index, (y, x) in enumerate(zip(lat, lon)):
                if (index in matched) == found:
                    band.addPoint(self._to_canvas(x, y), False)
            band.updatePosition()

    def _arrow(self, start, end):
        band = self._band(QgsWkbTypes.GeometryType.LineGeometry, "#0072B2")
        band.setWidth(3)
        a, b = self._to_canvas(*start), self._to_canvas(*end)
        band.addGeometry(QgsGeometry.fromPolylineXY([a, b]), None)
        length = a.distance(b)
        if length > 0:       # the head: two strokes back from the tip at ±25°
            angle = math.atan2(b.y() - a.y(), b.x() - a.x())
            for turn in (math.radians(155), math.radians(-155)):
                tip = QgsPointXY(b.x() + 0.15 * length * math.cos(angle + turn),
                                 b.y() + 0.15 * length * math.sin(angle + turn))
                band.addGeometry(QgsGeometry.fromPolylineXY([b, tip]), None)

    def _to_canvas(self, lon, lat):
        return self._wgs84_to_canvas.transform(QgsPointXY(lon, lat))

    def _band(self, kind, colour):
        band = QgsRubberBand(self.iface.mapCanvas(), kind)
        band.setColor(QColor(colour))
        self.marks.append(band)
        return band

    def clear_drawing(self):
        self.as_written.clear()
        self.corrected.clear()
        canvas = self.iface.mapCanvas()
        for band in self.marks:
            band.reset()
            canvas.scene().removeItem(band)
        self.marks = []
        self.detail.setText("")

    # --- corrections and the summary --------------------------------------------------------
    def correct(self, revert=False, record_ids=None):
        """Apply (or revert) the selected records' corrections; returns the Job."""
        if record_ids is None:
            chosen = self.selected_checks()
            record_ids = [c["record_id"] for c in chosen if
                          (c["corrected_by"] if revert else c["status"] == "explained")]
        if not record_ids:
            return None
        return run_algorithm(self.iface, "mineaction:correctrecords", {
            "DATABASE": self.dock.database, "RECORD_IDS": ",".join(record_ids),
            "REVERT": revert, "MOVE_HAZARDS": self.move_hazards.isChecked()}, self._corrected)

    def _corrected(self, results):
        reload_layers("minefield_records", "record_points", "mine_rows", "hazards")
        tell(self.iface, tr("{count} records changed, {hazards} hazards moved.").format(
            count=int(results["CHANGED"]), hazards=int(results["HAZARDS_MOVED"])),
            Qgis.MessageLevel.Success, 6)
        self.clear_drawing()
        return self.refresh()

    def export_summary(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Record verification summary"),
                                                  "record_verification.xlsx",
                                                  tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        return run_algorithm(self.iface, "mineaction:verificationsummary", {
            "DATABASE": self.dock.database, "OUTPUT": path},
            lambda results: tell(self.iface, tr("Summary written to {path}").format(
                path=results["OUTPUT"]), Qgis.MessageLevel.Success, 6) or results["OUTPUT"])
