"""Reading record checks for the Verification section; they are written only by
mineaction:verifyrecords (and the corrections they allow by mineaction:correctrecords)."""
from . import project_db

COLUMNS = ("record_id", "check_id", "status", "reading", "likely_cause", "shift_m",
           "rotation_deg", "scale", "match_rate", "matched", "expected_mines", "rms_m",
           "cleared_share", "notes")


def latest_checks(database):
    """The latest check of every checked record, as dicts of COLUMNS plus `corrected_by`
    (the check whose correction the record carries, or None), by record id."""
    with project_db.open_project(database) as db:
        rows = db.rows(f"SELECT {', '.join(COLUMNS)} FROM {db.t('record_checks')} ORDER BY fid")
        applied = dict(db.rows(f"SELECT record_id, correction_check_id FROM "
                               f"{db.t('minefield_records')}"))
    latest = {}
    for row in rows:
        latest[row[0]] = dict(zip(COLUMNS, row))
    for record_id, check in latest.items():
        check["corrected_by"] = applied.get(record_id)
    return [latest[r] for r in sorted(latest)]
