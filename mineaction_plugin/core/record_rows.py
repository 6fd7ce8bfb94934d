"""Minefield record table rows read and checked one by one: numbers as people write them,
codes, ids, dates and the plausible ranges of the spec. Each bad value is a Problem naming the
row, the field and the reason.

Why this file is long: one RowChecker holds every rule of the spec for a row, in the order a
row is read; split, the rules for one field would live apart from the others they depend on.
"""
import math
import re

from . import units
from .i18n import N_, tr
from .identifiers import is_clean_id, normalise_id
from .record_model import (
    AREA_OF_USE_MARGIN_DEG,
    BEARING_UNITS,
    DEFAULT_CRS,
    DISTANCE_UNITS,
    MAX_LEG_M,
    MAX_MINES_PER_ROW,
    MAX_PROJECTED,
    MAX_SPACING_M,
    POINT_TYPES,
    Point,
    Problem,
)

_POINT_TYPE = {code.lower(): code for code in POINT_TYPES}
_BEARING_UNIT = {code.lower(): code for code in BEARING_UNITS}
_BEARING_REF = {code.lower(): code for code in units.BEARING_REFS}
_DISTANCE_UNIT = {code.lower(): code for code in DISTANCE_UNITS}
_NUMBER_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?")


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


class RowChecker:
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


def shown_number(value):
    """A number as the officer wrote it, in a message (no trailing .0)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


_fmt = shown_number   # short: it fills many messages above
