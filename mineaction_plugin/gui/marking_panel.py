"""The dock's "Marking" section: marking for selected hazards, status, inspections due."""
from datetime import date, timedelta

from qgis.core import Qgis, QgsProcessingFeatureSourceDefinition, QgsProject
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..adapters.qgis_geodesy import geometry_blob
from ..core import schema
from ..core.i18n import tr
from ..data import geopackage, marking_store
from ..data.layers import loaded_layer
from ..styles.symbology import apply_style
from ..toolbelt import setting, tell

PREVIEW_GROUP = "Marking preview"


def _bounds(geometry):
    box = geometry.boundingBox()
    return (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())


def overdue_lines(layer, days, today=None):
    """[(marking_id, last inspection or None)] of installed lines not inspected for `days`."""
    limit = ((today or date.today()) - timedelta(days=days)).isoformat()
    due = []
    for feature in layer.getFeatures('"status" = \'installed\''):
        inspected = feature["inspected_date"]
        text = inspected.toString("yyyy-MM-dd") if hasattr(inspected, "toString") else \
            (str(inspected) if inspected not in (None, "") and str(inspected) != "NULL" else "")
        if not text or text < limit:
            due.append((str(feature["marking_id"]), text or None))
    return sorted(due)


class MarkingPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.preview = None
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.offset = QDoubleSpinBox()
        self.offset.setRange(0.5, 500)
        self.offset.setValue(5)
        self.offset.setSuffix(" m")
        self.spacing = QDoubleSpinBox()
        self.spacing.setRange(1, 1000)
        self.spacing.setValue(50)
        self.spacing.setSuffix(" m")
        grid.addWidget(QLabel(tr("Offset outside the hazard")), 0, 0)
        grid.addWidget(self.offset, 0, 1)
        grid.addWidget(QLabel(tr("Largest gap between signs")), 1, 0)
        grid.addWidget(self.spacing, 1, 1)
        layout.addLayout(grid)
        row = QHBoxLayout()
        generate = QPushButton(tr("&Preview for selected hazards"))
        generate.clicked.connect(lambda: self.generate())
        self.save_button = QPushButton(tr("Sa&ve marking"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(generate)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        draw = QPushButton(tr("Draw &line"))
        draw.clicked.connect(lambda: self.dock.digitizing.start("marking_lines"))
        signs = QPushButton(tr("Place si&gns"))
        signs.clicked.connect(lambda: self.dock.digitizing.start("marking_signs"))
        row.addWidget(draw)
        row.addWidget(signs)
        layout.addLayout(row)

        layout.addWidget(QLabel(tr("Status of the line selected on the map:")))
        row = QHBoxLayout()
        self.status = QComboBox()
        for code, label in schema.CODE_LISTS["marking_status"].items():
            self.status.addItem(tr(label), code)
        self.installed = QLineEdit()
        self.installed.setPlaceholderText(tr("installed YYYY-MM-DD"))
        self.inspected = QLineEdit()
        self.inspected.setPlaceholderText(tr("inspected YYYY-MM-DD"))
        apply = QPushButton(tr("A&pply"))
        apply.clicked.connect(lambda: self.apply_status())
        for widget in (self.status, self.installed, self.inspected, apply):
            row.addWidget(widget)
        layout.addLayout(row)
        self.due_label = QLabel()
        layout.addWidget(self.due_label)
        self.due = QListWidget()
        self.due.setMaximumHeight(100)
        layout.addWidget(self.due)

    # --- generating ---------------------------------------------------------------------------
    def generate(self):
        hazards = loaded_layer("hazards")
        if hazards is None or hazards.selectedFeatureCount() == 0:
            tell(self.iface, tr(
                "Select the hazards to mark on the map first."), Qgis.MessageLevel.Info, 5)
            return None
        import processing
        selected = QgsProcessingFeatureSourceDefinition(hazards.id(), True)
        lines = processing.run("mineaction:perimetermarking", {
            "INPUT": selected, "OFFSET": self.offset.value(),
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        signs = processing.run("mineaction:markingsigns", {
            "INPUT": lines, "SPACING": self.spacing.value(), "HAZARDS": hazards,
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        self.clear_preview()
        lines.setName(tr("Marking lines (preview)"))
        signs.setName(tr("Signs (preview)"))
        apply_style(lines, "marking_lines")
        apply_style(signs, "marking_signs")
        project = QgsProject.instance()
        project.addMapLayers([signs, lines], False)
        group = project.layerTreeRoot().insertGroup(0, tr(PREVIEW_GROUP))
        group.addLayer(signs)
        group.addLayer(lines)
        self.preview = (lines, signs)
        length = sum(f["length_m"] for f in lines.getFeatures())
        self.summary.setText(tr("{lines} lines, {km} km, {signs} signs: look at them, then "
                                "save.").format(lines=lines.featureCount(),
                                                km=f"{length / 1000:,.2f}",
                                                signs=signs.featureCount()))
        self.save_button.setEnabled(True)
        return self.preview

    def clear_preview(self):
        project = QgsProject.instance()
        if self.preview:
            for layer in self.preview:
                if project.mapLayer(layer.id()) is not None:
                    project.removeMapLayer(layer.id())
        group = project.layerTreeRoot().findGroup(tr(PREVIEW_GROUP))
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        self.preview = None
        self.save_button.setEnabled(False)

    def save(self):
        if not self.preview or not self.dock.database:
            return None
        lines, signs = self.preview
        by_line = {}
        for sign in signs.getFeatures():
            by_line.setdefault(sign["marking_id"], []).append(
                (geometry_blob(sign.geometry()), _bounds(sign.geometry()), sign["sign_type"],
                 sign["facing_deg"]))
        records = [(geometry_blob(line.geometry()), _bounds(line.geometry()),
                    str(line["hazard_id"]).split(","), line["length_m"],
                    by_line.get(line["marking_id"], [])) for line in lines.getFeatures()]
        try:
            written = marking_store.save_marking(self.dock.database, records,
                                                 sign_spacing=self.spacing.value())
        except geopackage.DatabaseError as error:
            self.summary.setText(str(error))
            return None
        self.clear_preview()
        for name in ("marking_lines", "marking_signs"):
            layer = loaded_layer(name)
            if layer is not None:
                layer.reload()
                layer.triggerRepaint()
        self.dock.refresh_counts()
        self.summary.setText(tr("{lines} marking lines with {signs} signs saved (planned).")
                             .format(lines=len(written), signs=sum(n for _, n in written)))
        self.refresh_due()
        return written

    # --- status and inspections -----------------------------------------------------------
    def apply_status(self, status=None, installed=None, inspected=None, reason=None):
        layer = loaded_layer("marking_lines")
        selected = layer.selectedFeatures() if layer is not None else []
        if len(selected) != 1:
            tell(self.iface, tr(
                "Select one marking line on the map first."), Qgis.MessageLevel.Info, 5)
            return False
        from ..core.records import normalise_date
        values = {"status": status or self.status.currentData(), "status_reason": reason}
        for name, text in (("installed_date", installed if installed is not None
                            else self.installed.text()),
                           ("inspected_date", inspected if inspected is not None
                            else self.inspected.text())):
            if text and text.strip():
                iso = normalise_date(text.strip())
                if iso is None:
                    tell(self.iface, tr(
                        "{field}: '{value}' is not a date (write YYYY-MM-DD).").format(
                            field=name, value=text), Qgis.MessageLevel.Warning, 6)
                    return False
                values[name] = iso
        feature = selected[0]
        if not layer.isEditable():
            layer.startEditing()
        layer.beginEditCommand(tr("Marking {id}").format(id=feature["marking_id"]))
        for name in ["status_reason", "installed_date", "inspected_date", "status"]:
            if name in values:
                layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name),
                                           values[name])
        layer.endEditCommand()
        if not layer.commitChanges():
            tell(self.iface, "; ".join(
                layer.commitErrors()), Qgis.MessageLevel.Critical, 0)
            layer.rollBack()
            return False
        self.refresh_due()
        return True

    def refresh_due(self):
        layer = loaded_layer("marking_lines")
        self.due.clear()
        if layer is None:
            return []
        days = setting("inspection_interval_days")
        due = overdue_lines(layer, days)
        self.due_label.setText(tr("Installed lines not inspected for {days} days: {count}")
                               .format(days=days, count=len(due)))
        for marking_id, last in due:
            item = QListWidgetItem(f"{marking_id} — {last or tr('never inspected')}")
            item.setForeground(QColor("#A94442"))
            self.due.addItem(item)
        return due
