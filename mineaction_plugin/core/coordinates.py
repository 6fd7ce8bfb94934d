"""Coordinates as a field team reads them: degrees-minutes-seconds, UTM zone, turning points.

Pure logic for the task sheet's turning-point table (core/task_sheet.py builds the rows).
"""


def dms(value, positive, negative, decimals=2):
    """47.2691893 → 47°16'09.08"E (hemisphere letter from positive/negative)."""
    letter = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes_float = (value - degrees) * 60
    minutes = int(minutes_float)
    seconds = round((minutes_float - minutes) * 60, decimals)
    if seconds >= 60:  # rounding carried into the next minute
        seconds -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        degrees += 1
    width = 3 + decimals if decimals else 2
    return f"{degrees}°{minutes:02d}'{seconds:0{width}.{decimals}f}\"{letter}"


def latitude_dms(lat, decimals=2):
    return dms(lat, "N", "S", decimals)


def longitude_dms(lon, decimals=2):
    return dms(lon, "E", "W", decimals)


def utm_zone(lon, lat):
    """(zone number, 'N' or 'S', EPSG code) of the UTM zone holding lon, lat."""
    zone = min(60, int((lon + 180) // 6) + 1)
    north = lat >= 0
    return zone, "N" if north else "S", (32600 if north else 32700) + zone


def clockwise(ring):
    """True when a ring of (x, y) (first point not repeated) runs clockwise."""
    area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))
    return area2 < 0


def turning_points(ring):
    """The vertices of a task area numbered TP1, TP2, … clockwise from the northernmost.

    ring: [(lon, lat)] with or without the closing repeat. Returns [(name, lon, lat)].
    """
    points = list(ring)
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if not clockwise(points):
        points.reverse()
    start = max(range(len(points)), key=lambda i: (points[i][1], -points[i][0]))
    points = points[start:] + points[:start]
    return [(f"TP{i}", lon, lat) for i, (lon, lat) in enumerate(points, 1)]


def mils(degrees):
    """Degrees to NATO mils (6400 to the circle), as compasses of field teams read."""
    return round(degrees * 6400 / 360) % 6400


def safe_file_name(text):
    """A task id as a file name: letters, digits, dot, dash, underscore only."""
    cleaned = "".join(c if c.isalnum() and c.isascii() or c in "._-" else "_" for c in text)
    return cleaned.strip("._") or "task"
