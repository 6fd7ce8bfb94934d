"""Where an algorithm may write: never over what it did not make, never half a file.

Rules (README, "What the plugin writes"):
- a project database (any GeoPackage holding the mine action schema, the one being read above
  all, whether named by its path, without its extension or through a symbolic link) is never an
  output;
- an existing file or folder is replaced only when it is of the kind the output writes, by
  name and by content (an earlier report, an earlier export): anything else is refused with
  the reason;
- everything is written to a partial name beside the target and moved into place only when
  complete; a partial left by a killed run is removed at the next run, which says so.
Pure Python (sqlite3 to recognise a project database), so the rules are unit tested.
"""
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from .i18n import tr

PARTIAL = ".mineaction-partial"
META_TABLE = "mineaction_meta"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputRefused(Exception):
    """An output the plugin will not write, worded for the officer."""


def is_project_database(path):
    """True for a GeoPackage (SQLite) file holding the mine action schema."""
    try:
        with open(path, "rb") as f:
            if f.read(16) != _SQLITE_MAGIC:
                return False
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                       "AND name = ?", (META_TABLE,)).fetchone()
        finally:
            connection.close()
        return found is not None
    except (OSError, sqlite3.Error):
        # a file we cannot read as SQLite is not recognised; other rules still protect it
        return False


def same_place(first, second):
    """Both names lead to the same file or folder (symbolic links and '..' resolved)."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def is_file_geodatabase(path):
    return os.path.isdir(path) and os.path.exists(os.path.join(path, "a00000001.gdbtable"))


def looks_like(path, extension):
    """Whether an existing file holds what an output of this kind writes (by its content, not
    its name: a text file named .xlsx is not an earlier export)."""
    if extension == ".gdb":
        return is_file_geodatabase(path)
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if extension == ".xlsx":
        import zipfile
        try:
            with zipfile.ZipFile(path) as archive:
                return "xl/workbook.xml" in archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
    if extension == ".gpkg":
        return head.startswith(_SQLITE_MAGIC)
    if extension == ".pdf":
        return head.startswith(b"%PDF")
    if extension == ".csv":
        return b"\x00" not in head
    return True


def check_output(path, extensions, protected=(), label="OUTPUT"):
    """Refuse (OutputRefused) an output path this rules out; return it unchanged otherwise.

    extensions: what this output writes (".csv", ".xlsx", ".gdb" — a folder —, ".gpkg", ".pdf").
    protected: paths that must never be written (the project database being read).
    """
    if not path:
        return path
    name = os.path.basename(path.rstrip("/\\")) or path
    for database in protected:
        if database and (same_place(path, database)
                         or os.path.splitext(os.path.realpath(path))[0]
                         == os.path.splitext(os.path.realpath(database))[0]
                         and os.path.splitext(path)[1].lower() in ("", ".gpkg")):
            raise OutputRefused(tr("{label}: {name} is the project database; an output never "
                                   "replaces it. Choose another name.").format(label=label,
                                                                               name=name))
    extension = os.path.splitext(path)[1].lower()
    wants_folder = extension == ".gdb"
    if os.path.exists(path):
        if is_project_database(path):
            raise OutputRefused(tr("{label}: {name} is a mine action project database; an "
                                   "output never replaces one. Choose another name.").format(
                                       label=label, name=name))
        if os.path.isdir(path) and not wants_folder:
            raise OutputRefused(tr("{label}: {name} is a folder, not a file. Choose a file "
                                   "name.").format(label=label, name=name))
        if wants_folder and not is_file_geodatabase(path):
            raise OutputRefused(tr("{label}: {name} is a folder but not a File Geodatabase; it "
                                   "is left alone. Choose another name.").format(label=label,
                                                                                 name=name))
        if extension not in extensions or not looks_like(path, extension):
            raise OutputRefused(tr("{label}: {name} exists and is not a {kinds} file this "
                                   "output writes; it is left alone. Choose another name.")
                                .format(label=label, name=name, kinds=" / ".join(extensions)))
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        raise OutputRefused(tr("{label}: the folder {folder} is read-only; nothing was "
                               "written.").format(label=label, folder=folder))
    if os.path.exists(path) and not os.path.isdir(path) and not os.access(path, os.W_OK):
        raise OutputRefused(tr("{label}: {name} is read-only; nothing was written.").format(
            label=label, name=name))
    return path


def partial_path(path):
    stem, extension = os.path.splitext(path)
    return f"{stem}{PARTIAL}{extension}"


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


class PartialOutput:
    """An output being written beside its target: keep() moves it into place, discard()
    removes it. Made, it removes a partial a killed run left (and `say(text)` hears so)."""

    def __init__(self, path, say=None):
        self.path = path
        self.partial = partial_path(path)
        if os.path.lexists(self.partial):
            remove(self.partial)
            if say:
                say(tr("A partial output left by an interrupted run was removed: {name}.")
                    .format(name=os.path.basename(self.partial)))
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)

    def discard(self):
        remove(self.partial)

    def keep(self):
        if not os.path.lexists(self.partial):
            return   # nothing was written (e.g. no report asked of the writer)
        if os.path.isdir(self.partial):
            stem, extension = os.path.splitext(self.path)
            old = f"{stem}.mineaction-old{extension}"
            remove(old)
            if os.path.exists(self.path):
                os.rename(self.path, old)
            os.rename(self.partial, self.path)
            remove(old)
        else:
            os.replace(self.partial, self.path)


@contextmanager
def written_into_place(path, say=None):
    """Yield a partial name beside `path`; move it into place when the block ends without an
    exception, remove it otherwise."""
    output = PartialOutput(path, say)
    try:
        yield output.partial
    except BaseException:
        output.discard()
        raise
    output.keep()
