"""Minefield records: from table rows (bearings and distances) to checked geometry.

Follows shared/spec/minefield-records.md. A record with any problem is rejected whole and every
one of its rows is returned in `rejected` with the reasons, so nothing is lost; the other
records of the file are computed. Geodesy and CRS conversion are passed in (core/geodesy.py).
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import mine_catalogue, units
from .geodesy import local_xy, segments_cross
from .i18n import N_, tr
from .identifiers import is_clean_id, normalise_id

POINT_TYPES = ("LM", "BM", "SP", "TP", "IP", "EP", "RS", "RE")
BEARING_UNITS = tuple(units.FULL_CIRCLE)
DISTANCE_UNITS = tuple(units.METRES_PER)
_POINT_TYPE = {code.lower(): code for code in POINT_TYPES}
_BEARING_UNIT = {code.lower(): code for code in BEARING_UNITS}
_BEARING_REF = {code.lower(): code for code in units.BEARING_REFS}
_DISTANCE_UNIT = {code.lower(): code for code in DISTANCE_UNITS}
PERIMETER_TYPES = ("SP", "TP", "IP", "EP")
DEFAULT_CRS = "EPSG:4326"
# projected coordinates are often used a little outside their CRS's official area of use
AREA_OF_USE_MARGIN_DEG = 2.0
# What a minefield form can plausibly hold; beyond it a value is a typing error (or an attack
# on the import: a leg of 1e308 paces, a row of five million mines) and the row is refused.
MAX_LEG_M = 20_000.0          # one measured leg (landmark to benchmark is the longest)
MAX_MINES_PER_ROW = 5_000     # a 5 km row of mines one metre apart
MAX_SPACING_M = 500.0
MAX_PROJECTED = 1e8           # metres: no CRS has coordinates beyond this
# a number as a person writes it: ASCII digits, one decimal mark, an optional exponent
# (Python's float() would also take "1_0", "inf", "nan" and Arabic-Indic digits)
_NUMBER_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?")
RECORD_ATTRIBUTES = ("district", "source_file", "date_laid", "laid_by", "notes")


@dataclass
class Problem:
    row: Optional[int]
    record_id: str
    point_id: str
    field: str
    message: str


@dataclass
class Point:
    row: int
    values: Dict[str, str]
    record_id: str
    point_id: str
    point_type: str
    from_point: str = ""            # as written ("" = the previous row)
    bearing: Optional[float] = None
    bearing_unit: str = units.DEFAULT_BEARING_UNIT
    bearing_ref: str = units.DEFAULT_BEARING_REF
    declination_deg: Optional[float] = None
    grid_crs: str = ""
    distance: Optional[float] = None
    distance_unit: str = units.DEFAULT_DISTANCE_UNIT
    pace_m: Optional[float] = None
    x: Optional[float] = None
    y: Optional[float] = None
    crs: str = DEFAULT_CRS
    row_id: str = ""
    mine_model: str = ""
    mine_count: Optional[int] = None
    spacing_m: Optional[float] = None
    # computed
    seq: int = 0
    measured_from: str = ""         # the point it was measured from, resolved
    lat: Optional[float] = None
    lon: Optional[float] = None
    distance_m: Optional[float] = None
    azimuth_deg: Optional[float] = None     # true azimuth (grid bearings: grid azimuth)
    traverse_m: float = 0.0                 # path length from an absolute point
    absolute: bool = False                  # placed by its own x, y (set with them)


@dataclass
class MineRow:
    row_id: str
    start: Point
    end: Point
    mine_model: str
    mine_category: Optional[str]
    mine_count: int
    spacing_m: float
    length_m: float = 0.0
    expected_length_m: Optional[float] = None
    length_mismatch: bool = False
    azimuth_deg: float = 0.0

    def mines(self, geodesy):
        """Estimated mine positions (lat, lon): one every spacing from the start point.

        Computed on demand: only the optional MINES output needs them."""
        return [geodesy.direct(self.start.lat, self.start.lon, self.azimuth_deg,
                               i * self.spacing_m) for i in range(self.mine_count)]


@dataclass
class Record:
    record_id: str
    points: List[Point]
    perimeter: List[Point] = field(default_factory=list)
    rows: List[MineRow] = field(default_factory=list)
    area_m2: float = 0.0
    perimeter_m: float = 0.0
    misclosure_m: Optional[float] = None
    attributes: Dict[str, str] = field(default_factory=dict)
    declination_deg: Optional[float] = None
    warnings: List[str] = field(default_factory=list)

    @property
    def first_row(self):
        return self.points[0].row

    @property
    def mines_recorded(self):
        return sum(r.mine_count for r in self.rows)

    @property
    def traverse_m(self):
        return max((p.traverse_m for p in self.points), default=0.0)


@dataclass
class ImportResult:
    records: List[Record]
    problems: List[Problem]
    # every row left out: (row, values, record_id, fields, reasons) with fields and reasons
    # joined by "; "
    rejected: List[tuple]
    headers: List[str]
    cancelled: bool = False

    @property
    def rejected_record_ids(self):
        return sorted({p.record_id for p in self.problems if p.record_id})


# --- reading values -------------------------------------------------------------------------
class _Bad(Exception):
    def __init__(self, field_name, message):
        super().__init__(message)
        self.field = field_name
        self.message = message


def parse_number(text, decimal_comma=False):
    """float from table text as a person writes it; '12,5' is accepted where commas are
    decimal marks, '1 234' with a space between thousands. ValueError otherwise."""
    value = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma or ("," in value and "." not in value):
        value = value.replace(",", ".")
    if not _NUMBER_TEXT.fullmatch(value):
        raise ValueError(text)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(text)
    return number


def _number(values, name, decimal_comma, required_message=None):
    """required_message is untranslated (N_) and only translated when it is needed."""
    text = values.get(name, "")
    if not text:
        if required_message:
            raise _Bad(name, tr(required_message))
        return None
    try:
        return parse_number(text, decimal_comma)
    except ValueError:
        raise _Bad(name, tr("{field} '{value}' is not a number").format(field=name, value=text))


_LOOKUPS = {}


def _fast_number(text, decimal_comma):
    """float of a non-empty, finite number; raises ValueError or TypeError otherwise."""
    if decimal_comma:
        text = text.replace(",", ".")
    number = float(text)
    # what float() takes but a person does not write (1_0, Arabic-Indic digits, inf, nan);
    # cheaper than matching _NUMBER_TEXT on every number of a national file
    if number != number or number in (math.inf, -math.inf) or "_" in text \
            or not text.isascii():
        raise ValueError(text)
    return number


def _code(values, name, allowed, default, message):
    """A code matched without regard to case; message (untranslated, N_) names the problem."""
    text = values.get(name, "").strip()
    if not text:
        return default
    lookup = _LOOKUPS.get(allowed)
    if lookup is None:
        lookup = _LOOKUPS[allowed] = {code.lower(): code for code in allowed}
    code = lookup.get(text.lower())
    if code is None:
        raise _Bad(name, tr(message).format(value=text, allowed=", ".join(allowed)))
    return code


class _RowChecker:
    """Parses one row into a Point, collecting every problem rather than stopping at one."""

    def __init__(self, projector, decimal_comma):
        self.projector = projector
        self.decimal_comma = decimal_comma
        self._known_crs = {}

    def crs_known(self, crs):
        if crs not in self._known_crs:
            self._known_crs[crs] = self.projector.is_known(crs)
        return self._known_crs[crs]

    def crs_geographic(self, crs):
        key = ("geographic", crs)
        if key not in self._known_crs:
            self._known_crs[key] = self.projector.is_geographic(crs)
        return self._known_crs[key]

    def parse(self, row, values):
        """(Point, [Problem]) for one table row."""
        point = self._parse_measured(row, values)
        if point is not None:
            return point, []
        return self._parse_checked(row, values)

    def _parse_measured(self, row, values):
        """The common row, a point measured by bearing and distance, when it is valid.

        Nine rows in ten are such points; this reads them without building any messages.
        Anything unusual or wrong returns None and goes through _parse_checked, which finds
        and words every problem, so both paths accept exactly the same rows.
        """
        get = values.get
        record_id, point_id = get("record_id"), get("point_id")
        point_type = _POINT_TYPE.get(get("point_type", "").lower())
        if not record_id or not point_id or point_type in (None, "LM") \
                or get("x") or get("y") or not is_clean_id(record_id) \
                or not is_clean_id(point_id):
            return None
        text = get("bearing_unit")
        bearing_unit = _BEARING_UNIT.get(text.lower()) if text else units.DEFAULT_BEARING_UNIT
        text = get("bearing_ref")
        bearing_ref = _BEARING_REF.get(text.lower()) if text else units.DEFAULT_BEARING_REF
        text = get("distance_unit")
        distance_unit = (_DISTANCE_UNIT.get(text.lower()) if text
                         else units.DEFAULT_DISTANCE_UNIT)
        if bearing_unit is None or bearing_ref is None or distance_unit is None:
            return None
        comma = self.decimal_comma
        try:
            bearing = _fast_number(get("bearing"), comma)
            distance = _fast_number(get("distance"), comma)
            pace = _fast_number(get("pace_m"), comma) if distance_unit == "pace" else None
            declination = (_fast_number(get("declination_deg"), comma)
                           if bearing_ref == "magnetic" else None)
        except (AttributeError, TypeError, ValueError):  # missing or not a number
            return None
        if not (0.0 <= bearing <= units.FULL_CIRCLE[bearing_unit]) or not distance > 0 \
                or (pace is not None and not 0.3 <= pace <= 1.5) \
                or (declination is not None and not -90 <= declination <= 90) \
                or distance * (pace or units.METRES_PER[distance_unit] or 1.0) > MAX_LEG_M:
            return None
        grid_crs = ""
        if bearing_ref == "grid":
            grid_crs = get("grid_crs", "")
            if not grid_crs or not self.crs_known(grid_crs) or self.crs_geographic(grid_crs):
                return None
        point = Point(row, values, record_id, point_id, point_type,
                      from_point=get("from_point", ""), bearing=bearing,
                      bearing_unit=bearing_unit, bearing_ref=bearing_ref,
                      declination_deg=declination, grid_crs=grid_crs, distance=distance,
                      distance_unit=distance_unit, pace_m=pace,
                      crs=get("crs", "") or DEFAULT_CRS)
        if point_type in ("RS", "RE"):  # a mine row's end: its row values, valid or checked
            point.row_id = get("row_id", "")
            point.mine_model = get("mine_model", "")
            try:
                count = _fast_number(get("mine_count"), comma) if get("mine_count") else None
                spacing = _fast_number(get("spacing_m"), comma) if get("spacing_m") else None
            except ValueError:
                return None
            if not point.row_id or not is_clean_id(point.row_id) or (count is not None and (
                    count < 0 or count != int(count) or count > MAX_MINES_PER_ROW)) \
                    or (spacing is not None and not 0 < spacing <= MAX_SPACING_M):
                return None
            point.mine_count = int(count) if count is not None else None
            point.spacing_m = spacing
        return point

    def _parse_checked(self, row, values):
        problems = []
        point = Point(row, values, values.get("record_id", ""), values.get("point_id", ""), "")

        def attempt(function, *args):
            try:
                return function(*args)
            except _Bad as bad:
                for one in getattr(bad, "problems", [bad]):
                    problems.append(Problem(row, point.record_id, point.point_id, one.field,
                                            one.message))
                return None

        for name in ("record_id", "point_id"):
            normalised, reason = normalise_id(getattr(point, name))
            if reason:
                problems.append(Problem(row, point.record_id, point.point_id, name,
                                        tr("{field} {reason}").format(field=name,
                                                                      reason=reason)))
            else:
                setattr(point, name, normalised)
        if not point.record_id:
            problems.append(Problem(row, "", point.point_id, "record_id",
                                    tr("record_id is empty: the row belongs to no record")))
        if not point.point_id:
            problems.append(Problem(row, point.record_id, "", "point_id",
                                    tr("point_id is empty")))
        point.point_type = attempt(
            _code, values, "point_type", POINT_TYPES, None,
            N_("unknown point_type '{value}' (use {allowed})")) or ""
        if not values.get("point_type"):
            problems.append(Problem(row, point.record_id, point.point_id, "point_type",
                                    tr("point_type is empty (use LM, BM, SP, TP, IP, EP, RS or "
                                       "RE)")))
        point.from_point = values.get("from_point", "")
        point.bearing_unit = attempt(
            _code, values, "bearing_unit", BEARING_UNITS, units.DEFAULT_BEARING_UNIT,
            N_("unknown bearing unit '{value}' (use {allowed})")) or ""
        point.bearing_ref = attempt(
            _code, values, "bearing_ref", units.BEARING_REFS, units.DEFAULT_BEARING_REF,
            N_("unknown bearing reference '{value}' (use {allowed})")) or ""
        point.distance_unit = attempt(
            _code, values, "distance_unit", DISTANCE_UNITS, units.DEFAULT_DISTANCE_UNIT,
            N_("unknown distance unit '{value}' (use {allowed})")) or ""
        x = attempt(_number, values, "x", self.decimal_comma)
        y = attempt(_number, values, "y", self.decimal_comma)
        point.crs = values.get("crs", "") or DEFAULT_CRS
        if (values.get("x") or values.get("y")) and (x is None) != (y is None) and \
                not [p for p in problems if p.field in ("x", "y")]:
            problems.append(Problem(row, point.record_id, point.point_id,
                                    "y" if x is not None else "x",
                                    tr("coordinates need both x and y")))
        if x is not None and y is not None:
            attempt(self._check_coordinates, point, x, y)
        if point.point_type == "LM" and not (values.get("x") or values.get("y")):
            problems.append(Problem(row, point.record_id, point.point_id, "x",
                                    tr("landmark {point} has no coordinates (x, y): a record "
                                       "starts from a landmark of known position").format(
                                           point=point.point_id or "LM")))
        if not point.absolute and point.point_type != "LM":
            attempt(self._check_measurement, point, values)
        if point.point_type in ("RS", "RE"):
            attempt(self._check_row_values, point, values)
        return point, problems

    def _check_coordinates(self, point, x, y):
        crs = point.crs
        if not self.crs_known(crs):
            raise _Bad("crs", tr("crs '{crs}' is not a coordinate reference system QGIS knows "
                                 "(write it as EPSG:code)").format(crs=crs))
        if crs.upper() in ("EPSG:4326", "WGS84") or self.crs_geographic(crs):
            if abs(x) > 1000 or abs(y) > 1000:
                raise _Bad("x", tr("x {x}, y {y} are metres, not degrees: give crs the grid "
                                   "they were measured in (e.g. EPSG:32638 for UTM 38N)").format(
                                       x=_fmt(x), y=_fmt(y)))
        if abs(x) > MAX_PROJECTED or abs(y) > MAX_PROJECTED:
            raise _Bad("x", tr("x {x}, y {y} are beyond any coordinate system").format(
                x=_fmt(x), y=_fmt(y)))
        if crs.upper() in ("EPSG:4326", "WGS84"):
            lon, lat = x, y
        else:
            try:
                lon, lat = self.projector.to_wgs84(crs, x, y)
            except Exception:
                raise _Bad("x", tr("x {x}, y {y} cannot be converted from {crs}").format(
                    x=x, y=y, crs=crs))
        if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
            raise _Bad("y", tr("latitude {lat} is out of range (−90 to 90); is x the "
                               "longitude and y the latitude?").format(lat=_fmt(lat)))
        if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
            raise _Bad("x", tr("longitude {lon} is out of range (−180 to 180)").format(
                lon=_fmt(lon)))
        bounds = self.projector.area_of_use(crs)
        if bounds and crs.upper() != "EPSG:4326":
            west, south, east, north = bounds
            m = AREA_OF_USE_MARGIN_DEG
            if not (west - m <= lon <= east + m and south - m <= lat <= north + m):
                raise _Bad("x", tr("x {x}, y {y} lie outside the area where {crs} is used "
                                   "({west}°–{east}° E, {south}°–{north}° N)").format(
                    x=_fmt(x), y=_fmt(y), crs=crs, west=_fmt(west), east=_fmt(east),
                    south=_fmt(south), north=_fmt(north)))
        point.x, point.y = x, y
        point.absolute = True
        point.lon, point.lat = lon, lat

    def _check_measurement(self, point, values):
        problems = []

        def collect(*args):
            try:
                return _number(values, *args)
            except _Bad as bad:
                problems.append(bad)

        bearing = collect("bearing", self.decimal_comma,
                          N_("bearing is missing (a point without x, y is measured by bearing "
                             "and distance)"))
        if bearing is not None and point.bearing_unit:
            if not units.bearing_in_range(bearing, point.bearing_unit):
                problems.append(_Bad("bearing", tr(
                    "bearing {value} is out of range for unit {unit} (0–{full})").format(
                        value=_fmt(bearing), unit=point.bearing_unit,
                        full=_fmt(units.FULL_CIRCLE[point.bearing_unit]))))
            else:
                point.bearing = bearing
        distance = collect("distance", self.decimal_comma, N_("distance is missing"))
        if distance is not None:
            if distance <= 0:
                problems.append(_Bad("distance", tr("distance {value} must be greater than 0")
                                     .format(value=_fmt(distance))))
            else:
                point.distance = distance
        if point.distance_unit == "pace":
            pace = collect("pace_m", self.decimal_comma, N_(
                "distance in paces needs pace_m (the length of one pace in metres)"))
            if pace is not None and not 0.3 <= pace <= 1.5:
                problems.append(_Bad("pace_m", tr("pace_m {value} is not a plausible pace "
                                                  "length (0.3–1.5 m)").format(value=_fmt(pace))))
            elif pace is not None:
                point.pace_m = pace
        if point.distance is not None and point.distance_unit:
            metres = point.distance * (point.pace_m if point.distance_unit == "pace"
                                       else units.METRES_PER[point.distance_unit] or 1.0) \
                if point.distance_unit != "pace" or point.pace_m else None
            if metres is not None and metres > MAX_LEG_M:
                problems.append(_Bad("distance", tr(
                    "distance {value} {unit} is {metres} m, longer than a recorded leg can be "
                    "({limit} m)").format(value=_fmt(point.distance), unit=point.distance_unit,
                                          metres=_fmt(round(metres)),
                                          limit=_fmt(MAX_LEG_M))))
                point.distance = None
        if point.bearing_ref == "magnetic":
            declination = collect("declination_deg", self.decimal_comma,
                                  N_("magnetic bearing needs declination_deg (magnetic "
                                     "declination, east positive)"))
            if declination is not None and not -90 <= declination <= 90:
                problems.append(_Bad("declination_deg", tr(
                    "declination_deg {value} is out of range (−90 to 90)").format(
                        value=_fmt(declination))))
            elif declination is not None:
                point.declination_deg = declination
        if point.bearing_ref == "grid":
            grid_crs = values.get("grid_crs", "")
            if not grid_crs:
                problems.append(_Bad("grid_crs", tr("grid bearing needs grid_crs (the projected "
                                                    "CRS of the grid, e.g. EPSG:32638)")))
            elif not self.crs_known(grid_crs):
                problems.append(_Bad("grid_crs", tr("grid_crs '{crs}' is not a coordinate "
                                                    "reference system QGIS knows").format(
                                                        crs=grid_crs)))
            elif self.crs_geographic(grid_crs):
                problems.append(_Bad("grid_crs", tr("grid_crs '{crs}' is in degrees; a grid "
                                                    "bearing needs a projected CRS, e.g. "
                                                    "EPSG:32638").format(crs=grid_crs)))
            else:
                point.grid_crs = grid_crs
        if problems:
            raise _Many(problems)

    def _check_row_values(self, point, values):
        problems = []
        point.row_id, reason = normalise_id(values.get("row_id", ""))
        if reason:
            problems.append(_Bad("row_id", tr("row_id {reason}").format(reason=reason)))
            point.row_id = ""
        elif not point.row_id:
            problems.append(_Bad("row_id", tr("{type} point needs row_id (the mine row it "
                                              "starts or ends)").format(type=point.point_type)))
        point.mine_model = values.get("mine_model", "")
        try:
            count = _number(values, "mine_count", self.decimal_comma)
            if count is not None:
                if count < 0 or count != int(count):
                    problems.append(_Bad("mine_count", tr("mine_count {value} must be a whole "
                                                          "number ≥ 0").format(value=_fmt(count))))
                elif count > MAX_MINES_PER_ROW:
                    problems.append(_Bad("mine_count", tr(
                        "mine_count {value} is more than a row can hold (at most {limit})")
                        .format(value=_fmt(count), limit=MAX_MINES_PER_ROW)))
                else:
                    point.mine_count = int(count)
        except _Bad as bad:
            problems.append(bad)
        try:
            spacing = _number(values, "spacing_m", self.decimal_comma)
            if spacing is not None:
                if spacing <= 0:
                    problems.append(_Bad("spacing_m", tr("spacing_m {value} must be greater "
                                                         "than 0").format(value=_fmt(spacing))))
                elif spacing > MAX_SPACING_M:
                    problems.append(_Bad("spacing_m", tr(
                        "spacing_m {value} is not a plausible spacing of mines (at most "
                        "{limit} m)").format(value=_fmt(spacing), limit=_fmt(MAX_SPACING_M))))
                else:
                    point.spacing_m = spacing
        except _Bad as bad:
            problems.append(bad)
        if problems:
            raise _Many(problems)


class _Many(_Bad):
    def __init__(self, problems):
        super().__init__(problems[0].field, problems[0].message)
        self.problems = problems


def normalise_date(text):
    """ISO date from YYYY-MM-DD or DD.MM.YYYY (the Soviet-era forms' habit); None if neither."""
    import datetime
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date().isoformat()
        except ValueError:
            pass
    return None


def _fmt(value):
    return f"{value:g}" if isinstance(value, float) else str(value)


# --- computing a record ----------------------------------------------------------------------
def _resolve_from(points):
    """Set measured_from: the written from_point, else the previous row of the record."""
    for index, point in enumerate(points):
        if point.absolute:
            point.measured_from = ""
        elif point.from_point:
            point.measured_from = point.from_point
        else:
            point.measured_from = points[index - 1].point_id if index else ""


def _record_problems(record_id, points):
    """Problems visible only with the whole record: ids, references, cycles, rows, counts."""
    problems = []
    seen = {}
    for point in points:
        if point.point_id in seen:
            problems.append(Problem(point.row, record_id, point.point_id, "point_id", tr(
                "point_id {point} appears twice in record {record} (rows {first} and {row})")
                .format(point=point.point_id, record=record_id, first=seen[point.point_id],
                        row=point.row)))
        else:
            seen[point.point_id] = point.row
    by_id = {p.point_id: p for p in points}
    for point in points:
        if point.absolute or point.point_type == "LM":
            continue
        if not point.measured_from:
            problems.append(Problem(point.row, record_id, point.point_id, "from_point", tr(
                "the first point of a record needs coordinates (x, y) or a from_point")))
        elif point.measured_from not in by_id:
            problems.append(Problem(point.row, record_id, point.point_id, "from_point", tr(
                "from_point {ref} is not a point of record {record}").format(
                    ref=point.measured_from, record=record_id)))
    position = {p.point_id: i for i, p in enumerate(points)}
    # a loop needs a point measured from a later one: the usual record (each point from an
    # earlier one) cannot have one, and is not walked
    backwards = any(p.measured_from and not p.absolute and
                    position.get(p.measured_from, -1) >= i for i, p in enumerate(points))
    if not problems and backwards:  # followed only once every id is unique and known
        for point in points:
            chain, current = [point.point_id], point
            while current.measured_from and not current.absolute:
                current = by_id[current.measured_from]
                if current.point_id in chain:
                    loop = chain[chain.index(current.point_id):] + [current.point_id]
                    problems.append(Problem(point.row, record_id, point.point_id, "from_point",
                                            tr("from_point chain loops: {chain}").format(
                                                chain=" → ".join(loop))))
                    break
                chain.append(current.point_id)
            if problems and problems[-1].field == "from_point":
                break
    if not any(p.absolute for p in points):
        problems.append(Problem(points[0].row, record_id, "", "x", tr(
            "record {record} has no point with coordinates: add the landmark's x and y")
            .format(record=record_id)))
    perimeter = [p for p in points if p.point_type in PERIMETER_TYPES]
    if len(perimeter) < 3:
        problems.append(Problem(points[0].row, record_id, "", "point_type", tr(
            "record {record} has {count} perimeter points (SP, TP, IP, EP); at least 3 are "
            "needed for an area").format(record=record_id, count=len(perimeter))))
    row_ends = {}
    for point in points:
        if point.point_type in ("RS", "RE") and point.row_id:
            ends = row_ends.setdefault(point.row_id, {})
            if point.point_type in ends:
                problems.append(Problem(point.row, record_id, point.point_id, "point_type", tr(
                    "mine row {row_id} has more than one {type}").format(
                        row_id=point.row_id, type=point.point_type)))
            ends[point.point_type] = point
    for row_id, ends in row_ends.items():
        for missing, present in (("RE", "RS"), ("RS", "RE")):
            if missing not in ends:
                there = ends[present]
                problems.append(Problem(there.row, record_id, there.point_id, "point_type", tr(
                    "mine row {row_id} has its {present} but no {missing}").format(
                        row_id=row_id, present=present, missing=missing)))
        if "RS" in ends and "RE" in ends:
            for name in ("mine_model", "mine_count", "spacing_m"):
                if not (getattr(ends["RS"], name) or getattr(ends["RE"], name)) and \
                        getattr(ends["RS"], name) != 0:
                    problems.append(Problem(ends["RS"].row, record_id, ends["RS"].point_id,
                                            name, tr("mine row {row_id} has no {field}").format(
                                                row_id=row_id, field=name)))
    return problems


def _locate(points, geodesy, projector):
    """Compute lat/lon of every point, following from_point chains (no cycles by now)."""
    by_id = {p.point_id: p for p in points}
    done = {p.point_id for p in points if p.absolute}
    for point in points:
        pending = []
        current = point
        while current.point_id not in done:
            pending.append(current)
            current = by_id[current.measured_from]
        for target in reversed(pending):
            origin = by_id[target.measured_from]
            _measure(origin, target, geodesy, projector)
            done.add(target.point_id)


def _measure(origin, point, geodesy, projector):
    angle = units.bearing_to_degrees(point.bearing, point.bearing_unit)
    metres = units.distance_to_metres(point.distance, point.distance_unit, point.pace_m)
    point.distance_m = metres
    point.traverse_m = origin.traverse_m + metres
    if point.bearing_ref == "grid":
        x0, y0 = projector.from_wgs84(point.grid_crs, origin.lon, origin.lat)
        theta = math.radians(angle)
        point.lon, point.lat = projector.to_wgs84(point.grid_crs, x0 + metres * math.sin(theta),
                                                  y0 + metres * math.cos(theta))
        point.azimuth_deg = angle
        return
    if point.bearing_ref == "magnetic":
        angle += point.declination_deg
    point.azimuth_deg = angle % 360.0
    point.lat, point.lon = geodesy.direct(origin.lat, origin.lon, point.azimuth_deg, metres)


def _build_rows(record, geodesy):
    ends = {}
    for point in record.points:
        if point.point_type in ("RS", "RE"):
            ends.setdefault(point.row_id, {})[point.point_type] = point
    for row_id, pair in ends.items():
        start, end = pair["RS"], pair["RE"]
        model = start.mine_model or end.mine_model
        count = start.mine_count if start.mine_count is not None else end.mine_count
        spacing = start.spacing_m or end.spacing_m
        category = mine_catalogue.category(model)
        if category is None:
            record.warnings.append(tr("mine model '{model}' of row {row_id} is not in the "
                                      "catalogue: category left empty").format(
                                          model=model, row_id=row_id))
        length, azimuth = geodesy.inverse(start.lat, start.lon, end.lat, end.lon)
        row = MineRow(row_id, start, end, mine_catalogue.canonical_model(model) or model,
                      category, count, spacing, length)
        if count >= 2:
            # a row of n mines at spacing s is (n - 1) s long; a spacing either way is normal
            row.expected_length_m = (count - 1) * spacing
            row.length_mismatch = abs(length - row.expected_length_m) > spacing
            if row.length_mismatch:
                record.warnings.append(tr(
                    "row {row_id}: {count} mines at {spacing} m need {expected} m but the row "
                    "is {length} m long").format(row_id=row_id, count=count,
                                                 spacing=_fmt(spacing),
                                                 expected=f"{row.expected_length_m:.1f}",
                                                 length=f"{length:.1f}"))
        row.azimuth_deg = azimuth
        record.rows.append(row)


def _compute_record(record_id, points, geodesy, projector):
    """A Record, or the problems that reject it."""
    _resolve_from(points)
    problems = _record_problems(record_id, points)
    if problems:
        return None, problems
    for seq, point in enumerate(points, 1):
        point.seq = seq
    _locate(points, geodesy, projector)
    record = Record(record_id, points)
    record.perimeter = [p for p in points if p.point_type in PERIMETER_TYPES]
    ring = [(p.lat, p.lon) for p in record.perimeter]
    plane = local_xy(ring)
    closed_crosses = segments_cross(plane)  # the usual case, a simple polygon, ends here
    if closed_crosses and segments_cross(plane, closed=False):
        # the measured legs themselves cross: the record contradicts itself
        return None, [Problem(record.perimeter[0].row, record_id, record.perimeter[0].point_id,
                              "bearing", tr("the perimeter of record {record} crosses itself: "
                                            "check the bearings and distances of its turning "
                                            "points").format(record=record_id))]
    if closed_crosses:
        # only the unmeasured closing edge (last point back to the start) crosses a leg: the
        # record is kept as written, and the officer is told to check the closure
        record.warnings.append(tr("the straight closing edge from {last} back to {first} "
                                  "crosses a measured leg: the area is not closed as drawn; "
                                  "check the record in the field").format(
                                      last=record.perimeter[-1].point_id,
                                      first=record.perimeter[0].point_id))
    record.area_m2, record.perimeter_m = geodesy.area_perimeter([(lon, lat) for lat, lon in ring])
    end_points = [p for p in record.perimeter if p.point_type == "EP"]
    if end_points:
        sp = record.perimeter[0]
        record.misclosure_m = geodesy.inverse(end_points[-1].lat, end_points[-1].lon,
                                              sp.lat, sp.lon)[0]
    columns = points[0].values
    for name in RECORD_ATTRIBUTES:
        if name not in columns:  # the table has no such column: nothing to look for
            continue
        point = next((p for p in points if p.values.get(name)), None)
        if point is None:
            continue
        value = point.values[name]
        if name == "date_laid":
            value = normalise_date(value)
            if value is None:
                return None, [Problem(point.row, record_id, point.point_id, name, tr(
                    "date_laid '{value}' is not a date (write YYYY-MM-DD or DD.MM.YYYY)").format(
                        value=point.values[name]))]
        record.attributes[name] = value
    record.declination_deg = next((p.declination_deg for p in points
                                   if p.declination_deg is not None), None)
    _build_rows(record, geodesy)
    return record, []


def reject_rows(record_id, points, record_problems):
    """Every row of a rejected record with its own problems, or a pointer to the record's."""
    by_row = {}
    for problem in record_problems:
        by_row.setdefault(problem.row, []).append(problem)
    first_bad = min(p.row for p in record_problems)
    rows = []
    for point in points:
        own = by_row.get(point.row, [])
        reasons = [p.message for p in own] or [tr(
            "not imported: record {record} has errors (row {row})").format(
                record=record_id, row=first_bad)]
        rows.append((point.row, point.values, record_id, "; ".join(p.field for p in own),
                     "; ".join(reasons)))
    return rows


def compute_records(table, geodesy, projector, progress=None, is_cancelled=None,
                    on_chunk=None, chunk_size=250):
    """Check and compute every record of a Table (core/record_table.py).

    on_chunk(records), if given, receives the accepted records a few hundred at a time as
    they are computed (the database writer works on them meanwhile)."""
    checker = _RowChecker(projector, table.decimal_comma)
    # rows grouped by record first (a record's rows need not be together in the file), then
    # each record parsed and computed in turn: the first chunk reaches the database writer
    # at once rather than after every row of the file is parsed
    groups, order, problems, rejected = {}, [], [], []
    for row, values in table.rows:
        record_id = values.get("record_id")
        if not record_id:
            _, row_problems = checker.parse(row, values)
            problems += row_problems
            rejected.append((row, values, "", "; ".join(p.field for p in row_problems),
                             "; ".join(p.message for p in row_problems)))
            continue
        if record_id not in groups:
            groups[record_id] = []
            order.append(record_id)
        groups[record_id].append((row, values))
    records = []
    for index, record_id in enumerate(order):
        if is_cancelled and is_cancelled():
            return ImportResult(records, problems, rejected, table.headers, cancelled=True)
        points, record_problems = [], []
        for row, values in groups.pop(record_id):
            point, row_problems = checker.parse(row, values)
            points.append(point)
            record_problems += row_problems
        record = None
        if not record_problems:
            record, record_problems = _compute_record(record_id, points, geodesy, projector)
        if record is not None:
            records.append(record)
            if on_chunk and len(records) % chunk_size == 0:
                on_chunk(records[-chunk_size:])
        else:
            problems += record_problems
            rejected += reject_rows(record_id, points, record_problems)
        if progress and index % 50 == 0:
            progress(index / max(len(order), 1))
    if on_chunk and len(records) % chunk_size:
        on_chunk(records[-(len(records) % chunk_size):])
    rejected.sort(key=lambda item: item[0])
    return ImportResult(records, problems, rejected, table.headers)
