"""SQL for a project database in a GeoPackage (SQLite's dialect), generated from core/schema.py.

Pure string building (no database access) so it is unit tested. data/pg_ddl.py is the same data
model in PostgreSQL's dialect; quote() and literal() here are the SQL quoting of both.
"""
from ..core import schema

NOW_SQLITE = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
GEOMETRY_COLUMN = "geom"
SRS_ID = 4326

_SQLITE_TYPES = {"text": "TEXT", "integer": "INTEGER", "real": "REAL", "date": "DATE",
                 "datetime": "DATETIME"}


def quote(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def literal(value):
    return "'" + str(value).replace("'", "''") + "'"


def column_definition(field):
    """One column of CREATE TABLE (or ALTER TABLE ADD COLUMN) with its constraints."""
    name = quote(field.name)
    parts = [name, _SQLITE_TYPES[field.type]]
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    if field.default is not None:
        parts.append(f"DEFAULT {field.default}")
    elif field.type == "datetime" and field.name in ("created_at", "modified_at"):
        parts.append(f"DEFAULT ({NOW_SQLITE})")
    checks = []
    if field.code_list and field.type == "text":
        # an OR chain, not IN (...): SQLite rebuilds an IN list's lookup table for every row
        # checked, which made code-list checks two thirds of a bulk insert
        checks.append(" OR ".join(f"{name} = {literal(c)}"
                                  for c in schema.CODE_LISTS[field.code_list]))
    if field.minimum is not None:
        checks.append(f"{name} >= {field.minimum:g}")
    if field.maximum is not None:
        checks.append(f"{name} <= {field.maximum:g}")
    if field.type == "date":
        checks.append(f"{name} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'")
    if field.pattern_safe_filename:
        # letters, digits, dot, dash and underscore only; not starting with a dot
        checks.append(f"{name} NOT GLOB '*[^A-Za-z0-9._-]*' AND {name} NOT GLOB '.*'"
                      f" AND length({name}) BETWEEN 1 AND 100")
    if checks:
        nullable = "" if field.required else f"{name} IS NULL OR "
        parts.append(f"CHECK ({nullable}({') AND ('.join(checks)}))")
    if field.references:
        table, column = field.references
        parts.append(f"REFERENCES {quote(table)}({quote(column)}) "
                     "ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED")
    return " ".join(parts)


def create_table(layer, version):
    columns = [f"{quote('fid')} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    if layer.geometry:
        columns.append(f"{quote(GEOMETRY_COLUMN)} {layer.geometry.upper()}")
    columns += [column_definition(f) for f in layer.fields_at(version)]
    for together in layer.unique_together:
        columns.append("UNIQUE (" + ", ".join(quote(c) for c in together) + ")")
    if layer.name == "land_release":
        pairs = " OR ".join(f"(activity_type = {literal(a)} AND release_type = {literal(r)})"
                            for a, r in schema.RELEASE_BY_ACTIVITY.items())
        columns.append(f"CHECK (release_type IS NULL OR {pairs})")
    return f"CREATE TABLE {quote(layer.name)} (\n  " + ",\n  ".join(columns) + "\n)"


def new_layer(layer, version):
    """A layer's table, its GeoPackage registration and its audit trigger."""
    return [create_table(layer, version), *register_in_geopackage(layer),
            *audit_triggers(layer)]


def register_in_geopackage(layer):
    """Rows that make a table a GeoPackage feature or attribute table."""
    name = literal(layer.name)
    if layer.geometry:
        return [
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            f"VALUES ({name}, 'features', {name}, {literal(layer.title)}, {SRS_ID})",
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
            f"srs_id, z, m) VALUES ({name}, {literal(GEOMETRY_COLUMN)}, "
            f"{literal(layer.geometry.upper())}, {SRS_ID}, 0, 0)",
        ]
    return ["INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            f"VALUES ({name}, 'attributes', {name}, {literal(layer.title)})"]


def audit_triggers(layer):
    """modified_at follows every update that did not set it itself."""
    if not layer.history:
        return []
    t = quote(layer.name)
    return [f"CREATE TRIGGER {quote(layer.name + '_modified_at')} AFTER UPDATE ON {t} "
            f"FOR EACH ROW WHEN NEW.modified_at IS OLD.modified_at BEGIN "
            f"UPDATE {t} SET modified_at = {NOW_SQLITE} WHERE fid = NEW.fid; END"]


def history_trigger_name(layer, field_name):
    return f"{layer.name}_{field_name}_history"


def history_triggers(layer, version):
    """A status_history row for every change of a status field, whoever made it."""
    statements = []
    has_reason = any(f.name == "status_reason" for f in layer.fields_at(version))
    reason = "NEW.status_reason" if has_reason else "NULL"
    for field_name in layer.status_fields_at(version):
        f = quote(field_name)
        statements.append(
            f"CREATE TRIGGER {quote(history_trigger_name(layer, field_name))} "
            f"AFTER UPDATE OF {f} ON {quote(layer.name)} FOR EACH ROW "
            f"WHEN OLD.{f} IS NOT NEW.{f} BEGIN "
            "INSERT INTO status_history (entity, entity_id, field, old_value, new_value, "
            "changed_at, changed_by, reason, created_at, created_by) VALUES ("
            f"{literal(layer.name)}, NEW.{quote(layer.id_field)}, {literal(field_name)}, "
            f"OLD.{f}, NEW.{f}, {NOW_SQLITE}, COALESCE(NEW.modified_by, NEW.created_by), "
            f"{reason}, {NOW_SQLITE}, COALESCE(NEW.modified_by, NEW.created_by)); END")
    return statements


def drop_history_triggers(layer):
    return [f"DROP TRIGGER IF EXISTS {quote(history_trigger_name(layer, f))}"
            for f in layer.status_fields]


def append_only_triggers():
    """status_history is an audit trail: rows are never changed or removed."""
    return [
        "CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history "
        "BEGIN SELECT RAISE(ABORT, 'status_history rows are never changed'); END",
        "CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history "
        "BEGIN SELECT RAISE(ABORT, 'status_history rows are never deleted'); END",
    ]


META_TABLE = "mineaction_meta"


def create_meta(version):
    return [
        f"CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
        f"INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        f"('{META_TABLE}', 'attributes', '{META_TABLE}', 'Mine action database metadata')",
        f"INSERT INTO {META_TABLE} VALUES ('schema_name', {literal(schema.SCHEMA_NAME)})",
        f"INSERT INTO {META_TABLE} VALUES ('schema_version', '{version}')",
        f"INSERT INTO {META_TABLE} VALUES ('created_at', {NOW_SQLITE})",
    ]


def set_version(version):
    return f"UPDATE {META_TABLE} SET value = '{version}' WHERE key = 'schema_version'"


def create_schema(version=1):
    """Every statement that builds the database at `version` (spatial indexes excepted)."""
    statements = create_meta(version)
    layers = [layer for layer in schema.LAYERS if layer.exists_at(version)]
    for layer in layers:
        statements += new_layer(layer, version)
    for layer in layers:
        statements += history_triggers(layer, version)
    statements += append_only_triggers()
    statements += [f"INSERT INTO organisations (name) VALUES ({literal(o)})"
                   for o in schema.ORGANISATIONS]
    return statements
