"""A plain sqlite3 connection to a GeoPackage that can run its spatial index triggers.

A GeoPackage's R-tree triggers call ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY, which
GDAL registers on its own connections only. Registering them here (they read the envelope in
the geometry blob's header, or the point itself) lets bulk writes use sqlite3's prepared,
parameter-bound executemany: several times faster than feature-by-feature OGR writes, and
still one transaction that the database's triggers and constraints see row by row.
"""
import os
import sqlite3
import struct
from datetime import datetime, timezone

from ..core.i18n import tr

ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def _header(blob):
    """(flags, envelope tuple or None, WKB offset) of a GeoPackage geometry blob."""
    flags = blob[3]
    kind = (flags >> 1) & 0x07
    count = ENVELOPE_DOUBLES.get(kind, 0)
    order = "<" if flags & 1 else ">"
    envelope = struct.unpack_from(f"{order}{count}d", blob, 8) if count else None
    return flags, envelope, 8 + 8 * count


def _bounds(blob):
    flags, envelope, offset = _header(blob)
    if envelope:
        return envelope[0], envelope[1], envelope[2], envelope[3]
    order = "<" if blob[offset] == 1 else ">"
    kind = struct.unpack_from(f"{order}I", blob, offset + 1)[0] % 1000
    if kind != 1:
        raise ValueError("a GeoPackage geometry without envelope must be a point")
    x, y = struct.unpack_from(f"{order}2d", blob, offset + 5)
    return x, x, y, y


def wkb_point_xy(wkb):
    """(x, y) of a WKB point (2D, or with Z/M: x and y come first either way)."""
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack_from(f"{order}2d", wkb, 5)


def _is_empty(blob):
    if blob is None:
        return 1
    return 1 if blob[3] & 0x10 else 0


def _bound(index):
    def function(blob):
        return None if blob is None or _is_empty(blob) else _bounds(blob)[index]
    return function


# How long a write waits for another program to let go of the database before it gives up.
LOCK_TIMEOUT_S = 30


def worded_error(error, path):
    """A sqlite3 error as a DatabaseError an officer can act on."""
    from .geopackage import DatabaseError
    text = str(error)
    name = os.path.basename(str(path))
    if "locked" in text or "busy" in text:
        return DatabaseError(tr(
            "{name} is locked by another program (QGIS with unsaved edits in one of its layers, "
            "a database browser, or another computer on a shared folder); waited {seconds} s. "
            "Nothing was written: save or close the edits there and try again.").format(
                name=name, seconds=LOCK_TIMEOUT_S))
    if "readonly" in text or "read-only" in text:
        return DatabaseError(tr("{name} is read-only (the file or its folder may not be "
                                "written); nothing was written.").format(name=name))
    if "no such table" in text or "no such column" in text:
        return DatabaseError(tr("{name} is not complete ({reason}); nothing was written. "
                                "Upgrade it or restore it from a backup.").format(
                                    name=name, reason=text))
    return DatabaseError(tr("{name} refused the change: {reason}. Nothing was written.").format(
        name=name, reason=text))


def connect(path):
    """A sqlite3 connection to `path` with the GeoPackage SQL functions the triggers need."""
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _bound(index), deterministic=True)
    return connection


def now_iso():
    """The time now as the GeoPackage stores it (ISO 8601, UTC, milliseconds)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


_SRS_4326 = struct.pack("<i", 4326)


def blob(wkb, bounds=None):
    """A GeoPackage geometry blob in EPSG:4326 from WKB; bounds (min x, max x, min y, max y)
    go into the header's envelope (GDAL writes one for everything but points)."""
    if bounds is None:
        return b"GP\x00\x01" + _SRS_4326 + bytes(wkb)
    return b"GP\x00\x03" + _SRS_4326 + struct.pack("<4d", *bounds) + bytes(wkb)


def wkb(geometry_blob):
    """The WKB inside a GeoPackage geometry blob."""
    return bytes(geometry_blob[_header(geometry_blob)[2]:])


def account_name():
    """Who writes to a GeoPackage: the account of this computer (a file has no logins)."""
    import getpass
    try:
        return getpass.getuser()
    except Exception:   # no name for this uid (a container, a service)
        return "unknown"


def insert_feature(connection, table, values, geometry_blob, bounds):
    """One row with its geometry, stamped with who and when, and the layer's extent grown.

    values: {column: value}; bounds: (min x, max x, min y, max y) of the geometry."""
    now = now_iso()
    row = dict(values)
    for column, value in (("created_by", account_name()), ("created_at", now)):
        row.setdefault(column, value)
    row.setdefault("modified_by", row["created_by"])
    row.setdefault("modified_at", now)
    row["geom"] = geometry_blob
    columns = ", ".join(quote(c) for c in row)
    connection.execute(f"INSERT INTO {quote(table)} ({columns}) VALUES "
                       f"({', '.join('?' * len(row))})", list(row.values()))
    touch_contents(connection, table, bounds)


def quote(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def next_fid(connection, table):
    """The fid the next row of `table` gets (AUTOINCREMENT never reuses a deleted one)."""
    used = connection.execute(f"SELECT max(fid) FROM {quote(table)}").fetchone()[0] or 0
    row = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = ?",
                             (table,)).fetchone()
    return max(used, row[0] if row else 0) + 1


class BulkInsert:
    """Rows for one table, written with one prepared statement (sqlite3 executemany).

    Feature-by-feature OGR writes cost some 60 µs a row at national scale; bound parameters
    through gpkg_sql's connection cost a fraction of that, with every constraint and trigger
    applied row by row, except the spatial index, which is filled in bulk (BulkSpatialIndex).
    """

    def __init__(self, connection, table, columns):
        self.connection = connection
        self.table = table
        self.sql = (f"INSERT INTO {quote(table)} ("
                    + ", ".join(quote(c) for c in ["fid"] + columns + ["geom"])
                    + ") VALUES (" + ", ".join("?" * (len(columns) + 2)) + ")")
        self.next_fid = next_fid(connection, table)
        self.rows = []
        self.boxes = []
        self.index = BulkSpatialIndex(connection, table)

    def add(self, values, blob, bounds):
        """values: the columns in order, None for empty (never "")."""
        fid = self.next_fid
        self.next_fid += 1
        self.rows.append([fid, *values, blob])
        self.boxes.append((fid,) + tuple(bounds))

    def add_without_geometry(self, values):
        """A row whose place is unknown (no box for the spatial index)."""
        fid = self.next_fid
        self.next_fid += 1
        self.rows.append([fid, *values, None])

    def flush(self):
        if self.rows:
            self.connection.executemany(self.sql, self.rows)
            self.index.add(self.boxes)
            self.rows, self.boxes = [], []

    def finish(self):
        self.flush()
        self.index.close()


class BulkSpatialIndex:
    """Fill a table's R-tree in bulk during one transaction.

    The R-tree insert trigger is dropped for the duration of the caller's transaction and
    created again, exactly as it was, by close(); the caller adds one box per inserted row.
    Should the transaction roll back, the drop rolls back with it. Per-row triggers made the
    spatial index 60 % of a national-scale import.
    """

    def __init__(self, connection, table, column="geom"):
        self.connection = connection
        self.table = table
        self.rtree = f"rtree_{table}_{column}"
        self.trigger = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (f"{self.rtree}_insert",)).fetchone()
        if self.trigger:
            connection.execute(f"DROP TRIGGER {quote(self.trigger[0])}")
        self.bounds = None

    def add(self, boxes):
        """boxes: (fid, min x, max x, min y, max y) of rows just inserted."""
        if not boxes:
            return
        if self.trigger:
            self.connection.executemany(
                f"INSERT OR REPLACE INTO {quote(self.rtree)} VALUES (?, ?, ?, ?, ?)", boxes)
        min_x = min(b[1] for b in boxes)
        max_x = max(b[2] for b in boxes)
        min_y = min(b[3] for b in boxes)
        max_y = max(b[4] for b in boxes)
        if self.bounds is None:
            self.bounds = [min_x, max_x, min_y, max_y]
        else:
            b = self.bounds
            self.bounds = [min(b[0], min_x), max(b[1], max_x), min(b[2], min_y),
                           max(b[3], max_y)]

    def close(self):
        if self.trigger:
            self.connection.execute(self.trigger[1])
            self.trigger = None
        touch_contents(self.connection, self.table, self.bounds)


def touch_contents(connection, table, bounds):
    """Record a write in gpkg_contents: last change and the extent grown to `bounds`."""
    now = now_iso()
    if bounds is None:
        connection.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?",
                           (now, table))
        return
    min_x, max_x, min_y, max_y = bounds
    connection.execute(
        "UPDATE gpkg_contents SET last_change = ?, "
        "min_x = min(coalesce(min_x, ?), ?), max_x = max(coalesce(max_x, ?), ?), "
        "min_y = min(coalesce(min_y, ?), ?), max_y = max(coalesce(max_y, ?), ?) "
        "WHERE table_name = ?",
        (now, min_x, min_x, max_x, max_x, min_y, min_y, max_y, max_y, table))


# --- geometry as GeoPackage blobs: (blob, (min x, max x, min y, max y)) ------------------------


def point_blob(p):
    return blob(struct.pack("<BIdd", 1, 1, p.lon, p.lat)), (p.lon, p.lon, p.lat, p.lat)


def line_blob(a, b):
    bounds = (min(a.lon, b.lon), max(a.lon, b.lon), min(a.lat, b.lat), max(a.lat, b.lat))
    return blob(struct.pack("<BII4d", 1, 2, 2, a.lon, a.lat, b.lon, b.lat), bounds), bounds


def polygon_blob(points):
    ring = points + points[:1]
    xs = [p.lon for p in ring]
    ys = [p.lat for p in ring]
    bounds = (min(xs), max(xs), min(ys), max(ys))
    coordinates = [c for p in ring for c in (p.lon, p.lat)]
    wkb = struct.pack(f"<BIII{len(coordinates)}d", 1, 3, 1, len(ring), *coordinates)
    return blob(wkb, bounds), bounds
