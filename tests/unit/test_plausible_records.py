"""Plausible values or a clear refusal: numbers as people write them, bounded legs and rows,
projected grids, degrees that are metres, ids without hidden characters (issue 13)."""
import unicodedata

import pytest

from mineaction_plugin.core import record_rows, record_table
from mineaction_plugin.core.identifiers import normalise_id

from test_records import PROJ, compute_bytes, problems_of, square


@pytest.mark.parametrize("changes, field, words", [
    ({"TP1": {"distance": "1e308", "distance_unit": "pace", "pace_m": "0.75"}}, "distance",
     "longer than a recorded leg can be"),
    ({"TP1": {"distance": "25000"}}, "distance", "longer than a recorded leg can be"),
    ({"TP1": {"distance": "1_0"}}, "distance", "'1_0' is not a number"),
    ({"TP1": {"bearing": "1_0"}}, "bearing", "'1_0' is not a number"),
    ({"TP1": {"bearing": "nan"}}, "bearing", "'nan' is not a number"),
    ({"TP1": {"distance": "inf"}}, "distance", "'inf' is not a number"),
    ({"TP1": {"distance": "١٢"}}, "distance", "is not a number"),   # Arabic-Indic digits
    ({"R1S": {"mine_count": "1e19"}, "R1E": {"mine_count": "1e19"}}, "mine_count",
     "more than a row can hold"),
    ({"R1S": {"mine_count": "5000000"}, "R1E": {"mine_count": "5000000"}}, "mine_count",
     "more than a row can hold"),
    ({"R1S": {"spacing_m": "1e9"}, "R1E": {"spacing_m": "1e9"}}, "spacing_m",
     "not a plausible spacing"),
    ({"TP1": {"bearing_ref": "grid", "grid_crs": "EPSG:4326"}}, "grid_crs",
     "a grid bearing needs a projected CRS"),
    ({"LM1": {"x": "500000", "y": "4400000"}}, "x", "are metres, not degrees"),
    ({"LM1": {"x": "1e300", "y": "1e300", "crs": "EPSG:32638"}}, "x",
     "beyond any coordinate system"),
    ({"SP": {"point_id": "S\u200bP"}}, "point_id", "invisible or control character (U+200B)"),
    ({"TP1": {"record_id": "MF-T\u202e"}}, "record_id", "U+202E"),
    ({"TP1": {"record_id": "MF-" + "9" * 80}}, "record_id", "at most 64"),
    ({"R1S": {"row_id": "R\x071"}, "R1E": {"row_id": "R\x071"}}, "row_id", "U+0007"),
])
def test_implausible_values_are_refused_with_row_field_and_reason(changes, field, words):
    result, problems = problems_of(square(**changes))
    if field != "record_id":   # (a bad record_id makes a record of its own)
        assert not [r for r in result.records if r.record_id == "MF-T"]
    assert any(f == field and words in message for _, f, message in problems), problems


def test_numbers_as_people_write_them_are_still_read():
    for text, value in (("12.5", 12.5), (" 12 ", 12.0), ("1 234,5", 1234.5), ("+3", 3.0),
                        (".5", 0.5), ("-0.25", -0.25)):
        assert record_rows.parse_number(text) == value
    assert record_rows.parse_number("12,5", decimal_comma=True) == 12.5


def test_ids_that_print_the_same_are_the_same():
    composed = unicodedata.normalize("NFC", "MF-Şuşa-1")
    decomposed = unicodedata.normalize("NFD", "MF-Şuşa-1")
    assert decomposed != composed and normalise_id(decomposed) == (composed, None)
    result, problems = problems_of(square(**{"LM1": {"record_id": decomposed},
                                             "SP": {"record_id": composed}}))
    assert problems == [] or all(f != "record_id" for _, f, _ in problems)
    assert {r.record_id for r in result.records} <= {composed}


def test_the_fast_path_refuses_what_the_checks_refuse():
    checker = record_rows.RowChecker(PROJ, decimal_comma=False)
    good = {"record_id": "A", "point_id": "TP1", "point_type": "TP", "bearing": "12.5",
            "distance": "30", "bearing_ref": "true"}
    assert checker._parse_measured(2, good) is not None
    for bad in ({"distance": "1_0"}, {"distance": "1e308"}, {"point_id": "T\u200bP1"},
                {"bearing_ref": "grid", "grid_crs": "EPSG:4326"}):
        values = dict(good, **bad)
        assert checker._parse_measured(2, values) is None
        assert checker._parse_checked(2, values)[1], bad


@pytest.mark.parametrize("data", [
    "record_id,point_id,point_type,x,y\nMF-1,LM1,LM,47,40\n".encode("utf-16"),       # BOM
    "record_id,point_id,point_type,x,y\nMF-1,LM1,LM,47,40\n".encode("utf-16-le"),    # no BOM
    "record_id,point_id,point_type,x,y\nMF-1,LM1,LM,47,40\n".encode("utf-16-be"),
])
def test_utf16_files_are_read(data):
    table = record_table.read_csv_bytes(data, "utf16.csv")
    assert table.rows[0][1]["record_id"] == "MF-1" and table.rows[0][1]["x"] == "47"


def test_windows_1251_is_refused_naming_the_encoding():
    data = "record_id,point_id,point_type,notes\nMF-1,LM1,LM,Минное поле у моста\n".encode(
        "cp1251")
    with pytest.raises(record_table.TableError, match="Windows-1251"):
        record_table.read_csv_bytes(data, "cyr.csv")


def test_the_delimiter_is_found_with_quoted_commas_in_the_header():
    data = ('record_id;point_id;point_type;"notes, remarks"\nMF-1;LM1;LM;"a, b"\n').encode()
    table = record_table.read_csv_bytes(data, "semi.csv")
    assert table.decimal_comma and table.rows[0][1]["notes, remarks"] == "a, b"


def test_an_unclosed_quote_is_reported_at_its_row():
    lines = ["record_id,point_id,point_type,notes", "MF-1,LM1,LM,ok", 'MF-1,SP,SP,"never closed']
    lines += [f"MF-1,TP{i},TP,x" for i in range(1, 30)]
    with pytest.raises(record_table.TableError, match="row 3: a quote"):
        record_table.read_csv_bytes(("\n".join(lines) + "\n").encode(), "q.csv")
    legit = 'record_id,point_id,point_type,notes\nMF-1,LM1,LM,"two\nlines"\n'.encode()
    assert record_table.read_csv_bytes(legit, "ok.csv").rows[0][1]["notes"] == "two\nlines"


def test_a_formula_guard_written_by_the_plugin_is_read_back():
    data = b"record_id,point_id,point_type,notes\nMF-1,LM1,LM,'=1+1\n"
    assert record_table.read_csv_bytes(data, "g.csv").rows[0][1]["notes"] == "=1+1"


def test_a_row_of_millions_of_mines_is_refused_before_any_mine_is_made():
    import time
    started = time.perf_counter()
    result = compute_bytes(square(R1S={"mine_count": "5000000", "spacing_m": "0.001"},
                                  R1E={"mine_count": "5000000", "spacing_m": "0.001"}))
    assert result.records == [] and time.perf_counter() - started < 2
