"""Where warning signs stand along a marking line (planar, in metres).

IMAS 08.40 / national standard: a sign at the start, one at every corner, and enough between
them that a person approaching always sees one: no gap along the line exceeds the spacing.
Pure geometry on a line in a metric CRS; callers project to and from it.
"""
import math


def turn_deg(a, b, c):
    """How far the direction turns at b going a → b → c, in degrees (0 = straight on)."""
    heading_in = math.atan2(b[1] - a[1], b[0] - a[0])
    heading_out = math.atan2(c[1] - b[1], c[0] - b[0])
    turn = math.degrees(heading_out - heading_in)
    return abs((turn + 180.0) % 360.0 - 180.0)


def _length(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


def place_signs(vertices, spacing, corner_angle, closed):
    """[(x, y, chainage, is_corner, vertex_index_or_None, tangent (dx, dy))] along a line.

    vertices: [(x, y)] in metres; a closed line repeats its first vertex at the end or not.
    Corners are vertices turning by at least corner_angle (for a closed line the start counts
    too); between fixed signs (start, corners, end), signs are spread evenly so no gap is
    longer than spacing.
    """
    points = [tuple(v) for v in vertices]
    if closed and len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if len(points) < 2:
        return []
    n = len(points)
    path = points + [points[0]] if closed else points
    chainage = [0.0]
    for i in range(1, len(path)):
        chainage.append(chainage[-1] + _length(path[i - 1], path[i]))
    total = chainage[-1]
    if total <= 0:
        return []
    corners = set()
    for i in range(n):
        if not closed and i in (0, n - 1):
            continue
        if turn_deg(points[i - 1], points[i], points[(i + 1) % n]) >= corner_angle:
            corners.add(i)
    fixed = sorted({0} | corners | ({len(path) - 1} if not closed else set()))
    stops = [(chainage[i], i) for i in fixed]
    if closed:
        stops.append((total, None))  # back at the start: no second sign there
    signs = []
    for (start, index), (end, _) in zip(stops, stops[1:]):
        signs.append((start, index))
        pieces = max(1, math.ceil((end - start) / spacing - 1e-9))
        for k in range(1, pieces):
            signs.append((start + (end - start) * k / pieces, None))
    if not closed:
        signs.append(stops[-1])
    result = []
    for distance, index in signs:
        x, y, _ = _at(path, chainage, distance)
        result.append((x, y, distance, index in corners if index is not None else False, index,
                       _tangent(path, chainage, total, distance, closed)))
    return result


def _tangent(path, chainage, total, distance, closed, step=1.0):
    """Direction of the line around `distance` (over ±step m): at a corner, the bisector."""
    def at(d):
        if closed:
            d %= total
        else:
            d = min(max(d, 0.0), total)
        return _at(path, chainage, d)[:2]
    (x0, y0), (x1, y1) = at(distance - step), at(distance + step)
    norm = math.hypot(x1 - x0, y1 - y0) or 1.0
    return (x1 - x0) / norm, (y1 - y0) / norm


def _at(path, chainage, distance):
    """Point and unit direction at `distance` along the path."""
    for i in range(1, len(path)):
        if distance <= chainage[i] or i == len(path) - 1:
            length = chainage[i] - chainage[i - 1]
            t = 0.0 if length == 0 else (distance - chainage[i - 1]) / length
            (x0, y0), (x1, y1) = path[i - 1], path[i]
            norm = math.hypot(x1 - x0, y1 - y0) or 1.0
            return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, ((x1 - x0) / norm, (y1 - y0) / norm))
    raise ValueError(distance)


def azimuth_deg(dx, dy):
    """Grid azimuth of a direction (dx east, dy north), clockwise from north."""
    return math.degrees(math.atan2(dx, dy)) % 360.0
