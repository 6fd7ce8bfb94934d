"""core/outputs.py: what an algorithm may write over, and writing a file whole or not at all."""
import os
import sqlite3

import pytest

from mineaction_plugin.core import outputs
from mineaction_plugin.core.outputs import OutputRefused, check_output, written_into_place


def project_database(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE mineaction_meta (key TEXT, value TEXT)")
    connection.commit()
    connection.close()
    return str(path)


def test_a_project_database_is_never_an_output(tmp_path):
    db = project_database(tmp_path / "district.gpkg")
    other = project_database(tmp_path / "other.gpkg")
    os.symlink(db, tmp_path / "link.gpkg")
    for path, protected in ((db, (db,)),                         # by its path
                            (str(tmp_path / "district"), (db,)),  # by its stem
                            (str(tmp_path / "link.gpkg"), (db,)),  # through a symbolic link
                            (str(tmp_path / "sub" / ".." / "district.gpkg"), (db,)),
                            (other, (db,)),                       # another project's database
                            (other, ())):
        with pytest.raises(OutputRefused, match="project database"):
            check_output(path, (".gpkg", ".csv"), protected)
    assert outputs.is_project_database(db) and not outputs.is_project_database(tmp_path / "x")


def test_existing_files_of_another_kind_and_folders_are_left_alone(tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_text("officer's notes")
    with pytest.raises(OutputRefused, match="is not a .csv / .xlsx file"):
        check_output(str(notes), (".csv", ".xlsx"))
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(OutputRefused, match="is a folder"):
        check_output(str(tmp_path / "folder.csv"), (".csv",))
    (tmp_path / "photos.gdb").mkdir()
    with pytest.raises(OutputRefused, match="not a File Geodatabase"):
        check_output(str(tmp_path / "photos.gdb"), (".gdb",))
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(OutputRefused, match="is not a .xlsx file"):
        check_output(str(fake), (".xlsx",))
    earlier = tmp_path / "report.csv"
    earlier.write_text("layer,local_id\n")
    assert check_output(str(earlier), (".csv",)) == str(earlier)   # an earlier report: replaced
    assert check_output(str(tmp_path / "new.csv"), (".csv",)) == str(tmp_path / "new.csv")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputRefused, match="read-only"):
            check_output(str(folder / "a.csv"), (".csv",))
    finally:
        folder.chmod(0o700)


def test_a_file_is_moved_into_place_only_when_complete(tmp_path):
    target = tmp_path / "summary.csv"
    target.write_text("the earlier summary")
    with pytest.raises(RuntimeError):
        with written_into_place(str(target)) as partial:
            open(partial, "w").write("half")
            raise RuntimeError("the writer failed")
    assert target.read_text() == "the earlier summary"
    assert sorted(os.listdir(tmp_path)) == ["summary.csv"]
    with written_into_place(str(target)) as partial:
        assert os.path.dirname(partial) == str(tmp_path) and partial != str(target)
        open(partial, "w").write("new")
    assert target.read_text() == "new" and sorted(os.listdir(tmp_path)) == ["summary.csv"]


def test_a_partial_left_by_a_killed_run_is_removed_and_said(tmp_path):
    target = tmp_path / "export.gdb"
    leftover = tmp_path / f"export{outputs.PARTIAL}.gdb"
    leftover.mkdir()
    (leftover / "a00000001.gdbtable").write_text("half")
    said = []
    with written_into_place(str(target), said.append) as partial:
        assert not os.path.exists(partial)
        os.mkdir(partial)
        open(os.path.join(partial, "a00000001.gdbtable"), "w").write("whole")
    assert len(said) == 1 and "interrupted" in said[0]
    assert (target / "a00000001.gdbtable").read_text() == "whole"
    assert sorted(os.listdir(tmp_path)) == ["export.gdb"]


def test_sqlite_failures_are_worded_for_the_officer():
    from mineaction_plugin.data import gpkg_sql
    for message, words in (("database is locked", "locked by another program"),
                           ("attempt to write a readonly database", "is read-only"),
                           ("no such table: tasks", "is not complete"),
                           ("CHECK constraint failed: quantity", "refused the change")):
        worded = str(gpkg_sql.worded_error(sqlite3.OperationalError(message), "/x/district.gpkg"))
        assert words in worded and "district.gpkg" in worded
        assert "nothing was written" in worded.lower()
