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

    def area(value, stored):
        if value is not None:
            return value
        return measure_wkb(db.wkb(stored)) if (stored is not None and measure_wkb) else 0.0

    def day(value):   # PostgreSQL gives dates, a GeoPackage text
        return value.isoformat() if hasattr(value, "isoformat") else value
    return dashboard.build(
        [(d, c, s, area(a, g)) for d, c, s, a, g in hazards],
        [(d, r, area(a, g), day(when)) for d, r, a, when, g in releases],
        [(d, c, int(q or 0)) for d, c, q in finds])
