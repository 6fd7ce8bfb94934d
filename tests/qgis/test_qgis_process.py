"""The provider seen from outside QGIS desktop: qgis_process with the plugin enabled."""
import json
import os
import shutil
import subprocess

import pytest
from osgeo import ogr

from mineaction_plugin.core import schema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if os.path.exists("/usr/bin/qgis_process.bin") \
    else shutil.which("qgis_process")


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    """A throw-away HOME whose QGIS profile has the plugin (from the source tree) enabled."""
    base = tmp_path_factory.mktemp("qgis_process")
    plugins = base / "plugins"
    plugins.mkdir()
    # the source package plus metadata.txt, as `make package` puts them together
    shutil.copytree(os.path.join(ROOT, "mineaction_plugin"), plugins / "mineaction_plugin",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.join(ROOT, "metadata.txt"), plugins / "mineaction_plugin")
    env = dict(os.environ, HOME=str(base / "home"), QGIS_PLUGINPATH=str(plugins),
               QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(base / "run"))
    for leaked in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis's profile
        env.pop(leaked, None)
    os.makedirs(env["HOME"])
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "mineaction_plugin"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def test_qgis_process_lists_the_provider(qgis_process_env):
    result = subprocess.run([QGIS_PROCESS, "list"], env=qgis_process_env, capture_output=True,
                            text=True, timeout=120)
    assert "mineaction:createdatabase" in result.stdout
    assert "mineaction:upgradedatabase" in result.stdout


def test_qgis_process_creates_a_database(qgis_process_env, tmp_path):
    out = tmp_path / "x.gpkg"
    result = subprocess.run([QGIS_PROCESS, "run", "mineaction:createdatabase", "--",
                             f"OUTPUT={out}"], env=qgis_process_env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    ds = ogr.Open(str(out))
    for layer in schema.LAYERS:
        lyr = ds.GetLayerByName(layer.name)
        assert lyr is not None, layer.name
        defn = lyr.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        assert {f.name for f in layer.fields} <= present


def test_qgis_process_explains_a_refusal(qgis_process_env, tmp_path):
    out = tmp_path / "x.gpkg"
    out.write_text("already here")
    result = subprocess.run([QGIS_PROCESS, "run", "mineaction:createdatabase", "--",
                             f"OUTPUT={out}"], env=qgis_process_env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    assert "already exists" in result.stdout + result.stderr
    assert out.read_text() == "already here"


DATA = os.path.join(ROOT, "tests", "data", "records")


@pytest.mark.parametrize("sample, expected_good", [("records.csv", 25),
                                                   ("records_mixed_bad.csv", 12)])
def test_qgis_process_imports_records_as_the_issue_states(qgis_process_env, tmp_path, sample,
                                                          expected_good):
    """`qgis_process run mineaction:importminefieldrecords -- INPUT=… PERIMETERS=p.gpkg …`"""
    import csv
    import json

    from mineaction_plugin.adapters.qgis_geodesy import QgisGeodesy
    result = subprocess.run(
        [QGIS_PROCESS, "run", "mineaction:importminefieldrecords", "--",
         f"INPUT={os.path.join(DATA, sample)}", "TARGET_CRS=EPSG:4326",
         f"PERIMETERS={tmp_path / 'p.gpkg'}", f"POINTS={tmp_path / 'pt.gpkg'}",
         f"MINE_ROWS={tmp_path / 'r.gpkg'}", f"ERRORS={tmp_path / 'e.csv'}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    with open(os.path.join(DATA, "records_truth.json")) as f:
        truth = json.load(f)
    geodesy = QgisGeodesy()
    ds = ogr.Open(str(tmp_path / "pt.gpkg"))  # kept: a layer dies with its data source
    layer = ds.GetLayer(0)
    records = set()
    for feature in layer:
        records.add(feature.GetField("record_id"))
        lat, lon = truth[feature.GetField("record_id")]["points"][feature.GetField("point_id")]
        point = feature.GetGeometryRef()
        error = geodesy.inverse(lat, lon, point.GetY(), point.GetX())[0]
        assert error <= 0.10 + 0.0001 * feature.GetField("traverse_m")
    assert len(records) == expected_good
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        bad = {row["record_id"] for row in csv.DictReader(f)}
    assert len(bad) == 25 - expected_good if sample == "records.csv" else len(bad) == 12


def test_qgis_process_summary_of_the_clearance_sample(qgis_process_env, tmp_path):
    """ogr2ogr -append the sample, then qgis_process …clearancesummary: the published table."""
    import csv
    import json
    clearance = os.path.join(ROOT, "tests", "data", "clearance")
    db = tmp_path / "db.gpkg"
    run = subprocess.run([QGIS_PROCESS, "run", "mineaction:createdatabase", "--",
                          f"OUTPUT={db}"], env=qgis_process_env, capture_output=True, timeout=120)
    assert run.returncode == 0
    for name in ("land_release", "eo_finds"):
        subprocess.run(["ogr2ogr", "-append", str(db), os.path.join(clearance, f"{name}.geojson"),
                        "-nln", name], check=True, timeout=60)
    out = tmp_path / "summary.csv"
    run = subprocess.run([QGIS_PROCESS, "run", "mineaction:clearancesummary", "--",
                          f"DATABASE={db}", f"OUTPUT={out}"], env=qgis_process_env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    with open(os.path.join(clearance, "expected.json")) as f:
        expected = json.load(f)
    with open(out, encoding="utf-8") as f:
        rows = {r["district"]: r for r in csv.DictReader(f)}
    for district, values in expected.items():
        assert round(float(rows[district]["cleared_km2"]), 1) == values["cleared_km2"]
        assert [int(rows[district][c]) for c in ("ERW", "APM", "ATM", "total")] == \
            [values[c] for c in ("ERW", "APM", "ATM", "total")]
    assert "Total" in rows


def test_qgis_process_marks_hazards_and_places_signs(qgis_process_env, tmp_path):
    """`perimetermarking -- INPUT=hazards.gpkg OFFSET=5 OUTPUT=lines.gpkg`, then the signs."""
    hazards = tmp_path / "hazards.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(hazards), "/vsistdin/", "-nln", "hazards"],
                   input=json.dumps({"type": "FeatureCollection", "features": [{
                       "type": "Feature", "properties": {"hazard_id": "HZ-1"},
                       "geometry": {"type": "MultiPolygon", "coordinates": [[[
                           [46.9, 39.8], [46.901, 39.8], [46.901, 39.801], [46.9, 39.801],
                           [46.9, 39.8]]]]}}]}).encode(), check=True, timeout=60)
    lines, signs = tmp_path / "lines.gpkg", tmp_path / "signs.gpkg"
    for algorithm, arguments in (("perimetermarking", [f"INPUT={hazards}", "OFFSET=5",
                                                       f"OUTPUT={lines}"]),
                                 ("markingsigns", [f"INPUT={lines}", "SPACING=50",
                                                   f"OUTPUT={signs}"])):
        run = subprocess.run([QGIS_PROCESS, "run", f"mineaction:{algorithm}", "--"] + arguments,
                             env=qgis_process_env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    ds = ogr.Open(str(signs))
    layer = ds.GetLayer(0)
    types = [f.GetField("sign_type") for f in layer]
    assert types.count("corner_post") == 4 and len(types) >= 8


def test_qgis_process_exports_task_sheets(qgis_process_env, tmp_path, run_alg):
    """createtask and exporttasksheets from the command line, without a network or a project."""
    db = str(tmp_path / "project.gpkg")
    run_alg("createdatabase", {"OUTPUT": db})
    run_alg("importminefieldrecords", {"INPUT": os.path.join(ROOT, "tests", "data", "records",
                                                             "records.csv"), "DATABASE": db})
    run_alg("hazardsfromrecords", {"DATABASE": db})
    for arguments in ((["mineaction:createtask", "--", f"DATABASE={db}",
                        "HAZARD_ID=HZ-XXX-0004", "TASK_TYPE=TS"]),
                      (["mineaction:exporttasksheets", "--", f"DATABASE={db}",
                        "FILTER=\"status\" = 'draft'", "LANGUAGE=ru", "PAGE_SIZE=A3",
                        f"OUTPUT_FOLDER={tmp_path / 'sheets'}"])):
        run = subprocess.run([QGIS_PROCESS, "--json", "run"] + arguments, env=qgis_process_env,
                             capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert results["EXPORTED"] == 1
    assert os.listdir(tmp_path / "sheets") == ["HZ-XXX-0004-T01.pdf"]
    text = subprocess.run(["pdftotext", str(tmp_path / "sheets" / "HZ-XXX-0004-T01.pdf"), "-"],
                          capture_output=True, text=True).stdout
    assert "Лист задачи: HZ-XXX-0004-T01" in text


def test_qgis_process_works_on_a_postgis_project(qgis_process_env, tmp_path, pg_target):
    """The same command lines with a PostgreSQL project for DATABASE: create, import the
    sample's records, hazards, a task, its sheet — and the rows are on the server."""
    from mineaction_plugin.data import postgis
    database = f"{pg_target.conninfo} schema={pg_target.schema}"

    def run(algorithm, *parameters):
        result = subprocess.run([QGIS_PROCESS, "run", f"mineaction:{algorithm}", "--",
                                 *parameters], env=qgis_process_env, capture_output=True,
                                text=True, timeout=180)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return result.stdout
    run("createdatabase", f"OUTPUT={database}")
    run("importminefieldrecords", f"INPUT={os.path.join(DATA, 'records_mixed_bad.csv')}",
        f"DATABASE={database}", f"ERRORS={tmp_path / 'e.csv'}")
    run("hazardsfromrecords", f"DATABASE={database}", "BUFFER=5")
    run("createtask", f"DATABASE={database}", "HAZARD_ID=HZ-XXX-0001", "TASK_TYPE=TS")
    run("exporttasksheets", f"DATABASE={database}", f"OUTPUT_FOLDER={tmp_path / 'sheets'}")
    counts = postgis.counts(pg_target)
    assert (counts["minefield_records"], counts["hazards"], counts["tasks"]) == (12, 12, 1)
    assert os.listdir(tmp_path / "sheets") == ["HZ-XXX-0001-T01.pdf"]
