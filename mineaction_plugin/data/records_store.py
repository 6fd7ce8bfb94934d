"""Minefield records into the project database: all accepted records in one transaction."""
import sqlite3

from ..core.i18n import tr
from . import geopackage, gpkg_sql

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


class RecordWriterBase:
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
                write_record(*self.tables, record, self.source_file, self.stamp)
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


class RecordWriter(RecordWriterBase):
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


def append_records(path, records, on_duplicate="reject", source_file=""):
    """Write `records` in one transaction; (written, skipped ids), as RecordWriter."""
    writer = record_writer(path, on_duplicate, source_file)
    for start in range(0, len(records), 250):
        writer.put(records[start:start + 250])
    return writer.close()


def write_record(perimeters, points, rows, record, source_file, stamp):
    """stamp: [user, user, time, time] for the audit columns (one import, one time)."""
    a = record.attributes
    perimeters.add([record.record_id, a.get("source_file") or source_file or None,
                    a.get("date_laid"), a.get("laid_by"), record.declination_deg,
                    record.mines_recorded, "unknown", a.get("district"), record.area_m2,
                    record.perimeter_m, a.get("notes"), record.misclosure_m] + stamp,
                   *gpkg_sql.polygon_blob(record.perimeter))
    for p in record.points:
        measured = p.bearing is not None
        points.add([record.record_id, p.point_id, p.point_type, p.seq, p.measured_from or None,
                    p.bearing, p.bearing_unit if measured else None,
                    p.bearing_ref if measured else None, p.distance,
                    p.distance_unit if p.distance is not None else None, p.pace_m,
                    p.declination_deg, p.grid_crs or None, p.x, p.y,
                    p.crs if p.absolute else None, p.row_id or None, p.mine_model or None,
                    p.mine_count, p.spacing_m, p.traverse_m, p.row] + stamp,
                   *gpkg_sql.point_blob(p))
    for row in record.rows:
        rows.add([record.record_id, row.row_id, row.mine_model or None, row.mine_category,
                  row.mine_count, row.spacing_m, row.length_m, row.expected_length_m,
                  int(row.length_mismatch)] + stamp, *gpkg_sql.line_blob(row.start, row.end))


def record_writer(database, on_duplicate="reject", source_file="", parallel=False, say=None):
    """The writer for a .gpkg path or a PostgreSQL target string. parallel: a GeoPackage is
    written by a second process (worth it for thousands of rows; the server is one already);
    where no second Python can be started, by this one, and `say(text)` hears why."""
    from . import postgis
    if postgis.is_postgres(database):
        from .records_pg import PgRecordWriter
        return PgRecordWriter(postgis.parse_target(database), on_duplicate, source_file)
    if parallel:
        try:
            from .records_parallel import ParallelRecordWriter
            return ParallelRecordWriter(database, on_duplicate, source_file)
        except OSError as error:
            if say:
                say(tr("The records are written by this process alone ({reason}).").format(
                    reason=error))
    return RecordWriter(database, on_duplicate, source_file)
