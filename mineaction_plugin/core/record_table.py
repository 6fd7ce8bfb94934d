"""Reading a minefield record table: CSV here, spreadsheets through data/record_files.py.

A table is its header names (as written), and its rows as (file row number, {column: text}).
Column names are matched case-insensitively with surrounding spaces ignored; the row number is
the one a spreadsheet shows (the header is row 1).
"""
import csv
import io
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from .i18n import tr
from .spreadsheet import original

REQUIRED_COLUMNS = ("record_id", "point_id", "point_type")
KNOWN_COLUMNS = ("record_id", "point_id", "point_type", "from_point", "bearing", "bearing_unit",
                 "bearing_ref", "distance", "distance_unit", "pace_m", "x", "y", "crs",
                 "declination_deg", "grid_crs", "row_id", "mine_model", "mine_count",
                 "spacing_m", "district", "source_file", "date_laid", "laid_by", "notes")


class TableError(Exception):
    """The file as a whole cannot be read as a record table (worded for the user)."""


@dataclass
class Table:
    headers: List[str]                              # as written in the file
    rows: List[Tuple[int, Dict[str, str]]] = field(default_factory=list)
    decimal_comma: bool = False
    source: str = ""


def normalise_header(name):
    return str(name or "").strip().lstrip("\ufeff").strip().lower()


def build_table(headers, raw_rows, decimal_comma=False, source="", first_row_number=2,
                required=REQUIRED_COLUMNS):
    """Table from header names and row value lists; checks the `required` columns (a minefield
    record's by default; other tables, such as detections, name their own)."""
    names = [normalise_header(h) for h in headers]
    if not any(names):
        raise TableError(tr("{source}: the file is empty.").format(source=source))
    missing = [c for c in required if c not in names]
    if missing:
        raise TableError(tr("{source}: required columns are missing: {columns}. The first row "
                            "must name the columns ({expected}, …).")
                         .format(source=source, columns=", ".join(missing),
                                 expected=", ".join(required)))
    duplicated = sorted({n for n in names if n and names.count(n) > 1})
    if duplicated:
        raise TableError(tr("{source}: columns appear twice: {columns}.").format(
            source=source, columns=", ".join(duplicated)))
    table = Table(list(headers), [], decimal_comma, source)
    width = len(names)
    keep = [i for i, name in enumerate(names) if name]
    kept_names = [names[i] for i in keep]
    padding = [""] * width
    share = {}.setdefault
    strip = str.strip  # callers pass text: csv gives it, spreadsheets are read as text
    for offset, values in enumerate(raw_rows):
        if len(values) < width:
            values = list(values) + padding[len(values):]
        # repeated values (units, codes, model names) are shared, not copied 100,000 times
        values = [share(v, v) for v in map(strip, values)]
        if "'" in "".join(values):   # rare: one test per row rather than one per cell
            # a cell the plugin wrote as '=… (spreadsheet-safe) comes back as it was typed
            values = [original(v) for v in values]
        if not any(values):
            continue  # blank lines between records are harmless
        row = dict(zip(kept_names, [values[i] for i in keep])) if len(keep) < width \
            else dict(zip(names, values))
        table.rows.append((first_row_number + offset, row))
    if not table.rows:
        raise TableError(tr("{source}: the file has a header but no rows.").format(source=source))
    return table


def _decode(data, source):
    """The text of a CSV file: UTF-8 (with or without BOM) or UTF-16 (with or without BOM);
    anything else is refused, naming the encoding it looks like."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") >= len(head) // 3:
        # UTF-16 without a BOM: every other byte of Latin text is zero
        order = "utf-16-le" if head[1::2].count(b"\x00") > head[0::2].count(b"\x00") \
            else "utf-16-be"
        try:
            return data.decode(order)
        except UnicodeDecodeError:
            pass
    if b"\x00" in head:
        raise TableError(tr("{source}: this is not a text table (it looks like a binary file). "
                            "Use CSV or XLSX.").format(source=source))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        guess = _eight_bit_guess(data)
        raise TableError(tr("{source}: the text is not UTF-8 (first bad byte on line "
                            "{line}){guess}. Save the file as \"CSV UTF-8\" and import it again.")
                         .format(source=source, line=line, guess=guess))


def _eight_bit_guess(data):
    """', it looks like Windows-1251 (Cyrillic)' when most letters decode as Cyrillic."""
    text = data.decode("cp1251", "replace")
    high = [c for c in text if ord(c) > 127 and c.isalpha()]
    if high and sum("\u0400" <= c <= "\u04ff" for c in high) >= 0.8 * len(high):
        return tr("; it looks like Windows-1251 (Cyrillic)")
    return ""


def _delimiter(first_line):
    """The delimiter that splits the header into more columns, quotes respected."""
    counts = {}
    for delimiter in (",", ";", "\t"):
        try:
            counts[delimiter] = len(next(csv.reader([first_line], delimiter=delimiter)))
        except (csv.Error, StopIteration):
            counts[delimiter] = 0
    return max((",", ";", "\t"), key=lambda d: (counts[d], d == ","))


def _rows_with_unclosed_quotes_found(reader, delimiter, source, row_offset=2):
    """The reader's rows; a quote left open (which would swallow the rest of the file into
    one cell) is reported at the row where it opened."""
    previous_line = reader.line_num
    for index, values in enumerate(reader):
        spanned = reader.line_num - previous_line
        if spanned > 1 and any("\n" in v and (delimiter in v or v.count("\n") > 2)
                               for v in values):
            raise TableError(tr("{source}: row {row}: a quote (\") opens a cell and is never "
                                "closed, so {lines} lines would become one cell. Close the "
                                "quote or remove it.").format(source=source,
                                                              row=row_offset + index,
                                                              lines=spanned))
        previous_line = reader.line_num
        yield values


def read_csv_bytes(data, source="file", required=REQUIRED_COLUMNS):
    """A CSV table: UTF-8 (with or without BOM) or UTF-16; comma with '.' or semicolon with ','
    decimals (tab-separated too)."""
    if not data.strip(b" \t\r\n\x00\xff\xfe\xef\xbb\xbf"):
        raise TableError(tr("{source}: the file is empty.").format(source=source))
    text = _decode(data, source)
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.splitlines() else ""
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    del text, data  # rows are read one at a time: a national file is never held twice
    try:
        header = next(reader)
        if len(header) < 2:
            raise TableError(tr("{source}: this does not look like a table (no comma or "
                                "semicolon separates the columns of the first row).").format(
                                    source=source))
        return build_table(header, _rows_with_unclosed_quotes_found(reader, delimiter, source),
                           decimal_comma=(delimiter == ";"), source=source,
                           required=required)
    except csv.Error as error:
        raise TableError(tr("{source}: the CSV cannot be read: {reason}").format(
            source=source, reason=error))
