"""Marking lines and their signs into the project database, in one transaction."""
import sqlite3

from ..core.i18n import tr
from ..core.identifiers import next_id
from . import geopackage, gpkg_sql, project_db


def _next_marking_id(db, prefix):
    ids = [value for (value,) in db.rows(
        f"SELECT marking_id FROM {db.t('marking_lines')} WHERE marking_id LIKE ?",
        (prefix + "%",))]
    return next_id(ids, prefix)


def save_marking(database, lines, marking_type="perimeter_marking", sign_spacing=50.0):
    """Write marking lines with their signs; [(marking_id, sign count)] of what was written.

    lines: [(line blob, bounds, hazard ids, length_m, [(point blob, bounds, sign_type,
    facing_deg)])] (GeoPackage blobs, EPSG:4326). A line shared by several hazards is linked to
    the first of them; ids are MK-<hazard id>-<n> and <marking id>-S<n>. Lines start as
    planned. The database is a GeoPackage or a PostGIS project.
    """
    if project_db.inspect(database).needs_upgrade:
        raise geopackage.DatabaseError(tr("The database must be upgraded first."))
    with project_db.open_project(database) as db:
        user, now = db.user(), gpkg_sql.now_iso()
        stamp = {"created_by": user, "modified_by": user, "created_at": now, "modified_at": now}
        written = []
        try:
            with db.transaction():
                for line_blob, line_bounds, hazard_ids, length, signs in lines:
                    prefix = f"MK-{hazard_ids[0] if hazard_ids else 'X'}-"
                    marking_id = _next_marking_id(db, prefix)
                    db.insert("marking_lines", dict(
                        stamp, marking_id=marking_id,
                        hazard_id=hazard_ids[0] if hazard_ids else None,
                        marking_type=marking_type, status="planned", sign_spacing_m=sign_spacing,
                        length_m=round(length, 2)), gpkg_sql.wkb(line_blob), line_bounds)
                    for n, (blob, bounds, sign_type, facing) in enumerate(signs, 1):
                        db.insert("marking_signs", dict(
                            stamp, sign_id=f"{marking_id}-S{n:03d}", marking_id=marking_id,
                            sign_type=sign_type, facing_deg=round(facing, 1)),
                            gpkg_sql.wkb(blob), bounds)
                    written.append((marking_id, len(signs)))
        except Exception as error:
            # SQLite's, psycopg2's and our own database errors, worded alike
            if isinstance(error, (sqlite3.Error, geopackage.DatabaseError)) or \
                    type(error).__module__.startswith("psycopg2"):
                raise geopackage.DatabaseError(tr("The marking was not saved: {reason}").format(
                    reason=str(error).strip())) from error
            raise
    return written
