"""Minefield records: from table rows (bearings and distances) to checked geometry.

Follows shared/spec/minefield-records.md. A record with any problem is rejected whole and every
one of its rows is returned in `rejected` with the reasons, so nothing is lost; the other
records of the file are computed. Geodesy and CRS conversion are passed in (core/geodesy.py).
"""
import math

from . import mine_catalogue, units
from .geodesy import local_xy, segments_cross
from .i18n import tr
from .record_model import (
    PERIMETER_TYPES,
    RECORD_ATTRIBUTES,
    ImportResult,
    MineRow,
    Problem,
    Record,
)
from .record_rows import RowChecker, normalise_date, shown_number


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
                                                 spacing=shown_number(spacing),
                                                 expected=f"{row.expected_length_m:.1f}",
                                                 length=f"{length:.1f}"))
        row.azimuth_deg = azimuth
        record.rows.append(row)


def compute_record(record_id, points, geodesy, projector):
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
    checker = RowChecker(projector, table.decimal_comma)
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
            record, record_problems = compute_record(record_id, points, geodesy, projector)
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
