"""Minefield records into the project database: all accepted records in one transaction."""
import getpass
import struct
from datetime import datetime, timezone

from ..core.i18n import tr
from . import ddl, geopackage


def _user():
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _blob(wkb, xs=None, ys=None):
    """A GeoPackage geometry blob (EPSG:4326, little endian, with an envelope unless a point)."""
    if xs is None:
        return b"GP\x00\x01" + _SRS + wkb
    return (b"GP\x00\x03" + _SRS + struct.pack("<4d", min(xs), max(xs), min(ys), max(ys))
            + wkb)


_SRS = struct.pack("<i", 4326)


def _point(p):
    return _blob(struct.pack("<BIdd", 1, 1, p.lon, p.lat))


def _line(a, b):
    return _blob(struct.pack("<BII4d", 1, 2, 2, a.lon, a.lat, b.lon, b.lat),
                 (a.lon, b.lon), (a.lat, b.lat))


def _polygon(points):
    ring = points + points[:1]
    xs = [p.lon for p in ring]
    ys = [p.lat for p in ring]
    coordinates = [c for p in ring for c in (p.lon, p.lat)]
    wkb = struct.pack(f"<BIII{len(coordinates)}d", 1, 3, 1, len(ring), *coordinates)
    return _blob(wkb, xs, ys)


def _literal(value):
    if value is None or value == "":
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return "X'" + value.hex() + "'"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def existing_record_ids(path, record_ids):
    """Which of `record_ids` the database already holds."""
    found = set()
    ids = list(record_ids)
    with geopackage.GdalErrors():
        ds = geopackage.open_dataset(path)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            listed = ", ".join("'" + i.replace("'", "''") + "'" for i in chunk)
            found.update(row[0] for row in geopackage.query(
                ds, f"SELECT record_id FROM minefield_records WHERE record_id IN ({listed})"))
    return found


class _BulkInsert:
    """Rows for one table, sent as multi-row INSERT statements through GDAL's connection.

    Feature-by-feature OGR writes cost some 80 µs a feature in Python at national scale; one
    statement per 500 rows, geometry as GeoPackage blobs, runs in SQLite itself. It goes
    through GDAL's own connection so the GeoPackage's spatial index triggers (which call
    GDAL's SQL functions) run as for any other insert.
    """
    CHUNK = 500

    def __init__(self, ds, table, columns):
        self.ds = ds
        self.prefix = (f"INSERT INTO {ddl.quote(table)} ("
                       + ", ".join(ddl.quote(c) for c in columns + ["geom"]) + ") VALUES ")
        self.columns = columns
        self.pending = []

    def add(self, values, blob):
        self.pending.append("(" + ", ".join([_literal(v) for v in values] + [_literal(blob)])
                            + ")")
        if len(self.pending) >= self.CHUNK:
            self.flush()

    def flush(self):
        if self.pending:
            geopackage.execute(self.ds, [self.prefix + ", ".join(self.pending)])
            self.pending = []


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


def append_records(path, records, replace=(), source_file="", is_cancelled=None):
    """Write `records` (core.records.Record) to the database at `path` in one transaction.

    Records whose id is in `replace` first lose their old perimeter, points and rows. Returns
    the number of records written; on any failure or cancellation nothing is written.
    """
    info = geopackage.inspect(path)
    if info.needs_upgrade:
        raise geopackage.DatabaseError(tr("The database must be upgraded before records are "
                                          "imported into it."))
    user = _user()
    # the database would stamp each row itself, but strftime per row is a third of the insert
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    stamp = [user, user, now, now]
    with geopackage.GdalErrors():
        ds = geopackage.open_dataset(path, update=True)
        if ds is None:
            raise geopackage.DatabaseError(tr("{path} cannot be opened for writing.").format(
                path=path))
        perimeters = _BulkInsert(ds, "minefield_records", RECORD_COLUMNS)
        points = _BulkInsert(ds, "record_points", POINT_COLUMNS)
        rows = _BulkInsert(ds, "mine_rows", ROW_COLUMNS)
        ds.StartTransaction()
        try:
            replace = sorted(set(replace))
            for start in range(0, len(replace), 500):
                listed = ", ".join("'" + i.replace("'", "''") + "'"
                                   for i in replace[start:start + 500])
                geopackage.execute(ds, [
                    f"DELETE FROM {table} WHERE record_id IN ({listed})"
                    for table in ("record_points", "mine_rows", "minefield_records")])
            for index, record in enumerate(records):
                if is_cancelled and index % 200 == 0 and is_cancelled():
                    raise geopackage.DatabaseError(tr("Import cancelled: nothing was written."))
                _write_record(perimeters, points, rows, record, source_file, stamp)
            for table in (perimeters, points, rows):
                table.flush()
            geopackage.GdalErrors.check(tr("The database refused the records"))
        except Exception as error:
            ds.RollbackTransaction()
            ds = None
            if isinstance(error, RuntimeError):  # GDAL with exceptions on (QGIS 3.40)
                raise geopackage.DatabaseError(str(error)) from error
            raise
        try:
            ds.CommitTransaction()
        except RuntimeError as error:
            raise geopackage.DatabaseError(str(error)) from error
        geopackage.GdalErrors.check(tr("The database refused the records"))
        ds = None
    return len(records)


def _write_record(perimeters, points, rows, record, source_file, stamp):
    """stamp: [user, user, time, time] for the audit columns (one import, one time)."""
    a = record.attributes
    perimeters.add([record.record_id, a.get("source_file", source_file), a.get("date_laid"),
                    a.get("laid_by"), record.declination_deg, record.mines_recorded, "unknown",
                    a.get("district"), record.area_m2, record.perimeter_m, a.get("notes"),
                    record.misclosure_m] + stamp, _polygon(record.perimeter))
    for p in record.points:
        measured = p.bearing is not None
        points.add([record.record_id, p.point_id, p.point_type, p.seq, p.measured_from,
                    p.bearing, p.bearing_unit if measured else None,
                    p.bearing_ref if measured else None, p.distance,
                    p.distance_unit if p.distance is not None else None, p.pace_m,
                    p.declination_deg, p.grid_crs, p.x, p.y, p.crs if p.absolute else None,
                    p.row_id, p.mine_model, p.mine_count, p.spacing_m, p.traverse_m, p.row]
                   + stamp, _point(p))
    for row in record.rows:
        rows.add([record.record_id, row.row_id, row.mine_model, row.mine_category,
                  row.mine_count, row.spacing_m, row.length_m, row.expected_length_m,
                  int(row.length_mismatch)] + stamp, _line(row.start, row.end))
