"""Aerial detections as a detector delivers them, checked row by row (shared/spec/aerial-survey.md).

Pure: no Qt. A file is read elsewhere (data/detection_files.py) into rows of
(file row number, {column: text}, lon, lat) — lon/lat in WGS 84, None when the row has no
usable place. Here the columns are matched to the layer's fields (the officer's choice, else a
good guess), the confidence scale is recognised, and every row is either a Detection to write or
a Problem naming its row, field and reason.
"""
from dataclasses import dataclass
from typing import Dict, List

from .i18n import tr
from .record_rows import parse_number
from .schema import CODE_LISTS

# What each field of aerial_detections is called in the files detectors and survey companies
# write, most specific first. The officer's own names (ID_FIELD, …) win over these.
FIELD_GUESSES = {
    "detection_id": ("detection_id", "detection", "det_id", "id", "uid", "object_id", "name"),
    "flight_id": ("flight_id", "flight", "mission_id", "mission", "sortie"),
    "detected_class": ("detected_class", "class", "class_name", "label", "object_class",
                       "type"),
    "category": ("category", "eo_category", "cat"),
    "confidence": ("confidence", "conf", "score", "probability", "prob"),
    "model_version": ("model_version", "model", "detector"),
    "image_ref": ("image_ref", "image", "image_path", "image_file", "photo", "img", "file"),
    "review_status": ("review_status", "review", "reviewed", "status"),
    "reviewed_by": ("reviewed_by", "reviewer"),
    "reviewed_at": ("reviewed_at", "review_date", "reviewed_on"),
}
REQUIRED_FIELDS = ("detection_id",)
CATEGORY_WORDS = {"ap": "APM", "apm": "APM", "ap mine": "APM", "at": "ATM", "atm": "ATM",
                  "at mine": "ATM", "erw": "ERW", "uxo": "ERW", "unknown": "unknown"}
MAX_WARNINGS_NAMED = 20


@dataclass
class Detection:
    row: int
    detection_id: str
    lon: float
    lat: float
    values: Dict[str, object]      # the aerial_detections fields other than the geometry


@dataclass
class Problem:
    row: int
    detection_id: str
    field: str
    reason: str
    values: Dict[str, str]          # the row as the file gave it


def match_fields(headers, given=None):
    """{layer field: file column} for the columns present. `given` maps a field to the column
    the officer named (a name that is not in the file is an error, said in words)."""
    present = {str(h).strip().lower(): h for h in headers if str(h).strip()}
    mapping = {}
    for field_name, column in (given or {}).items():
        if not column:
            continue
        key = str(column).strip().lower()
        if key not in present:
            raise ValueError(tr("The file has no column {column} (given for {field}); its "
                                "columns are {columns}.").format(
                                    column=column, field=field_name,
                                    columns=", ".join(present.values())))
        mapping[field_name] = present[key]
    taken = set(mapping.values())
    for field_name, guesses in FIELD_GUESSES.items():
        if field_name in mapping:
            continue
        for guess in guesses:
            if guess in present and present[guess] not in taken:
                mapping[field_name] = present[guess]
                taken.add(present[guess])
                break
    missing = [f for f in REQUIRED_FIELDS if f not in mapping]
    if missing:
        raise ValueError(tr("No column for {fields} was found; name it with ID_FIELD. The "
                            "file's columns are {columns}.").format(
                                fields=", ".join(missing), columns=", ".join(present.values())))
    return mapping


def _text(values, column):
    if column is None:
        return ""
    value = values.get(column)
    return "" if value is None else str(value).strip()


def confidence_scale(numbers):
    """'percent' or 'fraction'. Percent when every value lies in 0–100 and most of them are
    above 1: a lone 1.7 among 0–1 values is a mistake in that row, not a file in percent."""
    numbers = [n for n in numbers if n is not None]
    if not numbers or not all(0 <= n <= 100 for n in numbers):
        return "fraction"
    above_one = sum(n > 1 for n in numbers)
    return "percent" if above_one * 2 > len(numbers) else "fraction"


def _number(text):
    if text == "":
        return None
    try:
        value = parse_number(text)
    except ValueError:
        return float("nan")
    return value


def check_rows(rows, mapping, known_flights, existing_ids, footprints=None):
    """Check every row. rows: [(row, {column: text}, lon, lat)]; known_flights: the flight ids
    in the FLIGHTS file and in the database; existing_ids: detection ids already in the
    database; footprints: {flight_id: callable(lon, lat) -> bool} for the outside-footprint
    warning. Returns (detections, problems, scale, warnings)."""
    confidence_column = mapping.get("confidence")
    parsed = [_number(_text(values, confidence_column)) for _, values, _, _ in rows]
    scale = confidence_scale([v for v in parsed if v is not None and v == v])
    top = 100.0 if scale == "percent" else 1.0
    seen = {}
    detections, problems, warnings = [], [], []
    outside = 0
    for (row, values, lon, lat), confidence in zip(rows, parsed):
        ident = _text(values, mapping.get("detection_id"))

        def bad(field_name, reason):
            problems.append(Problem(row, ident, field_name, reason,
                                    {k: "" if v is None else str(v) for k, v in values.items()}))
        if not ident:
            bad(mapping["detection_id"], tr("missing id"))
            continue
        if ident in existing_ids:
            bad(mapping["detection_id"], tr("duplicate id: {id} is already in the database")
                .format(id=ident))
            continue
        if ident in seen:
            bad(mapping["detection_id"], tr("duplicate id: {id} is also on row {row}")
                .format(id=ident, row=seen[ident]))
            continue
        seen[ident] = row
        if lon is None or lat is None:
            bad("geometry", tr("no coordinates (no geometry)"))
            continue
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            bad("geometry", tr("coordinates {lon}, {lat} are not on the Earth (longitude "
                               "−180…180, latitude −90…90)").format(lon=lon, lat=lat))
            continue
        if confidence is not None and (confidence != confidence or not 0 <= confidence <= top):
            shown = _text(values, confidence_column)
            bad(confidence_column, tr("confidence {value} outside 0–{top} (this file's "
                                      "confidences are {scale})").format(
                value=shown, top=int(top) if top > 1 else 1,
                scale=tr("in percent") if scale == "percent" else tr("between 0 and 1")))
            continue
        flight = _text(values, mapping.get("flight_id"))
        if flight and flight not in known_flights:
            bad(mapping["flight_id"], tr("unknown flight {flight}: it is neither in FLIGHTS nor "
                                         "in survey_flights").format(flight=flight))
            continue
        category = _code(_text(values, mapping.get("category")), "detection_category",
                         CATEGORY_WORDS, "unknown")
        if category is None:
            bad(mapping["category"], tr("category {value} is not one of {codes}").format(
                value=_text(values, mapping.get("category")),
                codes=", ".join(CODE_LISTS["detection_category"])))
            continue
        review = _code(_text(values, mapping.get("review_status")), "review_status", {},
                       "unreviewed")
        if review is None:
            bad(mapping["review_status"], tr("review status {value} is not one of {codes}")
                .format(value=_text(values, mapping.get("review_status")),
                        codes=", ".join(CODE_LISTS["review_status"])))
            continue
        record = {
            "detection_id": ident, "flight_id": flight or None,
            "detected_class": _text(values, mapping.get("detected_class")) or None,
            "category": category,
            "confidence": None if confidence is None else round(confidence / top, 6),
            "model_version": _text(values, mapping.get("model_version")) or None,
            "image_ref": _text(values, mapping.get("image_ref")) or None,
            "review_status": review,
            "reviewed_by": _text(values, mapping.get("reviewed_by")) or None,
            "reviewed_at": _text(values, mapping.get("reviewed_at")) or None,
        }
        inside = (footprints or {}).get(flight)
        if inside is not None and not inside(lon, lat):
            outside += 1
            if outside <= MAX_WARNINGS_NAMED:
                warnings.append(tr("row {row}: detection {id} lies outside the footprint of "
                                   "flight {flight} (imported)").format(row=row, id=ident,
                                                                        flight=flight))
        detections.append(Detection(row, ident, lon, lat, record))
    if outside > MAX_WARNINGS_NAMED:
        warnings.append(tr("… {count} detections in all lie outside their flight's footprint.")
                        .format(count=outside))
    return detections, problems, scale, warnings


def _code(text, code_list, words, default):
    """The code a cell means (case and spacing forgiven), `default` when blank, None when it
    is no code of the list."""
    if not text:
        return default
    codes = CODE_LISTS[code_list]
    for code in codes:
        if text.lower() == code.lower():
            return code
    return words.get(text.lower())


def review_target(statuses, current, order):
    """Where a one-at-a-time review goes next: the first detection after `current` (in
    `order`, a list of ids) that is still unreviewed, wrapping round; None when none is left.
    statuses: {id: review_status}."""
    if not order:
        return None
    start = order.index(current) + 1 if current in order else 0
    for offset in range(len(order)):
        candidate = order[(start + offset) % len(order)]
        if statuses.get(candidate) == "unreviewed":
            return candidate
    return None


def parse_ids(text) -> List[str]:
    """Ids from a comma- (or semicolon-, or line-) separated text, blanks dropped, order kept."""
    parts = str(text or "").replace(";", ",").replace("\n", ",").split(",")
    result: List[str] = []
    for part in (p.strip() for p in parts):
        if part and part not in result:
            result.append(part)
    return result




@dataclass
class Flight:
    row: int
    flight_id: str
    geometry: object                # as the reader gave it (a QgsGeometry in WGS 84)
    values: Dict[str, object]


def check_flights(rows, existing_ids):
    """Flight footprints: rows of (row, {column: text}, geometry or None). Returns (flights to
    write, problems, warnings); a flight already in the database is kept as it is there."""
    flights, problems, warnings, seen = [], [], [], {}
    for row, values, geometry in rows:
        lower = {str(k).strip().lower(): ("" if v is None else str(v).strip())
                 for k, v in values.items()}
        ident = lower.get("flight_id") or lower.get("flight") or lower.get("id") or ""

        def bad(field_name, reason):
            problems.append(Problem(row, ident, field_name, reason, dict(lower)))
        if not ident:
            bad("flight_id", tr("missing flight id"))
            continue
        if ident in seen:
            bad("flight_id", tr("flight {id} is also on row {row}").format(id=ident,
                                                                          row=seen[ident]))
            continue
        seen[ident] = row
        if ident in existing_ids:
            warnings.append(tr("flight {id} is already in the database: the one there is "
                               "kept").format(id=ident))
            continue
        if geometry is None:
            bad("geometry", tr("flight {id} has no footprint").format(id=ident))
            continue
        gsd = _number(lower.get("gsd_cm", ""))
        if gsd is not None and (gsd != gsd or gsd <= 0):
            bad("gsd_cm", tr("ground resolution {value} cm is not a positive number").format(
                value=lower.get("gsd_cm")))
            continue
        record = {"flight_id": ident, "gsd_cm": gsd}
        wrong = None
        for name, code_list in (("platform", "platform"), ("sensor", "sensor")):
            record[name] = _code(lower.get(name, ""), code_list, {}, None)
            if lower.get(name) and record[name] is None:
                wrong = (name, code_list)
                break
        if wrong:
            bad(wrong[0], tr("{field} {value} is not one of {codes}").format(
                field=wrong[0], value=lower.get(wrong[0]),
                codes=", ".join(CODE_LISTS[wrong[1]])))
            continue
        for name in ("survey_date", "operator", "notes"):
            record[name] = lower.get(name) or None
        flights.append(Flight(row, ident, geometry, record))
    return flights, problems, warnings
