"""Put a project database into a QGIS project: layers, styles, forms and relations.

The forms are derived from core/schema.py: code lists become drop-downs (value maps with
translated labels), organisations a pick list from the `organisations` table, references a
relation widget, and the relations give each hazard sub-forms for its land release, finds,
marking and tasks.
"""
from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)

from ..core import mine_catalogue, schema
from ..core.i18n import tr
from ..styles.symbology import apply_style
from . import geopackage, project_db

GROUP_NAME = "Mine action"
# Top to bottom in the layer tree: points over lines over polygons, released land over hazards.
LAYER_ORDER = ("accidents", "eo_finds", "aerial_detections", "marking_signs", "record_points",
               "mine_rows", "marking_lines", "tasks", "hazard_proposals", "land_release",
               "hazards", "minefield_records", "settlements", "infrastructure",
               "survey_flights", "vegetation_areas",
               "status_history", "organisations", "record_checks", "victims",
               "victim_personal", "victim_needs", "victim_assistance", "operator_capacity",
               "productivity", "priority_profiles")
NULL_VALUE_MAP_KEY = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"   # QGIS's marker for NULL
PROPERTY_DATABASE = "mineaction/database"
# fields a form fills from others as they are typed (shared/spec/accidents-victims.md)
FOLLOWS = {("victims", "age_group"): "CASE WHEN \"age_years\" IS NULL THEN \"age_group\" "
                                     "WHEN \"age_years\" < 18 THEN 'child' ELSE 'adult' END"}
PROPERTY_LAYER = "mineaction/layer"


def relation_id(child, field_name):
    return f"mineaction_{child}_{field_name}"


def _value_map(field):
    entries = []
    if not field.required:
        entries.append({tr("(no value)"): NULL_VALUE_MAP_KEY})
    for code, label in schema.CODE_LISTS[field.code_list].items():
        entries.append({tr(label): code})
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def configure_form(layer, schema_layer, organisations_layer=None):
    """Aliases, widgets, defaults and read-only audit fields for one project layer."""
    config = layer.editFormConfig()
    for field in schema_layer.fields:
        index = layer.fields().indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, tr(field.label))
        if field.code_list:
            layer.setEditorWidgetSetup(index, _value_map(field))
        elif (schema_layer.name, field.name) in schema.ORGANISATION_FIELDS and organisations_layer:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", {
                "Layer": organisations_layer.id(), "LayerName": organisations_layer.name(),
                "Key": "name", "Value": "name", "AllowNull": True, "OrderByValue": True}))
        elif field.references:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("RelationReference", {
                "Relation": relation_id(schema_layer.name, field.name), "AllowNULL": True,
                "ShowForm": False, "ShowOpenFormButton": True, "MapIdentification": True}))
        elif (schema_layer.name, field.name) == ("eo_finds", "model"):
            # the catalogue as a pick list (core/mine_catalogue.py extends it)
            models = [{tr("(no value)"): NULL_VALUE_MAP_KEY}] + [
                {model: model} for model in mine_catalogue.find_models()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": models}))
        elif field.type == "date":
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                "calendar_popup": True, "allow_null": True}))
        if field.name in ("area_m2", "length_m") and schema_layer.geometry:
            # kept current on every geometry edit, on the ellipsoid (the project's, set to
            # WGS84 by load_database)
            measure = "$area" if field.name == "area_m2" else "$length"
            layer.setDefaultValueDefinition(index, QgsDefaultValue(f"round({measure}, 2)", True))
            config.setReadOnly(index, True)
        if (schema_layer.name, field.name) in FOLLOWS:
            # the form keeps it in step with another field (the age group follows the age)
            layer.setDefaultValueDefinition(index, QgsDefaultValue(
                FOLLOWS[(schema_layer.name, field.name)], True))
        if field.name in ("created_by", "modified_by") and layer.providerType() != "postgres":
            # who: the account name, stamped by the plugin rather than typed (on PostGIS the
            # server stamps the login it authenticated: pg_ddl.stamp_new_row / touch_row)
            layer.setDefaultValueDefinition(index, QgsDefaultValue(
                "@user_account_name", field.name == "modified_by"))
        if field.name in ("created_at", "created_by", "modified_at", "modified_by"):
            config.setReadOnly(index, True)
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        limits = []
        if field.minimum is not None:
            limits.append((f'"{field.name}" >= {field.minimum:g}',
                           tr("at least {value}").format(value=f"{field.minimum:g}")))
        if field.maximum is not None:
            limits.append((f'"{field.name}" <= {field.maximum:g}',
                           tr("at most {value}").format(value=f"{field.maximum:g}")))
        if limits:
            # the form says what is wrong before the database refuses the save
            layer.setConstraintExpression(
                index, f'"{field.name}" IS NULL OR (' + " AND ".join(e for e, _ in limits) + ")",
                tr("{field} must be {limits}").format(field=tr(field.label), limits=tr(
                    " and ").join(d for _, d in limits)))
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    layer.setEditFormConfig(config)
    if schema_layer.name in ("status_history", "record_checks"):   # written by algorithms
        layer.setReadOnly(True)


def add_relations(project, layers_by_name):
    manager = project.relationManager()
    for child, field_name, parent, parent_field in schema.relations():
        if child not in layers_by_name or parent not in layers_by_name:
            continue   # a personal table this login may not read
        rid = relation_id(child, field_name)
        if manager.relation(rid).isValid():
            manager.removeRelation(rid)
        relation = QgsRelation()
        relation.setId(rid)
        relation.setName(f"{tr(schema.layer(parent).title)} → {tr(schema.layer(child).title)}")
        relation.setReferencingLayer(layers_by_name[child].id())
        relation.setReferencedLayer(layers_by_name[parent].id())
        relation.addFieldPair(field_name, parent_field)
        if relation.isValid():
            manager.addRelation(relation)


def remove_loaded(project):
    """Take out the layers of the mine action database loaded before (whichever it was): the
    dock works on one database, and a second set of look-alike layers would let an officer
    edit, or a section read, the wrong one. Refused while any of them has unsaved edits."""
    earlier = [layer for layer in project.mapLayers().values()
               if layer.customProperty(PROPERTY_DATABASE)]
    unsaved = [layer.name() for layer in earlier if layer.isEditable() and layer.isModified()]
    if unsaved:
        raise geopackage.DatabaseError(tr(
            "{layers}: unsaved edits. Save or discard them before opening a database.").format(
                layers=", ".join(sorted(unsaved))))
    project.removeMapLayers([layer.id() for layer in earlier])
    root = project.layerTreeRoot()
    group = root.findGroup(tr(GROUP_NAME))
    if group is not None and not group.children():
        root.removeChildNode(group)


class VersionGuard:
    """No lost update through QGIS's own forms and tables on a shared (PostGIS) project.

    QGIS sends only the attributes that changed, so the row version would never travel with
    an edit. The guard notes a feature's version when it is first changed in the edit buffer
    and writes it back just before the commit: the database then refuses the save if someone
    else saved the feature meanwhile ("mineaction conflict: … was changed by … at …"), the
    commit fails with that message and nothing is overwritten."""

    def __init__(self, layer):
        self.layer = layer
        self.index = layer.fields().indexOf("row_version")
        self.read = {}
        self.writing = False
        layer.attributeValueChanged.connect(self._changed)
        layer.geometryChanged.connect(lambda fid, geometry: self._changed(fid, -1, None))
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.afterCommitChanges.connect(self.read.clear)
        layer.afterRollBack.connect(self.read.clear)
        layer.guard = self   # lives as long as the layer

    def _changed(self, fid, index, value):
        if self.writing or fid < 0 or fid in self.read:
            return
        from qgis.core import QgsFeatureRequest
        request = QgsFeatureRequest(fid).setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([self.index])
        original = next(self.layer.dataProvider().getFeatures(request), None)
        if original is not None:
            self.read[fid] = original[self.index]

    def _before_commit(self, *args):
        self.writing = True
        try:
            for fid, version in self.read.items():
                if version is not None:
                    self.layer.changeAttributeValue(fid, self.index, version)
        finally:
            self.writing = False


def load_database(path, project=None):
    """Add every layer of the database to the project in a "Mine action" group.

    Returns {schema layer name: QgsVectorLayer}. Raises DatabaseError for a file that is not a
    current project database (callers upgrade first).
    """
    project = project or QgsProject.instance()
    info = project_db.inspect(path)
    if info.needs_upgrade:
        raise geopackage.DatabaseError(tr("The database must be upgraded before it is loaded."))
    remove_loaded(project)
    layers = {}
    withheld = []
    for name in LAYER_ORDER:
        schema_layer = schema.layer(name)
        source, provider = project_db.layer_source(path, name)
        layer = QgsVectorLayer(source, tr(schema_layer.title), provider)
        if not layer.isValid() and name in schema.PERSONAL_LAYERS:
            # the database refuses this login the personal tables: the rest loads, and says so
            withheld.append(tr(schema_layer.title))
            continue
        if not layer.isValid():
            raise geopackage.DatabaseError(
                tr("Layer {layer} of {path} could not be loaded.").format(layer=name, path=path))
        layer.setCustomProperty(PROPERTY_DATABASE, path)
        layer.setCustomProperty(PROPERTY_LAYER, name)
        apply_style(layer, name)
        if layer.fields().indexOf("row_version") >= 0:
            VersionGuard(layer)
        layers[name] = layer
    project.addMapLayers(list(layers.values()), False)
    root = project.layerTreeRoot()
    group = root.findGroup(tr(GROUP_NAME)) or root.insertGroup(0, tr(GROUP_NAME))
    loaded = [name for name in LAYER_ORDER if name in layers]
    for name in loaded:
        group.addLayer(layers[name])
    add_relations(project, layers)
    for name in loaded:
        configure_form(layers[name], schema.layer(name), layers["organisations"])
    if withheld:
        from ..toolbelt import log
        log(tr("Not loaded: {tables}. The database allows them to the victim-assistance role "
               "only (ask the database administrator for it if your work needs them).").format(
                   tables=", ".join(withheld)))
    project.writeEntry("mineaction", "database", path)
    if not project.crs().isValid():
        project.setCrs(layers["hazards"].crs())
    if project.ellipsoid() in ("", "NONE"):
        # areas and lengths of the forms ($area, $length) are ellipsoidal, as the data model says
        project.setEllipsoid("EPSG:7030")
    return layers


def loaded_layer(name, project=None):
    """The project layer of schema layer `name` from the loaded database, or None."""
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty(PROPERTY_LAYER) == name:
            return layer
    return None


def reload_layers(*names):
    """Read the loaded layers `names` again from the database and repaint them (after an
    algorithm has written to it)."""
    for name in names:
        layer = loaded_layer(name)
        if layer is not None:
            layer.reload()
            layer.triggerRepaint()


def change_attributes(layer, fid, values, command):
    """Set `values` ({field: value}, in their order: a reason before the status its history
    trigger reads it with) on feature `fid` as one undoable edit command, and commit.
    Returns [] or the commit errors (the edit is then rolled back)."""
    if not layer.isEditable():
        layer.startEditing()
    layer.beginEditCommand(command)
    for name, value in values.items():
        layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
    layer.endEditCommand()
    if layer.commitChanges():
        return []
    errors = list(layer.commitErrors())
    layer.rollBack()
    return errors
