"""Readings of a minefield form: the record recomputed with one thing read differently.

shared/spec/record-verification.md names what usually goes wrong between the form and its
transcription; each reading below changes exactly that on the parsed points, and the record is
then computed by the import's own traverse (core/records.py). A correction is a reading plus the
fit's landmark move, rotation and scale, applied the same way, so a corrected record is the form
recomputed, never a geometry pushed about.
"""
import copy

from . import units
from .coordinates import utm_zone
from .i18n import N_
from .records import compute_record

AS_RECORDED = "as_recorded"
READINGS = ("as_recorded", "declination_reversed", "declination_omitted", "mil_6000_as_6400",
            "mil_6400_as_6000", "grid_as_true", "true_as_grid", "datum_pulkovo_1942")
# likely_cause of each reading (as_recorded: decided by the fit, see verification.py)
CAUSES = {
    "declination_reversed": N_("declination"), "declination_omitted": N_("declination"),
    "mil_6000_as_6400": N_("mil units"), "mil_6400_as_6000": N_("mil units"),
    "grid_as_true": N_("grid north"), "true_as_grid": N_("grid north"),
    "datum_pulkovo_1942": N_("datum"),
}
PULKOVO_1942 = "EPSG:4284"


def _landmark(points):
    return next((p for p in points if p.point_type == "LM" and p.absolute),
                next((p for p in points if p.absolute), None))


def _measured(points):
    return [p for p in points if not p.absolute and p.bearing is not None]


def applies(reading, points):
    """Can this reading change anything on this form?"""
    measured = _measured(points)
    if reading == AS_RECORDED:
        return True
    if reading in ("declination_reversed", "declination_omitted"):
        return any(p.bearing_ref == "magnetic" and p.declination_deg for p in measured)
    if reading == "mil_6000_as_6400":
        return any(p.bearing_unit == "mil6400" for p in measured)
    if reading == "mil_6400_as_6000":
        return any(p.bearing_unit == "mil6000" for p in measured)
    if reading == "grid_as_true":
        return any(p.bearing_ref == "true" for p in measured)
    if reading == "true_as_grid":
        return any(p.bearing_ref == "grid" for p in measured)
    if reading == "datum_pulkovo_1942":
        landmark = _landmark(points)
        return landmark is not None and landmark.crs.upper() in ("EPSG:4326", "WGS84")
    raise ValueError(f"unknown reading {reading}")


def read_as(reading, points, projector):
    """A copy of the parsed points with `reading` applied (computed positions cleared)."""
    points = [copy.copy(p) for p in points]   # the values dicts are only read
    measured = _measured(points)
    if reading == "declination_reversed":
        for p in measured:
            if p.bearing_ref == "magnetic" and p.declination_deg:
                p.declination_deg = -p.declination_deg
    elif reading == "declination_omitted":
        for p in measured:
            if p.bearing_ref == "magnetic":
                p.declination_deg = 0.0
    elif reading in ("mil_6000_as_6400", "mil_6400_as_6000"):
        written, meant = ("mil6400", "mil6000") if reading == "mil_6000_as_6400" else \
            ("mil6000", "mil6400")
        for p in measured:
            if p.bearing_unit == written:
                p.bearing_unit = meant
    elif reading == "grid_as_true":
        landmark = _landmark(points)
        form_grid = next((p.grid_crs for p in points if p.grid_crs), "")
        grid = form_grid or f"EPSG:{utm_zone(landmark.lon, landmark.lat)[2]}"
        for p in measured:
            if p.bearing_ref == "true":
                p.bearing_ref, p.grid_crs = "grid", grid
    elif reading == "true_as_grid":
        for p in measured:
            if p.bearing_ref == "grid":
                p.bearing_ref = "true"
    elif reading == "datum_pulkovo_1942":
        landmark = _landmark(points)
        # the same numbers, read as Pulkovo 1942; the transformation is QGIS's (PROJ's) default
        landmark.lon, landmark.lat = projector.to_wgs84(PULKOVO_1942, landmark.x, landmark.y)
    return points


def corrected(points, reading, move, geodesy, projector):
    """The points with a reading and a fit's correction applied: the landmark moved by
    (shift_m, shift_bearing_deg), every measured bearing turned by rotation_deg, every length
    (and the mine spacing) multiplied by scale. `move` is a dict with those four keys."""
    points = read_as(reading, points, projector)
    landmark = _landmark(points)
    if move.get("shift_m"):
        landmark.lat, landmark.lon = geodesy.direct(landmark.lat, landmark.lon,
                                                    move["shift_bearing_deg"], move["shift_m"])
    rotation = move.get("rotation_deg") or 0.0
    scale = move.get("scale") or 1.0
    for p in _measured(points):
        if rotation:
            turned = units.bearing_to_degrees(p.bearing, p.bearing_unit) + rotation
            p.bearing = units.degrees_to_bearing(turned % 360.0, p.bearing_unit)
        if scale != 1.0:
            p.distance = p.distance * scale
    if scale != 1.0:
        for p in points:
            if p.spacing_m:
                p.spacing_m = p.spacing_m * scale
    return points


def compute_reading(record_id, points, reading, geodesy, projector, move=None):
    """The Record under a reading (and a correction), or None when the form cannot be read so
    (e.g. its perimeter then crosses itself)."""
    try:
        variant = (corrected(points, reading, move, geodesy, projector) if move
                   else read_as(reading, points, projector))
        for p in variant:
            if not p.absolute:
                p.lat = p.lon = None
        record, problems = compute_record(record_id, variant, geodesy, projector)
    except (ArithmeticError, ValueError):
        return None
    return None if problems else record


def landmark_of(record):
    point = _landmark(record.points)
    return point.lat, point.lon
