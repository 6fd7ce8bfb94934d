import os
import sys

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
def pg_server():
    """A throw-away PostgreSQL/PostGIS cluster on a free loopback port (scripts/pg_cluster.sh),
    stopped after the run. `make test` requires it (MINEACTION_REQUIRE_POSTGIS=1); a bare
    pytest run without PostgreSQL skips these tests."""
    import socket
    import subprocess
    script = os.path.join(ROOT, "scripts", "pg_cluster.sh")
    import shutil
    import tempfile
    # not under pytest's own folders: those are private to this user, and the server runs as
    # the postgres user when the tests run as root
    folder = __import__("pathlib").Path(tempfile.mkdtemp(prefix="mineaction-pg-"))
    os.chmod(folder, 0o755)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = subprocess.run([script, "start", str(folder / "cluster"), str(port)],
                             capture_output=True, text=True)
    if started.returncode != 0:
        reason = f"no PostgreSQL/PostGIS test cluster: {started.stderr.strip()[-500:]}"
        if os.environ.get("MINEACTION_REQUIRE_POSTGIS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield started.stdout.strip().splitlines()[-1]
    subprocess.run([script, "stop", str(folder / "cluster")], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_target(pg_server, request):
    """A fresh project schema on the test cluster (dropped afterwards)."""
    import re
    from mineaction_plugin.data import postgis
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    target = postgis.parse_target(f"{pg_server} schema={name}")
    connection = postgis.connect(target)
    connection.autocommit = True
    connection.cursor().execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    connection.close()
    yield target
    connection = postgis.connect(target)
    connection.autocommit = True
    connection.cursor().execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    connection.close()


@pytest.fixture(params=["gpkg", "postgis"])
def as_backend(request, run_alg):
    """as_backend(path) → the project to test: the GeoPackage itself, or its copy in a fresh
    PostGIS schema (mineaction:copydatabase). Tests using it run once per backend."""
    def convert(path):
        if request.param == "gpkg":
            return path
        target = request.getfixturevalue("pg_target")
        uri = f"{target.conninfo} schema={target.schema}"
        run_alg("copydatabase", {"INPUT": path, "OUTPUT": uri})
        return uri
    convert.backend = request.param
    return convert


@pytest.fixture
def hazards_dock(qgis_iface, mineaction_provider, qgis_new_project, tmp_path, run_alg):
    """The dock on a project holding the sample's records and their hazards (5 m buffer)."""
    from mineaction_plugin.gui.dock import MineActionDock
    path = str(tmp_path / "project_with_hazards.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    run_alg("importminefieldrecords", {"INPUT": os.path.join(DATA, "records", "records.csv"),
                                       "DATABASE": path})
    run_alg("hazardsfromrecords", {"DATABASE": path, "BUFFER": 5})
    widget = MineActionDock(qgis_iface)
    widget.open_database(path)
    yield widget
    widget.close_connections()
    widget.deleteLater()
