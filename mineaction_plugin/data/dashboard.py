"""Read what the dashboard shows from the project database (one pass, SQL sums where stored)."""
from ..core import dashboard
from . import project_db


def read_figures(database, measure_wkb=None):
    """{district or dashboard.ALL: dashboard.Figures} of the project (GeoPackage or PostGIS).

    Stored areas are used (forms and algorithms keep them current on the ellipsoid); where one
    is missing (data appended by other tools), measure_wkb(WKB) measures it.
    """
    with project_db.open_project(database) as db:
        geometry = db.geometry_column()
        when = ("coalesce(end_date, start_date)" if isinstance(db, project_db.PgProject)
                else "coalesce(nullif(end_date, ''), start_date)")
        hazards = db.rows(
            f"SELECT district, classification, status, area_m2, "
            f"CASE WHEN area_m2 IS NULL THEN {geometry} END FROM {db.t('hazards')}")
        releases = db.rows(
            f"SELECT district, release_type, area_m2, {when}, "
            f"CASE WHEN area_m2 IS NULL THEN {geometry} END FROM {db.t('land_release')} "
            f"WHERE status = 'completed'")
        finds = db.rows(
            f"SELECT district, category, sum(quantity) FROM {db.t('eo_finds')} "
            f"GROUP BY district, category")
        survey = _survey(db)

    def area(value, stored):
        if value is not None:
            return value
        return measure_wkb(db.wkb(stored)) if (stored is not None and measure_wkb) else 0.0

    def day(value):   # PostgreSQL gives dates, a GeoPackage text
        return value.isoformat() if hasattr(value, "isoformat") else value
    figures = dashboard.build(
        [(d, c, s, area(a, g)) for d, c, s, a, g in hazards],
        [(d, r, area(a, g), day(when)) for d, r, a, when, g in releases],
        [(d, c, int(q or 0)) for d, c, q in finds])
    figures[dashboard.ALL].survey = survey
    from ..core.casualties import summarise
    from .casualty_store import read_for_summary
    return dashboard.add_casualties(figures, summarise(*read_for_summary(database)))


def _survey(db):
    """Flights, the ground they imaged, detections reviewed, proposals accepted, reduction."""
    from shapely import wkb
    from shapely.ops import unary_union

    from ..core.aerial import area_m2
    footprints = [wkb.loads(db.wkb(g)) for (g,) in db.rows(
        f"SELECT {db.geometry_column()} FROM {db.t('survey_flights')}") if g is not None]
    detections, reviewed = db.one(
        f"SELECT count(*), sum(CASE WHEN review_status <> 'unreviewed' THEN 1 ELSE 0 END) "
        f"FROM {db.t('aerial_detections')}")
    accepted, reduce_m2 = db.one(
        f"SELECT sum(CASE WHEN status = 'accepted' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN kind = 'reduce' AND status <> 'rejected' THEN area_m2 ELSE 0 END) "
        f"FROM {db.t('hazard_proposals')}")
    return dashboard.Survey(
        flights=len(footprints),
        imaged_m2=area_m2(unary_union(footprints)) if footprints else 0.0,
        detections=int(detections or 0), reviewed=int(reviewed or 0),
        proposals_accepted=int(accepted or 0), reduce_m2=float(reduce_m2 or 0.0))
