"""What the aerial survey's proposals read from a project database, as shapely geometries in
WGS 84, and how they are written back (shared/spec/aerial-survey.md). GeoPackage and PostGIS
alike, through data/project_db.py."""
import numpy as np
from shapely import wkb as shapely_wkb

from ..core import aerial
from ..core.identifiers import next_number
from . import project_db
from .gpkg_sql import wkb_point_xy

PROPOSAL_PREFIX = "HP-"
PROPOSAL_COLUMNS = ("proposal_id", "kind", "status", "hazard_id", "overlaps", "evidence",
                    "detections", "finds", "accidents", "max_confidence", "area_m2", "reason")


def _shape(db, value):
    data = db.wkb(value)
    return shapely_wkb.loads(data) if data else None


def _xy(db, value):
    data = db.wkb(value)
    if data and len(data) == 21 and data[1:5] in (b"\x01\x00\x00\x00", b"\x00\x00\x00\x01"):
        return wkb_point_xy(data)      # a plain 2-D point: read without GEOS
    shape = _shape(db, value)
    if shape is None or shape.is_empty:
        return None
    point = shape if shape.geom_type == "Point" else shape.representative_point()
    return point.x, point.y


def hazards(db, ids=None):
    """[(hazard_id, classification, status, shape)] — all, or those of `ids`."""
    rows = db.rows(f"SELECT hazard_id, classification, status, {db.geometry_column()} "
                   f"FROM {db.t('hazards')} ORDER BY hazard_id")
    wanted = set(ids) if ids else None
    return [(h, c, s, _shape(db, g)) for h, c, s, g in rows
            if g is not None and (wanted is None or h in wanted)]


def completed_releases(db):
    return [_shape(db, g) for (g,) in db.rows(
        f"SELECT {db.geometry_column()} FROM {db.t('land_release')} "
        f"WHERE status = 'completed'") if g is not None]


def evidence_points(db, min_confidence):
    """Evidence for new CHAs: confirmed detections, unreviewed ones confident enough, every EO
    find, every accident whose location is known (location_accuracy not 'unknown')."""
    points = []
    for ident, status, confidence, geometry in db.rows(
            f"SELECT detection_id, review_status, confidence, {db.geometry_column()} "
            f"FROM {db.t('aerial_detections')} WHERE review_status <> 'rejected'"):
        place = _xy(db, geometry)
        if place and aerial.is_evidence_detection(status, confidence, min_confidence):
            points.append(aerial.EvidencePoint("detection", ident, *place, confidence,
                                               status == "confirmed"))
    for ident, geometry in db.rows(f"SELECT find_id, {db.geometry_column()} "
                                   f"FROM {db.t('eo_finds')}"):
        place = _xy(db, geometry)
        if place:
            points.append(aerial.EvidencePoint("find", ident, *place))
    for ident, geometry in db.rows(
            f"SELECT accident_id, {db.geometry_column()} FROM {db.t('accidents')} "
            f"WHERE location_accuracy IS NULL OR location_accuracy <> 'unknown'"):
        place = _xy(db, geometry)
        if place:
            points.append(aerial.EvidencePoint("accident", ident, *place))
    return points


def avoid_points(db):
    """lon/lat (n×2) of what reduction keeps its distance from: every detection not rejected,
    every EO find, every accident."""
    places = []
    for table, where in (("aerial_detections", "WHERE review_status <> 'rejected'"),
                         ("eo_finds", ""), ("accidents", "")):
        for (geometry,) in db.rows(f"SELECT {db.geometry_column()} FROM {db.t(table)} {where}"):
            place = _xy(db, geometry)
            if place:
                places.append(place)
    return np.array(places, dtype=float).reshape(-1, 2)


def flights(db):
    return [(_shape(db, g), gsd) for gsd, g in db.rows(
        f"SELECT gsd_cm, {db.geometry_column()} FROM {db.t('survey_flights')}") if g is not None]


def vegetation(db):
    return [(_shape(db, g), density) for density, g in db.rows(
        f"SELECT density, {db.geometry_column()} FROM {db.t('vegetation_areas')}")
        if g is not None]


def replace_proposals(db, kind, proposals, hazard_ids=None):
    """Drop the earlier `proposed` proposals of this kind (of these hazards, when given; accepted
    and rejected ones stay), write the new ones. proposals: [(values, shapely geometry)].
    Returns the ids written."""
    where, args = "kind = ? AND status = 'proposed'", [kind]
    if hazard_ids:
        where += f" AND hazard_id IN ({', '.join('?' * len(hazard_ids))})"
        args += list(hazard_ids)
    db.execute(f"DELETE FROM {db.t('hazard_proposals')} WHERE {where}", args)
    # an id once given is never given again, even to a proposal replacing a dropped one
    taken = [r[0] for r in db.rows(f"SELECT proposal_id FROM {db.t('hazard_proposals')}")]
    taken += [r[0] for r in db.rows(f"SELECT entity_id FROM {db.t('status_history')} "
                                     f"WHERE entity = 'hazard_proposals'")]
    number = next_number(taken, PROPOSAL_PREFIX)
    written = []
    for values, geometry in proposals:
        proposal_id = f"{PROPOSAL_PREFIX}{number:05d}"
        number += 1
        row = dict(values, proposal_id=proposal_id, kind=kind, status="proposed")
        minx, miny, maxx, maxy = geometry.bounds
        db.insert("hazard_proposals", {c: row.get(c) for c in PROPOSAL_COLUMNS},
                  aerial.polygons_only(geometry).wkb, (minx, maxx, miny, maxy))
        written.append(proposal_id)
    return written


# --- what the dock's review and proposal list read ----------------------------------------
def read_detections(database):
    """Every detection as the review needs it, the most confident first."""
    with project_db.open_project(database) as db:
        found = db.rows(
            f"SELECT detection_id, flight_id, detected_class, confidence, review_status, "
            f"image_ref, {db.geometry_column()} FROM {db.t('aerial_detections')}")
        items = []
        for ident, flight, cls, confidence, status, image, geometry in found:
            lon, lat = wkb_point_xy(db.wkb(geometry)) if geometry is not None else (None, None)
            items.append({"id": ident, "flight": flight or "", "class": cls or "",
                          "confidence": confidence, "status": status, "image": image,
                          "lon": lon, "lat": lat})
    items.sort(key=lambda i: (-(i["confidence"] or 0), i["id"]))
    return items


def read_proposals(database):
    with project_db.open_project(database) as db:
        return [{"id": r[0], "kind": r[1], "status": r[2], "area_m2": r[3], "evidence": r[4],
                 "wkb": db.wkb(r[5])} for r in db.rows(
            f"SELECT proposal_id, kind, status, area_m2, evidence, {db.geometry_column()} "
            f"FROM {db.t('hazard_proposals')} ORDER BY kind, proposal_id")]
