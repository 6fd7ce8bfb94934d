"""The schema description against the data-model contract (shared/spec/data-model.md)."""
from mineaction_plugin.core import schema

# The contract, as written in the spec: layer -> (geometry, key fields, code lists)
CONTRACT = {
    "minefield_records": ("Polygon", ["record_id", "source_file", "date_laid", "laid_by",
                                      "declination_deg", "mines_recorded", "reliability", "notes"]),
    "record_points": ("Point", ["record_id", "point_id", "point_type", "seq", "from_point",
                                "bearing", "bearing_unit", "bearing_ref", "distance",
                                "distance_unit"]),
    "mine_rows": ("LineString", ["record_id", "row_id", "mine_model", "mine_category",
                                 "mine_count", "spacing_m"]),
    "hazards": ("Polygon", ["hazard_id", "name", "classification", "status", "contamination",
                            "district", "settlement", "priority", "evidence", "record_id",
                            "area_m2"]),
    "land_release": ("Polygon", ["activity_id", "hazard_id", "activity_type", "release_type",
                                 "status", "organisation", "team", "start_date", "end_date",
                                 "depth_cm", "district", "area_m2"]),
    "eo_finds": ("Point", ["find_id", "activity_id", "hazard_id", "district", "category",
                           "model", "quantity", "condition", "depth_cm", "date_found"]),
    "marking_lines": ("LineString", ["marking_id", "hazard_id", "marking_type", "status",
                                     "installed_date", "inspected_date", "sign_spacing_m",
                                     "length_m"]),
    "marking_signs": ("Point", ["sign_id", "marking_id", "sign_type", "facing_deg"]),
    "tasks": ("Polygon", ["task_id", "hazard_id", "task_type", "status", "organisation", "team",
                          "priority", "issued_date", "due_date"]),
    "status_history": (None, ["entity", "entity_id", "field", "old_value", "new_value",
                              "changed_at", "changed_by", "reason"]),
}
CODES = {
    ("minefield_records", "reliability"): {"unknown", "reliable", "partly_reliable", "unreliable"},
    ("mine_rows", "mine_category"): {"AP", "AT"},
    ("hazards", "classification"): {"SHA", "CHA"},
    ("hazards", "status"): {"open", "worked_on", "closed"},
    ("hazards", "contamination"): {"AP", "AT", "AP_AT", "ERW", "mixed"},
    ("hazards", "evidence"): {"direct", "indirect", "none"},
    ("land_release", "activity_type"): {"NTS", "TS", "clearance"},
    ("land_release", "release_type"): {"cancelled", "reduced", "cleared"},
    ("land_release", "status"): {"planned", "ongoing", "suspended", "completed"},
    ("eo_finds", "category"): {"APM", "ATM", "ERW"},
    ("marking_lines", "marking_type"): {"perimeter_marking", "permanent_fence",
                                        "temporary_marking", "demarcation"},
    ("marking_lines", "status"): {"planned", "installed", "damaged", "removed"},
    ("marking_signs", "sign_type"): {"mine_warning", "fence_post", "corner_post"},
    ("tasks", "task_type"): {"NTS", "TS", "clearance", "marking", "EORE"},
    ("tasks", "status"): {"draft", "issued", "in_progress", "completed", "cancelled"},
    ("record_points", "point_type"): {"LM", "BM", "SP", "TP", "IP", "EP", "RS", "RE"},
}


def test_every_contract_layer_and_field_exists_with_its_geometry():
    for name, (geometry, fields) in CONTRACT.items():
        layer = schema.layer(name)
        assert layer.geometry == geometry, name
        names = [f.name for f in layer.fields]
        for field in fields + ["created_at", "created_by", "modified_at", "modified_by"]:
            assert field in names, f"{name}.{field}"


def test_code_lists_match_the_contract():
    for (layer_name, field_name), codes in CODES.items():
        field = schema.layer(layer_name).field(field_name)
        assert set(schema.CODE_LISTS[field.code_list]) == codes, (layer_name, field_name)


def test_business_keys_are_unique_and_required():
    for name in ("hazard_id", "activity_id", "find_id", "marking_id", "task_id", "record_id"):
        owners = [layer for layer in schema.LAYERS if layer.id_field == name]
        assert owners, name
        field = owners[0].field(name)
        assert field.unique and field.required


def test_relations_point_from_children_to_unique_parent_keys():
    pairs = {(c, p) for c, _, p, _ in schema.relations()}
    for child in ("land_release", "eo_finds", "marking_lines", "tasks"):
        assert (child, "hazards") in pairs
    for child, _, parent, parent_field in schema.relations():
        assert schema.layer(parent).field(parent_field).unique


def test_every_status_field_has_a_code_list_and_history():
    for layer in schema.LAYERS:
        for name in layer.status_fields:
            assert layer.field(name).code_list or \
                (layer.name, name) in schema.TRACKED_WITHOUT_CODES
            assert layer.id_field


def test_core_does_not_need_qt():
    import subprocess
    import sys
    code = ("import sys, mineaction_plugin.core.schema, mineaction_plugin.core.i18n; "
            "bad = [m for m in sys.modules if m.startswith(('qgis', 'PyQt'))]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=schema.__file__.rsplit(
        "/mineaction_plugin/", 1)[0]).returncode == 0
