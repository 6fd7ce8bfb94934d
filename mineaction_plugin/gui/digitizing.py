"""Drawing hazards and finds on the map with QGIS's own tools, and what the plugin adds to it.

QGIS's digitizing (snapping, undo, the attribute form) does the drawing; the assistant fills in
what the officer should not have to type and checks what must not be saved unnoticed:
- a new hazard gets the next id of its district's pattern, an invalid polygon is repaired only
  with the officer's consent (else removed), overlap with another open hazard is flagged;
- a new find gets an id and the activity, hazard and district under it, and is flagged when it
  lies outside every activity polygon.
"""
import re

from qgis.core import Qgis, QgsFeatureRequest, QgsProject, QgsSnappingConfig, QgsTolerance
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QMessageBox

from ..compat import attribute_text
from ..core import hazard_ids, schema, task_sheet
from ..core.i18n import tr
from ..core.identifiers import next_id
from ..data.layers import loaded_layer
from ..toolbelt import setting, tell

_text = attribute_text


class DigitizingAssistant(QObject):

    def __init__(self, iface, confirm_repair=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.confirm_repair = confirm_repair or self._ask_repair
        self.watched = []
        self.busy = False

    # --- wiring ---------------------------------------------------------------------------
    def watch(self):
        """Follow the loaded hazards and eo_finds layers (again after a database is opened)."""
        self.unwatch()
        hazards, finds = loaded_layer("hazards"), loaded_layer("eo_finds")
        if hazards is not None:
            hazards.featureAdded.connect(self._hazard_added)
            hazards.geometryChanged.connect(self._hazard_reshaped)
            self.watched.append((hazards, self._hazard_added, self._hazard_reshaped))
        if finds is not None:
            finds.featureAdded.connect(self._find_added)
            self.watched.append((finds, self._find_added, None))
        releases = loaded_layer("land_release")
        if releases is not None:
            releases.featureAdded.connect(self._release_added)
            self.watched.append((releases, self._release_added, None))
        tasks = loaded_layer("tasks")
        if tasks is not None:
            tasks.featureAdded.connect(self._task_added)
            self.watched.append((tasks, self._task_added, None))

    def unwatch(self):
        for layer, added, changed in self.watched:
            try:
                layer.featureAdded.disconnect(added)
                if changed is not None:
                    layer.geometryChanged.disconnect(changed)
            except (TypeError, RuntimeError):
                pass
        self.watched = []

    def start(self, name):
        """Make `name` the active layer in edit mode, snap to hazards and records, add."""
        layer = loaded_layer(name)
        if layer is None:
            self._say(tr("Open a project database first."), Qgis.MessageLevel.Warning)
            return False
        self.watch()
        self.iface.setActiveLayer(layer)
        if not layer.isEditable():
            layer.startEditing()
        config = QgsSnappingConfig(QgsProject.instance())
        config.setEnabled(True)
        config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
        config.setIntersectionSnapping(True)
        for target in ("hazards", "minefield_records", "land_release"):
            snapped = loaded_layer(target)
            if snapped is not None:
                settings = QgsSnappingConfig.IndividualLayerSettings(
                    True, QgsSnappingConfig.SnappingType.VertexAndSegment, 12,
                    QgsTolerance.UnitType.Pixels)
                config.setIndividualLayerSettings(snapped, settings)
        QgsProject.instance().setSnappingConfig(config)
        self.iface.actionAddFeature().trigger()
        return True

    # --- hazards --------------------------------------------------------------------------------
    def _hazard_added(self, fid):
        layer = self.sender() or loaded_layer("hazards")
        self.check_hazard(layer, fid, new=True)

    def _hazard_reshaped(self, fid, geometry):
        if not self.busy:
            self.check_hazard(self.sender() or loaded_layer("hazards"), fid, new=False)

    def check_hazard(self, layer, fid, new):
        if self.busy:
            return
        self.busy = True
        try:
            feature = layer.getFeature(fid)
            geometry = feature.geometry()
            if not geometry.isGeosValid():
                problem = geometry.validateGeometry()
                where = problem[0].what() if problem else ""
                if self.confirm_repair(where):
                    repaired = geometry.makeValid()
                    if repaired.isMultipart():
                        # the layer holds single polygons: keep the largest piece and say so
                        pieces = repaired.asGeometryCollection()
                        repaired = max(pieces, key=lambda g: g.area())
                        self._say(tr("The outline crossed itself into {count} pieces; the "
                                     "largest was kept, draw the others as hazards of their "
                                     "own.").format(count=len(pieces)),
                                  Qgis.MessageLevel.Warning)
                    layer.changeGeometry(fid, repaired)
                elif new:
                    layer.deleteFeature(fid)
                    self._say(tr("The hazard's outline is not valid ({problem}); it was not "
                                 "kept. Draw it again without crossing lines.").format(
                                     problem=where), Qgis.MessageLevel.Critical)
                    return
                else:
                    self._say(tr("The hazard's outline is not valid ({problem}): undo the "
                                 "change (Ctrl+Z) or correct it before saving.").format(
                                     problem=where), Qgis.MessageLevel.Critical)
                    return
            if new and not _text(feature["hazard_id"]):
                ids = [_text(f["hazard_id"]) for f in layer.getFeatures()]
                layer.changeAttributeValue(fid, layer.fields().indexOf("hazard_id"),
                                           hazard_ids.next_hazard_id(
                                               ids, _text(feature["district"]),
                                               setting("hazard_id_pattern")))
            self._flag_overlaps(layer, layer.getFeature(fid))
        finally:
            self.busy = False

    def _flag_overlaps(self, layer, feature):
        geometry = feature.geometry()
        request = QgsFeatureRequest(geometry.boundingBox())
        others = [_text(other["hazard_id"]) for other in layer.getFeatures(request)
                  if other.id() != feature.id() and _text(other["status"]) != "closed"
                  and other.geometry().intersection(geometry).area() > 0]
        if others:
            self._say(tr("Hazard {id} overlaps open hazard(s) {others}: check that the same "
                         "land is not counted twice.").format(id=_text(feature["hazard_id"]),
                                                               others=", ".join(others)),
                      Qgis.MessageLevel.Warning)
        return others

    # --- finds ----------------------------------------------------------------------------------
    def _find_added(self, fid):
        layer = self.sender() or loaded_layer("eo_finds")
        self.complete_find(layer, fid)

    def complete_find(self, layer, fid):
        feature = layer.getFeature(fid)
        point = feature.geometry()
        values = {}
        if not _text(feature["find_id"]):
            numbers = [int(m.group(1)) for m in (re.match(r"EO-(\d+)$", _text(f["find_id"]))
                                                 for f in layer.getFeatures()) if m]
            values["find_id"] = f"EO-{max(numbers, default=0) + 1:06d}"
        activity = self._containing("land_release", point)
        hazard = self._containing("hazards", point)
        if activity is not None and not _text(feature["activity_id"]):
            values["activity_id"] = _text(activity["activity_id"])
        if not _text(feature["hazard_id"]):
            linked = _text(activity["hazard_id"]) if activity is not None else ""
            values["hazard_id"] = linked or (_text(hazard["hazard_id"]) if hazard else "")
        if not _text(feature["district"]):
            for source in (activity, hazard):
                if source is not None and _text(source["district"]):
                    values["district"] = _text(source["district"])
                    break
        for name, value in values.items():
            if value:
                layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        if activity is None:
            self._say(tr("Find {id} lies outside every activity polygon: check its position "
                         "or record the activity.").format(
                             id=values.get("find_id") or _text(feature["find_id"])),
                      Qgis.MessageLevel.Warning)
        return values

    # --- land release drawn by hand -------------------------------------------------------------
    def _release_added(self, fid):
        layer = self.sender() or loaded_layer("land_release")
        self.complete_release(layer, fid)

    def complete_release(self, layer, fid):
        """A drawn release: the hazard under it, an activity id, the release type."""
        feature = layer.getFeature(fid)
        hazard, hazard_id, values = self._linked_hazard(feature)
        if not _text(feature["activity_id"]):
            values["activity_id"] = next_id([_text(f["activity_id"])
                                             for f in layer.getFeatures()],
                                            f"LR-{hazard_id or 'X'}-")
        activity = _text(feature["activity_type"])
        if activity in schema.RELEASE_BY_ACTIVITY and not _text(feature["release_type"]):
            values["release_type"] = schema.RELEASE_BY_ACTIVITY[activity]
        if hazard is not None and not _text(feature["district"]) and _text(hazard["district"]):
            values["district"] = _text(hazard["district"])
        for name, value in values.items():
            layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        if not hazard_id:
            self._say(tr("The drawn release lies on no hazard: link it to one (hazard_id) so "
                         "the hazard's remaining area counts it."), Qgis.MessageLevel.Warning)
        return values

    # --- tasks -----------------------------------------------------------------------------------
    def _task_added(self, fid):
        layer = self.sender() or loaded_layer("tasks")
        self.complete_task(layer, fid)

    def complete_task(self, layer, fid):
        """A drawn task area: the hazard under it, a task id safe as a file name, its priority."""
        feature = layer.getFeature(fid)
        hazard, hazard_id, values = self._linked_hazard(feature)
        if not _text(feature["task_id"]):
            values["task_id"] = task_sheet.next_task_id(
                hazard_id or "TASK", [_text(f["task_id"]) for f in layer.getFeatures()])
        if hazard is not None and feature["priority"] in (None, "") and hazard["priority"]:
            values["priority"] = hazard["priority"]
        for name, value in values.items():
            layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        return values

    def _linked_hazard(self, feature):
        """(hazard under a drawn area, its id or the one typed in, {"hazard_id": …} to fill)."""
        hazard = self._containing("hazards", feature.geometry().pointOnSurface())
        hazard_id = _text(feature["hazard_id"]) or (_text(hazard["hazard_id"]) if hazard else "")
        values = {"hazard_id": hazard_id} if hazard_id and not _text(feature["hazard_id"]) \
            else {}
        return hazard, hazard_id, values

    @staticmethod
    def _containing(name, point):
        layer = loaded_layer(name)
        if layer is None or point.isEmpty():
            return None
        for feature in layer.getFeatures(QgsFeatureRequest(point.boundingBox())):
            if feature.geometry().contains(point):
                return feature
        return None

    # --- talking --------------------------------------------------------------------------------
    def _ask_repair(self, problem):
        return QMessageBox.question(
            self.iface.mainWindow(), tr("Invalid hazard outline"),
            tr("The outline is not valid ({problem}). Repair it (the crossing parts become "
               "separate rings)?").format(problem=problem)) == QMessageBox.StandardButton.Yes

    def _say(self, text, level):
        tell(self.iface, text, level, 8)
