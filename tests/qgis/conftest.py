import itertools
import os
import sys
import time
from contextlib import contextmanager

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture(scope="session")
def mineaction_provider(qgis_processing):
    """Processing with the plugin's provider registered, messages in English."""
    from qgis.core import QgsApplication

    from mineaction_plugin.processing.provider import MineActionProvider
    from mineaction_plugin.toolbelt import install_translator
    install_translator("en")
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("mineaction")
    if provider is None:
        provider = MineActionProvider()
        registry.addProvider(provider)
    return provider


@pytest.fixture
def run_alg(mineaction_provider):
    import processing

    def run(name, parameters):
        return processing.run(f"mineaction:{name}", parameters)
    return run


@pytest.fixture
def new_db(tmp_path, run_alg):
    path = str(tmp_path / "project.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL/PostGIS cluster on a free loopback port (scripts/pg_cluster.sh),
    stopped after the run. `make test` requires it (MINEACTION_REQUIRE_POSTGIS=1); a bare
    pytest run without PostgreSQL skips these tests."""
    from tests.pg_test_cluster import started_cluster
    with started_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_server(pg_cluster):
    """The connection string of the test cluster's database (the superuser, trusted)."""
    return pg_cluster.conninfo


@pytest.fixture(scope="session")
def pg_login(pg_cluster):
    """(role, password) of a login that must give its password, as on a real server."""
    import secrets
    password = "pw-" + secrets.token_urlsafe(18)
    pg_cluster.add_login("officer_auth", password)
    return "officer_auth", password


@pytest.fixture
def pg_target(pg_server, request):
    """A fresh project schema on the test cluster (dropped afterwards)."""
    import re

    from mineaction_plugin.data import postgis
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    target = postgis.parse_target(f"{pg_server} schema={name}")
    _drop_schema(target)
    yield target
    _drop_schema(target)


BACKENDS = ["gpkg", "postgis"]


def on_backend(request, path, backend):
    """The project to test: the GeoPackage at `path` itself, or its copy (ids, stamps and
    history kept, mineaction:copydatabase) in a fresh PostGIS schema dropped after the test or
    module. The same tests then run once per backend."""
    if backend == "gpkg":
        return path
    import re

    import processing

    from mineaction_plugin.data import postgis
    server = request.getfixturevalue("pg_server")
    base = re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:40]
    name = f"b_{base}_{next(_SCHEMA_NUMBERS)}"
    target = postgis.parse_target(f"{server} schema={name}")
    _drop_schema(target)
    processing.run("mineaction:copydatabase", {"INPUT": path, "OUTPUT": target_text(target)})
    request.addfinalizer(lambda: _drop_schema(target))
    return target_text(target)


_SCHEMA_NUMBERS = itertools.count(1)


def target_text(target):
    return f"{target.conninfo} schema={target.schema}"


def _drop_schema(target):
    from mineaction_plugin.data import postgis
    connection = postgis.connect(target)
    connection.autocommit = True
    connection.cursor().execute(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')
    connection.close()


def _plain(value):
    """Values as a GeoPackage hands them: dates as ISO text, numerics as floats, bytes."""
    import datetime
    import decimal
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def query(database, sql, args=()):
    """Rows of `sql` (`?` placeholders, unqualified table names) on either backend."""
    from mineaction_plugin.data import project_db
    project = project_db.open_project(database)
    try:
        return [tuple(_plain(v) for v in row) for row in project.rows(sql, args)]
    finally:
        project.close()


def query_geometries(database, sql, args=()):
    """Rows of `sql` where `{geom}` stands for a geometry column: QgsGeometry objects there."""
    from qgis.core import QgsGeometry

    from mineaction_plugin.data import project_db
    project = project_db.open_project(database)
    try:
        column = project.geometry_column()
        rows = project.rows(sql.replace("{geom}", column), args)
        index = [i for i, part in enumerate(sql.split("FROM")[0].split(",")) if "{geom}" in part]
        result = []
        for row in rows:
            row = [_plain(v) for v in row]
            for i in index:
                geometry = QgsGeometry()
                geometry.fromWkb(project.wkb(row[i]))
                row[i] = geometry
            result.append(tuple(row))
        return result
    finally:
        project.close()


@pytest.fixture(params=BACKENDS)
def as_backend(request, run_alg):
    """as_backend(path) → the project to test on this run's backend (see on_backend)."""
    def convert(path):
        return on_backend(request, path, request.param)
    convert.backend = request.param
    return convert


@contextmanager
def opened_dock(iface, database):
    """The dock on `database` (a path or a PostGIS target) once its first reading is done;
    its connections closed after."""
    from mineaction_plugin.gui.dock import MineActionDock
    widget = MineActionDock(iface)
    assert settle(widget.open_database(database)) is not False
    settle()
    try:
        yield widget
    finally:
        settle()
        widget.close_connections()
        widget.deleteLater()


@pytest.fixture(params=BACKENDS)
def hazards_dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path, run_alg):
    """The dock on a project holding the sample's records and their hazards (5 m buffer), on
    a GeoPackage and on PostGIS."""
    path = str(tmp_path / "project_with_hazards.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    run_alg("importminefieldrecords", {"INPUT": os.path.join(DATA, "records", "records.csv"),
                                       "DATABASE": path})
    run_alg("hazardsfromrecords", {"DATABASE": path, "BUFFER": 5})
    with opened_dock(qgis_iface, on_backend(request, path, request.param)) as widget:
        yield widget


@pytest.fixture(params=BACKENDS)
def empty_dock(request, qgis_iface, mineaction_provider, qgis_new_project, tmp_path, run_alg):
    """The dock on a new empty project: a GeoPackage made by the dock, or a PostGIS schema."""
    from mineaction_plugin.gui.dock import MineActionDock
    widget = MineActionDock(qgis_iface)
    path = str(tmp_path / "empty.gpkg")
    if request.param == "gpkg":
        assert settle(widget.create_database(path)) is True
    else:
        run_alg("createdatabase", {"OUTPUT": path})
        assert widget.open_database(on_backend(request, path, "postgis")) is not False
    settle()
    yield widget
    settle()
    widget.close_connections()
    widget.deleteLater()


def settle(job=None, timeout=180):
    """Wait, as an officer would, until the dock's background work has reported (the job
    given and any it started: a refresh after a write). Returns the job's result; a job that
    is None or False (refused before starting) is returned as it is."""
    from qgis.core import QgsApplication

    from mineaction_plugin.gui import background
    if job is None or job is False or job is True:
        pending = background.busy
    else:
        def pending():
            return not job.done or background.busy()
    deadline = time.monotonic() + timeout
    while pending():
        assert time.monotonic() < deadline, "background work did not report in time: " + \
            ", ".join(sorted(j.description for j in background._running)) + \
            "; QGIS's tasks (description, status, progress): " + ", ".join(
                f"({t.description()}, {t.status()}, {t.progress():.0f})"
                for t in QgsApplication.taskManager().tasks())
        QgsApplication.processEvents()
        time.sleep(0.005)
    QgsApplication.processEvents()
    if job is None or job is False or job is True:
        return job
    return job.result


def write_unchecked(database, sql, args=()):
    """Write what the plugin would refuse, as another tool could (the table's CHECKs off)."""
    from mineaction_plugin.data import gpkg_sql, postgis
    if not postgis.is_postgres(database):
        connection = gpkg_sql.connect(database)
        with connection:
            connection.execute("PRAGMA ignore_check_constraints = ON")
            connection.execute(sql, args)
        connection.close()
        return
    import re
    table = re.search(r"(?:UPDATE|INSERT INTO)\s+(\w+)", sql, re.I).group(1)
    connection = postgis.connect(postgis.parse_target(database))
    with connection, connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {postgis.parse_target(database).schema}, public")
        cursor.execute("SELECT conname FROM pg_constraint WHERE contype = 'c' AND "
                       "conrelid = %s::regclass", (table,))
        for (name,) in cursor.fetchall():
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        cursor.execute(sql.replace("?", "%s"), args)
    connection.close()


class RecordingFeedback:
    """A QgsProcessingFeedback that keeps every line an algorithm says (made on first use:
    the QGIS classes exist only once pytest-qgis has started QGIS)."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Recording(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines, self.warnings = [], []

            def pushInfo(self, text):  # noqa: N802 (QGIS API)
                self.lines.append(text)

            def reportError(self, text, fatal=False):  # noqa: N802 (QGIS API)
                self.lines.append(text)

            def pushWarning(self, text):  # noqa: N802 (QGIS API)
                self.lines.append(text)
                self.warnings.append(text)
        return Recording()


_session = {}


def pytest_sessionfinish(session, exitstatus):
    _session["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's own teardown once pytest has reported everything: on Python
    3.13 with QGIS 3.40 (Debian 13) tearing down the wrapped QGIS objects crashes after the
    last test (as exitQgis() does, see pytest.ini), which would turn a green run red."""
    if "status" in _session:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_session["status"])
