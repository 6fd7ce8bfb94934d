"""Read what the dashboard shows from the project database (one pass, SQL sums where stored)."""
from ..core import dashboard
from . import gpkg_sql


def read_figures(path, measure_blob=None):
    """{district or dashboard.ALL: dashboard.Figures} of the database at `path`.

    Stored areas are used (forms and algorithms keep them current on the ellipsoid); where one
    is missing (data appended by other tools), measure_blob(GeoPackage blob) measures it.
    """
    connection = gpkg_sql.connect(path)
    try:
        hazards = connection.execute(
            "SELECT district, classification, status, area_m2, "
            "CASE WHEN area_m2 IS NULL THEN geom END FROM hazards").fetchall()
        releases = connection.execute(
            "SELECT district, release_type, area_m2, coalesce(nullif(end_date, ''), start_date), "
            "CASE WHEN area_m2 IS NULL THEN geom END FROM land_release "
            "WHERE status = 'completed'").fetchall()
        finds = connection.execute(
            "SELECT district, category, sum(quantity) FROM eo_finds "
            "GROUP BY district, category").fetchall()
    finally:
        connection.close()

    def area(value, blob):
        if value is not None:
            return value
        return measure_blob(blob) if (blob is not None and measure_blob) else 0.0
    return dashboard.build(
        [(d, c, s, area(a, g)) for d, c, s, a, g in hazards],
        [(d, r, area(a, g), when) for d, r, a, when, g in releases],
        finds)
