"""A throw-away PostgreSQL/PostGIS cluster for a test run (scripts/pg_cluster.sh), shared by the
qgis and desktop tiers."""
import os
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "scripts", "pg_cluster.sh")


class Cluster:
    def __init__(self):
        # not under pytest's own folders: those are private to this user, and the server runs
        # as the postgres user when the tests run as root
        self.folder = tempfile.mkdtemp(prefix="mineaction-pg-")
        os.chmod(self.folder, 0o755)
        self.data = os.path.join(self.folder, "cluster")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.conninfo = None

    def start(self):
        """The connection string of its database (trust for the superuser), or raise
        RuntimeError saying why there is none."""
        started = subprocess.run([SCRIPT, "start", self.data, str(self.port)],
                                 capture_output=True, text=True)
        if started.returncode != 0:
            raise RuntimeError(f"no PostgreSQL/PostGIS test cluster: "
                               f"{started.stderr.strip()[-500:]}")
        self.conninfo = started.stdout.strip().splitlines()[-1]
        return self.conninfo

    def add_login(self, role, password):
        """A login role that must give its password, as on a real server."""
        subprocess.run([SCRIPT, "login", self.data, str(self.port), role],
                       input=password + "\n", text=True, check=True, capture_output=True)

    def stop(self):
        subprocess.run([SCRIPT, "stop", self.data], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def started_cluster():
    """A running Cluster for a fixture, stopped afterwards. Without PostgreSQL the tests that
    need it are skipped, or fail the run when MINEACTION_REQUIRE_POSTGIS=1 (`make test`)."""
    import pytest
    cluster = Cluster()
    try:
        cluster.start()
    except RuntimeError as error:
        cluster.stop()
        if os.environ.get("MINEACTION_REQUIRE_POSTGIS") == "1":
            pytest.fail(str(error))
        pytest.skip(str(error))
    try:
        yield cluster
    finally:
        cluster.stop()
