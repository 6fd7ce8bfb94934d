"""What each hazard has released and what remains, measured on the ellipsoid: read by the
Hazards section and by mineaction:hazardprogress alike."""
from qgis.core import QgsGeometry

from ..data import project_db
from .qgis_geodesy import geometry_from_wkb

RELEASE_TYPES = ("cancelled", "reduced", "cleared")
# what is left below this is survey noise, not land still to release
NOTHING_LEFT_M2 = 1.0


def hazard_progress(database, measure, feedback=None):
    """[{hazard_id, status, area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_m2,
    released_pct, suggest_close}] for every hazard of the database.

    Released land counts once however many activities overlap it (the union per release
    type, the remainder is the hazard minus the union of all released land).
    """
    with project_db.open_project(database) as db:
        hazards = [(hazard_id, status, db.wkb(value)) for hazard_id, status, value in db.rows(
            f"SELECT hazard_id, status, {db.geometry_column()} FROM {db.t('hazards')} "
            f"WHERE geom IS NOT NULL ORDER BY hazard_id")]
        released = {}
        for hazard_id, release_type, value in db.rows(
                f"SELECT hazard_id, release_type, {db.geometry_column()} FROM "
                f"{db.t('land_release')} WHERE hazard_id IS NOT NULL AND release_type IS NOT "
                f"NULL AND status = 'completed' AND geom IS NOT NULL"):
            geometry = geometry_from_wkb(db.wkb(value))
            released.setdefault(hazard_id, {}).setdefault(release_type, []).append(geometry)
    rows = []
    for index, (hazard_id, status, wkb) in enumerate(hazards):
        if feedback is not None and feedback.isCanceled():
            break
        hazard = geometry_from_wkb(wkb)
        area = measure.measureArea(hazard)
        row = {"hazard_id": hazard_id, "status": status, "area_m2": area}
        everything = []
        for release_type in RELEASE_TYPES:
            parts = released.get(hazard_id, {}).get(release_type, [])
            everything += parts
            union = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
            inside = union.intersection(hazard) if parts else QgsGeometry()
            row[f"{release_type}_m2"] = measure.measureArea(inside) if parts else 0.0
        remaining = hazard.difference(QgsGeometry.unaryUnion(everything)) if everything \
            else hazard
        row["remaining_m2"] = measure.measureArea(remaining) if not remaining.isEmpty() else 0.0
        row["released_pct"] = 100.0 * (1 - row["remaining_m2"] / area) if area else 0.0
        row["suggest_close"] = status != "closed" and row["remaining_m2"] < NOTHING_LEFT_M2
        rows.append(row)
        if feedback is not None and index % 100 == 0:
            feedback.setProgress(100 * index / max(len(hazards), 1))
    return rows
