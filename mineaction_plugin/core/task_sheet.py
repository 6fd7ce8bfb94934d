"""What a task sheet says, as plain data: scale, grid spacing, turning points, task ids.

No Qt and no QGIS: the layout code (layouts/) measures on the ellipsoid and projects to UTM
through QGIS, then hands the numbers here to be chosen, ordered and formatted.
"""
import math
import re

from . import coordinates
from .i18n import N_
from .identifiers import next_id

# Scales a field team knows from its maps, smallest first.
STANDARD_SCALES = (1000, 2000, 2500, 5000, 10000, 25000, 50000, 100000)

# A task moves forward only; any open task may be cancelled.
TASK_STATUS_NEXT = {
    "draft": ("issued", "cancelled"),
    "issued": ("in_progress", "cancelled"),
    "in_progress": ("completed", "cancelled"),
    "completed": (),
    "cancelled": (),
}

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$")


def next_statuses(status):
    return TASK_STATUS_NEXT.get(status or "draft", ())


def task_id_problem(task_id):
    """Why a task id cannot be a file name, or None when it can (same rule as the database)."""
    if task_id is None or str(task_id).strip() == "":
        return N_("the task id is empty")
    task_id = str(task_id)
    if len(task_id) > 100:
        return N_("the task id is longer than 100 characters")
    if task_id.startswith("."):
        return N_("the task id starts with a dot")
    if not _SAFE_ID.match(task_id):
        return N_("the task id may hold only letters A–Z, digits, '.', '-' and '_' "
                  "(no slashes or spaces)")
    return None


def next_task_id(hazard_id, existing_ids):
    """The next id of the form <hazard id>-T01, -T02, … (safe as a file name)."""
    return next_id(existing_ids, coordinates.safe_file_name(hazard_id or "TASK") + "-T")


def choose_scale(width_m, height_m, frame_width_mm, frame_height_mm, margin=0.1):
    """The smallest standard scale at which the area, plus `margin` of it on every side, fits
    the map frame. Falls back to a rounded scale above the largest standard one."""
    need_w = max(width_m, 1.0) * (1 + 2 * margin)
    need_h = max(height_m, 1.0) * (1 + 2 * margin)
    exact = max(need_w / (frame_width_mm / 1000.0), need_h / (frame_height_mm / 1000.0))
    for scale in STANDARD_SCALES:
        if scale >= exact:
            return scale
    step = 10 ** math.floor(math.log10(exact))
    return int(math.ceil(exact / step) * step)


def _nice_step(value):
    """The 1-2-5 series step nearest above `value`."""
    exponent = math.floor(math.log10(value))
    for factor in (1, 2, 5, 10):
        step = factor * 10 ** exponent
        if step >= value * 0.999:
            return step
    return 10 * 10 ** exponent


def grid_interval_m(scale, spacing_mm=30.0):
    """UTM grid line spacing (metres) giving lines about `spacing_mm` apart on paper."""
    return _nice_step(scale * spacing_mm / 1000.0)


# seconds of arc; one second of latitude is about 31 m on the ground
_GEOGRAPHIC_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)


def grid_interval_deg(scale, spacing_mm=40.0):
    """Latitude/longitude graticule spacing (degrees) about `spacing_mm` apart on paper."""
    seconds = scale * spacing_mm / 1000.0 / 30.87
    for step in _GEOGRAPHIC_STEPS_S:
        if step >= seconds:
            return step / 3600.0
    return 1.0


def format_decimal(value, places=6):
    return f"{value:.{places}f}"


def turning_point_rows(points, to_utm, inverse, next_of=None):
    """The turning-point table.

    points: [(point_id, point_type, lon, lat)] in the order the team walks them.
    next_of[i]: index of the point that point i leads to (default: the next one, the last
    closing on the first). to_utm(lon, lat) -> (zone label, easting, northing);
    inverse(lat1, lon1, lat2, lon2) -> (distance m, azimuth °).
    Returns dicts with every column as text, ready to print.
    """
    if next_of is None:
        next_of = [(i + 1) % len(points) for i in range(len(points))]
    rows = []
    for i, (point_id, point_type, lon, lat) in enumerate(points):
        zone, easting, northing = to_utm(lon, lat)
        if len(points) > 1 and next_of[i] != i:
            next_id, _, next_lon, next_lat = points[next_of[i]]
            distance, azimuth = inverse(lat, lon, next_lat, next_lon)
            bearing = f"{azimuth % 360.0:.1f}° / {coordinates.mils(azimuth % 360.0)} mil"
            to_next = f"{distance:.1f} m → {next_id}"
        else:
            bearing, to_next = "", ""
        rows.append({
            "point_id": str(point_id), "point_type": str(point_type),
            "latitude_dms": coordinates.latitude_dms(lat),
            "longitude_dms": coordinates.longitude_dms(lon),
            "latitude": format_decimal(lat), "longitude": format_decimal(lon),
            "utm_zone": zone, "easting": f"{easting:.1f}", "northing": f"{northing:.1f}",
            "bearing": bearing, "distance": to_next,
        })
    return rows


def area_points(rings):
    """Named vertices of a task area: exterior rings clockwise from the northernmost vertex
    (TP1, TP2, …, numbering continuing across parts), then the inner boundaries.

    rings: [(is_exterior, [(lon, lat), …])]. Returns [(point_id, kind, lon, lat)] where kind
    is "TP" (turning point) or "inner"; and the groups [(start, end)] that close on themselves.
    """
    points, groups = [], []
    number = 1
    for exterior in (True, False):
        for is_exterior, ring in rings:
            if is_exterior != exterior:
                continue
            named = coordinates.turning_points(ring)
            start = len(points)
            for _, lon, lat in named:
                points.append((f"TP{number}", "TP" if exterior else "inner", lon, lat))
                number += 1
            groups.append((start, len(points)))
    return points, groups


# Labels printed on the sheet, in the sheet's language (see layouts/task_sheet.py).
SHEET_LABELS = {
    "task_sheet": N_("Task sheet"),
    "task_id": N_("Task id"),
    "hazard_id": N_("Hazard id"),
    "task_type": N_("Task type"),
    "status": N_("Status"),
    "organisation": N_("Organisation"),
    "team": N_("Team"),
    "priority": N_("Priority"),
    "issued_date": N_("Issued on"),
    "due_date": N_("Due on"),
    "district": N_("District"),
    "settlement": N_("Settlement"),
    "area": N_("Task area"),
    "classification": N_("Classification"),
    "scale": N_("Scale"),
    "declination": N_("Magnetic declination"),
    "declination_unknown": N_("not recorded: check with a local source before using a "
                              "compass"),
    "grid_note": N_("Grid: UTM zone {zone} (metres, black); graticule: latitude/longitude "
                    "WGS 84 (blue)."),
    "turning_points": N_("Turning points"),
    "point_id": N_("Point"),
    "point_type": N_("Type"),
    "latitude": N_("Latitude"),
    "longitude": N_("Longitude"),
    "latitude_decimal": N_("Latitude (°)"),
    "longitude_decimal": N_("Longitude (°)"),
    "utm": N_("UTM zone"),
    "easting": N_("Easting"),
    "northing": N_("Northing"),
    "bearing": N_("Bearing to next"),
    "distance": N_("Distance to next"),
    "inner": N_("Inner boundary"),
    "marking": N_("Marking and signs"),
    "no_marking": N_("No marking recorded for this hazard."),
    "finds": N_("Explosive ordnance found in and near the area"),
    "no_finds": N_("No finds recorded within {distance} m."),
    "find_id": N_("Find"),
    "category": N_("Category"),
    "model": N_("Model"),
    "quantity": N_("Quantity"),
    "date_found": N_("Found on"),
    "where": N_("Where"),
    "inside": N_("inside"),
    "metres_outside": N_("{distance} m outside"),
    "safety": N_("Safety notes"),
    "emergency": N_("Emergency contacts"),
    "signatures": N_("Signatures"),
    "role": N_("Role"),
    "name": N_("Full name"),
    "signature": N_("Signature"),
    "date": N_("Date"),
    "issued_by": N_("Issued by"),
    "received_by": N_("Received by (team leader)"),
    "completed_by": N_("Completion confirmed by"),
    "page": N_("Page {page} of {pages}"),
    "printed": N_("Printed {date}"),
    "overview": N_("Overview"),
    "legend": N_("Legend"),
    "more_rows": N_("… and {count} more"),
    "aerial": N_("Aerial survey in the task area: {detections} detections ({confirmed} "
                 "confirmed, {rejected} rejected); proposals: {proposals}"),
    "no_proposals": N_("none"),
    "source_record": N_("Points from minefield record {record}"),
}

DEFAULT_EMERGENCY = N_("Emergency 112 · Ambulance 103 · Team medic: ____________ · "
                       "Radio channel: ______")

DEFAULT_SAFETY_NOTES = N_(
    "Stay on cleared lanes and marked safe routes. Do not touch, move or collect any item. "
    "Mark and report every find to the team leader. No work without a medic and a casualty "
    "evacuation plan in place. Stop work in poor visibility.")
