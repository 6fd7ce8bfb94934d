"""Marking lines and their signs into the project database, in one transaction."""
import getpass
import sqlite3

from ..core.i18n import tr
from . import geopackage, gpkg_sql


def _next_number(connection, table, column, prefix):
    used = 0
    for (value,) in connection.execute(f"SELECT {column} FROM {table} WHERE {column} LIKE ?",
                                       (prefix + "%",)):
        tail = value[len(prefix):]
        if tail.isdigit():
            used = max(used, int(tail))
    return used + 1


def save_marking(path, lines, marking_type="perimeter_marking", sign_spacing=50.0):
    """Write marking lines with their signs; [(marking_id, sign count)] of what was written.

    lines: [(line blob, bounds, hazard ids, length_m, [(point blob, bounds, sign_type,
    facing_deg)])]. A line shared by several hazards is linked to the first of them; ids are
    MK-<hazard id>-<n> and <marking id>-S<n>. Lines start as planned.
    """
    if geopackage.inspect(path).needs_upgrade:
        raise geopackage.DatabaseError(tr("The database must be upgraded first."))
    user, now = getpass.getuser(), gpkg_sql.now_iso()
    connection = gpkg_sql.connect(path)
    written = []
    try:
        connection.execute("BEGIN IMMEDIATE")
        for line_blob, line_bounds, hazard_ids, length, signs in lines:
            prefix = f"MK-{hazard_ids[0] if hazard_ids else 'X'}-"
            number = _next_number(connection, "marking_lines", "marking_id", prefix)
            marking_id = f"{prefix}{number:02d}"
            connection.execute(
                "INSERT INTO marking_lines (marking_id, hazard_id, marking_type, status, "
                "sign_spacing_m, length_m, created_by, modified_by, created_at, modified_at, "
                "geom) VALUES (?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?, ?)",
                (marking_id, hazard_ids[0] if hazard_ids else None, marking_type, sign_spacing,
                 round(length, 2), user, user, now, now, line_blob))
            gpkg_sql.touch_contents(connection, "marking_lines", line_bounds)
            rows = [(f"{marking_id}-S{n:03d}", marking_id, sign_type, round(facing, 1), user,
                     user, now, now, blob)
                    for n, (blob, _, sign_type, facing) in enumerate(signs, 1)]
            connection.executemany(
                "INSERT INTO marking_signs (sign_id, marking_id, sign_type, facing_deg, "
                "created_by, modified_by, created_at, modified_at, geom) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            if signs:
                boxes = [bounds for _, bounds, _, _ in signs]
                gpkg_sql.touch_contents(connection, "marking_signs", (
                    min(b[0] for b in boxes), max(b[1] for b in boxes),
                    min(b[2] for b in boxes), max(b[3] for b in boxes)))
            written.append((marking_id, len(rows)))
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        connection.execute("ROLLBACK")
        raise geopackage.DatabaseError(tr("The marking was not saved: {reason}").format(
            reason=error))
    except Exception:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()
    return written
