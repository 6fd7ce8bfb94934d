"""Accidents and victims as a casualty file gives them, checked, and counted as the national report
counts them (shared/spec/accidents-victims.md). Pure: no Qt.

A file is one row per victim with the accident's columns repeated (an accident without victims
on a row of its own), or two sheets, `accidents` and `victims`. Rows come in as (file row,
{column: text}). Personal columns (PERSONAL_COLUMNS) go to victim_personal only and are never
repeated in a problem, a log or a summary.
"""
import datetime
from dataclasses import dataclass, field
from typing import Dict, Optional

from .i18n import tr
from .record_rows import parse_number
from .schema import CODE_LISTS

ACCIDENT_COLUMNS = ("accident_id", "accident_date", "accident_type", "device_category",
                    "device_model", "activity", "location_accuracy", "district", "settlement",
                    "hazard_id", "record_id", "description", "source")
VICTIM_COLUMNS = ("victim_id", "sex", "age_years", "age_group", "outcome", "role", "injuries")
PERSONAL_COLUMNS = ("full_name", "date_of_birth", "address", "phone")
PLACE_COLUMNS = (("longitude", "latitude"), ("lon", "lat"), ("x", "y"))
CODES = {"accident_type": "accident_type", "device_category": "device_category",
         "activity": "accident_activity", "location_accuracy": "location_accuracy",
         "sex": "sex", "age_group": "age_group", "outcome": "victim_outcome",
         "role": "victim_role"}
MAX_AGE = 120
CHILD_UNDER = 18
SUMMARY_COLUMNS = ("district", "year", "accidents", "victims", "killed", "injured", "children",
                   "women", "civilians", "deminers", "outside_records", "outside_hazards",
                   "location_unknown")
TOTAL = "Total"


@dataclass
class Accident:
    row: int
    values: Dict[str, object]
    lon: Optional[float] = None
    lat: Optional[float] = None


@dataclass
class Victim:
    row: int
    values: Dict[str, object]
    personal: Dict[str, object] = field(default_factory=dict)


@dataclass
class Problem:
    row: int
    accident_id: str
    victim_id: str
    field: str
    reason: str
    values: Dict[str, str]       # the row as the file gave it, personal columns left out


def without_personal(values):
    return {k: v for k, v in values.items() if k not in PERSONAL_COLUMNS}


def iso_date(text):
    """A date as YYYY-MM-DD from the forms a spreadsheet writes; ValueError otherwise."""
    text = str(text).strip()
    for form in ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S",
                 "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    raise ValueError(text)


def _code(value, code_list):
    if not value:
        return None, True
    for code in CODE_LISTS[code_list]:
        if value.lower() == code.lower():
            return code, True
    return value, False


def split_rows(rows):
    """One-sheet layout → (accident rows, victim rows): the accident's columns of every row
    (repeated for each victim) and the victim's of the rows that have any."""
    accidents, victims = [], []
    for row, values in rows:
        if any(values.get(c) for c in ACCIDENT_COLUMNS) or not any(
                values.get(c) for c in VICTIM_COLUMNS + PERSONAL_COLUMNS):
            accidents.append((row, values))
        if any(values.get(c) for c in VICTIM_COLUMNS + PERSONAL_COLUMNS):
            victims.append((row, values))
    return accidents, victims


def check(accident_rows, victim_rows, today, existing_accidents=(), existing_victims=()):
    """(accidents, victims, problems). accident_rows: (row, values) that describe accidents
    (the same accident may come on several rows: they must agree); victim_rows: (row, values)
    with accident_id and the victim's columns (and personal ones)."""
    today = today.isoformat() if hasattr(today, "isoformat") else str(today)
    problems, accidents, victims = [], {}, []
    first_row = {}

    def bad(row, values, field_name, reason, accident_id="", victim_id=""):
        problems.append(Problem(row, accident_id, victim_id, field_name, reason,
                                without_personal(values)))
    for row, values in accident_rows:
        ident = (values.get("accident_id") or "").strip()
        if not ident:
            if not any(values.get(c) for c in VICTIM_COLUMNS + PERSONAL_COLUMNS):
                bad(row, values, "accident_id", tr("missing accident id"))
            continue          # a victim row without its accident: reported with the victims
        parsed, reason = _accident(values, today)
        if reason:
            bad(row, values, reason[0], reason[1], ident, values.get("victim_id") or "")
            accidents.setdefault(ident, None)    # its victims are not reported twice
            continue
        if ident in existing_accidents:
            bad(row, values, "accident_id", tr("accident {id} is already in the database")
                .format(id=ident), ident)
            accidents.setdefault(ident, None)
            continue
        if ident in accidents and accidents[ident] is not None:
            earlier = accidents[ident]
            differs = [c for c in ACCIDENT_COLUMNS if earlier.values.get(c) != parsed[0].get(c)]
            if differs or (earlier.lon, earlier.lat) != parsed[1:]:
                what = differs[0] if differs else "longitude"
                bad(row, values, what, tr("accident {id}: {field} differs from row {row}")
                    .format(id=ident, field=what, row=first_row[ident]), ident)
            continue
        if ident not in accidents:
            accidents[ident] = Accident(row, parsed[0], *parsed[1:])
            first_row[ident] = row
    seen = {}
    for row, values in victim_rows:
        ident = (values.get("victim_id") or "").strip()
        accident_id = (values.get("accident_id") or "").strip()
        if not accident_id:
            bad(row, values, "accident_id", tr("victim without an accident"), "", ident)
            continue
        if not ident:
            bad(row, values, "victim_id", tr("missing victim id"), accident_id)
            continue
        if ident in seen:
            bad(row, values, "victim_id", tr("duplicate victim_id {id} (also on row {row})")
                .format(id=ident, row=seen[ident]), accident_id, ident)
            continue
        seen[ident] = row
        if ident in existing_victims:
            bad(row, values, "victim_id", tr("victim {id} is already in the database")
                .format(id=ident), accident_id, ident)
            continue
        if accident_id not in accidents and accident_id not in existing_accidents:
            bad(row, values, "accident_id", tr("victim without an accident: no accident "
                                               "{id}").format(id=accident_id), accident_id, ident)
            continue
        if accidents.get(accident_id) is None and accident_id not in existing_accidents:
            continue          # its accident is reported already
        victim, reason = _victim(values)
        if reason:
            bad(row, values, reason[0], reason[1], accident_id, ident)
            continue
        victims.append(Victim(row, dict(victim, victim_id=ident, accident_id=accident_id),
                              _personal(values)))
    # a victim row whose accident row has no date: the spec's "victim whose accident has no
    # date" is reported on the accident's own row above
    problems.sort(key=lambda p: p.row)
    return [a for a in accidents.values() if a is not None], victims, problems


def _accident(values, today):
    """(({field: value}, lon, lat), None) or (None, (field, reason))."""
    result = {}
    for name in ACCIDENT_COLUMNS:
        result[name] = (values.get(name) or "").strip() or None
    date = result["accident_date"]
    if not date:
        return None, ("accident_date", tr("the accident has no date") if not any(
            values.get(c) for c in VICTIM_COLUMNS) else tr("the victim's accident has no date"))
    try:
        result["accident_date"] = iso_date(date)
    except ValueError:
        return None, ("accident_date", tr("{value} is not a date (YYYY-MM-DD)").format(
            value=date))
    if result["accident_date"] > today:
        return None, ("accident_date", tr("accident date {date} is in the future").format(
            date=result["accident_date"]))
    for name in ("accident_type", "device_category", "activity", "location_accuracy"):
        code, known = _code(result[name], CODES[name])
        if not known:
            return None, (name, tr("unknown {field} code {value} (one of {codes})").format(
                field=name, value=code, codes=", ".join(CODE_LISTS[CODES[name]])))
        result[name] = code
    pair = next((p for p in PLACE_COLUMNS if values.get(p[0]) or values.get(p[1])), None)
    lon = lat = None
    if pair:
        try:
            lon, lat = (parse_number(values.get(pair[0], "")),
                        parse_number(values.get(pair[1], "")))
        except ValueError:
            return None, (pair[0], tr("{lon}, {lat} is not a place (longitude and latitude in "
                                      "degrees)").format(lon=values.get(pair[0]),
                                                         lat=values.get(pair[1])))
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return None, (pair[0], tr("coordinates {lon}, {lat} are not on the Earth").format(
                lon=lon, lat=lat))
    return (result, lon, lat), None


def _victim(values):
    result = {}
    for name in VICTIM_COLUMNS[1:]:
        result[name] = (values.get(name) or "").strip() or None
    for name in ("sex", "age_group", "outcome", "role"):
        code, known = _code(result[name], CODES[name])
        if not known:
            return None, (name, tr("unknown {field} code {value} (one of {codes})").format(
                field=name, value=code, codes=", ".join(CODE_LISTS[CODES[name]])))
        result[name] = code
    if not result["outcome"]:
        return None, ("outcome", tr("the outcome (killed or injured) is missing"))
    if result["age_years"] is not None:
        try:
            age = parse_number(result["age_years"])
        except ValueError:
            return None, ("age_years", tr("age {value} is not a number").format(
                value=result["age_years"]))
        if age != int(age) or not 0 <= age <= MAX_AGE:
            return None, ("age_years", tr("age of {value} years (0–{most})").format(
                value=result["age_years"], most=MAX_AGE))
        result["age_years"] = int(age)
        result["age_group"] = "child" if age < CHILD_UNDER else "adult"   # follows the age
    return result, None


def _personal(values):
    personal = {name: (values.get(name) or "").strip() or None for name in PERSONAL_COLUMNS}
    if personal["date_of_birth"]:
        try:
            personal["date_of_birth"] = iso_date(personal["date_of_birth"])
        except ValueError:
            pass        # kept as written: it is the victim's, not ours to judge
    return personal if any(personal.values()) else {}


# --- the national report's table -----------------------------------------------------------
def summarise(accidents, victims, outside_records, outside_hazards, unknown_location,
              date_from=None, date_to=None, districts=None):
    """Rows of SUMMARY_COLUMNS by district and year, then the Total row.

    accidents: [{accident_id, accident_date, district}]; victims: [{accident_id, outcome,
    age_group, sex, role}]; outside_records / outside_hazards / unknown_location: sets of
    accident ids (an accident whose place is unknown is in neither outside set)."""
    wanted = {d.strip() for d in districts} if districts else None
    chosen = {}
    for accident in accidents:
        date = str(accident["accident_date"] or "")[:10]
        if not date or (date_from and date < date_from) or (date_to and date > date_to):
            continue
        district = accident["district"] or ""
        if wanted is not None and district not in wanted:
            continue
        chosen[accident["accident_id"]] = (district, int(date[:4]))
    cells = {}

    def row(key):
        return cells.setdefault(key, dict.fromkeys(SUMMARY_COLUMNS[2:], 0))
    for ident, key in chosen.items():
        row(key)["accidents"] += 1
    for victim in victims:
        key = chosen.get(victim["accident_id"])
        if key is None:
            continue
        counts = row(key)
        counts["victims"] += 1
        counts["killed"] += victim["outcome"] == "killed"
        counts["injured"] += victim["outcome"] == "injured"
        counts["children"] += victim["age_group"] == "child"
        counts["women"] += victim["sex"] == "female" and victim["age_group"] == "adult"
        counts["civilians"] += victim["role"] == "civilian"
        counts["deminers"] += victim["role"] == "deminer"
        ident = victim["accident_id"]
        if ident in unknown_location:
            counts["location_unknown"] += 1
        else:
            counts["outside_records"] += ident in outside_records
            counts["outside_hazards"] += ident in outside_hazards
    rows = [dict(district=district, year=year, **cells[(district, year)])
            for district, year in sorted(cells)]
    total = dict(district=TOTAL, year=None, **dict.fromkeys(SUMMARY_COLUMNS[2:], 0))
    for item in rows:
        for column in SUMMARY_COLUMNS[2:]:
            total[column] += item[column]
    return rows + [total]


def places_to_survey(accidents, inside_hazard):
    """Accidents with a known place outside every hazard: places to survey (evidence for a new
    hazard). accidents: [Accident or dict with accident_id, location_accuracy, lon, lat]."""
    found = []
    for accident in accidents:
        values = accident if isinstance(accident, dict) else dict(
            accident.values, lon=accident.lon, lat=accident.lat)
        if values.get("lon") is None or values.get("location_accuracy") == "unknown":
            continue
        if not inside_hazard(values["lon"], values["lat"]):
            found.append(values["accident_id"])
    return found
