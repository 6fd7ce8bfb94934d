"""Real QGIS desktop under Xvfb loads the packaged zip: the dock appears and works, no errors."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
ZIP = os.path.join(ROOT, "dist", "mineaction_plugin.zip")
QGIS = "/usr/bin/qgis.bin" if os.path.exists("/usr/bin/qgis.bin") else shutil.which("qgis")
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") \
    else shutil.which("qgis_process")


PG_LOGIN = "officer_desktop"


@pytest.fixture(scope="module")
def pg_cluster():
    """A throw-away PostgreSQL/PostGIS server with a login that must give its password."""
    import secrets

    from tests.pg_test_cluster import started_cluster
    with started_cluster() as cluster:
        cluster.password = "pw-" + secrets.token_urlsafe(18)
        cluster.add_login(PG_LOGIN, cluster.password)
        yield cluster


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def desktop_run(request, tmp_path_factory):
    """One run of real QGIS driving the dock: on a GeoPackage, or on PostGIS through a QGIS
    connection whose password is in QGIS's authentication database."""
    assert os.path.exists(ZIP), "run `make package` first"
    base = tmp_path_factory.mktemp(f"desktop_{request.param}")
    plugins, home, run = base / "plugins", base / "home", base / "run"
    for folder in (plugins, home, run):
        folder.mkdir()
    run.chmod(0o700)
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(plugins),
               XDG_RUNTIME_DIR=str(run), MINEACTION_PROBE_OUT=str(base / "report.json"),
               MINEACTION_SAMPLE=os.path.join(ROOT, "tests", "data", "records",
                                              "records_mixed_bad.csv"),
               MINEACTION_VERIFICATION=os.path.join(ROOT, "tests", "data", "verification"),
               MINEACTION_AERIAL=os.path.join(ROOT, "tests", "data", "aerial"),
               MINEACTION_CASUALTIES=os.path.join(ROOT, "tests", "data", "casualties"),
               MINEACTION_PLANNING=os.path.join(ROOT, "tests", "data", "planning"),
               LANG="C.UTF-8")
    if request.param == "postgis":
        cluster = request.getfixturevalue("pg_cluster")
        env.update(MINEACTION_PG_CONNINFO=f"host=127.0.0.1 port={cluster.port} "
                                          f"dbname=mineaction_test user={PG_LOGIN}",
                   MINEACTION_PG_USER=PG_LOGIN, MINEACTION_PG_PASSWORD=cluster.password,
                   MINEACTION_PG_SCHEMA="desktop")
    for leaked in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(leaked, None)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "mineaction_plugin"],
                   env=dict(env, QT_QPA_PLATFORM="offscreen"), capture_output=True, timeout=120)
    log = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--nologo",
                          "--noversioncheck", "--code",
                          os.path.join(ROOT, "tests", "desktop", "probe.py")],
                         env=env, capture_output=True, text=True, timeout=480)
    (base / "qgis.log").write_text(log.stdout + "\n--- stderr ---\n" + log.stderr)
    report_path = base / "report.json"
    if not report_path.exists():   # QGIS died: its crash handler's backtrace says where
        text = log.stdout + log.stderr
        crash = text.find("Thread ")
        faults = base / "faults.log"
        pytest.fail((faults.read_text()[:6000] if faults.exists() else "") + "\n" +
                    (text[crash:crash + 6000] if crash >= 0 else text[-4000:]))
    shots = os.path.join(ROOT, "dist", "screenshots")
    os.makedirs(shots, exist_ok=True)
    for png in base.glob("desktop*.png"):
        name = png.name if request.param == "gpkg" else png.name.replace("desktop",
                                                                          "desktop_postgis")
        shutil.copy(png, os.path.join(shots, name))
    report = json.loads(report_path.read_text())
    report["backend"] = request.param
    return report, base


def test_the_zip_follows_the_plugin_repository_rules():
    with zipfile.ZipFile(ZIP) as archive:
        names = archive.namelist()
    assert {n.split("/")[0] for n in names} == {"mineaction_plugin"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "icons/mineaction.svg",
                     "i18n/mineaction_az.qm", "i18n/mineaction_ru.qm"):
        assert f"mineaction_plugin/{required}" in names, required
    # Qt6 has no pyrcc: nothing compiled from resources.qrc may be shipped or needed
    assert not [n for n in names if n.endswith("_rc.py") or n.endswith(".qrc")]
    with zipfile.ZipFile(ZIP) as archive:
        metadata = archive.read("mineaction_plugin/metadata.txt").decode("utf-8")
    assert "supportsQt6=True" in metadata.splitlines()
    assert "qgisMaximumVersion=4.99" in metadata.splitlines()
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]


def test_plugin_loads_with_its_dock_and_no_python_error(desktop_run):
    report, _ = desktop_run
    assert report["errors"] == []
    assert report["plugin_loaded"] and report["provider"]
    assert report["dock_found"] and report["dock_visible"] and report["toolbar"]
    assert any("Mine Action" in text for text in report["database_menu"])


def test_the_dock_creates_a_database_in_real_qgis(desktop_run):
    report, base = desktop_run
    assert report["created"] is True
    assert report["counts_before"]["Hazards"] == "0"
    if report["backend"] == "gpkg":
        assert os.path.exists(base / "desktop.gpkg")
    else:
        assert report["master_password"] is True
        assert report["database_entry"] == "connection='regional centre' schema=desktop"
    assert os.path.getsize(base / "desktop.png") > 50_000


def test_the_records_section_checks_and_imports_a_file_in_the_background(desktop_run):
    report, base = desktop_run
    assert report["errors"] == []
    assert report["preview_started"] and report["import_started"]
    assert report["preview_rows"] == 317  # every row of the file, with its status
    assert "12 records ready" in report["preview_summary"]
    assert "12 records imported" in report["import_summary"]
    assert report["counts_after"]["Minefield records"] == "12"
    assert "MFB-12-0001" in report["details"]
    assert report["editor_status"].startswith("Area ")
    for name in ("desktop_preview.png", "desktop_imported.png", "desktop_editor.png"):
        assert os.path.getsize(base / name) > 50_000


def test_a_second_python_process_writes_a_national_import_from_inside_qgis(desktop_run):
    report, _ = desktop_run
    assert report["errors"] == []
    assert os.path.basename(report["writer_python"]).startswith("python")
    assert report["parallel_processes"] == 1 and report["parallel_imported"] == 12


def test_the_hazards_section_makes_hazards_from_the_imported_records(desktop_run):
    report, base = desktop_run
    assert report["hazards_created"] == 12 and report["hazard_rows"] == 12
    assert "12 hazards" in report["hazards_summary"]
    assert os.path.getsize(base / "desktop_hazards.png") > 50_000


def test_the_dashboard_is_read_in_the_background_and_exported(desktop_run):
    report, base = desktop_run
    assert report["dashboard_sha"].startswith("12 · ")
    assert os.path.getsize(base / "desktop_dashboard_export.png") > 10_000


def test_the_task_sheets_section_makes_a_task_and_its_sheet(desktop_run):
    report, base = desktop_run
    assert report["task_id"].endswith("-T01") and report["task_issued"] is True
    assert report["designer_layout"] == f"Task sheet {report['task_id']}"
    assert report["designers"] == 1
    assert os.path.getsize(base / "desktop_task_sheet_designer.png") > 30_000
    assert report["task_pdf"] > 20_000
    assert report["task_message"].startswith("1 task sheets written")


def test_the_imsma_section_checks_and_exports_in_the_background(desktop_run):
    report, base = desktop_run
    # 12 hazards and the task made before
    assert report["imsma_check"] == 13
    assert report["imsma_summary"].startswith("13 features exported")
    assert report["imsma_last_export"].startswith("Last export: 20")
    assert os.path.isdir(base / "imsma.gdb")


@pytest.mark.parametrize("desktop_run", ["gpkg"], indirect=True)
def test_the_verification_and_survey_sections_work_on_their_samples(desktop_run):
    """One gpkg-only test for both (a second one would start real QGIS on PostGIS twice)."""
    report, base = desktop_run
    truth = json.load(open(os.path.join(ROOT, "tests", "data", "verification", "truth.json")))
    assert report["verification_started"]
    assert report["verification_statuses"] == {r: t["status"].capitalize()
                                               for r, t in truth.items()}
    assert report["verification_figure"].startswith("36 of 40 checked records verified")
    assert report["verification_detail"].startswith("VR-7-0008: Explained — reading "
                                                    "datum_pulkovo_1942")
    assert report["verification_bands"] >= 8   # written, corrected, arrow, finds
    assert (base / "desktop_verification.png").exists()
    # the Survey section: the keys, then proposals
    assert report["survey_first"]
    first, second = report["survey_reviewed"]
    assert report["survey_statuses"] == {first: "confirmed", second: "unreviewed"}
    assert report["survey_proposals"].count("reduce") == 2
    assert report["survey_proposals"].count("new_cha") == 22
    assert (base / "desktop_survey.png").exists()
    # the Casualties section: 3,321 victims listed by id only, the table as published
    assert report["casualties_rows"] == 3321
    assert report["casualties_first"].startswith("V-") and " — " not in \
        report["casualties_first"]
    with open(base / "casualty_table.csv", encoding="utf-8") as f:
        total = f.read().strip().splitlines()[-1].split(",")
    assert total[0] == "Total" and total[3] == "3321"
    # the Planning section: the ranking from measured criteria, the plan's summary
    assert report["planning_first"] == "HZ-JAB-0254"
    assert report["planning_summary"].startswith("Everything cleared by 203")
    assert "residential by 2024-12-31: short by" in report["planning_summary"]
    assert (base / "plan" / "gantt.pdf").exists()


@pytest.mark.parametrize("desktop_run", ["postgis"], indirect=True)
def test_on_postgis_the_server_holds_the_work_stamped_with_the_officers_login(desktop_run,
                                                                              request):
    report, _ = desktop_run
    assert report["backend"] == "postgis"
    import psycopg2
    cluster = request.getfixturevalue("pg_cluster")
    connection = psycopg2.connect(f"host=127.0.0.1 port={cluster.port} dbname=mineaction_test "
                                  f"user=postgres")
    with connection, connection.cursor() as cursor:
        counts = {}
        for table in ("minefield_records", "hazards", "tasks", "status_history"):
            cursor.execute(f"SELECT count(*) FROM desktop.{table}")
            counts[table] = cursor.fetchone()[0]
        cursor.execute("SELECT DISTINCT changed_by FROM desktop.status_history")
        who = {r[0] for r in cursor.fetchall()}
        cursor.execute("SELECT DISTINCT created_by FROM desktop.hazards")
        creators = {r[0] for r in cursor.fetchall()}
    connection.close()
    assert counts == {"minefield_records": 12, "hazards": 12, "tasks": 1, "status_history": 2}
    assert who == {PG_LOGIN} and creators == {PG_LOGIN}


@pytest.mark.parametrize("desktop_run", ["postgis"], indirect=True)
def test_no_password_in_any_file_qgis_or_the_plugin_wrote(desktop_run, request):
    """The profile (settings, connections, the authentication database, processing history,
    logs), the saved project as .qgs and .qgz, and everything the run wrote: no password."""
    report, base = desktop_run
    assert report["backend"] == "postgis"
    password = request.getfixturevalue("pg_cluster").password.encode()
    assert report["desktop_project.qgs"] and report["desktop_project.qgz"]
    looked_at = 0
    for folder, _, files in os.walk(base):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                content = f.read()
            assert password not in content, path
            looked_at += 1
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    for member in archive.namelist():
                        assert password not in archive.read(member), (path, member)
    profile = base / "home" / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    assert (profile / "qgis-auth.db").exists()          # the password is there, encrypted
    settings = (profile / "QGIS" / "QGIS3.ini").read_text(errors="replace")
    assert "regional%20centre\\authcfg=" in settings      # the connection keeps only its id
    assert looked_at > 20
