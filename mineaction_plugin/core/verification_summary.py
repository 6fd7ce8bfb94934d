"""The programme figure of record verification: records verified and the share reliable,
explained, partly and unreliable, by district and in total (shared/spec/record-verification.md).
Shares are of the records verified (those with a verdict: not unverified, and checked)."""
from .i18n import N_

VERDICTS = ("reliable", "explained", "partly", "unreliable")
COLUMNS = ("district", "records", "checked", "verified", *VERDICTS, "unverified",
           *(f"{v}_pct" for v in VERDICTS))
TOTAL = "Total"
NO_DISTRICT = N_("(no district)")


def latest_statuses(checks):
    """{record_id: status} of the last check of each record; `checks` in the order made."""
    latest = {}
    for record_id, status in checks:
        latest[record_id] = status
    return latest


def summary_rows(records, latest, no_district=NO_DISTRICT):
    """records: [(record_id, district)]; latest: {record_id: status}. Rows as dicts by
    district name, the Total row last."""
    by_district = {}
    for record_id, district in records:
        name = (district or "").strip() or no_district
        by_district.setdefault(name, []).append(latest.get(record_id))
    names = sorted(by_district, key=lambda n: (n == no_district, n.lower()))
    rows = [_row(name, by_district[name]) for name in names]
    rows.append(_row(TOTAL, [s for name in names for s in by_district[name]]))
    return rows


def _row(name, statuses):
    counts = {status: sum(s == status for s in statuses) for status in (*VERDICTS, "unverified")}
    verified = sum(counts[v] for v in VERDICTS)
    row = {"district": name, "records": len(statuses),
           "checked": sum(s is not None for s in statuses), "verified": verified, **counts}
    for verdict in VERDICTS:
        row[f"{verdict}_pct"] = round(100.0 * counts[verdict] / verified, 1) if verified else None
    return row
