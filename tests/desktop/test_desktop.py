"""Real QGIS desktop under Xvfb loads the packaged zip: the dock appears and works, no errors."""
import json
import os
import shutil
import subprocess
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "dist", "mineaction_plugin.zip")
QGIS = "/usr/bin/qgis.bin" if os.path.exists("/usr/bin/qgis.bin") else shutil.which("qgis")
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") \
    else shutil.which("qgis_process")


@pytest.fixture(scope="module")
def desktop_run(tmp_path_factory):
    assert os.path.exists(ZIP), "run `make package` first"
    base = tmp_path_factory.mktemp("desktop")
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
               LANG="C.UTF-8")
    for leaked in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(leaked, None)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "mineaction_plugin"],
                   env=dict(env, QT_QPA_PLATFORM="offscreen"), capture_output=True, timeout=120)
    log = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", QGIS, "--nologo",
                          "--noversioncheck", "--code",
                          os.path.join(ROOT, "tests", "desktop", "probe.py")],
                         env=env, capture_output=True, text=True, timeout=240)
    report_path = base / "report.json"
    assert report_path.exists(), log.stdout[-2000:] + log.stderr[-2000:]
    shots = os.path.join(ROOT, "dist", "screenshots")
    os.makedirs(shots, exist_ok=True)
    for png in base.glob("desktop*.png"):
        shutil.copy(png, os.path.join(shots, png.name))
    return json.loads(report_path.read_text()), base


def test_the_zip_follows_the_plugin_repository_rules():
    with zipfile.ZipFile(ZIP) as archive:
        names = archive.namelist()
    assert {n.split("/")[0] for n in names} == {"mineaction_plugin"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "resources_rc.py",
                     "i18n/mineaction_az.qm", "i18n/mineaction_ru.qm"):
        assert f"mineaction_plugin/{required}" in names, required
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
    assert os.path.exists(base / "desktop.gpkg")
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
