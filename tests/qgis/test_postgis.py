"""The project database on PostgreSQL/PostGIS: the same schema as the GeoPackage, upgrades,
no lost update between two officers, roles the database enforces. A real server: the
throw-away cluster of scripts/pg_cluster.sh."""
import sqlite3

import pytest

from mineaction_plugin.core import schema
from mineaction_plugin.data import pg_ddl, postgis

from conftest import query, settle


def drop_schema(target, name):
    """Remove a schema a test made besides its own pg_target."""
    connection = postgis.connect(target)
    connection.autocommit = True
    connection.cursor().execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    connection.close()


def pg_columns(target, table):
    connection = postgis.connect(target)
    with connection.cursor() as cursor:
        cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                       "%s AND table_name = %s", (target.schema, table))
        names = {r[0] for r in cursor.fetchall()}
    connection.close()
    return names


def test_the_same_layers_and_fields_as_the_geopackage(pg_target, new_db):
    info = postgis.create(pg_target)
    assert info.version == schema.SCHEMA_VERSION and not info.needs_upgrade
    gpkg = sqlite3.connect(new_db)
    for layer in schema.LAYERS:
        gpkg_columns = {r[1] for r in gpkg.execute(f'PRAGMA table_info("{layer.name}")')}
        assert pg_columns(pg_target, layer.name) - {"row_version"} == gpkg_columns, layer.name
    gpkg.close()
    assert postgis.counts(pg_target)["organisations"] == len(schema.ORGANISATIONS)
    with pytest.raises(postgis.DatabaseError, match="already exists"):
        postgis.create(pg_target)


def test_the_database_enforces_code_lists_ids_and_date_order(pg_target):
    import psycopg2
    postgis.create(pg_target)
    connection = postgis.connect(pg_target)
    s = pg_target.schema
    bad = [
        f"INSERT INTO {s}.hazards (hazard_id, classification, status) VALUES ('H1', 'XXX', 'open')",
        f"INSERT INTO {s}.tasks (task_id, task_type, status) VALUES ('../x', 'TS', 'draft')",
        f"INSERT INTO {s}.tasks (task_id, task_type, status, issued_date, due_date) VALUES "
        f"('T1', 'TS', 'draft', '2026-12-01', '2026-11-01')",
    ]
    for statement in bad:
        with pytest.raises(psycopg2.IntegrityError):
            with connection.cursor() as cursor:
                cursor.execute(statement)
        connection.rollback()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {s}.hazards (hazard_id, geom) VALUES ('H1', "
                       f"ST_GeomFromText('POLYGON((47 40, 47.01 40, 47.01 40.01, 47 40))', 4326))")
        with pytest.raises(psycopg2.IntegrityError):
            cursor.execute(f"INSERT INTO {s}.hazards (hazard_id) VALUES ('H1')")
    connection.rollback()
    connection.close()


def test_an_older_schema_is_upgraded_to_the_same_columns(pg_target, pg_server, run_alg):
    postgis.create(pg_target, version=3)
    assert postgis.inspect(pg_target).needs_upgrade
    assert "status_reason" in pg_columns(pg_target, "hazards")       # version 2
    # the same algorithm as for a GeoPackage (the server's backups stand for the copy)
    result = run_alg("upgradedatabase", {"DATABASE": f"{pg_target.conninfo} "
                                                     f"schema={pg_target.schema}"})
    assert result["BACKUP"] == ""
    info = postgis.inspect(pg_target)
    assert info.version == schema.SCHEMA_VERSION and not info.needs_upgrade
    fresh = postgis.parse_target(f"{pg_server} schema={pg_target.schema}_new")
    try:
        postgis.create(fresh)
        for layer in schema.LAYERS:
            assert pg_columns(pg_target, layer.name) == pg_columns(fresh, layer.name)
        import psycopg2  # the date order of version 4 holds on the upgraded schema too
        connection = postgis.connect(pg_target)
        with connection.cursor() as cursor:   # and version 10's first history lines
            cursor.execute("SELECT n.nspname, p.prosecdef FROM pg_proc p JOIN pg_namespace n "
                           "ON n.oid = p.pronamespace WHERE p.proname = 'record_creation' "
                           "AND n.nspname IN (%s, %s) ORDER BY 1",
                           (pg_target.schema, fresh.schema))
            assert cursor.fetchall() == sorted([(pg_target.schema, True), (fresh.schema, True)])
        connection.rollback()
        with pytest.raises(psycopg2.IntegrityError):
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {pg_target.schema}.tasks (task_id, task_type, status,"
                               f" issued_date, due_date) VALUES ('T', 'TS', 'draft', "
                               f"'2026-12-01', '2026-11-01')")
        connection.close()
    finally:
        drop_schema(fresh, fresh.schema)


def drop_project_and_roles(owner, schema_name):
    """Remove a test's schema and its <schema>_viewer/_editor roles; closes `owner`."""
    with owner, owner.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema_name} CASCADE")
        for role in (f"{schema_name}_viewer", f"{schema_name}_editor",
                     f"{schema_name}_victim_assistance"):
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if cursor.fetchone():
                cursor.execute(f'DROP OWNED BY "{role}"')
                cursor.execute(f'DROP ROLE "{role}"')
    owner.close()


@pytest.fixture(scope="session")
def officer_logins(pg_cluster):
    """Real logins of the test cluster, each with its own password: {login: password}."""
    import secrets
    logins = {}
    for login in ("officer_a", "officer_b", "officer_c"):
        logins[login] = "pw-" + secrets.token_urlsafe(12)
        pg_cluster.add_login(login, logins[login])
    return logins


def officer_target(pg_target, login, password):
    conninfo = " ".join(part for part in pg_target.conninfo.split()
                        if not part.startswith("user="))
    return postgis.Target(f"{conninfo} user={login}", pg_target.schema, password)


@pytest.fixture
def two_officers(officer_logins, pg_target):
    """The project with its roles, and two real logins (each giving its own password) who
    are editors: officer_a's and officer_b's Targets."""
    postgis.create(pg_target)
    s = pg_target.schema
    owner = postgis.connect(pg_target)
    with owner, owner.cursor() as cursor:
        for statement in pg_ddl.roles_sql(s, f"{s}_viewer", f"{s}_editor"):
            cursor.execute(statement)
    targets = []
    for login in ("officer_a", "officer_b"):
        with owner, owner.cursor() as cursor:
            cursor.execute(f'GRANT "{s}_editor" TO {login}')
        targets.append(officer_target(pg_target, login, officer_logins[login]))
    yield targets
    drop_project_and_roles(owner, s)


def test_two_officers_change_one_hazard_and_nothing_is_lost(two_officers):
    target_a, target_b = two_officers
    s = target_a.schema
    officer_a, officer_b = postgis.connect(target_a), postgis.connect(target_b)
    with officer_a.cursor() as cursor:
        cursor.execute(f"INSERT INTO {s}.hazards (hazard_id, classification, status) VALUES "
                       f"('HZ-AGD-0001', 'SHA', 'open') RETURNING row_version")
        version = cursor.fetchone()[0]
    officer_a.commit()
    # both read version 1; B saves first
    assert postgis.update_checked(officer_b, target_b, "hazards", "HZ-AGD-0001",
                                  {"status": "worked_on", "status_reason": "team 3 on site"},
                                  version) == version + 1
    with pytest.raises(postgis.Conflict) as conflict:
        postgis.update_checked(officer_a, target_a, "hazards", "HZ-AGD-0001",
                               {"classification": "CHA", "status": "closed",
                                "status_reason": "survey"}, version)
    assert "changed by officer_b" in str(conflict.value) and "Nothing was saved" in str(
        conflict.value)
    # A reloads, sees B's change, and saves on top of it
    with officer_a.cursor() as cursor:
        cursor.execute(f"SELECT status, row_version FROM {s}.hazards")
        status, version = cursor.fetchone()
    officer_a.commit()
    assert status == "worked_on"
    postgis.update_checked(officer_a, target_a, "hazards", "HZ-AGD-0001",
                           {"classification": "CHA", "status_reason": "mines seen"}, version)
    with officer_a.cursor() as cursor:
        cursor.execute(f"SELECT field, old_value, new_value, changed_by, reason FROM "
                       f"{s}.status_history ORDER BY fid")
        history = cursor.fetchall()
        with pytest.raises(Exception, match="permission denied|never changed or deleted"):
            cursor.execute(f"DELETE FROM {s}.status_history")
    officer_a.rollback()
    assert history == [("status", "open", "worked_on", "officer_b", "team 3 on site"),
                       ("classification", "SHA", "CHA", "officer_a", "mines seen")]
    officer_a.close()
    officer_b.close()


def test_the_server_says_who_and_when_whatever_a_client_sends(two_officers):
    """officer_b cannot stamp officer_a's name (or an old date) on a row or a history entry."""
    import datetime
    target_a, target_b = two_officers
    s = target_a.schema
    officer_b = postgis.connect(target_b)
    with officer_b, officer_b.cursor() as cursor:
        cursor.execute(f"INSERT INTO {s}.hazards (hazard_id, classification, status, created_by, "
                       f"created_at, modified_by, modified_at) VALUES ('HZ-AGD-0002', 'SHA', "
                       f"'open', 'officer_a', '2001-01-01', 'officer_a', '2001-01-01')")
        cursor.execute(f"SELECT created_by, modified_by, created_at FROM {s}.hazards")
        created_by, modified_by, created_at = cursor.fetchone()
    assert (created_by, modified_by) == ("officer_b", "officer_b")
    assert created_at.year == datetime.date.today().year
    with officer_b, officer_b.cursor() as cursor:   # a forged name and time on an update
        cursor.execute(f"UPDATE {s}.hazards SET status = 'worked_on', modified_by = 'officer_a', "
                       f"modified_at = '2001-01-01', created_by = 'officer_a'")
        cursor.execute(f"SELECT created_by, modified_by, modified_at FROM {s}.hazards")
        created_by, modified_by, modified_at = cursor.fetchone()
        cursor.execute(f"SELECT changed_by, changed_at FROM {s}.status_history")
        changed_by, changed_at = cursor.fetchone()
    assert (created_by, modified_by, changed_by) == ("officer_b",) * 3
    assert modified_at.year == changed_at.year == datetime.date.today().year
    for statement in (   # history only from the triggers
            f"INSERT INTO {s}.status_history (entity, entity_id, field, old_value, new_value, "
            f"changed_at, changed_by) VALUES ('hazards', 'HZ-AGD-0002', 'status', 'open', "
            f"'closed', now(), 'officer_a')",
            f"UPDATE {s}.status_history SET changed_by = 'officer_a'"):
        with pytest.raises(Exception, match="permission denied"):
            with officer_b, officer_b.cursor() as cursor:
                cursor.execute(statement)
    with officer_b, officer_b.cursor() as cursor:
        cursor.execute(f"SELECT count(*), min(changed_by) FROM {s}.status_history")
        assert cursor.fetchone() == (1, "officer_b")
    officer_b.close()


def test_grants_cover_a_table_a_later_upgrade_adds(two_officers, pg_target):
    owner = postgis.connect(pg_target)
    s = pg_target.schema
    with owner, owner.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {s}.added_later (fid bigserial PRIMARY KEY, name text)")
    owner.close()
    officer_a = postgis.connect(two_officers[0])
    with officer_a, officer_a.cursor() as cursor:
        cursor.execute(f"INSERT INTO {s}.added_later (name) VALUES ('x') RETURNING fid")
        assert cursor.fetchone()[0] == 1
    officer_a.close()


def test_a_version_4_project_with_roles_is_carried_over(pg_target, officer_logins):
    """Upgrading a project made before the server stamped: old history is kept, the roles
    lose the right to write history by hand, stamps become the server's."""
    s = pg_target.schema
    owner = postgis.connect(pg_target)
    with owner, owner.cursor() as cursor:
        for statement in pg_ddl.create_schema(s, 4):
            cursor.execute(statement)
        # version 4's grants, as createroles gave them then: editors could insert history
        for statement in (f"CREATE ROLE {s}_viewer NOLOGIN", f"CREATE ROLE {s}_editor NOLOGIN",
                          f"GRANT USAGE ON SCHEMA {s} TO {s}_viewer, {s}_editor",
                          f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} "
                          f"TO {s}_editor",
                          f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {s}_editor",
                          f"INSERT INTO {s}.hazards (hazard_id, classification, status, "
                          f"created_by) VALUES ('HZ-OLD-0001', 'SHA', 'open', 'someone')",
                          f"UPDATE {s}.hazards SET status = 'worked_on'"):
            cursor.execute(statement)
        cursor.execute(f"SELECT created_by FROM {s}.hazards")
        made_by = cursor.fetchone()[0]
    assert postgis.inspect(pg_target).version == 4
    postgis.upgrade(pg_target)
    assert postgis.inspect(pg_target).version == schema.SCHEMA_VERSION
    with owner, owner.cursor() as cursor:
        cursor.execute(f"GRANT {s}_editor TO officer_c")
    officer_c = postgis.connect(officer_target(pg_target, "officer_c",
                                               officer_logins["officer_c"]))
    with pytest.raises(Exception, match="permission denied"):
        with officer_c, officer_c.cursor() as cursor:
            cursor.execute(f"INSERT INTO {s}.status_history (entity, entity_id, field, "
                           f"changed_at, changed_by) VALUES ('hazards', 'x', 'status', now(), "
                           f"'someone')")
    with officer_c, officer_c.cursor() as cursor:
        cursor.execute(f"UPDATE {s}.hazards SET status = 'closed', modified_by = 'someone'")
        cursor.execute(f"SELECT created_by, modified_by FROM {s}.hazards")
        assert cursor.fetchone() == (made_by, "officer_c")
        cursor.execute(f"SELECT new_value, changed_by FROM {s}.status_history ORDER BY fid")
        assert [row[0] for row in cursor.fetchall()] == ["worked_on", "closed"]
    officer_c.close()
    drop_project_and_roles(owner, s)


def test_a_viewer_cannot_change_a_row_and_is_told_so(pg_target):
    postgis.create(pg_target)
    s = pg_target.schema
    viewer, editor = f"{s}_viewer", f"{s}_editor"
    connection = postgis.connect(pg_target)
    with connection.cursor() as cursor:
        for statement in pg_ddl.roles_sql(s, viewer, editor):
            cursor.execute(statement)
        cursor.execute(f"INSERT INTO {s}.tasks (task_id, task_type, status) VALUES "
                       f"('T-1', 'TS', 'draft')")
    connection.commit()
    with connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{viewer}"')
        cursor.execute(f"SELECT row_version FROM {s}.tasks")
        version = cursor.fetchone()[0]
    with pytest.raises(postgis.DatabaseError, match="your role may only read"):
        postgis.update_checked(connection, pg_target, "tasks", "T-1", {"status": "issued"},
                               version)
    with connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{editor}"')
    assert postgis.update_checked(connection, pg_target, "tasks", "T-1", {"status": "issued"},
                                  version) == version + 1
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")
        for role in (viewer, editor, f"{pg_target.schema}_victim_assistance"):
            cursor.execute(f'DROP OWNED BY "{role}"')
            cursor.execute(f'DROP ROLE "{role}"')
    connection.commit()
    connection.close()


def test_targets_are_parsed_and_passwords_kept_out_of_them():
    target = postgis.parse_target("postgresql://officer@db.local:5432/mine?schema=aghdam"
                                  "&sslmode=require")
    assert target.schema == "aghdam" and "sslmode=require" in target.conninfo
    assert postgis.parse_target("service=anama schema=fuzuli").schema == "fuzuli"
    for written in ("postgresql://officer:secret@db.local:5432/mine?schema=aghdam",
                    "service=anama password=secret schema=fuzuli"):
        with pytest.raises(postgis.DatabaseError, match="Write no password"):
            postgis.parse_target(written)
    # a password held in memory (from QGIS's authentication database) never shows
    assert "secret" not in postgis.Target("host=db user=o password=secret", "x").label()
    with pytest.raises(postgis.DatabaseError, match="not a schema name"):
        postgis.parse_target("service=anama schema=Robert');DROP")
    assert postgis.is_postgres("postgres://x/y") and not postgis.is_postgres("/tmp/x.gpkg")
    assert postgis.connection_name("connection='mine action' schema=x") == "mine action"


def test_createdatabase_and_createroles_from_processing(pg_target, run_alg):
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    assert run_alg("createdatabase", {"OUTPUT": uri})["OUTPUT"] == uri
    assert postgis.inspect(pg_target).version == schema.SCHEMA_VERSION
    roles = run_alg("createroles", {"DATABASE": uri})
    assert roles == {"VIEWER": f"{pg_target.schema}_viewer", "EDITOR": f"{pg_target.schema}_editor",
                     "VICTIM_ASSISTANCE": f"{pg_target.schema}_victim_assistance"}
    connection = postgis.connect(pg_target)
    with connection.cursor() as cursor:
        cursor.execute("SELECT has_table_privilege(%s, %s, 'UPDATE'), "
                       "has_table_privilege(%s, %s, 'UPDATE'), "
                       "has_table_privilege(%s, %s, 'SELECT')",
                       (roles["VIEWER"], f"{pg_target.schema}.hazards",
                        roles["EDITOR"], f"{pg_target.schema}.hazards",
                        roles["VIEWER"], f"{pg_target.schema}.hazards"))
        assert cursor.fetchone() == (False, True, True)
        for role in roles.values():
            cursor.execute(f'DROP OWNED BY "{role}"')
            cursor.execute(f'DROP ROLE "{role}"')
    connection.commit()
    connection.close()
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="PostgreSQL matter"):
        run_alg("createroles", {"DATABASE": "/tmp/x.gpkg"})


def test_copy_a_geopackage_into_postgis_and_back_with_ids_and_history(pg_target, run_alg,
                                                                      new_db, tmp_path):
    import os
    data = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")
    run_alg("importminefieldrecords", {"INPUT": os.path.join(data, "records.csv"),
                                       "DATABASE": new_db})
    run_alg("hazardsfromrecords", {"DATABASE": new_db})
    task = run_alg("createtask", {"DATABASE": new_db, "HAZARD_ID": "HZ-XXX-0001",
                                  "TASK_TYPE": "TS"})["TASK_ID"]
    run_alg("settaskstatus", {"DATABASE": new_db, "TASK_ID": task, "STATUS": "issued",
                              "REASON": "briefed"})
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    copied = run_alg("copydatabase", {"INPUT": new_db, "OUTPUT": uri})["COPIED"]
    back = str(tmp_path / "back.gpkg")
    assert run_alg("copydatabase", {"INPUT": uri, "OUTPUT": back})["COPIED"] == copied
    source, again = sqlite3.connect(new_db), sqlite3.connect(back)
    for layer in schema.LAYERS:
        # every attribute, stamps included (PostgreSQL keeps them to the microsecond)
        columns = ", ".join(f'"{f.name}"' for f in layer.fields)
        rows_a = source.execute(f'SELECT {columns} FROM "{layer.name}" ORDER BY fid').fetchall()
        rows_b = again.execute(f'SELECT {columns} FROM "{layer.name}" ORDER BY fid').fetchall()
        assert len(rows_a) == len(rows_b), layer.name
        if layer.name in ("minefield_records", "record_points", "hazards", "tasks",
                          "status_history"):
            assert rows_a, layer.name
        names = [f.name for f in layer.fields]
        for a, b in zip(rows_a, rows_b):
            for name, value, copied in zip(names, a, b):
                if value is None and name in ("created_at", "created_by", "modified_at",
                                              "modified_by"):
                    continue   # rows that had no stamp get one in PostGIS
                if isinstance(value, float):
                    assert copied == pytest.approx(value, rel=1e-12)
                else:
                    assert copied == value, layer.name
    # geometries: the same vertices
    from osgeo import ogr
    for name, key in (("hazards", "hazard_id"), ("record_points", "point_id")):
        shapes = []
        for path in (new_db, back):
            ds = ogr.Open(path)
            shapes.append(sorted((f.GetField(key), f.GetGeometryRef().ExportToIsoWkt())
                                 for f in ds.GetLayerByName(name)))
            ds = None
        assert shapes[0] == shapes[1]
    assert again.execute("SELECT entity_id, old_value, new_value, reason FROM status_history "
                         "ORDER BY fid").fetchall() == source.execute(
        "SELECT entity_id, old_value, new_value, reason FROM status_history ORDER BY fid"
    ).fetchall()
    source.close()
    again.close()
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_alg("copydatabase", {"INPUT": new_db, "OUTPUT": uri})


def make_project(run_alg, tmp_path, pg_target=None):
    """Records → hazards in a GeoPackage, copied into PostGIS when a target is given."""
    import os
    data = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")
    path = str(tmp_path / "tasks.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    run_alg("importminefieldrecords", {"INPUT": os.path.join(data, "records.csv"),
                                       "DATABASE": path})
    run_alg("hazardsfromrecords", {"DATABASE": path})
    if pg_target is None:
        return path
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
    return uri


@pytest.fixture(params=["gpkg", "postgis"])
def task_db(request, run_alg, tmp_path):
    """The same project on each backend: a .gpkg path or a PostGIS target."""
    if request.param == "gpkg":
        return make_project(run_alg, tmp_path)
    return make_project(run_alg, tmp_path, request.getfixturevalue("pg_target"))


def history_of(db, task_id):
    from mineaction_plugin.data import project_db
    project = project_db.open_project(db)
    try:
        return [tuple(r) for r in project.rows(
            f"SELECT old_value, new_value, reason FROM {project.t('status_history')} WHERE "
            f"entity = 'tasks' AND entity_id = ? ORDER BY fid", (task_id,))]
    finally:
        project.close()


def test_tasks_and_their_status_on_both_backends(task_db, run_alg):
    from qgis.core import QgsProcessingException
    task_id = run_alg("createtask", {"DATABASE": task_db, "HAZARD_ID": "HZ-XXX-0002",
                                     "TASK_TYPE": "NTS", "TEAM": "Team 2"})["TASK_ID"]
    assert task_id == "HZ-XXX-0002-T01"
    with pytest.raises(QgsProcessingException, match="draft; it cannot become completed"):
        run_alg("settaskstatus", {"DATABASE": task_db, "TASK_ID": task_id,
                                  "STATUS": "completed"})
    run_alg("settaskstatus", {"DATABASE": task_db, "TASK_ID": task_id, "STATUS": "issued",
                              "REASON": "briefed"})
    assert history_of(task_db, task_id) == [(None, "draft", "created from hazard HZ-XXX-0002"),
                                            ("draft", "issued", "briefed")]
    with pytest.raises(QgsProcessingException, match="no hazard HZ-NONE"):
        run_alg("createtask", {"DATABASE": task_db, "HAZARD_ID": "HZ-NONE", "TASK_TYPE": "TS"})


def test_a_status_change_made_to_a_stale_version_is_refused_on_postgis(pg_target, run_alg,
                                                                       tmp_path):
    from qgis.core import QgsProcessingException
    task_db = make_project(run_alg, tmp_path, pg_target)
    task_id = run_alg("createtask", {"DATABASE": task_db, "HAZARD_ID": "HZ-XXX-0003",
                                     "TASK_TYPE": "TS"})["TASK_ID"]
    # officer A looked at version 1; officer B issues the task meanwhile
    run_alg("settaskstatus", {"DATABASE": task_db, "TASK_ID": task_id, "STATUS": "issued",
                              "ROW_VERSION": 1})
    with pytest.raises(QgsProcessingException, match="changed by someone else"):
        run_alg("settaskstatus", {"DATABASE": task_db, "TASK_ID": task_id,
                                  "STATUS": "cancelled", "ROW_VERSION": 1})
    assert [h[1] for h in history_of(task_db, task_id)] == ["draft", "issued"]


def test_a_task_sheet_reads_the_same_from_both_backends(run_alg, tmp_path, pg_target):
    """The sheet of one task printed from the GeoPackage and from its PostGIS copy: the same
    text, turning points and all."""
    import subprocess
    path = make_project(run_alg, tmp_path)
    run_alg("createtask", {"DATABASE": path, "HAZARD_ID": "HZ-XXX-0001", "TASK_TYPE": "TS",
                           "ISSUED_DATE": "2026-11-20", "DUE_DATE": "2026-12-20"})
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
    texts = []
    for database, folder in ((path, "gpkg"), (uri, "pg")):
        result = run_alg("exporttasksheets", {"DATABASE": database,
                                              "OUTPUT_FOLDER": str(tmp_path / folder)})
        assert result["EXPORTED"] == 1
        # page 2 (tables) and page 1's title block and scale; the map's labels are placed by
        # QGIS's labelling engine, which may pick the hazard's or the task's label either way
        page2 = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2",
                                result["FILES"][0], "-"], capture_output=True, text=True).stdout
        page1 = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1",
                                result["FILES"][0], "-"], capture_output=True, text=True).stdout
        head = [line for line in page1.splitlines() if "Task" in line or "Scale" in line or
                "Organisation" in line or "District" in line]
        texts.append("\n".join(head) + "\n" + page2)
    assert "HZ-XXX-0001-T01" in texts[1] and "TP7" in texts[1] and "39°31'17.74\"N" in texts[1]
    assert "Scale 1:" in texts[1]
    if texts[0] != texts[1]:
        import difflib
        raise AssertionError("\n".join(difflib.unified_diff(texts[0].splitlines(),
                                                           texts[1].splitlines(), lineterm="")))


def test_a_qgis_connection_names_the_server_and_no_password_is_written(pg_target, run_alg,
                                                                        tmp_path):
    """connection=<QGIS connection> schema=…: the server from QGIS's connection; a password
    in the string is refused; nothing the run writes holds one."""
    import os

    from qgis.core import QgsProcessingException, QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(pg_target.conninfo + " sslmode=disable",
                                           {"saveUsername": True})
    metadata.saveConnection(connection, "mineaction test")
    try:
        database = f"connection='mineaction test' schema={pg_target.schema}"
        assert run_alg("createdatabase", {"OUTPUT": database})["OUTPUT"] == database
        assert postgis.inspect(pg_target).version == schema.SCHEMA_VERSION
        # and the project is used through it like any other
        path = make_project(run_alg, tmp_path)
        run_alg("copydatabase", {"INPUT": path, "OUTPUT":
                                 f"connection='mineaction test' schema={pg_target.schema}_c"})
        copy = f"connection='mineaction test' schema={pg_target.schema}_c"
        task = run_alg("createtask", {"DATABASE": copy, "HAZARD_ID": "HZ-XXX-0001",
                                      "TASK_TYPE": "TS"})["TASK_ID"]
        sheets = run_alg("exporttasksheets", {"DATABASE": copy,
                                              "OUTPUT_FOLDER": str(tmp_path / "sheets")})
        assert [os.path.basename(f) for f in sheets["FILES"]] == [f"{task}.pdf"]
        with pytest.raises(QgsProcessingException, match="Write no password"):
            run_alg("createdatabase", {"OUTPUT": f"{pg_target.conninfo} password=secret "
                                                 f"schema={pg_target.schema}_x"})
        with pytest.raises(QgsProcessingException, match="no QGIS PostgreSQL connection"):
            run_alg("createdatabase", {"OUTPUT": "connection=nowhere schema=x"})
    finally:
        metadata.deleteConnection("mineaction test")
        drop_schema(pg_target, f"{pg_target.schema}_c")
    # the QGIS profile of this test run: settings and databases hold no password
    from qgis.core import QgsApplication
    profile = QgsApplication.qgisSettingsDirPath()
    for folder, _, files in os.walk(profile):
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                assert b"secret" not in f.read(), name


def test_a_password_only_in_qgis_authentication_database_opens_the_project(
        pg_server, pg_login, run_alg, tmp_path, qgis_new_project):
    """A connection with an authcfg and no user or password of its own: the login and its
    password come from QGIS's authentication database, the server stamps that login, and
    neither the project file nor the profile holds the password."""
    import os

    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject, QgsProviderRegistry

    from mineaction_plugin.data import project_db
    role, password = pg_login
    auth = QgsApplication.authManager()
    assert auth.setMasterPassword("pytest-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("officer")
    config.setConfig("username", role)
    config.setConfig("password", password)
    stored = auth.storeAuthenticationConfig(config)
    config = stored[1] if isinstance(stored, tuple) else config
    server = " ".join(p for p in pg_server.split() if not p.startswith("user="))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(
        f"{server} sslmode=disable authcfg={config.id()}", {}), "auth test")
    database = "connection='auth test' schema=auth_test"
    try:
        run_alg("createdatabase", {"OUTPUT": database})
        project = project_db.open_project(database)
        assert project.user() == role
        project.close()
        path = str(tmp_path / "hazards.gpkg")
        run_alg("createdatabase", {"OUTPUT": path})
        from mineaction_plugin.data import layers
        loaded = layers.load_database(database, QgsProject.instance())
        hazards = loaded["hazards"]
        assert hazards.isValid() and "authcfg" in hazards.source()
        assert password not in hazards.source()
        hazards.startEditing()
        from qgis.core import QgsGeometry, QgsVectorLayerUtils
        feature = QgsVectorLayerUtils.createFeature(hazards, QgsGeometry.fromWkt(
            "POLYGON((47 40, 47.001 40, 47.001 40.001, 47 40.001, 47 40))"), {
            hazards.fields().indexOf("hazard_id"): "HZ-AUTH-1",
            hazards.fields().indexOf("classification"): "SHA",
            hazards.fields().indexOf("status"): "open"})
        assert hazards.addFeature(feature)
        assert hazards.commitChanges(), hazards.commitErrors()
        assert query(database, "SELECT created_by FROM hazards") == [(role,)]
        for name in ("p.qgs", "p.qgz"):
            assert QgsProject.instance().write(str(tmp_path / name))
        with open(tmp_path / "p.qgs", "rb") as f:
            assert password.encode() not in f.read()
        import zipfile
        with zipfile.ZipFile(tmp_path / "p.qgz") as archive:
            for member in archive.namelist():
                assert password.encode() not in archive.read(member)
    finally:
        QgsProject.instance().clear()
        metadata.deleteConnection("auth test")
        from mineaction_plugin.data import postgis
        drop_schema(postgis.parse_target(f"{pg_server} schema=auth_test"), "auth_test")
    profile = QgsApplication.qgisSettingsDirPath()
    for folder, _, files in os.walk(profile):
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                assert password.encode() not in f.read(), name


def test_dashboard_and_marking_on_both_backends(run_alg, new_db, tmp_path, pg_target):
    """The dashboard's figures read the same from PostGIS; marking is saved there too."""
    import os
    import struct

    from osgeo import gdal

    from mineaction_plugin.data import dashboard as dashboard_data
    from mineaction_plugin.data import gpkg_sql, marking_store
    clearance = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "clearance")
    for name in ("land_release", "eo_finds"):
        gdal.VectorTranslate(new_db, os.path.join(clearance, f"{name}.geojson"),
                             accessMode="append", layerName=name)
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": new_db, "OUTPUT": uri})
    figures = [dashboard_data.read_figures(db) for db in (new_db, uri)]
    assert figures[0] == figures[1] and len(figures[0]) > 1
    line = struct.pack("<BII4d", 1, 2, 2, 47.0, 40.0, 47.001, 40.0)
    sign = struct.pack("<BIdd", 1, 1, 47.0005, 40.0)
    written = marking_store.save_marking(uri, [(
        gpkg_sql.blob(line, (47.0, 47.001, 40.0, 40.0)), (47.0, 47.001, 40.0, 40.0), [],
        85.3, [(gpkg_sql.blob(sign), (47.0005, 47.0005, 40.0, 40.0), "mine_warning", 180.0)])])
    assert written == [("MK-X-01", 1)]
    assert postgis.counts(pg_target)["marking_signs"] == 1


def test_the_dock_opens_a_postgis_project_through_a_qgis_connection(qgis_iface, pg_target,
                                                                     run_alg, tmp_path,
                                                                     qgis_new_project):
    """Dock ▸ PostGIS…: the layers come from the server, the sections work on it."""
    from qgis.core import QgsProject, QgsProviderRegistry

    from mineaction_plugin.data.layers import loaded_layer
    from mineaction_plugin.gui.dock import MineActionDock
    path = make_project(run_alg, tmp_path)
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(pg_target.conninfo + " sslmode=disable",
                                                      {"saveUsername": True}), "dock test")
    dock = MineActionDock(qgis_iface)
    try:
        assert dock.open_postgis("dock test", pg_target.schema)
        hazards = loaded_layer("hazards")
        assert hazards.providerType() == "postgres" and hazards.featureCount() == 24
        assert dock.counts()["Hazards"] == "24"
        assert "password" not in hazards.source()
        # a section at work on the server: a task over a hazard, its status, its sheet
        hazards.selectByExpression("\"hazard_id\" = 'HZ-XXX-0004'")
        panel = dock.task_sheets_panel
        settle()
        task_id = settle(panel.new_task(values={"TASK_TYPE": "TS"}))
        assert task_id == "HZ-XXX-0004-T01" and panel.rows[0]["task_id"] == task_id
        assert settle(panel.set_status("issued", "by the dock"))
        assert postgis.counts(pg_target)["status_history"] == 2
        assert dock.imsma_panel.last_export.text() == "Last export: never"
        total, problems = settle(dock.imsma_panel.check())
        assert total == 25 and problems == []      # 24 hazards and the task, from the server
        entry, _ = QgsProject.instance().readEntry("mineaction", "database", "")
        assert entry.startswith("connection='dock test'") and "password" not in entry
    finally:
        settle()
        dock.close_connections()
        dock.deleteLater()
        metadata.deleteConnection("dock test")


def test_imsma_exchange_from_and_into_postgis(run_alg, tmp_path, pg_target, pg_server):
    """The export of a PostGIS project equals that of its GeoPackage; an export imported into
    an empty PostGIS project brings the same features, a second import changes nothing, and a
    status changed in IMSMA reaches the history on the server."""
    from osgeo import gdal
    path = make_project(run_alg, tmp_path)
    run_alg("createtask", {"DATABASE": path, "HAZARD_ID": "HZ-XXX-0001", "TASK_TYPE": "TS"})
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
    exports = []
    for database, name in ((path, "from_gpkg.gdb"), (uri, "from_pg.gdb")):
        result = run_alg("exportimsma", {"DATABASE": database, "SINCE": "1900-01-01",
                                         "OUTPUT": str(tmp_path / name)})
        dataset = gdal.OpenEx(result["OUTPUT"], gdal.OF_VECTOR)
        exports.append({dataset.GetLayer(i).GetName(): sorted(
            (f.GetField(0), f.GetGeometryRef().ExportToIsoWkt() if f.GetGeometryRef() else None)
            for f in dataset.GetLayer(i)) for i in range(dataset.GetLayerCount())})
        assert sorted(dataset.GetFieldDomainNames())
        dataset = None
    assert exports[0] == exports[1] and len(exports[0]["hazard"]) == 24
    # into a PostGIS project holding the same minefield records but no hazard or task yet
    # (PostgreSQL enforces the references a GeoPackage only declares)
    import os
    empty = str(tmp_path / "records_only.gpkg")
    run_alg("createdatabase", {"OUTPUT": empty})
    run_alg("importminefieldrecords", {
        "INPUT": os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records",
                              "records.csv"), "DATABASE": empty})
    target = f"{pg_server} schema={pg_target.schema}_in"
    try:
        run_alg("copydatabase", {"INPUT": empty, "OUTPUT": target})
        exported = str(tmp_path / "from_pg.gdb")
        first = run_alg("importimsma", {"INPUT": exported, "DATABASE": target})
        assert first["INSERTED"] == 25 and first["UPDATED"] == 0
        second = run_alg("importimsma", {"INPUT": exported, "DATABASE": target})
        assert (second["INSERTED"], second["UPDATED"], second["UNCHANGED"]) == (0, 0, 25)
        changed = str(tmp_path / "changed.gpkg")
        gdal.VectorTranslate(changed, exported, format="GPKG")
        ds = gdal.OpenEx(changed, gdal.OF_VECTOR | gdal.OF_UPDATE)
        ds.ExecuteSQL("UPDATE hazard SET hazard_status = 'closed', status_reason = 'done' "
                      "WHERE hazard_localid = 'HZ-XXX-0002'")
        ds = None
        third = run_alg("importimsma", {"INPUT": changed, "DATABASE": target})
        assert third["UPDATED"] == 1
        from mineaction_plugin.data import project_db
        project = project_db.open_project(target)
        assert [tuple(r) for r in project.rows(
            "SELECT old_value, new_value, reason FROM status_history WHERE entity_id = "
            "'HZ-XXX-0002'")] == [("open", "closed", "done")]
        project.close()
    finally:
        drop_schema(pg_target, f"{pg_target.schema}_in")



def test_two_officers_editing_one_hazard_in_qgis_forms_lose_nothing(pg_target, run_alg,
                                                                   tmp_path, qgis_new_project):
    """Officer A and officer B each have the hazards layer open in QGIS. B saves first; A's
    save of the same hazard is refused by the database with B's name, nothing is overwritten,
    and the history holds B's change only. A reloads and saves: both changes are kept."""
    from qgis.core import QgsProject

    from mineaction_plugin.data import layers as project_layers
    path = make_project(run_alg, tmp_path)
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
    project_a, project_b = QgsProject(), QgsProject()   # two officers' QGIS sessions
    officer_a = project_layers.load_database(uri, project_a)["hazards"]
    officer_b = project_layers.load_database(uri, project_b)["hazards"]

    def change(layer, field, value):
        feature = next(layer.getFeatures("\"hazard_id\" = 'HZ-XXX-0005'"))
        layer.startEditing()
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    change(officer_a, "status", "worked_on")         # A starts, does not save yet
    change(officer_b, "status", "closed")            # B changes the same hazard
    assert officer_b.commitChanges(), officer_b.commitErrors()
    assert not officer_a.commitChanges()
    assert any("changed by" in error for error in officer_a.commitErrors()), \
        officer_a.commitErrors()
    officer_a.rollBack()
    assert query(uri, "SELECT status FROM hazards WHERE hazard_id = 'HZ-XXX-0005'") == \
        [("closed",)]
    change(officer_a, "classification", "CHA")       # A again, on the saved version
    assert officer_a.commitChanges(), officer_a.commitErrors()
    assert query(uri, "SELECT field, old_value, new_value FROM status_history ORDER BY fid") \
        == [("status", "open", "closed"), ("classification", "SHA", "CHA")]


def test_a_copy_to_postgis_takes_empty_references_as_none_and_words_a_refusal(
        pg_target, run_alg, new_db):
    from conftest import write_unchecked
    write_unchecked(new_db, "INSERT INTO hazards (hazard_id, classification, status, record_id) "
                            "VALUES ('HZ-AGD-0001', 'SHA', 'open', '')")
    uri = f"{pg_target.conninfo} schema={pg_target.schema}"
    run_alg("copydatabase", {"INPUT": new_db, "OUTPUT": uri})
    assert query(uri, "SELECT hazard_id, record_id FROM hazards") == [("HZ-AGD-0001", None)]
    drop_schema(pg_target, pg_target.schema)
    # a reference to a record that is nowhere: a sentence, and no half-made schema left
    write_unchecked(new_db, "UPDATE hazards SET record_id = 'MF-NOWHERE'")
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="PostgreSQL refused the copy, so nothing "
                                                     "was copied"):
        run_alg("copydatabase", {"INPUT": new_db, "OUTPUT": uri})
    connection = postgis.connect(pg_target)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s",
                       (pg_target.schema,))
        assert cursor.fetchone()[0] == 0
    connection.close()


def test_an_editor_login_creates_a_task_and_its_history_names_the_login(
        pg_target, run_alg, tmp_path, pg_cluster, monkeypatch):
    """Editors may not write status_history by hand: the first line of a new task's history
    still appears, stamped by the server with the editor's login, and forging one is refused."""
    import secrets

    import psycopg2
    uri = make_project(run_alg, tmp_path, pg_target)
    s = pg_target.schema
    roles = run_alg("createroles", {"DATABASE": uri})
    login, password = f"editor_{secrets.token_hex(3)}", "pw-" + secrets.token_urlsafe(12)
    pg_cluster.add_login(login, password)
    owner = postgis.connect(pg_target)
    with owner, owner.cursor() as cursor:
        cursor.execute(f'GRANT "{roles["EDITOR"]}" TO "{login}"')
    owner.close()
    conninfo = " ".join(p for p in pg_target.conninfo.split() if not p.startswith("user="))
    monkeypatch.setenv("PGPASSWORD", password)   # libpq's own; the plugin stores none
    as_editor = f"{conninfo} user={login} schema={s}"
    task_id = run_alg("createtask", {"DATABASE": as_editor, "HAZARD_ID": "HZ-XXX-0002",
                                     "TASK_TYPE": "NTS"})["TASK_ID"]
    editor = postgis.connect(postgis.parse_target(as_editor))
    with editor, editor.cursor() as cursor:
        cursor.execute(f"SELECT old_value, new_value, changed_by, reason FROM "
                       f"{s}.status_history WHERE entity = 'tasks' AND entity_id = %s",
                       (task_id,))
        assert cursor.fetchall() == [(None, "draft", login, "created from hazard HZ-XXX-0002")]
    # the server writes a first line only for a row this very transaction created
    for forged in ("HZ-XXX-0002-T01", "HZ-XXX-0003"):
        with pytest.raises(psycopg2.Error, match="not created in this transaction|permission"):
            with editor, editor.cursor() as cursor:
                cursor.execute(f"SELECT {s}.record_creation('tasks', %s, 'status', 'draft', "
                               f"'forged')", (forged,))
    editor.close()
