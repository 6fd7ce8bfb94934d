"""Bearing and distance units of minefield records (shared/spec/minefield-records.md)."""

# one full circle in each bearing unit
FULL_CIRCLE = {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0, "grad": 400.0}
BEARING_REFS = ("magnetic", "true", "grid")
# metres per unit; a pace has no fixed length: each record states its own pace_m
METRES_PER = {"m": 1.0, "ft": 0.3048, "pace": None}

DEFAULT_BEARING_UNIT = "deg"
DEFAULT_BEARING_REF = "magnetic"
DEFAULT_DISTANCE_UNIT = "m"


def bearing_in_range(value, unit):
    return 0.0 <= value <= FULL_CIRCLE[unit]


def bearing_to_degrees(value, unit):
    return value * 360.0 / FULL_CIRCLE[unit]


def distance_to_metres(value, unit, pace_m=None):
    factor = pace_m if unit == "pace" else METRES_PER[unit]
    return value * factor


def degrees_to_bearing(degrees, unit):
    return degrees * FULL_CIRCLE[unit] / 360.0
