"""Exchange with IMSMA Core: mapping profiles and the checks made before anything is written.

A profile says, for each plugin layer, the IMSMA entity it becomes, the name of each attribute
there (31 characters or fewer, as ArcGIS geodatabases require), which are required, and the
coded-value domain (`cvd_<name>`) of each code list. The default "IMSMA Core generic" profile is
derived from the schema with IMSMA's naming habits (`hazard_localid`, `hazreduc_localid`, …);
a country profile is the same structure in a JSON file. No Qt, no QGIS.
"""
import json

from . import schema
from .identifiers import normalise_id

MAX_NAME = 31
PROFILE_FORMAT = "mineaction-imsma-profile"

# plugin layer -> (IMSMA entity, output table, {plugin field: IMSMA field})
_GENERIC = {
    "hazards": ("hazard", "hazard", {
        "hazard_id": "hazard_localid", "name": "hazard_name", "classification": "hazard_type",
        "status": "hazard_status", "contamination": "contamination_type",
        "district": "district", "settlement": "settlement", "priority": "priority",
        "evidence": "evidence_type", "record_id": "minefield_record_localid",
        "record_reliability": "record_reliability",
        "area_m2": "area_m2", "status_reason": "status_reason"}),
    "land_release": ("hazard reduction", "hazreduc", {
        "activity_id": "hazreduc_localid", "hazard_id": "hazard_localid",
        "activity_type": "hazreduc_type", "release_type": "release_type",
        "status": "hazreduc_status", "organisation": "organisation", "team": "team",
        "start_date": "start_date", "end_date": "end_date", "depth_cm": "clearance_depth_cm",
        "district": "district", "area_m2": "area_m2", "status_reason": "status_reason"}),
    "eo_finds": ("explosive ordnance item", "explosive_ordnance", {
        "find_id": "eo_localid", "activity_id": "hazreduc_localid",
        "hazard_id": "hazard_localid", "district": "district", "category": "eo_category",
        "model": "eo_model", "quantity": "quantity", "condition": "eo_condition",
        "depth_cm": "depth_cm", "date_found": "date_found"}),
    "marking_lines": ("marking", "marking", {
        "marking_id": "marking_localid", "hazard_id": "hazard_localid",
        "marking_type": "marking_type", "status": "marking_status",
        "installed_date": "installed_date", "inspected_date": "inspected_date",
        "sign_spacing_m": "sign_spacing_m", "length_m": "length_m",
        "status_reason": "status_reason"}),
    "tasks": ("task", "task", {
        "task_id": "task_localid", "hazard_id": "hazard_localid", "task_type": "task_type",
        "status": "task_status", "organisation": "organisation", "team": "team",
        "priority": "priority", "issued_date": "issued_date", "due_date": "due_date",
        "status_reason": "status_reason"}),
    # shared/spec/accidents-victims.md: without personal data unless asked (with_personal)
    "accidents": ("accident", "accident", {
        "accident_id": "accident_localid", "accident_date": "accident_date",
        "accident_type": "accident_type", "device_category": "device_category",
        "device_model": "device_model", "activity": "accident_activity",
        "location_accuracy": "location_accuracy", "district": "district",
        "settlement": "settlement", "hazard_id": "hazard_localid",
        "record_id": "minefield_record_localid", "description": "description",
        "source": "source"}),
    "victims": ("victim", "victim", {
        "victim_id": "victim_localid", "accident_id": "accident_localid", "sex": "gender",
        "age_years": "age", "age_group": "age_group", "outcome": "outcome",
        "role": "victim_type", "injuries": "injuries"}),
}
# exported for IMSMA's information, never imported: {layer: {name: (layer, column, key)}}, the
# `column` of the row of that layer whose `key` is this row's `key` (a hazard made from a
# minefield record carries what the record checks made of the record)
DERIVED = {"hazards": {"record_reliability": ("minefield_records", "reliability", "record_id")},
           "victims": {name: ("victim_personal", name, "victim_id")
                       for name in ("full_name", "date_of_birth", "address", "phone")}}
PERSONAL_FIELDS = {"victims": ("full_name", "date_of_birth", "address", "phone")}
# audit columns travel too, under names that do not clash with ArcGIS editor tracking
AUDIT = {"created_at": "local_created_date", "created_by": "local_created_user",
         "modified_at": "local_edited_date", "modified_by": "local_edited_user"}
# plugin code list -> IMSMA domain name
DOMAIN_NAMES = {
    "classification": "cvd_hazard_type", "hazard_status": "cvd_hazard_status",
    "contamination": "cvd_contamination_type", "priority": "cvd_priority",
    "evidence": "cvd_evidence_type", "activity_type": "cvd_hazreduc_type",
    "release_type": "cvd_release_type", "activity_status": "cvd_hazreduc_status",
    "eo_category": "cvd_eo_category", "eo_condition": "cvd_eo_condition",
    "marking_type": "cvd_marking_type", "marking_status": "cvd_marking_status",
    "task_type": "cvd_task_type", "task_status": "cvd_task_status",
    "reliability": "cvd_record_reliability",
    "accident_type": "cvd_accident_type", "device_category": "cvd_device_category",
    "accident_activity": "cvd_accident_activity", "location_accuracy": "cvd_location_accuracy",
    "sex": "cvd_gender", "age_group": "cvd_age_group", "victim_outcome": "cvd_victim_outcome",
    "victim_role": "cvd_victim_type",
}


class ProfileError(ValueError):
    """A profile file that cannot be used; the message says why."""


def default_profile():
    """The "IMSMA Core generic" profile as a plain dict (what a JSON profile file holds)."""
    entities = {}
    domains = {}
    for layer_name, (entity, table, names) in _GENERIC.items():
        layer = schema.layer(layer_name)
        fields = {}
        for plugin_name, imsma_name in list(names.items()) + list(AUDIT.items()):
            field = schema_field(layer_name, plugin_name)
            spec = {"name": imsma_name, "type": field.type,
                    "required": bool(field.required) and not is_derived(layer_name, plugin_name)}
            if field.code_list:
                domain = DOMAIN_NAMES[field.code_list]
                spec["domain"] = domain
                domains[domain] = {
                    "description": field.label,
                    "type": "integer" if field.type == "integer" else "text",
                    "codes": dict(schema.CODE_LISTS[field.code_list])}
            fields[plugin_name] = spec
        entities[layer_name] = {"entity": entity, "table": table, "id_field": layer.id_field,
                                "geometry": layer.geometry, "fields": fields}
    return {"format": PROFILE_FORMAT, "name": "IMSMA Core generic", "version": 1,
            "entities": entities, "domains": domains}


def with_personal(profile, include):
    """The profile with the victims' personal fields (exported from victim_personal) when
    `include`, and without them — whatever a profile file says — when not."""
    profile = json.loads(json.dumps(profile))
    for layer_name, names in PERSONAL_FIELDS.items():
        entity = profile.get("entities", {}).get(layer_name)
        if entity is None:
            continue
        for name in names:
            entity["fields"].pop(name, None)
            if include:
                field = schema_field(layer_name, name)
                entity["fields"][name] = {"name": name, "type": field.type, "required": False}
    return profile


def is_derived(layer_name, plugin_name):
    return plugin_name in DERIVED.get(layer_name, {})


def schema_field(layer_name, plugin_name):
    """The schema Field a profile field stands for (a derived one's source); KeyError if none."""
    derived = DERIVED.get(layer_name, {}).get(plugin_name)
    if derived is not None:
        return schema.layer(derived[0]).field(derived[1])
    return schema.layer(layer_name).field(plugin_name)


def load_profile(text):
    """A profile from JSON text, checked; raises ProfileError naming what is wrong."""
    try:
        profile = json.loads(text)
    except ValueError as error:
        raise ProfileError(f"not a JSON file ({error})")
    problems = profile_problems(profile)
    if problems:
        raise ProfileError("; ".join(problems))
    return profile


def dump_profile(profile):
    return json.dumps(profile, ensure_ascii=False, indent=1, sort_keys=False)


def profile_problems(profile):
    """Everything that makes a profile unusable (English; the caller translates the frame)."""
    problems = []
    if not isinstance(profile, dict) or profile.get("format") != PROFILE_FORMAT:
        return [f"not a mine action IMSMA profile (\"format\" must be \"{PROFILE_FORMAT}\")"]
    entities = profile.get("entities")
    if not isinstance(entities, dict) or not entities:
        return ["the profile maps no layer (\"entities\" is empty)"]
    domains = profile.get("domains") or {}
    tables = {}
    for layer_name, entity in entities.items():
        if layer_name not in schema.LAYERS_BY_NAME:
            problems.append(f"{layer_name}: no such layer in the project database")
            continue
        layer = schema.layer(layer_name)
        table = str(entity.get("table") or "")
        if not table or len(table) > MAX_NAME:
            problems.append(f"{layer_name}: table name '{table}' is empty or longer than "
                            f"{MAX_NAME} characters")
        if table in tables:
            problems.append(f"{layer_name}: table name '{table}' is used by {tables[table]} too")
        tables[table] = layer_name
        fields = entity.get("fields") or {}
        if layer.id_field not in fields:
            problems.append(f"{layer_name}: the local id field {layer.id_field} is not mapped")
        seen = {}
        for plugin_name, spec in fields.items():
            try:
                schema_field(layer_name, plugin_name)
            except KeyError:
                problems.append(f"{layer_name}: no field {plugin_name}")
                continue
            name = str(spec.get("name") or "")
            if not name or len(name) > MAX_NAME:
                problems.append(f"{layer_name}.{plugin_name}: IMSMA name '{name}' is empty or "
                                f"longer than {MAX_NAME} characters")
            if name.lower() in seen:
                problems.append(f"{layer_name}: '{name}' names both {seen[name.lower()]} and "
                                f"{plugin_name}")
            seen[name.lower()] = plugin_name
            domain = spec.get("domain")
            if domain and domain not in domains:
                problems.append(f"{layer_name}.{plugin_name}: domain {domain} is not defined")
    for name, domain in domains.items():
        if len(name) > MAX_NAME:
            problems.append(f"domain name {name} is longer than {MAX_NAME} characters")
        if not isinstance(domain.get("codes"), dict) or not domain["codes"]:
            problems.append(f"domain {name} has no codes")
    return problems


def field_map(profile, layer_name, derived=True):
    """[(plugin field, IMSMA field, spec)] of a layer, in profile order; derived=False leaves
    out the fields that are exported only (DERIVED)."""
    entity = profile["entities"][layer_name]
    return [(plugin_name, spec["name"], spec) for plugin_name, spec in entity["fields"].items()
            if derived or not is_derived(layer_name, plugin_name)]


def _blank(value):
    return value is None or (isinstance(value, str) and value.strip() == "")


def rules(profile, layer_name):
    """The checks of a layer: [(plugin field, IMSMA field, required, domain, codes or None)].

    validate_rows() applies them to rows in memory (files being imported); the export runs
    the same rules as SQL over the database (data/imsma_exchange.check)."""
    domains = profile.get("domains") or {}
    return [(plugin_name, imsma_name, bool(spec.get("required")), spec.get("domain"),
             {str(c) for c in domains[spec["domain"]]["codes"]} if spec.get("domain")
             else None)
            for plugin_name, imsma_name, spec in field_map(profile, layer_name, derived=False)]


MISSING = "required value missing"


def not_a_code(value, domain):
    return f"'{value}' is not a code of {domain}"


def duplicate(first, again):
    return f"duplicate local id (rows {first} and {again})"


def row_problems(checks, row):
    """[(IMSMA field, problem)] of one row under rules(); duplicates are a matter of many rows."""
    found = []
    for plugin_name, imsma_name, required, domain, codes in checks:
        value = row.get(plugin_name)
        if value is None or (value.__class__ is str and not value.strip()):
            if required:
                found.append((imsma_name, MISSING))
            continue
        if codes is not None and (value if value.__class__ is str else str(value)) not in codes:
            found.append((imsma_name, not_a_code(value, domain)))
    return found


# what an IMSMA integer field (priority, quantity…) can hold
INTEGER_LIMIT = 2 ** 31 - 1


def type_problem(value, kind):
    """Why `value` cannot go into a field of `kind` (text never lands in a number column)."""
    import datetime
    import math
    if value is None or (value.__class__ is str and not value.strip()):
        return None
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"'{value}' is not a whole number"
        if abs(value) > INTEGER_LIMIT:
            return f"{value} is too large for the field"
    elif kind == "real":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"'{value}' is not a number"
        if not math.isfinite(value) or abs(value) > 1e15:
            return f"{value} is not a number the field can hold"
    elif kind in ("date", "datetime"):
        try:
            datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            return f"'{value}' is not a date (YYYY-MM-DD)"
    return None


def validate_rows(profile, layer_name, rows):
    """Problems of the rows of one layer before they go to IMSMA.

    rows: dicts of plugin field values plus "_geometry_problem" (None, or why the geometry is
    invalid or empty). Returns [(layer, local id, field, problem)] — field is the IMSMA name.
    """
    entity = profile["entities"][layer_name]
    id_field = entity["id_field"]
    id_name = entity["fields"][id_field]["name"]
    checks = rules(profile, layer_name)   # once per layer, not once per row
    typed = [(name, spec["name"], spec.get("type")) for name, spec in entity["fields"].items()
             if spec.get("type") in ("integer", "real", "date", "datetime")]
    problems = []
    seen = {}
    for index, row in enumerate(rows):
        local_id = row.get(id_field)
        blank_id = _blank(local_id)
        shown_id = f"#{index + 1}" if blank_id else str(local_id)
        if row.get("_geometry_problem"):
            problems.append((layer_name, shown_id, "geometry", row["_geometry_problem"]))
        for imsma_name, problem in row_problems(checks, row):
            problems.append((layer_name, shown_id, imsma_name, problem))
        for plugin_name, imsma_name, kind in typed:
            problem = type_problem(row.get(plugin_name), kind)
            if problem:
                problems.append((layer_name, shown_id, imsma_name, problem))
        if not blank_id:
            normalised, reason = normalise_id(local_id)
            if reason:
                problems.append((layer_name, shown_id, id_name, f"the id {reason}"))
            elif normalised != local_id:
                row[id_field] = local_id = normalised
            first = seen.setdefault(local_id, index + 1)
            if first != index + 1:
                problems.append((layer_name, shown_id, id_name, duplicate(first, index + 1)))
    return problems
