"""Minefield records against geodesic truth, and every class of bad input the spec names."""
import csv
import io
import json
import os

import pytest

from mineaction_plugin.core import record_rows, record_table, records
from mineaction_plugin.core.geodesy import PyprojGeodesy, PyprojProjector

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")
GEOD = PyprojGeodesy()
PROJ = PyprojProjector()


def compute_bytes(data, name="test.csv"):
    return records.compute_records(record_table.read_csv_bytes(data, name), GEOD, PROJ)


def compute_file(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return compute_bytes(f.read(), name)


def truth():
    with open(os.path.join(DATA, "records_truth.json")) as f:
        return json.load(f)


def assert_matches_truth(result, expected_ids=None):
    expected = truth()
    ids = sorted(r.record_id for r in result.records)
    assert ids == sorted(expected_ids or [k for k in expected if k.startswith("MF-")])
    for record in result.records:
        t = expected[record.record_id]
        for point in record.points:
            lat, lon = t["points"][point.point_id]
            error = GEOD.inverse(lat, lon, point.lat, point.lon)[0]
            assert error <= 0.10 + 0.0001 * point.traverse_m, (record.record_id, point.point_id)
        assert [p.point_id for p in record.perimeter] == t["perimeter"]
        assert record.area_m2 == pytest.approx(t["area_m2"], abs=0.01)
        rows = {r.row_id: r for r in record.rows}
        for row in t["rows"]:
            assert rows[row["row_id"]].mine_category == row["category"]
            assert rows[row["row_id"]].mine_count == row["mine_count"]
            assert rows[row["row_id"]].mine_model == row["mine_model"]


def test_sample_records_reproduce_the_geodesic_truth():
    result = compute_file("records.csv")
    assert result.problems == [] and result.rejected == []
    assert_matches_truth(result)


def semicolon_version(data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for row in rows:
        writer.writerow([v.replace(".", ",") if v.replace(".", "").replace("-", "").isdigit()
                         else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def test_semicolon_and_decimal_comma_with_bom_give_the_same_geometry():
    with open(os.path.join(DATA, "records.csv"), "rb") as f:
        data = semicolon_version(f.read())
    assert b"47,2691893" in data and b";" in data
    result = compute_bytes(data)
    assert result.problems == []
    assert_matches_truth(result)


def test_mixed_file_imports_exactly_the_good_records_and_explains_every_bad_one():
    with open(os.path.join(DATA, "records_mixed_bad_expect.json")) as f:
        expect = json.load(f)
    result = compute_file("records_mixed_bad.csv")
    assert sorted(r.record_id for r in result.records) == sorted(expect["good"])
    assert_matches_truth(result, expect["good"])
    assert result.rejected_record_ids == sorted(expect["bad"])
    reasons = {bad: " ".join(p.message for p in result.problems if p.record_id == bad)
               for bad in expect["bad"]}
    keywords = {"bearing out of range": "out of range for unit deg",
                "negative distance": "must be greater than 0",
                "unknown from_point": "from_point TP99 is not a point",
                "landmark without coordinates": "has no coordinates",
                "magnetic bearing without declination": "needs declination_deg",
                "unknown bearing unit": "unknown bearing unit 'mils'",
                "duplicate point_id": "appears twice",
                "non-numeric distance": "'approx 40' is not a number",
                "latitude out of range": "latitude 123.4 is out of range",
                "unknown point_type": "unknown point_type 'XX'",
                "pace without pace length": "needs pace_m",
                "too few perimeter points": "at least 3 are needed"}
    for record_id, why in expect["bad"].items():
        assert keywords[why] in reasons[record_id], (record_id, reasons[record_id])
    # nothing lost: every row is either imported or returned with its reason
    with open(os.path.join(DATA, "records_mixed_bad.csv"), encoding="utf-8") as f:
        total = sum(1 for _ in f) - 1
    imported = sum(len(r.points) for r in result.records)
    assert imported + len(result.rejected) == total
    assert all(reason for *_, reason in result.rejected)
    rows = {row for row, *_ in result.rejected}
    assert 16 in rows  # the row with bearing 400 is named by its file row number


HEADER = ("record_id,point_id,point_type,from_point,bearing,bearing_unit,bearing_ref,distance,"
          "distance_unit,pace_m,x,y,crs,declination_deg,grid_crs,row_id,mine_model,mine_count,"
          "spacing_m")


def square(**changes):
    """A small valid record (true bearings, metres) with per-row overrides {point_id: {...}}."""
    base = [
        dict(point_id="LM1", point_type="LM", x="47.0", y="40.0"),
        dict(point_id="SP", point_type="SP", bearing="45", distance="100"),
        dict(point_id="TP1", point_type="TP", bearing="90", distance="50"),
        dict(point_id="TP2", point_type="TP", bearing="180", distance="50"),
        dict(point_id="TP3", point_type="TP", bearing="270", distance="50"),
        dict(point_id="R1S", point_type="RS", from_point="SP", bearing="135", distance="10",
             row_id="R1", mine_model="PMN-2", mine_count="5", spacing_m="5"),
        dict(point_id="R1E", point_type="RE", from_point="R1S", bearing="90", distance="20",
             row_id="R1", mine_model="PMN-2", mine_count="5", spacing_m="5"),
    ]
    lines = [HEADER]
    columns = HEADER.split(",")
    for row in base:
        row = dict(row, **changes.get(row["point_id"], {}))
        row.setdefault("bearing_ref", "true")
        row.setdefault("record_id", "MF-T")
        if row.get("drop"):
            continue
        lines.append(",".join(str(row.get(c, "")) for c in columns))
    for extra in changes.get("_extra", []):
        lines.append(",".join(str(dict(record_id="MF-T", bearing_ref="true", **extra).get(c, ""))
                              for c in columns))
    return ("\n".join(lines) + "\n").encode()


def problems_of(data):
    result = compute_bytes(data)
    return result, [(p.row, p.field, p.message) for p in result.problems]


def test_a_valid_square_is_computed_with_rows_and_mines():
    result, problems = problems_of(square())
    assert problems == []
    record = result.records[0]
    assert record.area_m2 == pytest.approx(2500, rel=1e-3)
    assert record.perimeter_m == pytest.approx(200, rel=1e-3)
    row = record.rows[0]
    assert row.length_m == pytest.approx(20, abs=1e-6)
    assert row.mine_category == "AP" and not row.length_mismatch
    mines = row.mines(GEOD)
    assert len(mines) == 5
    last = mines[-1]
    assert GEOD.inverse(row.end.lat, row.end.lon, *last)[0] == pytest.approx(0, abs=1e-6)


@pytest.mark.parametrize("changes, field, words", [
    ({"TP1": {"bearing": "400"}}, "bearing", "bearing 400 is out of range for unit deg (0–360)"),
    ({"TP1": {"bearing": "6500", "bearing_unit": "mil6400"}}, "bearing", "unit mil6400"),
    ({"TP1": {"bearing": "6100", "bearing_unit": "mil6000"}}, "bearing", "unit mil6000"),
    ({"TP1": {"bearing": "401", "bearing_unit": "grad"}}, "bearing", "unit grad"),
    ({"TP1": {"distance": "0"}}, "distance", "distance 0 must be greater than 0"),
    ({"TP1": {"distance": "ten"}}, "distance", "'ten' is not a number"),
    ({"TP1": {"distance": ""}}, "distance", "distance is missing"),
    ({"TP1": {"from_point": "TP9"}}, "from_point", "from_point TP9 is not a point"),
    ({"TP1": {"from_point": "TP2"}, "TP2": {"from_point": "TP1"}}, "from_point",
     "loops: TP1 → TP2 → TP1"),
    ({"LM1": {"x": "", "y": ""}}, "x", "landmark LM1 has no coordinates"),
    ({"TP1": {"bearing_ref": "magnetic"}}, "declination_deg", "needs declination_deg"),
    ({"TP1": {"bearing_ref": "grid"}}, "grid_crs", "grid bearing needs grid_crs"),
    ({"TP1": {"bearing_ref": "grid", "grid_crs": "EPSG:999999"}}, "grid_crs", "not a coordinate"),
    ({"TP1": {"bearing_unit": "mils"}}, "bearing_unit", "unknown bearing unit 'mils'"),
    ({"TP1": {"bearing_ref": "compass"}}, "bearing_ref", "unknown bearing reference 'compass'"),
    ({"TP1": {"distance_unit": "yd"}}, "distance_unit", "unknown distance unit 'yd'"),
    ({"TP1": {"point_type": "XX"}}, "point_type", "unknown point_type 'XX'"),
    ({"TP2": {"point_id": "TP1"}}, "point_id", "point_id TP1 appears twice"),
    ({"LM1": {"y": "123"}}, "y", "latitude 123 is out of range"),
    ({"LM1": {"x": "2000000", "y": "4400000", "crs": "EPSG:32638"}}, "x",
     "outside the area where EPSG:32638 is used"),
    ({"LM1": {"crs": "EPSG:999999"}}, "crs", "not a coordinate reference system"),
    ({"TP1": {"distance_unit": "pace"}}, "pace_m", "needs pace_m"),
    ({"TP2": {"drop": True}, "TP3": {"drop": True}}, "point_type", "at least 3 are needed"),
    ({"TP1": {"bearing": "90", "distance": "100"}, "TP2": {"bearing": "225", "distance": "70.7"},
      "TP3": {"bearing": "0", "distance": "100"}}, "bearing", "crosses itself"),
    ({"R1E": {"drop": True}}, "point_type", "mine row R1 has its RS but no RE"),
    ({"R1S": {"drop": True}}, "from_point", "from_point R1S is not a point"),
    ({"R1S": {"row_id": ""}}, "row_id", "needs row_id"),
])
def test_each_bad_input_is_reported_with_row_field_and_reason(changes, field, words):
    result, problems = problems_of(square(**changes))
    assert result.records == []
    assert any(f == field and words in message for _, f, message in problems), problems
    assert all(row for row, _, _ in problems)
    assert len(result.rejected) == len(square(**changes).splitlines()) - 1


def test_units_and_references_convert_exactly():
    # SP 100 m at 45° in each unit and reference: the same place every time
    reference = problems_of(square())[0].records[0].points[1]
    variants = [
        {"SP": {"bearing": "800", "bearing_unit": "mil6400"}},
        {"SP": {"bearing": "750", "bearing_unit": "mil6000"}},
        {"SP": {"bearing": "50", "bearing_unit": "grad"}},
        {"SP": {"distance": str(100 / 0.3048), "distance_unit": "ft"}},
        {"SP": {"distance": "125", "distance_unit": "pace", "pace_m": "0.8"}},
        {"SP": {"bearing": "40", "bearing_ref": "magnetic", "declination_deg": "5"}},
    ]
    for changes in variants:
        result, problems = problems_of(square(**changes))
        assert problems == [], changes
        sp = result.records[0].points[1]
        assert GEOD.inverse(reference.lat, reference.lon, sp.lat, sp.lon)[0] < 1e-6, changes


def test_grid_bearings_are_planar_offsets_in_the_grid_crs():
    result, problems = problems_of(square(SP={"bearing_ref": "grid", "grid_crs": "EPSG:32638"}))
    assert problems == []
    lm, sp = result.records[0].points[:2]
    x0, y0 = PROJ.from_wgs84("EPSG:32638", lm.lon, lm.lat)
    x1, y1 = PROJ.from_wgs84("EPSG:32638", sp.lon, sp.lat)
    assert (x1 - x0, y1 - y0) == pytest.approx((100 * 2 ** -0.5, 100 * 2 ** -0.5), abs=1e-6)


def test_pulkovo_gauss_kruger_landmarks_are_transformed():
    lon, lat = 47.0, 40.0
    x, y = PROJ.from_wgs84("EPSG:28408", lon, lat)
    result, problems = problems_of(square(LM1={"x": f"{x:.3f}", "y": f"{y:.3f}",
                                               "crs": "EPSG:28408"}))
    assert problems == []
    lm = result.records[0].points[0]
    assert GEOD.inverse(lat, lon, lm.lat, lm.lon)[0] < 0.01


def test_an_unmeasured_closing_edge_that_crosses_is_a_warning_not_a_rejection():
    result = compute_file("records.csv")
    record = next(r for r in result.records if r.record_id == "MF-12-0006")
    assert any("closing edge" in w for w in record.warnings)


def test_row_length_disagreeing_with_count_and_spacing_is_flagged():
    result, problems = problems_of(square(R1S={"mine_count": "12"}, R1E={"mine_count": "12"}))
    assert problems == []
    row = result.records[0].rows[0]
    assert row.length_mismatch and row.expected_length_m == 55
    assert any("need 55.0 m" in w for w in result.records[0].warnings)


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"record_id,point_id\nA,B\n", "required columns are missing: point_type"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text table"),
    ("record_id,point_id,point_type\nMF-1,LM1,LM,Gəncə\n".encode("cp1251", "replace")
     + b"\xe9\xff\n", "not UTF-8"),
    (b"just some words\nand more words\n", "does not look like a table"),
    (b"record_id,point_id,point_type\n", "no rows"),
])
def test_unreadable_files_fail_with_a_clear_message(data, words):
    with pytest.raises(record_table.TableError, match=words):
        record_table.read_csv_bytes(data, "upload.csv")


def test_the_fast_row_reader_agrees_with_the_checking_one():
    """Rows read by the fast path must give exactly what the full checks give."""
    checker = record_rows.RowChecker(PROJ, decimal_comma=False)
    fast_rows = 0
    for name in ("records.csv", "records_mixed_bad.csv"):
        with open(os.path.join(DATA, name), "rb") as f:
            table = record_table.read_csv_bytes(f.read(), name)
        for row, values in table.rows:
            fast = checker._parse_measured(row, values)
            checked, problems = checker._parse_checked(row, values)
            if fast is not None:
                fast_rows += 1
                assert problems == [] and fast == checked, (name, row)
    assert fast_rows > 300
    # decimal commas too
    checker = record_rows.RowChecker(PROJ, decimal_comma=True)
    values = {"record_id": "A", "point_id": "TP1", "point_type": "tp", "bearing": "12,5",
              "distance": "3,25", "bearing_ref": "True"}
    assert checker._parse_measured(2, values) == checker._parse_checked(2, values)[0]
    assert checker._parse_measured(2, dict(values, distance="-1")) is None
