"""SQL for a project database on PostgreSQL/PostGIS, generated from core/schema.py.

The same layers, fields, code lists, unique ids, references, date order, history of status
changes and schema versioning as the GeoPackage (data/gpkg_ddl.py), in PostgreSQL's dialect, inside
one schema. Two things only a shared database needs:
- `row_version` on every layer, raised by the database on each update; a writer that sends the
  version it read (UPDATE ... SET row_version = <read>) and finds the row changed meanwhile gets
  an error naming who changed it and when, so no update is lost silently;
- roles: a read-only viewer and an editor (roles_sql).
Pure string building: no database access.
"""
from ..core import schema
from .gpkg_ddl import literal, quote

PG_TYPES = {"text": "text", "integer": "integer", "real": "double precision", "date": "date",
            "datetime": "timestamptz"}
CONFLICT = "mineaction conflict"   # the start of the error a lost update would have been
# true only in a transaction of the schema's owner that set mineaction.keep_stamps = 'on'
KEEPS_STAMPS = ("(coalesce(current_setting('mineaction.keep_stamps', true), '') = 'on' AND "
                "pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE "
                "nspname = TG_TABLE_SCHEMA), 'MEMBER'))")
META_TABLE = "mineaction_meta"


def column_definition(field):
    parts = [quote(field.name), PG_TYPES[field.type]]
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    if field.default is not None:
        parts.append(f"DEFAULT {field.default}")
    elif field.name in ("created_at", "modified_at"):
        parts.append("DEFAULT now()")
    elif field.name in ("created_by", "modified_by"):
        parts.append("DEFAULT current_user")
    checks = []
    name = quote(field.name)
    if field.code_list and field.type == "text":
        codes = ", ".join(literal(c) for c in schema.CODE_LISTS[field.code_list])
        checks.append(f"{name} IN ({codes})")
    if field.minimum is not None:
        checks.append(f"{name} >= {field.minimum:g}")
    if field.maximum is not None:
        checks.append(f"{name} <= {field.maximum:g}")
    if field.pattern_safe_filename:
        checks.append(f"{name} ~ '^[A-Za-z0-9_-][A-Za-z0-9._-]{{0,99}}$'")
    if checks:
        parts.append(f"CHECK ({' AND '.join(checks)})")
    if field.references:
        table, column = field.references
        parts.append(f"REFERENCES {{schema}}.{quote(table)}({quote(column)}) "
                     "ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED")
    return " ".join(parts)


GEOMETRY = {"Point": "Point", "LineString": "LineString", "Polygon": "Polygon",
            "MultiPolygon": "MultiPolygon", "Geometry": "Geometry"}
DATE_ORDER = (("land_release", "start_date", "end_date"), ("tasks", "issued_date", "due_date"))


def create_table(layer, version):
    columns = ["fid bigserial PRIMARY KEY"]
    columns += [column_definition(f) for f in layer.fields_at(version)]
    if layer.history:
        columns.append("row_version integer NOT NULL DEFAULT 1")
    if layer.geometry:
        columns.append(f"geom geometry({GEOMETRY[layer.geometry]}, 4326)")
    for group in layer.unique_together:
        columns.append(f"UNIQUE ({', '.join(quote(c) for c in group)})")
    for table, early, late in DATE_ORDER:
        if table == layer.name and version >= 4:
            columns.append(f"CONSTRAINT {quote(f'{table}_{late}_after_{early}')} CHECK "
                           f"({quote(late)} IS NULL OR {quote(early)} IS NULL OR "
                           f"{quote(late)} >= {quote(early)})")
    return f"CREATE TABLE {{schema}}.{quote(layer.name)} (\n  " + ",\n  ".join(columns) + "\n)"


def functions():
    """Trigger functions shared by the layers."""
    return [
        # every update: the version goes up; who and when are the server's (the login it
        # authenticated, its clock), whatever the client sent; a stale version is refused
        f"""CREATE OR REPLACE FUNCTION {{schema}}.touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
    RAISE EXCEPTION '{CONFLICT}: % % was changed by % at % (version %); your change was made to version %',
      TG_TABLE_NAME, NEW.fid, OLD.modified_by, OLD.modified_at, OLD.row_version,
      NEW.row_version USING ERRCODE = '40001';
  END IF;
  NEW.row_version := OLD.row_version + 1;
  NEW.created_at := OLD.created_at;
  NEW.created_by := OLD.created_by;
  NEW.modified_at := now();
  NEW.modified_by := session_user;
  RETURN NEW;
END $$""",
        # new rows: stamped by the server. Only the schema's owner copying a project
        # (copydatabase sets mineaction.keep_stamps for its transaction) keeps the stamps of
        # the rows it copies; anyone else's are replaced.
        f"""CREATE OR REPLACE FUNCTION {{schema}}.stamp_new_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.row_version := 1;
  IF {KEEPS_STAMPS} THEN
    NEW.created_at := COALESCE(NEW.created_at, now());
    NEW.created_by := COALESCE(NEW.created_by, session_user);
    NEW.modified_at := COALESCE(NEW.modified_at, NEW.created_at);
    NEW.modified_by := COALESCE(NEW.modified_by, NEW.created_by);
  ELSE
    NEW.created_at := now();
    NEW.created_by := session_user;
    NEW.modified_at := NEW.created_at;
    NEW.modified_by := session_user;
  END IF;
  RETURN NEW;
END $$""",
        # history rows: only the triggers write them (editors may not INSERT into the table)
        f"""CREATE OR REPLACE FUNCTION {{schema}}.stamp_history_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT {KEEPS_STAMPS} THEN
    NEW.changed_at := now();
    NEW.changed_by := session_user;
    NEW.created_at := now();
    NEW.created_by := session_user;
  END IF;
  RETURN NEW;
END $$""",
        """CREATE OR REPLACE FUNCTION {schema}.status_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'status_history rows are never changed or deleted';
END $$""",
    ]


def history_function(layer, version):
    """One function per layer: a status_history row for each status field that changed."""
    has_reason = any(f.name == "status_reason" for f in layer.fields_at(version))
    reason = "NEW.status_reason" if has_reason else "NULL"
    body = []
    for field_name in layer.status_fields_at(version):
        f = quote(field_name)
        body.append(
            f"  IF OLD.{f} IS DISTINCT FROM NEW.{f} THEN\n"
            f"    INSERT INTO {{schema}}.status_history (entity, entity_id, field, old_value, "
            f"new_value, changed_at, changed_by, reason, created_at, created_by)\n"
            f"    VALUES ({literal(layer.name)}, NEW.{quote(layer.id_field)}, "
            f"{literal(field_name)}, OLD.{f}, NEW.{f}, now(), session_user, {reason}, now(), "
            f"session_user);\n  END IF;")
    # SECURITY DEFINER: the history row is written with the owner's right to the table, which
    # editors lack, so a history row can only come from here
    return (f"CREATE OR REPLACE FUNCTION {{schema}}.{layer.name}_history() RETURNS trigger "
            f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
            f"BEGIN\n" + "\n".join(body) + "\n  RETURN NULL;\nEND $$")


def creation_function():
    """{schema}.record_creation(entity, id, field, new value, reason): the first history line
    of a row (a task, a hazard from a proposal) that editors, who may not write
    status_history, have just inserted. SECURITY DEFINER with the owner's right to the table;
    refused unless the row was written by the calling transaction and has no history yet, so
    nobody can put a line on someone else's row (who and when: the stamp trigger's, the
    caller's login)."""
    checks = "\n".join(
        f"  {'IF' if i == 0 else 'ELSIF'} entity = {literal(layer.name)} THEN\n"
        f"    SELECT xmin = pg_current_xact_id()::xid INTO fresh FROM {{schema}}."
        f"{quote(layer.name)} WHERE {quote(layer.id_field)} = entity_id;"
        for i, layer in enumerate(t for t in schema.LAYERS if t.status_fields))
    return (f"CREATE OR REPLACE FUNCTION {{schema}}.record_creation(entity text, entity_id text, "
            f"field text, new_value text, reason text) RETURNS void LANGUAGE plpgsql SECURITY "
            f"DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
            f"DECLARE fresh boolean;\nBEGIN\n{checks}\n  END IF;\n"
            f"  IF fresh IS NOT TRUE OR EXISTS (SELECT 1 FROM {{schema}}.status_history h WHERE "
            f"h.entity = record_creation.entity AND h.entity_id = record_creation.entity_id) "
            f"THEN\n    RAISE EXCEPTION '% % was not created in this transaction: it gets no "
            f"first history line', entity, entity_id USING ERRCODE = '42501';\n  END IF;\n"
            f"  INSERT INTO {{schema}}.status_history (entity, entity_id, field, old_value, "
            f"new_value, changed_at, changed_by, reason, created_at, created_by) VALUES "
            f"(entity, entity_id, field, NULL, new_value, now(), session_user, reason, now(), "
            f"session_user);\nEND $$")


HISTORY_STAMP_TRIGGER = ("CREATE TRIGGER status_history_stamp BEFORE INSERT ON "
                         "{schema}.status_history FOR EACH ROW EXECUTE FUNCTION "
                         "{schema}.stamp_history_row()")


def _history_trigger(layer):
    return (f"CREATE TRIGGER {layer.name}_history AFTER UPDATE ON {{schema}}.{quote(layer.name)} "
            f"FOR EACH ROW EXECUTE FUNCTION {{schema}}.{layer.name}_history()")


# who checked a record and when is the server's to say, as for every other row
CHECK_STAMP = [
    f"""CREATE OR REPLACE FUNCTION {{schema}}.stamp_record_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT {KEEPS_STAMPS} THEN
    NEW.checked_at := now();
    NEW.checked_by := session_user;
  END IF;
  RETURN NEW;
END $$""",
    "CREATE TRIGGER record_checks_checked_by BEFORE INSERT ON {schema}.record_checks "
    "FOR EACH ROW EXECUTE FUNCTION {schema}.stamp_record_check()",
]


def triggers(layer, version):
    t = f"{{schema}}.{quote(layer.name)}"
    statements = []
    if layer.history:
        statements.append(f"CREATE TRIGGER {layer.name}_stamp BEFORE INSERT ON {t} "
                          f"FOR EACH ROW EXECUTE FUNCTION {{schema}}.stamp_new_row()")
        statements.append(f"CREATE TRIGGER {layer.name}_touch BEFORE UPDATE ON {t} "
                          f"FOR EACH ROW EXECUTE FUNCTION {{schema}}.touch_row()")
    if layer.status_fields_at(version):
        statements.append(history_function(layer, version))
        statements.append(_history_trigger(layer))
    if layer.name == "status_history" and version >= 5:
        statements.append(HISTORY_STAMP_TRIGGER)
        statements.append(f"CREATE TRIGGER status_history_append_only BEFORE UPDATE OR DELETE "
                          f"ON {t} FOR EACH ROW EXECUTE FUNCTION "
                          f"{{schema}}.status_history_append_only()")
    if layer.geometry:
        statements.append(f"CREATE INDEX {layer.name}_geom_idx ON {t} USING gist (geom)")
    return statements


def create_schema(schema_name, version=schema.SCHEMA_VERSION):
    """Every statement that builds the project schema at `version` (run in one transaction)."""
    statements = [f"CREATE SCHEMA {quote(schema_name)}",
                  f"CREATE TABLE {{schema}}.{META_TABLE} (key text PRIMARY KEY, value text)",
                  f"INSERT INTO {{schema}}.{META_TABLE} VALUES ('schema_name', "
                  f"{literal(schema.SCHEMA_NAME)}), ('schema_version', '{version}'), "
                  f"('created_at', now()::text)"]
    statements += functions()
    # referenced tables first: the order of schema.LAYERS already has parents before children
    layers = [layer for layer in schema.LAYERS if layer.exists_at(version)]
    for layer in layers:
        statements.append(create_table(layer, version))
    for layer in layers:
        statements += triggers(layer, version)
    if version >= 6:
        statements += CHECK_STAMP
    if version >= 8:
        statements += personal_lock(schema_name)
    if version >= 9:
        statements += seed_productivity()
    if version >= 10:
        statements.append(creation_function())
    statements.append("INSERT INTO {schema}.organisations (name) VALUES " +
                      ", ".join(f"({literal(o)})" for o in schema.ORGANISATIONS))
    return [s.replace("{schema}", quote(schema_name)) for s in statements]


def upgrade_statements(schema_name, from_version, to_version=schema.SCHEMA_VERSION):
    """What takes a PostGIS project schema from one version to the next, as for GeoPackages:
    the fields added by each version, history functions renewed, the version recorded."""
    statements = []
    for version in range(from_version + 1, to_version + 1):
        for layer in schema.LAYERS:
            if layer.since == version:      # a layer new in this version: made whole
                statements.append(create_table(layer, version))
                statements += triggers(layer, version)
                continue
            if not layer.exists_at(version):
                continue
            for field in layer.fields:
                if field.since == version:
                    statements.append(f"ALTER TABLE {{schema}}.{quote(layer.name)} ADD COLUMN "
                                      f"{column_definition(field)}")
            if layer.status_fields_at(version):
                statements.append(history_function(layer, version))
                if version == layer.status_since != 1:   # tracked from this version on
                    statements.append(_history_trigger(layer))
        if version == 4:
            for table, early, late in DATE_ORDER:
                statements.append(
                    f"ALTER TABLE {{schema}}.{quote(table)} ADD CONSTRAINT "
                    f"{quote(f'{table}_{late}_after_{early}')} CHECK ({quote(late)} IS NULL OR "
                    f"{quote(early)} IS NULL OR {quote(late)} >= {quote(early)})")
        if version == 6:
            statements += CHECK_STAMP
        if version == 8:   # personal tables: closed to every role but victim assistance
            statements += personal_lock(schema_name)
        if version == 9:
            statements += seed_productivity()
        if version == 10:
            statements.append(creation_function())
        if version == 5:   # the server stamps who and when; history only through triggers
            statements += functions()
            statements.append(HISTORY_STAMP_TRIGGER)
            statements += _editor_grants_if_roles_exist(schema_name)
        statements.append(f"UPDATE {{schema}}.{META_TABLE} SET value = '{version}' "
                          f"WHERE key = 'schema_version'")
    return [s.replace("{schema}", quote(schema_name)) for s in statements]


def _editor_grants_if_roles_exist(schema_name):
    """Roles made by createroles before version 5 (named <schema>_viewer/_editor) get the
    version 5 grants: no history rows by hand, and tables added later covered."""
    viewer, editor = f"{schema_name}_viewer", f"{schema_name}_editor"
    return [f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(editor)}) "
            f"AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(viewer)}) THEN "
            + "; ".join(s.replace("{schema}", quote(schema_name)) for s in
                        _grants(schema_name, viewer, editor)) + "; END IF; END $$"]


def seed_productivity():
    """The shipped productivity figures and the ANAMA preset profile (schema version 9)."""
    from ..core.priorities import ANAMA_PRESET
    return ["INSERT INTO {schema}.productivity (asset, activity_type, m2_per_day, source) "
            f"VALUES ({literal(a)}, {literal(t)}, {m}, {literal(src)})"
            for a, t, m, src in schema.PRODUCTIVITY_DEFAULTS] + [
        "INSERT INTO {schema}.priority_profiles (profile, criterion, weight, gate) VALUES "
        f"({literal(schema.PRESET_PROFILE)}, {literal(c)}, {w}, 0)"
        for c, w in ANAMA_PRESET.items()]


def assistance_role(schema_name):
    return f"{schema_name}_victim_assistance"


def roles_sql(schema_name, viewer, editor):
    """A read-only viewer role, an editor role and the victim-assistance role on the project
    schema (NOLOGIN groups: officers' logins are granted one of them, or two)."""
    statements = []
    for role in (viewer, editor, assistance_role(schema_name)):
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(role)})"
            f" THEN CREATE ROLE {quote(role)} NOLOGIN; END IF; END $$")
    s, a = quote(schema_name), quote(assistance_role(schema_name))
    return statements + _grants(schema_name, viewer, editor) + [
        f"GRANT USAGE ON SCHEMA {s} TO {a}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {a}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {a}",
    ] + personal_lock(schema_name)


def personal_lock(schema_name):
    """The personal tables (schema.PERSONAL_LAYERS) readable and writable by their owner and
    the <schema>_victim_assistance role only: every other grant on them is taken back (the
    viewer's and editor's default privileges included), the assistance role, when it exists,
    gets them. Run when the tables are made and whenever roles are (re)made; tables not there
    yet (an older schema) are passed over."""
    tables = "ARRAY[" + ", ".join(literal(n) for n in schema.PERSONAL_LAYERS) + "]"
    role = literal(assistance_role(schema_name))
    nsp = literal(schema_name)
    return [
        "DO $$ DECLARE r record; t text; BEGIN "
        f"FOREACH t IN ARRAY {tables} LOOP "
        f"IF to_regclass(format('%I.%I', {nsp}, t)) IS NOT NULL THEN "
        f"EXECUTE format('REVOKE ALL ON %I.%I FROM PUBLIC', {nsp}, t); END IF; END LOOP; "
        "FOR r IN SELECT DISTINCT c.relname, g.rolname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles g ON g.oid = a.grantee "
        f"WHERE n.nspname = {nsp} AND c.relname = ANY({tables}) AND a.grantee <> c.relowner "
        f"AND g.rolname <> {role} LOOP "
        f"EXECUTE format('REVOKE ALL ON %I.%I FROM %I', {nsp}, r.relname, r.rolname); "
        "END LOOP; "
        f"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {role}) THEN "
        f"FOREACH t IN ARRAY {tables} LOOP "
        f"IF to_regclass(format('%I.%I', {nsp}, t)) IS NOT NULL THEN "
        f"EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I.%I TO %I', {nsp}, t, "
        f"{role}); END IF; END LOOP; END IF; "
        "END $$"]


def _grants(schema_name, viewer, editor):
    s, v, e = quote(schema_name), quote(viewer), quote(editor)
    return [
        f"GRANT USAGE ON SCHEMA {s} TO {v}, {e}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {v}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {e}",
        # history is written by the triggers only, never by hand
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.status_history FROM {e}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.{META_TABLE} FROM {e}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {e}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {v}",
        # tables and sequences a later schema upgrade adds are covered as well
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {v}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
        f"TO {e}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {e}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON SEQUENCES TO {v}",
    ]
