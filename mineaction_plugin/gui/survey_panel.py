"""The dock's "Survey" section: import a detector's output, review its detections one at a time
with the keyboard, and turn the evidence into proposals an officer accepts or rejects.

Every write is a Processing algorithm (importdetections, reviewdetections, proposehazards,
proposereduction, acceptproposals), run in the background. A review decision moves the view on
at once; its write follows in order behind it, so the next detection is drawn without waiting
for the database."""
import math
import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.detections import review_target
from ..core.i18n import N_, tr
from ..data.aerial_store import read_detections, read_proposals
from ..data.layers import reload_layers
from ..toolbelt import set_setting, setting, tell
from .background import (
    rejected_rows_file,
    run_algorithm,
    run_function,
    show_rejected_rows,
)
from .proposal_list import ProposalList

REVIEW_HALF_WIDTH_M = 15    # the canvas shows 30 m around a detection: a mine reads at 1 cm
ALL = "\u2217"              # the filter entry meaning "any"
LIMITS = N_("What aerial survey cannot see: a single object the detector missed on open "
            "ground (its recall is never 1), anything buried, anything under vegetation. A "
            "reduction candidate is land to survey (NTS/TS), never land released.")
KEYS = N_("Keys: C confirm · X reject · N or → next · B or ← back · Ctrl+Z undo")


class SurveyPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.items = []           # every detection (read_detections)
        self.shown = []           # the ones the filters let through, in review order
        self.current = None       # id of the detection on the canvas
        self.trail = []           # ids shown before, for Back
        self.decisions = []       # (id, status before, status after), for Undo
        self.pending = []         # writes waiting for the one running
        self.writing = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas = iface.mapCanvas()
        self.marker = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PointGeometry)
        self.marker.setColor(QColor("#FFD700"))
        self.marker.setIconSize(18)
        self.marker.setWidth(3)
        layout = QVBoxLayout(self)
        layout.addWidget(self._import_box())
        layout.addWidget(self._review_box())
        self.proposal_list = ProposalList(iface, dock, self._written)
        layout.addWidget(self.proposal_list)
        limits = QLabel(tr(LIMITS))
        limits.setWordWrap(True)
        layout.addWidget(limits)
        layout.addStretch(1)

    # --- building ---------------------------------------------------------------------------
    def _file_row(self, placeholder, caption, file_filter):
        row = QHBoxLayout()
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        browse = QPushButton("…")
        browse.setToolTip(caption)

        def choose():
            path, _ = QFileDialog.getOpenFileName(self, caption, "", file_filter)
            if path:
                edit.setText(path)
        browse.clicked.connect(choose)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row, edit

    def _import_box(self):
        # folded away once there is something to review: the review is the daily work
        box = self.import_box = QgsCollapsibleGroupBox(tr("Import"))
        layout = QVBoxLayout(box)
        row, self.detections_file = self._file_row(
            tr("Detections file"), tr("Detections file"),
            tr("Detections (*.geojson *.json *.csv *.gpkg *.shp);;All files (*)"))
        layout.addLayout(row)
        row, self.flights_file = self._file_row(
            tr("Flight footprints (optional)"), tr("Flight footprints (optional)"),
            tr("Footprints (*.geojson *.json *.gpkg *.shp);;All files (*)"))
        layout.addLayout(row)
        self.import_button = QPushButton(tr("&Import detections"))
        self.import_button.clicked.connect(lambda: self.import_detections())
        layout.addWidget(self.import_button)
        return box

    def _review_box(self):
        box = QGroupBox(tr("Review"))
        layout = QVBoxLayout(box)
        filters = QHBoxLayout()
        self.flight_filter = QComboBox()
        self.class_filter = QComboBox()
        self.min_confidence = QDoubleSpinBox()
        self.min_confidence.setRange(0.0, 1.0)
        self.min_confidence.setSingleStep(0.05)
        self.min_confidence.setPrefix("≥ ")
        self.min_confidence.setToolTip(tr("Lowest confidence shown"))
        for widget, tip in ((self.flight_filter, tr("Flight")),
                            (self.class_filter, tr("Detected class"))):
            widget.setToolTip(tip)
            widget.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.min_confidence.valueChanged.connect(lambda _: self.apply_filters())
        filters.addWidget(self.flight_filter, 2)
        filters.addWidget(self.class_filter, 2)
        filters.addWidget(self.min_confidence, 1)
        layout.addLayout(filters)
        self.counter = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(0)
        for widget in (self.counter, self.detail, self.image):
            layout.addWidget(widget)
        row, self.images_folder = self._file_row(tr("Folder of the images (for relative "
                                                    "image_ref)"), tr("Images folder"), "")
        self.images_folder.setText(setting("images_folder", ""))
        self.images_folder.editingFinished.connect(
            lambda: set_setting("images_folder", self.images_folder.text()))
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(tr("&Confirm (C)"))
        self.reject_button = QPushButton(tr("Re&ject (X)"))
        self.back_button = QPushButton(tr("← &Back"))
        self.next_button = QPushButton(tr("&Next →"))
        self.undo_button = QPushButton(tr("&Undo"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.back_button.clicked.connect(lambda: self.back())
        self.next_button.clicked.connect(lambda: self.next())
        self.undo_button.clicked.connect(lambda: self.undo())
        for button in (self.confirm_button, self.reject_button, self.back_button,
                       self.next_button, self.undo_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        keys = QLabel(tr(KEYS))
        keys.setWordWrap(True)
        layout.addWidget(keys)
        return box

    # --- reading ----------------------------------------------------------------------------
    def refresh(self):
        """Read the detections and the proposals again (in the background)."""
        database = self.dock.database
        if not database:
            return None

        def loaded(value):
            self.items, self.proposal_list.proposals = value
            self.import_box.setCollapsed(bool(self.items))
            self._fill_filters()
            self.apply_filters(keep=self.current)
            self.proposal_list.fill()
            return True
        return run_function(tr("Reading the aerial survey"),
                            lambda: (read_detections(database), read_proposals(database)),
                            loaded, lambda error: error and tell(
                                self.iface, str(error), Qgis.MessageLevel.Critical, 0))

    def _fill_filters(self):
        for combo, key in ((self.flight_filter, "flight"), (self.class_filter, "class")):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(ALL + " " + (tr("Flight") if key == "flight" else
                                       tr("Detected class")), None)
            for value in sorted({i[key] for i in self.items if i[key]}):
                combo.addItem(value, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def apply_filters(self, keep=None):
        flight, cls = self.flight_filter.currentData(), self.class_filter.currentData()
        lowest = self.min_confidence.value()
        self.shown = [i for i in self.items
                      if (flight is None or i["flight"] == flight)
                      and (cls is None or i["class"] == cls)
                      and (i["confidence"] or 0) >= lowest - 1e-9]
        self.by_id = {i["id"]: i for i in self.items}
        self.trail = []
        order = [i["id"] for i in self.shown]
        if keep in order and self.by_id[keep]["status"] == "unreviewed":
            self.show(keep)
        else:
            self.show(review_target({i["id"]: i["status"] for i in self.shown}, None, order))

    # --- reviewing --------------------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Z and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.undo()
        elif key == Qt.Key.Key_C:
            self.decide("confirmed")
        elif key == Qt.Key.Key_X:
            self.decide("rejected")
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Left):
            self.back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def next(self):
        order = [i["id"] for i in self.shown]
        target = review_target({i["id"]: i["status"] for i in self.shown}, self.current, order)
        if target is None and order:   # nothing left unreviewed: walk on through all of them
            at = order.index(self.current) if self.current in order else -1
            target = order[(at + 1) % len(order)]
        if self.current is not None and target != self.current:
            self.trail.append(self.current)
        self.show(target)

    def back(self):
        if self.trail:
            self.show(self.trail.pop())

    def decide(self, status):
        if self.current is None:
            return
        item = self.by_id[self.current]
        before = item["status"]
        if before != status:
            item["status"] = status
            self.decisions.append((item["id"], before, status))
            self._write(item["id"], status, tr("reviewed in the dock"))
        self.next()

    def undo(self):
        if not self.decisions:
            return
        ident, before, _ = self.decisions.pop()
        self.by_id[ident]["status"] = before
        self._write(ident, before, tr("undone in the dock"))
        if self.current is not None and self.current != ident:
            self.trail.append(self.current)
        self.show(ident)

    def _write(self, ident, status, reason):
        self.pending.append({"DATABASE": self.dock.database, "DETECTION_IDS": ident,
                             "STATUS": status, "REASON": reason})
        self._write_next()

    def _write_next(self):
        if self.writing is not None and not self.writing.done or not self.pending:
            return
        parameters = self.pending.pop(0)

        def failed():   # the database did not take it: read what it holds again
            self.pending.clear()
            self.refresh()
        self.writing = run_algorithm(
            self.iface, "mineaction:reviewdetections", parameters,
            lambda _: reload_layers("aerial_detections", "status_history"), failed)
        self.writing.then(lambda _: self._write_next())   # once it is done, the next one

    def writes_done(self):
        """True when every decision made has been written (tests and scripts wait on it)."""
        return not self.pending and (self.writing is None or self.writing.done)

    def show(self, ident):
        """Draw one detection: the canvas centred on it at a close scale, its figures, its
        image when there is one on this computer."""
        self.current = ident
        reviewed = sum(i["status"] != "unreviewed" for i in self.shown)
        self.counter.setText(tr("{reviewed} of {total} reviewed").format(
            reviewed=reviewed, total=len(self.shown)))
        self.marker.reset(QgsWkbTypes.GeometryType.PointGeometry)
        for button in (self.confirm_button, self.reject_button):
            button.setEnabled(ident is not None)
        if ident is None:
            self.detail.setText(tr("No detection to review here.") if not self.shown else
                                tr("Every detection shown is reviewed."))
            self.image.clear()
            return
        item = self.by_id[ident]
        self.detail.setText(tr("{id} · {cls} · confidence {confidence} · flight {flight} · "
                               "{status}").format(
            id=ident, cls=item["class"] or "–",
            confidence="–" if item["confidence"] is None else f"{item['confidence']:.2f}",
            flight=item["flight"] or "–",
            status=tr(schema.code_label("review_status", item["status"]))))
        self._show_image(item["image"])
        if item["lon"] is None:
            return
        canvas = self.iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        point = to_canvas.transform(QgsPointXY(item["lon"], item["lat"]))
        # the half width in the canvas's units, from a point that far east on the ground
        east = to_canvas.transform(QgsPointXY(
            item["lon"] + REVIEW_HALF_WIDTH_M / (111_320 * math.cos(math.radians(item["lat"]))),
            item["lat"]))
        half = max(point.distance(east), 1e-9)
        canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half,
                                      point.y() + half))
        canvas.refresh()
        self.marker.addPoint(point)

    def _show_image(self, reference):
        path = reference or ""
        if path and not os.path.isabs(path):
            path = os.path.join(self.images_folder.text() or "", path)
        if reference and os.path.isfile(path):
            pixmap = QPixmap(path)
            if not pixmap.isNull():
                self.image.setPixmap(pixmap.scaled(
                    360, 240, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                return
        self.image.setText(tr("Image: {ref} (not on this computer)").format(ref=reference)
                           if reference else "")

    # --- importing and proposing --------------------------------------------------------------
    def import_detections(self):
        path = self.detections_file.text().strip()
        if not self.dock.database or not path:
            tell(self.iface, tr("Open a project database and choose the detections file."))
            return None
        parameters = {"INPUT": path, "DATABASE": self.dock.database,
                      "FLIGHTS": self.flights_file.text().strip() or None,
                      "ERRORS": rejected_rows_file("detections_rejected")}

        def done(results):
            tell(self.iface, tr("{good} detections and {flights} flights imported, {bad} rows "
                                "rejected (listed in Errors).").format(
                good=results["IMPORTED"], flights=results["FLIGHTS_IMPORTED"],
                bad=results["REJECTED"]))
            if results["REJECTED"]:
                show_rejected_rows(results.get("ERRORS"), tr("Detections rejected"))
            self._written()
            return results
        return run_algorithm(self.iface, "mineaction:importdetections", parameters, done)

    def _written(self, results=None):
        reload_layers("survey_flights", "aerial_detections", "hazard_proposals", "hazards",
                      "status_history")
        self.dock.refresh_counts()
        self.refresh()
        return results

