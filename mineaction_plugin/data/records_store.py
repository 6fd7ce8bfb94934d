"""Minefield records into the project database: all accepted records in one transaction."""
import os
import pickle
import queue
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading

from ..core.i18n import tr
from ..core.interpreter import qgis_python
from . import geopackage, gpkg_sql
from . import gpkg_ddl as ddl

RECORD_COLUMNS = ["record_id", "source_file", "date_laid", "laid_by", "declination_deg",
                  "mines_recorded", "reliability", "district", "area_m2", "perimeter_m", "notes",
                  "misclosure_m", "created_by", "modified_by", "created_at", "modified_at"]
POINT_COLUMNS = ["record_id", "point_id", "point_type", "seq", "from_point", "bearing",
                 "bearing_unit", "bearing_ref", "distance", "distance_unit", "pace_m",
                 "declination_deg", "grid_crs", "x", "y", "crs", "row_id", "mine_model",
                 "mine_count", "spacing_m", "traverse_m", "source_row", "created_by",
                 "modified_by", "created_at", "modified_at"]
ROW_COLUMNS = ["record_id", "row_id", "mine_model", "mine_category", "mine_count", "spacing_m",
               "length_m", "expected_length_m", "length_mismatch", "created_by", "modified_by",
               "created_at", "modified_at"]
RECORD_TABLES = ("record_points", "mine_rows", "minefield_records")  # children first


# --- geometry as GeoPackage blobs: (blob, (min x, max x, min y, max y)) ------------------------
_blob = gpkg_sql.blob


def _point(p):
    return _blob(struct.pack("<BIdd", 1, 1, p.lon, p.lat)), (p.lon, p.lon, p.lat, p.lat)


def _line(a, b):
    bounds = (min(a.lon, b.lon), max(a.lon, b.lon), min(a.lat, b.lat), max(a.lat, b.lat))
    return _blob(struct.pack("<BII4d", 1, 2, 2, a.lon, a.lat, b.lon, b.lat), bounds), bounds


def _polygon(points):
    ring = points + points[:1]
    xs = [p.lon for p in ring]
    ys = [p.lat for p in ring]
    bounds = (min(xs), max(xs), min(ys), max(ys))
    coordinates = [c for p in ring for c in (p.lon, p.lat)]
    wkb = struct.pack(f"<BIII{len(coordinates)}d", 1, 3, 1, len(ring), *coordinates)
    return _blob(wkb, bounds), bounds


def existing_record_ids(database, record_ids):
    """Which of `record_ids` the database (GeoPackage or PostGIS) already holds."""
    from . import project_db
    ids = list(record_ids)
    with project_db.open_project(database) as db:
        found = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(row[0] for row in db.rows(
                f"SELECT record_id FROM {db.t('minefield_records')} WHERE record_id IN ("
                + ", ".join("?" * len(chunk)) + ")", chunk))
        return found


class _Writer:
    """Writes records to the database as they are computed, in one transaction.

    The caller hands over records in chunks (put) and ends with close(), which commits, or
    abort(), which rolls back; any failure rolls back too, so the database is never half
    written. Records already in the database are replaced (on_duplicate="replace") or
    skipped and listed in `skipped` ("reject"). (A writer thread was tried: with Python's
    lock shared, it made a national import slower, not faster.) Subclasses bring the
    database: its errors, commit, rollback, and how to find and delete existing records.
    """
    errors = ()

    def __init__(self, on_duplicate, source_file):
        self.replace = on_duplicate == "replace"
        self.source_file = source_file
        self.written = 0
        self.skipped = []
        user = gpkg_sql.account_name()
        # one import, one time; a per-row database default costs a third of the insert
        now = gpkg_sql.now_iso()
        self.stamp = [user, user, now, now]
        self.tables = ()

    def put(self, records):
        try:
            for record in self._without_duplicates(records):
                _write_record(*self.tables, record, self.source_file, self.stamp)
                self.written += 1
            for table in self.tables:
                table.flush()
        except Exception as error:
            self.abort()
            if isinstance(error, self.errors):
                raise self._refused(error) from error
            raise

    def close(self):
        """Commit; (records written, ids skipped as already present)."""
        try:
            for table in self.tables:
                table.finish()
            self._commit()
        except self.errors as error:
            self.abort()
            raise self._refused(error) from error
        self._close()
        return self.written, self.skipped

    @staticmethod
    def _refused(error):
        return geopackage.DatabaseError(
            tr("The database refused the records") + f": {str(error).strip()}")

    def _without_duplicates(self, records):
        if not records:
            return records
        existing = self._existing([r.record_id for r in records])
        if not existing:
            return records
        if self.replace:
            self._delete(sorted(existing))
            return records
        self.skipped += [r.record_id for r in records if r.record_id in existing]
        return [r for r in records if r.record_id not in existing]


class RecordWriter(_Writer):
    """_Writer for a GeoPackage: sqlite3 executemany, the R-trees filled in bulk."""
    errors = (sqlite3.Error,)

    def __init__(self, path, on_duplicate="reject", source_file=""):
        if geopackage.inspect(path).needs_upgrade:
            raise geopackage.DatabaseError(tr("The database must be upgraded before records "
                                              "are imported into it."))
        super().__init__(on_duplicate, source_file)
        try:
            self.connection = gpkg_sql.connect(path)
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise geopackage.DatabaseError(tr("{path} cannot be opened for writing.").format(
                path=path) + f" ({error})") from error
        try:
            self.tables = (gpkg_sql.BulkInsert(self.connection, "minefield_records",
                                               RECORD_COLUMNS),
                           gpkg_sql.BulkInsert(self.connection, "record_points", POINT_COLUMNS),
                           gpkg_sql.BulkInsert(self.connection, "mine_rows", ROW_COLUMNS))
        except Exception:
            self.abort()
            raise

    def _commit(self):
        self.connection.execute("COMMIT")

    def _close(self):
        self.connection.close()

    def abort(self):
        if self.connection is not None:
            try:
                self.connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # nothing was begun
            self.connection.close()
            self.connection = None
        self.written = 0

    def _existing(self, ids):
        marks = ", ".join("?" * len(ids))
        return {row[0] for row in self.connection.execute(
            f"SELECT record_id FROM minefield_records WHERE record_id IN ({marks})", ids)}

    def _delete(self, ids):
        marks = ", ".join("?" * len(ids))
        for table in RECORD_TABLES:
            self.connection.execute(f"DELETE FROM {table} WHERE record_id IN ({marks})", ids)


class _ChildFailed(Exception):
    """The writing process refused the rows or stopped."""


class _RemoteTable:
    """One table's rows, sent to the writing process a chunk at a time."""

    def __init__(self, writer, name):
        self.writer = writer
        self.name = name
        self.rows = []

    def add(self, values, blob, bounds):
        self.rows.append((values, blob, bounds))

    def flush(self):
        if self.rows:
            self.writer.send("rows", self.name, self.rows)
            self.rows = []

    def finish(self):
        self.flush()


class ParallelRecordWriter(_Writer):
    """RecordWriter's inserts done by a second process (gpkg_write_process) on the other core,
    while this one goes on computing: a national import no longer waits for SQLite. The same
    single transaction: the child commits when told to, and rolls back on any failure, on
    abort(), or when this process goes away."""
    errors = (_ChildFailed,)

    def __init__(self, path, on_duplicate="reject", source_file=""):
        if geopackage.inspect(path).needs_upgrade:
            raise geopackage.DatabaseError(tr("The database must be upgraded before records "
                                              "are imported into it."))
        super().__init__(on_duplicate, source_file)
        self.process = _start_writer_process()
        self.pipe_error = None
        self.outbox = queue.Queue()
        self.pump = threading.Thread(target=self._pump, name="records to the writing process",
                                     daemon=True)
        self.pump.start()
        specs = [("minefield_records", RECORD_COLUMNS), ("record_points", POINT_COLUMNS),
                 ("mine_rows", ROW_COLUMNS)]
        try:
            self.send("open", path, specs, "SELECT record_id FROM minefield_records",
                      RECORD_TABLES)
            answer = self._answer()
        except _ChildFailed as error:
            answer = ("error", str(error))
        if answer[0] != "ready":
            self.abort()
            raise geopackage.DatabaseError(tr("{path} cannot be opened for writing.").format(
                path=path) + f" ({answer[1]})")
        self.known = answer[1]
        self.tables = tuple(_RemoteTable(self, name) for name, _ in specs)

    def send(self, *message):
        """Queue a command; a thread pushes the queue into the pipe, so this process goes on
        computing while the child is busy inserting (a full pipe would hold it otherwise)."""
        if self.pipe_error is not None:
            raise _ChildFailed(self._stopped(self.pipe_error))
        self.outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _pump(self):
        while True:
            data = self.outbox.get()
            try:
                if data is None:
                    return
                if self.pipe_error is None:
                    self.process.stdin.write(data)
            except (OSError, ValueError) as error:
                self.pipe_error = error
            finally:
                self.outbox.task_done()

    def _answer(self):
        self.outbox.join()   # everything sent before waiting for the answer
        try:
            if self.pipe_error is not None:
                raise self.pipe_error
            self.process.stdin.flush()
            return pickle.load(self.process.stdout)
        except (EOFError, BrokenPipeError, OSError, ValueError, pickle.UnpicklingError) as error:
            raise _ChildFailed(self._stopped(error)) from error

    def _stopped(self, error):
        self.process.log.seek(0)
        detail = self.process.log.read().decode("utf-8", "replace").strip()[-500:]
        return tr("the writing process stopped") + f": {detail or error}"

    def put(self, records):
        super().put(records)
        self.known.update(r.record_id for r in records)

    def _existing(self, ids):
        return {i for i in ids if i in self.known}

    def _delete(self, ids):
        self.send("delete", ids)
        self.known.difference_update(ids)

    def _commit(self):
        self.send("commit")
        answer = self._answer()
        if answer[0] != "done":
            raise _ChildFailed(answer[1])

    def _close(self):
        self._end()

    def abort(self):
        if self.process is not None:
            try:
                self.send("abort")
            except _ChildFailed:
                pass
            self._end()
        self.written = 0

    def _end(self):
        """Stop the feeding thread, close the pipes (the child ends on reading the last
        command, or on end of input) and wait for the child."""
        if self.process is None:
            return
        self.outbox.put(None)
        self.pump.join()
        process, self.process = self.process, None
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
        process.log.close()


def _python():
    """(QGIS's own interpreter, None) or (None, why not): core/interpreter.py."""
    def runnable(path):
        return os.path.isfile(path) and os.access(path, os.X_OK)
    return qgis_python(sys.platform, sys.exec_prefix, sys.executable, sys.version_info,
                       runnable)


def _start_writer_process():
    python, why = _python()
    if python is None:
        raise OSError(why)
    package = __package__.split(".")[0]
    folder = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = (f"import sys; sys.path.insert(0, sys.argv[1]); "
            f"from {package}.data import gpkg_write_process; gpkg_write_process.main()")
    log = tempfile.TemporaryFile()   # what the child says on stderr, should it stop
    # no console window flashing up on Windows
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    process = subprocess.Popen([python, "-c", code, folder], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=log, creationflags=flags)
    process.log = log
    return process


def append_records(path, records, on_duplicate="reject", source_file=""):
    """Write `records` in one transaction; (written, skipped ids), as RecordWriter."""
    writer = record_writer(path, on_duplicate, source_file)
    for start in range(0, len(records), 250):
        writer.put(records[start:start + 250])
    return writer.close()


def _write_record(perimeters, points, rows, record, source_file, stamp):
    """stamp: [user, user, time, time] for the audit columns (one import, one time)."""
    a = record.attributes
    perimeters.add([record.record_id, a.get("source_file") or source_file or None,
                    a.get("date_laid"), a.get("laid_by"), record.declination_deg,
                    record.mines_recorded, "unknown", a.get("district"), record.area_m2,
                    record.perimeter_m, a.get("notes"), record.misclosure_m] + stamp,
                   *_polygon(record.perimeter))
    for p in record.points:
        measured = p.bearing is not None
        points.add([record.record_id, p.point_id, p.point_type, p.seq, p.measured_from or None,
                    p.bearing, p.bearing_unit if measured else None,
                    p.bearing_ref if measured else None, p.distance,
                    p.distance_unit if p.distance is not None else None, p.pace_m,
                    p.declination_deg, p.grid_crs or None, p.x, p.y,
                    p.crs if p.absolute else None, p.row_id or None, p.mine_model or None,
                    p.mine_count, p.spacing_m, p.traverse_m, p.row] + stamp, *_point(p))
    for row in record.rows:
        rows.add([record.record_id, row.row_id, row.mine_model or None, row.mine_category,
                  row.mine_count, row.spacing_m, row.length_m, row.expected_length_m,
                  int(row.length_mismatch)] + stamp, *_line(row.start, row.end))


# --- the same on PostgreSQL/PostGIS ----------------------------------------------------------
class _PgBulkInsert:
    """Rows for one table of a PostGIS project, sent a thousand at a time (execute_values)."""

    def __init__(self, cursor, schema_name, table, columns):
        self.cursor = cursor
        self.sql = (f"INSERT INTO {ddl.quote(schema_name)}.{ddl.quote(table)} ("
                    + ", ".join(ddl.quote(c) for c in columns + ["geom"]) + ") VALUES %s")
        self.template = "(" + ", ".join(["%s"] * len(columns)) + \
            ", ST_SetSRID(ST_GeomFromWKB(%s), 4326))"
        self.rows = []

    def add(self, values, blob, bounds):
        self.rows.append([*values, gpkg_sql.wkb(blob)])

    def flush(self):
        if self.rows:
            from psycopg2.extras import execute_values
            execute_values(self.cursor, self.sql, self.rows, template=self.template,
                           page_size=1000)
            self.rows = []

    def finish(self):
        self.flush()


class PgRecordWriter(_Writer):
    """_Writer for a PostGIS project: the same rows, sent a thousand at a time."""

    def __init__(self, target, on_duplicate="reject", source_file=""):
        import psycopg2

        from . import postgis
        if postgis.inspect(target).needs_upgrade:
            raise geopackage.DatabaseError(tr("The database must be upgraded before records "
                                              "are imported into it."))
        super().__init__(on_duplicate, source_file)
        self.errors = (psycopg2.Error,)
        self.schema = target.schema
        self.connection = postgis.connect(target)
        self.cursor = self.connection.cursor()
        self.cursor.execute("SELECT current_user")   # the server's login, as its triggers
        self.stamp[0] = self.stamp[1] = self.cursor.fetchone()[0]
        self.tables = (_PgBulkInsert(self.cursor, self.schema, "minefield_records",
                                     RECORD_COLUMNS),
                       _PgBulkInsert(self.cursor, self.schema, "record_points", POINT_COLUMNS),
                       _PgBulkInsert(self.cursor, self.schema, "mine_rows", ROW_COLUMNS))

    def _commit(self):
        self.connection.commit()

    def _close(self):
        self.connection.close()

    def abort(self):
        if self.connection is not None:
            self.connection.rollback()
            self.connection.close()
            self.connection = None
        self.written = 0

    def _existing(self, ids):
        self.cursor.execute(f"SELECT record_id FROM {ddl.quote(self.schema)}.minefield_records "
                            f"WHERE record_id = ANY(%s)", (ids,))
        return {row[0] for row in self.cursor.fetchall()}

    def _delete(self, ids):
        for name in RECORD_TABLES:
            self.cursor.execute(f"DELETE FROM {ddl.quote(self.schema)}.{ddl.quote(name)} "
                                f"WHERE record_id = ANY(%s)", (ids,))


def record_writer(database, on_duplicate="reject", source_file="", parallel=False, say=None):
    """The writer for a .gpkg path or a PostgreSQL target string. parallel: a GeoPackage is
    written by a second process (worth it for thousands of rows; the server is one already);
    where no second Python can be started, by this one, and `say(text)` hears why."""
    from . import postgis
    if postgis.is_postgres(database):
        return PgRecordWriter(postgis.parse_target(database), on_duplicate, source_file)
    if parallel:
        try:
            return ParallelRecordWriter(database, on_duplicate, source_file)
        except OSError as error:
            if say:
                say(tr("The records are written by this process alone ({reason}).").format(
                    reason=error))
    return RecordWriter(database, on_duplicate, source_file)
