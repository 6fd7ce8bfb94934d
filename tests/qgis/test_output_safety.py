"""No algorithm writes over what it did not make: the project database (by path, by stem,
through a link), another project database, a file or folder of another kind. Outputs are
written beside the target and moved into place; a partial one left by a killed run is removed
at the next run, which says so."""
import hashlib
import os
import shutil

import pytest
from qgis.core import QgsProcessingException

from conftest import RecordingFeedback, write_unchecked

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="module")
def filled_db(mineaction_provider, tmp_path_factory):
    import processing
    folder = tmp_path_factory.mktemp("safety")
    path = str(folder / "district.gpkg")
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    processing.run("mineaction:importminefieldrecords", {
        "INPUT": os.path.join(DATA, "records", "records.csv"), "DATABASE": path})
    processing.run("mineaction:hazardsfromrecords", {"DATABASE": path, "BUFFER": 5})
    return path


@pytest.fixture
def db(filled_db, tmp_path):
    path = str(tmp_path / "district.gpkg")
    shutil.copy(filled_db, path)
    return path


def refused(run_alg, name, parameters, match):
    with pytest.raises(QgsProcessingException, match=match):
        run_alg(name, parameters)


def test_an_imsma_export_never_replaces_a_project_database(run_alg, db, tmp_path):
    other = str(tmp_path / "other.gpkg")
    run_alg("createdatabase", {"OUTPUT": other})
    os.symlink(db, tmp_path / "link.gpkg")
    before, before_other = digest(db), digest(other)
    for output in (db, db[:-len(".gpkg")], str(tmp_path / "link.gpkg"), other):
        refused(run_alg, "exportimsma", {"DATABASE": db, "FORMAT": "gpkg", "OUTPUT": output},
                "project database")
    refused(run_alg, "exportimsma", {"DATABASE": db, "FORMAT": "filegdb",
                                     "OUTPUT": str(tmp_path / "x.gdb"), "REPORT": db},
            "project database")
    assert digest(db) == before and digest(other) == before_other
    assert run_alg("hazardprogress", {"DATABASE": db, "OUTPUT": "memory:"})["OUTPUT"]


def test_outputs_of_other_kinds_are_left_alone(run_alg, db, tmp_path):
    photos = tmp_path / "photos.gdb"
    photos.mkdir()
    (photos / "IMG_0001.jpg").write_bytes(b"\xff\xd8 a photo")
    refused(run_alg, "exportimsma", {"DATABASE": db, "FORMAT": "filegdb", "OUTPUT": str(photos)},
            "not a File Geodatabase")
    assert os.listdir(photos) == ["IMG_0001.jpg"]
    notes = tmp_path / "notes.xlsx"
    notes.write_bytes(b"the officer's workbook")
    refused(run_alg, "exportimsma", {"DATABASE": db, "FORMAT": "xlsx", "OUTPUT": str(notes)},
            "exists and is not a .xlsx file")
    assert notes.read_bytes() == b"the officer's workbook"


def test_tables_and_layers_never_go_into_the_project_database(run_alg, db, tmp_path):
    before = digest(db)
    refused(run_alg, "clearancesummary", {"DATABASE": db, "OUTPUT": db}, "project database")
    refused(run_alg, "importminefieldrecords", {
        "INPUT": os.path.join(DATA, "records", "records.csv"), "ERRORS": db},
        "project database")
    refused(run_alg, "hazardprogress", {"DATABASE": db, "OUTPUT": db}, "project database")
    lines = str(tmp_path / "lines.gpkg")
    run_alg("perimetermarking", {"INPUT": f"{db}|layername=hazards", "OUTPUT": lines})
    refused(run_alg, "perimetermarking", {"INPUT": f"{db}|layername=hazards", "OUTPUT": db},
            "project database")
    refused(run_alg, "markingquantities", {"INPUT": lines, "OUTPUT": db}, "project database")
    assert digest(db) == before


def test_a_partial_export_left_by_a_killed_run_is_cleaned_and_said(run_alg, db, tmp_path):
    import processing
    target = tmp_path / "export.gpkg"
    leftover = tmp_path / "export.mineaction-partial.gpkg"
    leftover.write_bytes(b"half an export")
    heard = RecordingFeedback()
    result = processing.run("mineaction:exportimsma", {
        "DATABASE": db, "FORMAT": "gpkg", "SINCE": "1900-01-01", "OUTPUT": str(target)},
        feedback=heard)
    assert result["EXPORTED"] > 0 and target.exists() and not leftover.exists()
    assert any("interrupted" in text for text in heard.warnings)
    assert sorted(os.listdir(tmp_path)) == ["district.gpkg", "export.gpkg"]


def test_a_failed_export_keeps_the_earlier_one(run_alg, db, tmp_path):
    target = tmp_path / "export.gpkg"
    run_alg("exportimsma", {"DATABASE": db, "FORMAT": "gpkg", "SINCE": "1900-01-01",
                            "OUTPUT": str(target)})
    before = digest(target)
    write_unchecked(db, "UPDATE hazards SET classification = 'Suspected' WHERE fid = 1")
    refused(run_alg, "exportimsma", {"DATABASE": db, "FORMAT": "gpkg", "SINCE": "1900-01-01",
                                     "OUTPUT": str(target)}, "nothing was exported")
    assert digest(target) == before
    assert sorted(os.listdir(tmp_path)) == ["district.gpkg", "export.gpkg"]
