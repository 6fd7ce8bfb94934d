"""The generated SQL, run on plain SQLite: constraints, history triggers, migrations."""
import sqlite3

import pytest

from mineaction_plugin.core import schema
from mineaction_plugin.data import gpkg_ddl as ddl
from mineaction_plugin.data import migrations


def make_db(version=schema.SCHEMA_VERSION):
    db = sqlite3.connect(":memory:")
    # the two GeoPackage tables the schema registers itself in (GDAL makes them for real)
    db.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, "
               "identifier TEXT, description TEXT, srs_id INTEGER)")
    db.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, "
               "geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)")
    for sql in ddl.create_schema(1) + migrations.statements_between(1, version):
        db.execute(sql)
    return db


def columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_every_layer_is_created_and_registered():
    db = make_db()
    tables = {r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")}
    assert {layer.name for layer in schema.LAYERS} <= tables
    geometry = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert geometry["hazards"] == "POLYGON" and geometry["eo_finds"] == "POINT"
    assert geometry["mine_rows"] == "LINESTRING"
    version = db.execute("SELECT value FROM mineaction_meta WHERE key='schema_version'")
    assert version.fetchone()[0] == str(schema.SCHEMA_VERSION)


@pytest.mark.parametrize("sql", [
    "INSERT INTO hazards (hazard_id, status) VALUES ('H1', 'pending')",
    "INSERT INTO hazards (hazard_id, classification) VALUES ('H1', 'XYZ')",
    "INSERT INTO hazards (hazard_id, priority) VALUES ('H1', 6)",
    "INSERT INTO hazards (status) VALUES ('open')",
    "INSERT INTO eo_finds (find_id, category, quantity) VALUES ('E1', 'APM', 0)",
    "INSERT INTO land_release (activity_id, activity_type, release_type) "
    "VALUES ('A1', 'NTS', 'cleared')",
    "INSERT INTO tasks (task_id, task_type) VALUES ('T/1', 'TS')",
    "INSERT INTO tasks (task_id, task_type) VALUES ('..', 'TS')",
    "INSERT INTO land_release (activity_id, activity_type, start_date) "
    "VALUES ('A1', 'TS', '17/03/2022')",
    "INSERT INTO marking_signs (sign_id, facing_deg) VALUES ('S1', 400)",
])
def test_bad_values_are_refused_by_the_database(sql):
    db = make_db()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(sql)


def test_ids_are_unique():
    db = make_db()
    db.execute("INSERT INTO hazards (hazard_id) VALUES ('HZ-AGD-0001')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO hazards (hazard_id) VALUES ('HZ-AGD-0001')")


def test_good_rows_are_accepted_with_defaults_and_timestamps():
    db = make_db()
    db.execute("INSERT INTO hazards (hazard_id, created_by) VALUES ('HZ-1', 'aliyev')")
    row = db.execute("SELECT classification, status, created_at FROM hazards").fetchone()
    assert row[:2] == ("SHA", "open")
    assert row[2].endswith("Z") and row[2][4] == "-" and "T" in row[2]
    db.execute("INSERT INTO land_release (activity_id, activity_type, release_type, start_date) "
               "VALUES ('LR-1', 'clearance', 'cleared', '2022-09-17')")
    db.execute("INSERT INTO tasks (task_id, task_type) VALUES ('TSK-2026_001.a', 'clearance')")


def test_status_changes_are_written_to_history_and_history_is_append_only():
    db = make_db()
    db.execute("INSERT INTO hazards (hazard_id, created_by) VALUES ('HZ-1', 'aliyev')")
    db.execute("UPDATE hazards SET status = 'worked_on', modified_by = 'mammadova', "
               "status_reason = 'clearance started' WHERE hazard_id = 'HZ-1'")
    # no status change
    db.execute("UPDATE hazards SET name = 'North field' WHERE hazard_id = 'HZ-1'")
    db.execute("UPDATE hazards SET classification = 'CHA' WHERE hazard_id = 'HZ-1'")
    rows = db.execute("SELECT entity, entity_id, field, old_value, new_value, changed_by, reason "
                      "FROM status_history ORDER BY fid").fetchall()
    assert rows == [
        ("hazards", "HZ-1", "status", "open", "worked_on", "mammadova", "clearance started"),
        ("hazards", "HZ-1", "classification", "SHA", "CHA", "mammadova", "clearance started"),
    ]
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        db.execute("UPDATE status_history SET new_value = 'closed'")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM status_history")


def test_modified_at_follows_updates():
    db = make_db()
    db.execute("INSERT INTO tasks (task_id, task_type, modified_at) "
               "VALUES ('T1', 'TS', '2020-01-01T00:00:00.000Z')")
    db.execute("UPDATE tasks SET team = 'Team 3' WHERE task_id = 'T1'")
    assert db.execute("SELECT modified_at FROM tasks").fetchone()[0] > "2025"


def test_upgrading_version_1_gives_the_same_tables_as_a_new_database():
    old = make_db(version=1)
    assert "status_reason" not in columns(old, "hazards")
    for sql in migrations.statements_between(1, schema.SCHEMA_VERSION):
        old.execute(sql)
    new = make_db()
    for layer in schema.LAYERS:
        assert sorted(columns(old, layer.name)) == sorted(columns(new, layer.name)), layer.name
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert old.execute(triggers).fetchall() == new.execute(triggers).fetchall()


def test_version_1_history_has_no_reason_and_still_works():
    db = make_db(version=1)
    db.execute("INSERT INTO tasks (task_id, task_type) VALUES ('T1', 'TS')")
    db.execute("UPDATE tasks SET status = 'issued' WHERE task_id = 'T1'")
    assert db.execute("SELECT new_value, reason FROM status_history").fetchall() == [
        ("issued", None)]


def test_dates_must_be_in_order():
    db = make_db()
    with pytest.raises(sqlite3.IntegrityError, match="end_date is before start_date"):
        db.execute("INSERT INTO land_release (activity_id, activity_type, start_date, end_date) "
                   "VALUES ('A1', 'TS', '2022-05-02', '2022-05-01')")
    db.execute("INSERT INTO land_release (activity_id, activity_type, start_date, end_date) "
               "VALUES ('A1', 'TS', '2022-05-01', '2022-05-01')")
    with pytest.raises(sqlite3.IntegrityError, match="end_date is before start_date"):
        db.execute("UPDATE land_release SET end_date = '2021-01-01' WHERE activity_id = 'A1'")
    with pytest.raises(sqlite3.IntegrityError, match="due_date is before issued_date"):
        db.execute("INSERT INTO tasks (task_id, task_type, issued_date, due_date) "
                   "VALUES ('T1', 'TS', '2022-05-02', '2022-04-01')")
