"""Schema upgrades: the statements that take a database from one version to the next.

A new version adds its fields to core/schema.py with ``since=<version>``; the generic step below
adds those columns and refreshes the history triggers. Anything else a version needs goes into
EXTRA_STEPS. Creating a database runs version 1 and then every step, so new and upgraded
databases are built by the same code.
"""
from ..core import schema
from ..core.priorities import ANAMA_PRESET
from . import gpkg_ddl as ddl

# version -> further statements run after the generic step of that version
EXTRA_STEPS = {
    2: [],   # 2: status_reason on layers with a status; history triggers record it as reason
    3: [],   # 3: all recorded values of record points; misclosure; row length check
    4: [     # 4: dates in order (SQLite cannot add a CHECK to an existing table; triggers can)
        *(f"CREATE TRIGGER {table}_{late}_after_{early}_{when.lower()} BEFORE {when} ON {table} "
          f"FOR EACH ROW WHEN NEW.{late} < NEW.{early} BEGIN SELECT RAISE(ABORT, "
          f"'{table}: {late} is before {early}'); END"
          for table, early, late in (("land_release", "start_date", "end_date"),
                                     ("tasks", "issued_date", "due_date"))
          for when in ("INSERT", "UPDATE")),
    ],
    5: [],   # 5: on PostgreSQL the server stamps who and when (data/pg_ddl.py); nothing to do here
    6: [],   # 6: record_checks; corrected records keep their recorded geometry as WKT
    7: [],   # 7: aerial survey (flights, vegetation, detections, proposals) and accidents
    8: [],   # 8: victims, their personal data, needs and assistance
    # 9: settlements, infrastructure, capacity, productivity (seeded), priority profiles
    9: [f"INSERT INTO productivity (asset, activity_type, m2_per_day, source) VALUES "
        f"({ddl.literal(a)}, {ddl.literal(t)}, {m}, {ddl.literal(src)})"
        for a, t, m, src in schema.PRODUCTIVITY_DEFAULTS] +
       [f"INSERT INTO priority_profiles (profile, criterion, weight, gate) VALUES "
        f"({ddl.literal(schema.PRESET_PROFILE)}, {ddl.literal(c)}, {w}, 0)"
        for c, w in ANAMA_PRESET.items()],
    10: [],  # 10: on PostgreSQL a new row's first history line through the server
}


def step(version):
    """Statements that upgrade a database from version - 1 to version."""
    statements = []
    for layer in schema.LAYERS:
        if layer.since == version:          # a layer new in this version: made whole
            statements += ddl.new_layer(layer, version)
            statements += ddl.history_triggers(layer, version)
            continue
        if not layer.exists_at(version):
            continue
        for field in layer.fields:
            if field.since == version:
                statements.append(f"ALTER TABLE {ddl.quote(layer.name)} ADD COLUMN "
                                  f"{ddl.column_definition(field)}")
        if layer.status_fields_at(version):
            statements += ddl.drop_history_triggers(layer)
            statements += ddl.history_triggers(layer, version)
    statements += EXTRA_STEPS.get(version, [])
    statements.append(ddl.set_version(version))
    return statements


def statements_between(from_version, to_version):
    statements = []
    for version in range(from_version + 1, to_version + 1):
        statements += step(version)
    return statements
