"""What a record check reads from a project database: each record's form (its record_points,
parsed as the import parses them), the EO finds and the completed clearance near it.

Read by mineaction:verifyrecords and mineaction:correctrecords and by the Verification section
(to draw a check), so the three see the same evidence. Finds and cleared land are read once and
looked up per record by latitude band, so 3,000 records against 150,000 finds stay fast.
"""
import bisect
from dataclasses import dataclass

import numpy as np

from ..core import verification
from ..core.i18n import tr
from ..core.record_readings import AS_RECORDED, compute_reading
from ..core.record_rows import RowChecker
from ..data.gpkg_sql import wkb_point_xy
from ..data.records_store import POINT_COLUMNS
from .qgis_geodesy import QgisGeodesy, QgisProjector, geometry_from_wkb

FORM_COLUMNS = [c for c in POINT_COLUMNS if c not in ("seq", "traverse_m", "source_row")]
METRES_PER_DEGREE = 111_000.0     # only for choosing what is near: generous on purpose


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def read_forms(db, record_ids=None):
    """{record_id: [values dict as the file had it]} in the order of the record's points."""
    columns = ", ".join(FORM_COLUMNS)
    sql = f"SELECT {columns} FROM {db.t('record_points')}"
    arguments = []
    if record_ids:
        sql += f" WHERE record_id IN ({', '.join('?' * len(record_ids))})"
        arguments = list(record_ids)
    forms = {}
    for row in db.rows(sql + " ORDER BY record_id, seq", arguments):
        values = {name: _text(value) for name, value in zip(FORM_COLUMNS, row)}
        forms.setdefault(values["record_id"], []).append(values)
    return forms


@dataclass
class Field:
    """The finds and completed clearance of a whole database, for lookups by place."""
    find_lat: np.ndarray
    find_lon: np.ndarray
    find_rows: list            # (find_id, category, lat, lon), sorted by latitude
    cleared: list              # (south, north, west, east, rings as (lat, lon))

    def finds_near(self, south, north, west, east):
        low = bisect.bisect_left(self.find_lat, south)
        high = bisect.bisect_right(self.find_lat, north)
        lons = self.find_lon[low:high]
        chosen = np.nonzero((lons >= west) & (lons <= east))[0] + low
        return [self.find_rows[i] for i in chosen]

    def cleared_near(self, south, north, west, east):
        return [rings for s, n, w, e, rings in self.cleared
                if s <= north and n >= south and w <= east and e >= west]


def _within(db, table, box):
    """SQL (and arguments) keeping the rows of `table` whose geometry meets `box` (south,
    north, west, east), through the spatial index of either engine; all rows without a box."""
    if box is None:
        return "", []
    south, north, west, east = box
    if db.geometry_column() == "geom":      # GeoPackage: its R*Tree
        return (f" AND fid IN (SELECT id FROM \"rtree_{table}_geom\" WHERE minx <= ? AND "
                f"maxx >= ? AND miny <= ? AND maxy >= ?)", [east, west, north, south])
    return " AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", [west, south, east, north]


def read_field(db, box=None):
    """Finds and completed clearance of the database, or of the box (south, north, west,
    east) only: the dock checks one record without reading a whole country's finds."""
    rows = []
    where, arguments = _within(db, "eo_finds", box)
    for find_id, category, value in db.rows(
            f"SELECT find_id, category, {db.geometry_column()} FROM {db.t('eo_finds')} "
            f"WHERE category IN ('APM', 'ATM') AND geom IS NOT NULL" + where, arguments):
        lon, lat = wkb_point_xy(db.wkb(value))
        if np.isfinite(lat) and np.isfinite(lon):
            rows.append((find_id, category, lat, lon))
    rows.sort(key=lambda r: r[2])
    cleared = []
    where, arguments = _within(db, "land_release", box)
    for (value,) in db.rows(f"SELECT {db.geometry_column()} FROM {db.t('land_release')} "
                            f"WHERE status = 'completed' AND geom IS NOT NULL" + where,
                            arguments):
        geometry = geometry_from_wkb(db.wkb(value))
        box = geometry.boundingBox()
        parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
        for part in parts:
            rings = [[(p.y(), p.x()) for p in ring] for ring in part]
            if rings:
                cleared.append((box.yMinimum(), box.yMaximum(), box.xMinimum(), box.xMaximum(),
                                rings))
    return Field(np.array([r[2] for r in rows]), np.array([r[3] for r in rows]), rows, cleared)


def search_box(record, search_radius):
    """(south, north, west, east) around a computed record, wide enough for its search."""
    lats = [p.lat for p in record.points if p.lat is not None]
    lons = [p.lon for p in record.points if p.lon is not None]
    margin = (search_radius + 50.0) / METRES_PER_DEGREE
    cos = max(np.cos(np.radians(np.mean(lats))), 0.05)
    return (min(lats) - margin, max(lats) + margin, min(lons) - margin / cos,
            max(lons) + margin / cos)


@dataclass
class Explained:
    """One record's check with what the Verification section draws of it."""
    verdict: object
    evidence: object
    recorded: object          # core Record as the form gives it
    corrected: object         # the record under the verdict's reading and move, or None


def explain_record(database, record_id, limits=None, transform_context=None):
    """Check one record afresh (nothing is written) and compute what to draw."""
    from ..data import project_db
    limits = verification.thresholds(limits)
    with project_db.open_project(database) as db:
        form = read_forms(db, [record_id]).get(record_id)
        if form is None:
            return None
        checker = Checker(None, transform_context)
        points = checker.points(form)
        recorded = compute_reading(record_id, points, AS_RECORDED, checker.geodesy,
                                   checker.projector) if points else None
        if recorded is None:
            return Explained(checker.check(record_id, form, limits)[0], None, None, None)
        checker.field = read_field(db, search_box(recorded, limits["SEARCH_RADIUS"]))
    verdict, evidence = checker.check(record_id, form, limits)
    corrected = None
    if verdict.status in ("reliable", "explained"):
        corrected = compute_reading(record_id, points, verdict.reading, checker.geodesy,
                                    checker.projector, move=verdict.move)
    return Explained(verdict, evidence, recorded, corrected)


class Checker:
    """Parses forms and builds the evidence of one record at a time."""

    def __init__(self, field, transform_context=None):
        self.field = field
        self.geodesy = QgisGeodesy(transform_context)
        self.projector = QgisProjector(transform_context)
        self.rows = RowChecker(self.projector, False)

    def points(self, form):
        """Parsed points, or None when the stored form no longer parses."""
        points = []
        for number, values in enumerate(form, 1):
            point, problems = self.rows.parse(number, values)
            if problems:
                return None
            points.append(point)
        return points

    def evidence(self, record, search_radius):
        box = search_box(record, search_radius)
        return verification.evidence_for(record, self.field.finds_near(*box),
                                         self.field.cleared_near(*box))

    def prepare(self, record_id, form, limits):
        """(None, job) where job is the arguments of verification.judge, or (Verdict, None)
        when the stored form cannot be computed. What needs QGIS is done here."""
        points = self.points(form)
        recorded = compute_reading(record_id, points, AS_RECORDED, self.geodesy,
                                   self.projector) if points else None
        if recorded is None:
            return verification.Verdict(record_id, "unverified", notes=tr(
                "the stored form cannot be computed; check the record")), None
        evidence = self.evidence(recorded, limits["SEARCH_RADIUS"])
        readings = verification.readings_of(record_id, points, self.geodesy, self.projector,
                                            recorded)
        return None, (record_id, readings, verification.is_paced(points), evidence,
                      verification.thresholds(limits))

    def check(self, record_id, form, limits):
        """(Verdict, evidence) for one stored record."""
        verdict, job = self.prepare(record_id, form, limits)
        if job is None:
            return verdict, None
        return verification.judge(*job), job[3]
