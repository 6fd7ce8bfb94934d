"""The dock's "Marking" section: marking for selected hazards, status, inspections due."""
from datetime import date, timedelta

from qgis.core import (
    Qgis,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
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

from ..adapters.expressions import field_equals
from ..compat import attribute_text
from ..core import schema
from ..core.i18n import tr
from ..data.layers import change_attributes, loaded_layer, reload_layers
from ..styles.symbology import apply_style
from ..toolbelt import setting, tell
from .background import run_algorithm

PREVIEW_GROUP = "Marking preview"


def overdue_lines(layer, days, today=None):
    """[(marking_id, last inspection or None)] of installed lines not inspected for `days`."""
    limit = ((today or date.today()) - timedelta(days=days)).isoformat()
    due = []
    for feature in layer.getFeatures(field_equals("status", "installed")):
        text = attribute_text(feature["inspected_date"])
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
        """Marking lines and signs for the selected hazards, computed in the background into
        temporary files and shown as a preview group. Returns the Job (its result: the
        preview's (lines, signs) layers)."""
        hazards = loaded_layer("hazards")
        if hazards is None or hazards.selectedFeatureCount() == 0:
            tell(self.iface, tr(
                "Select the hazards to mark on the map first."), Qgis.MessageLevel.Info, 5)
            return None
        lines_file = QgsProcessingUtils.generateTempFilename("marking_lines.gpkg")
        signs_file = QgsProcessingUtils.generateTempFilename("marking_signs.gpkg")
        self.clear_preview()
        self.summary.setText(tr("Computing marking…"))
        self.generating = run_algorithm(self.iface, "mineaction:perimetermarking", {
            "INPUT": QgsProcessingFeatureSourceDefinition(hazards.id(), True),
            "OFFSET": self.offset.value(), "OUTPUT": lines_file},
            lambda results: self._place_signs(results["OUTPUT"], signs_file, hazards))
        return self.generating

    def _place_signs(self, lines_file, signs_file, hazards):
        # the second step is its own job; the first's Job result follows it
        job = run_algorithm(self.iface, "mineaction:markingsigns", {
            "INPUT": lines_file, "SPACING": self.spacing.value(), "HAZARDS": hazards.id(),
            "OUTPUT": signs_file}, lambda results: self._show_preview(lines_file,
                                                                      results["OUTPUT"]))
        self.generating = job
        return job

    def _show_preview(self, lines_file, signs_file):
        lines = QgsVectorLayer(lines_file, tr("Marking lines (preview)"), "ogr")
        signs = QgsVectorLayer(signs_file, tr("Signs (preview)"), "ogr")
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
        """Write the preview into the database (mineaction:savemarking, in the background).
        Returns the Job (its result: (lines saved, signs saved))."""
        if not self.preview or not self.dock.database:
            return None
        lines, signs = self.preview
        self.save_button.setEnabled(False)
        return run_algorithm(self.iface, "mineaction:savemarking", {
            "DATABASE": self.dock.database, "LINES": lines.source(), "SIGNS": signs.source(),
            "SPACING": self.spacing.value()}, self._saved,
            on_failure=lambda: self.save_button.setEnabled(True))

    def _saved(self, results):
        self.clear_preview()
        reload_layers("marking_lines", "marking_signs")
        self.dock.refresh_counts()
        saved = int(results["LINES_SAVED"]), int(results["SIGNS_SAVED"])
        self.summary.setText(tr("{lines} marking lines with {signs} signs saved (planned).")
                             .format(lines=saved[0], signs=saved[1]))
        self.refresh_due()
        return saved

    # --- status and inspections -----------------------------------------------------------
    def apply_status(self, status=None, installed=None, inspected=None, reason=None):
        layer = loaded_layer("marking_lines")
        selected = layer.selectedFeatures() if layer is not None else []
        if len(selected) != 1:
            tell(self.iface, tr(
                "Select one marking line on the map first."), Qgis.MessageLevel.Info, 5)
            return False
        from ..core.record_rows import normalise_date
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
        ordered = {name: values[name] for name in
                   ("status_reason", "installed_date", "inspected_date", "status")
                   if name in values}
        errors = change_attributes(layer, feature.id(), ordered,
                                   tr("Marking {id}").format(id=feature["marking_id"]))
        if errors:
            tell(self.iface, "; ".join(errors), Qgis.MessageLevel.Critical, 0)
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
