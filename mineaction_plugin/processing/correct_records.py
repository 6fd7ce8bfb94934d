"""mineaction:correctrecords — apply an explained record check: the record's working geometry
becomes the form recomputed under the check's reading and move; what the form gives stays in
recorded_wkt (drawable, and what REVERT puts back exactly). Every step is in status_history."""
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..adapters.qgis_geodesy import geometry_bounds, geometry_from_wkb
from ..adapters.record_evidence import Checker, read_forms
from ..core import record_fit
from ..core.i18n import N_, tr
from ..core.record_readings import compute_reading
from ..core.verification import plane_for
from ..data import project_db
from .base import MineActionAlgorithm, all_or_nothing, check_database, database_parameter
from .verify_records import record_ids_parameter

WKT_DECIMALS = 17      # enough for every digit of a double: REVERT gives the same bytes back


class CorrectRecordsAlgorithm(MineActionAlgorithm):
    NAME = "correctrecords"
    DISPLAY_NAME = N_("Correct minefield records from their checks")
    GROUP_ID = "records"
    GROUP = N_("Minefield records")
    HELP = N_("Moves each record whose latest check is 'explained' to where the finds show it "
              "is: the form recomputed under the check's reading, with its landmark shift, "
              "rotation and scale. The form itself is not changed, and the geometry it gives "
              "is kept (recorded_wkt) to draw and to revert to. Hazards made from the record "
              "move only when asked; land release never moves. REVERT puts the recorded "
              "geometry back exactly. Each step is written to the status history.")
    DATABASE, RECORD_IDS, REVERT, MOVE_HAZARDS = ("DATABASE", "RECORD_IDS", "REVERT",
                                                  "MOVE_HAZARDS")

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.RECORD_IDS, tr("Record ids (comma separated; empty: every record whose latest "
                                "check is explained, or every corrected record to revert)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REVERT, tr("Revert to the form as recorded"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MOVE_HAZARDS, tr("Move the hazards made from these records too"), False))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", tr("Records changed")))
        self.addOutput(QgsProcessingOutputNumber("HAZARDS_MOVED", tr("Hazards moved")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        wanted = record_ids_parameter(self.parameterAsString(parameters, self.RECORD_IDS,
                                                             context))
        revert = self.parameterAsBoolean(parameters, self.REVERT, context)
        move_hazards = self.parameterAsBoolean(parameters, self.MOVE_HAZARDS, context)
        check_database(database)
        with project_db.open_project(database) as db, all_or_nothing(db):
            if revert:
                changed, hazards_moved = self._revert(db, wanted, feedback)
            else:
                changed, hazards_moved = self._apply(db, wanted, move_hazards, context,
                                                     feedback)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return {"CHANGED": changed, "HAZARDS_MOVED": hazards_moved}

    # --- apply ---------------------------------------------------------------------------
    def _latest_checks(self, db, wanted):
        latest = {}
        for row in db.rows(
                f"SELECT record_id, check_id, status, reading, shift_m, shift_bearing_deg, "
                f"rotation_deg, scale FROM {db.t('record_checks')} ORDER BY fid"):
            latest[row[0]] = row
        if wanted:
            return {r: latest.get(r) for r in wanted}
        return {r: row for r, row in latest.items() if row[2] == "explained"}

    def _apply(self, db, wanted, move_hazards, context, feedback):
        checks = self._latest_checks(db, wanted)
        forms = read_forms(db, list(checks))
        checker = Checker(None, context.transformContext())
        current = dict(db.rows(f"SELECT record_id, correction_check_id FROM "
                               f"{db.t('minefield_records')}"))
        changed = hazards_moved = 0
        for record_id, check in sorted(checks.items()):
            if record_id not in forms:
                raise QgsProcessingException(tr("No minefield record {id} in the database; "
                                                "nothing was written.").format(id=record_id))
            if check is None or check[2] != "explained":
                feedback.pushWarning(tr("{id}: its latest check is {status}, not explained; "
                                        "left as it is.").format(
                                            id=record_id,
                                            status=check[2] if check else tr("missing")))
                continue
            _, check_id, _, reading, shift_m, bearing, rotation, scale = check
            if current.get(record_id) == check_id:
                feedback.pushInfo(tr("{id}: already corrected by {check}.").format(
                    id=record_id, check=check_id))
                continue
            points = checker.points(forms[record_id])
            move = {"shift_m": shift_m or 0.0, "shift_bearing_deg": bearing or 0.0,
                    "rotation_deg": rotation or 0.0, "scale": scale or 1.0}
            geodesy, projector = checker.geodesy, checker.projector
            recorded = compute_reading(record_id, points, "as_recorded", geodesy, projector)
            fixed = compute_reading(record_id, points, reading, geodesy, projector, move=move)
            if fixed is None or recorded is None:
                raise QgsProcessingException(tr("{id}: the corrected record cannot be "
                                                "computed; nothing was written.").format(
                                                    id=record_id))
            reason = tr("correction from check {check}: reading {reading}, landmark moved "
                        "{shift} m towards {bearing}°").format(
                            check=check_id, reading=reading, shift=f"{shift_m or 0:.1f}",
                            bearing=f"{bearing or 0:.0f}")
            _write_record(db, fixed, check_id, reason)
            if move_hazards:
                hazards_moved += _move_hazards(db, record_id, recorded, fixed)
            changed += 1
            feedback.pushInfo(f"{record_id}: {reason}")
        return changed, hazards_moved

    # --- revert --------------------------------------------------------------------------
    def _revert(self, db, wanted, feedback):
        corrected = [r for (r,) in db.rows(
            f"SELECT record_id FROM {db.t('minefield_records')} WHERE correction_check_id IS "
            f"NOT NULL ORDER BY record_id")]
        chosen = wanted or corrected
        changed = hazards_moved = 0
        for record_id in chosen:
            if record_id not in corrected:
                feedback.pushWarning(tr("{id} is not corrected; nothing to revert.").format(
                    id=record_id))
                continue
            for table in ("record_points", "mine_rows"):
                _restore(db, table, "record_id = ?", (record_id,))
            hazards_moved += _restore(db, "hazards", "record_id = ?", (record_id,))
            _restore(db, "minefield_records", "record_id = ?", (record_id,), extra={
                "correction_check_id": None,
                "status_reason": tr("reverted to the form as recorded")})
            changed += 1
        return changed, hazards_moved


def _wkt(geometry):
    return geometry.asWkt(WKT_DECIMALS)


def _set(db, table, fid, geometry, values, keep_recorded_from):
    """New geometry (and values) for one row, keeping the geometry it had as recorded."""
    assignments = dict(values)
    if keep_recorded_from is not None:
        assignments["recorded_wkt"] = _wkt(keep_recorded_from)
    if assignments:
        db.execute(f"UPDATE {db.t(table)} SET " + ", ".join(f"{k} = ?" for k in assignments) +
                   " WHERE fid = ?", list(assignments.values()) + [fid])
    db.set_geometry(table, fid, bytes(geometry.asWkb()), geometry_bounds(geometry))


def _rows(db, table, where, args):
    return [(fid, key, wkt, geometry_from_wkb(db.wkb(value))) for fid, key, wkt, value in
            db.rows(f"SELECT fid, {_key(table)}, recorded_wkt, {db.geometry_column()} FROM "
                    f"{db.t(table)} WHERE {where}", args)]


def _key(table):
    return {"record_points": "point_id", "mine_rows": "row_id", "hazards": "hazard_id",
            "minefield_records": "record_id"}[table]


def _write_record(db, record, check_id, reason):
    record_id = record.record_id
    by_point = {p.point_id: p for p in record.points}
    for fid, point_id, recorded, geometry in _rows(db, "record_points", "record_id = ?",
                                                   (record_id,)):
        point = by_point.get(point_id)
        if point is not None and point.lat is not None:
            _set(db, "record_points", fid, QgsGeometry.fromPointXY(QgsPointXY(point.lon,
                                                                              point.lat)),
                 {}, geometry if recorded is None else None)
    by_row = {r.row_id: r for r in record.rows}
    for fid, row_id, recorded, geometry in _rows(db, "mine_rows", "record_id = ?",
                                                 (record_id,)):
        row = by_row.get(row_id)
        if row is not None:
            line = QgsGeometry.fromPolylineXY([QgsPointXY(row.start.lon, row.start.lat),
                                               QgsPointXY(row.end.lon, row.end.lat)])
            _set(db, "mine_rows", fid, line, {}, geometry if recorded is None else None)
    for fid, _, recorded, geometry in _rows(db, "minefield_records", "record_id = ?",
                                            (record_id,)):
        ring = [QgsPointXY(p.lon, p.lat) for p in record.perimeter]
        _set(db, "minefield_records", fid, QgsGeometry.fromPolygonXY([ring + ring[:1]]),
             {"correction_check_id": check_id, "status_reason": reason,
              "modified_by": db.user()},
             geometry if recorded is None else None)


def _restore(db, table, where, args, extra=None):
    """Put recorded_wkt back as the geometry (exactly) and forget it; returns rows restored."""
    restored = 0
    for fid, _, recorded, _ in _rows(db, table, where + " AND recorded_wkt IS NOT NULL", args):
        values = {"recorded_wkt": None, **(extra or {})}
        if table == "minefield_records":
            values["modified_by"] = db.user()
        _set(db, table, fid, QgsGeometry.fromWkt(recorded), values, None)
        restored += 1
    if extra and not restored:
        db.execute(f"UPDATE {db.t(table)} SET " + ", ".join(f"{k} = ?" for k in extra) +
                   f" WHERE {where}", list(extra.values()) + list(args))
    return restored


def _move_hazards(db, record_id, recorded, fixed):
    """Hazards of the record follow the similarity that takes the recorded perimeter onto the
    corrected one (their buffer is kept; a hazard already moved keeps its first position)."""
    plane = plane_for(recorded)
    source = plane.to_xy([p.lat for p in recorded.perimeter], [p.lon for p in recorded.perimeter])
    target = plane.to_xy([p.lat for p in fixed.perimeter], [p.lon for p in fixed.perimeter])
    centre = source.mean(axis=0)
    shift, rotation, scale = record_fit.least_squares(source, target, centre, 0.0, 1.0,
                                                      True, True)
    moved = 0
    for fid, _, recorded_wkt, geometry in _rows(db, "hazards", "record_id = ?", (record_id,)):
        base = QgsGeometry.fromWkt(recorded_wkt) if recorded_wkt else geometry
        polygons = base.asMultiPolygon() if base.isMultipart() else [base.asPolygon()]
        parts = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                xy = plane.to_xy([p.y() for p in ring], [p.x() for p in ring])
                lat, lon = plane.to_latlon(record_fit.similarity(xy, centre, shift, rotation,
                                                                 scale))
                rings.append([QgsPointXY(float(x), float(y)) for x, y in zip(lon, lat)])
            parts.append(rings)
        new = QgsGeometry.fromMultiPolygonXY(parts) if base.isMultipart() else \
            QgsGeometry.fromPolygonXY(parts[0])
        _set(db, "hazards", fid, new, {"modified_by": db.user()},
             geometry if recorded_wkt is None else None)
        moved += 1
    return moved

