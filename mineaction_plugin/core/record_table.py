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


def build_table(headers, raw_rows, decimal_comma=False, source="", first_row_number=2):
    """Table from header names and row value lists; checks the required columns."""
    names = [normalise_header(h) for h in headers]
    if not any(names):
        raise TableError(tr("{source}: the file is empty.").format(source=source))
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise TableError(tr("{source}: required columns are missing: {columns}. The first row "
                            "must name the columns (record_id, point_id, point_type, …).")
                         .format(source=source, columns=", ".join(missing)))
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
        # a cell the plugin wrote as '=… (spreadsheet-safe) comes back as it was typed
        values = [share(v, v) if v[:1] != "'" else original(v) for v in map(strip, values)]
        if not any(values):
            continue  # blank lines between records are harmless
        row = dict(zip(kept_names, [values[i] for i in keep])) if len(keep) < width \
            else dict(zip(names, values))
        table.rows.append((first_row_number + offset, row))
    if not table.rows:
        raise TableError(tr("{source}: the file has a header but no rows.").format(source=source))
    return table


def read_csv_bytes(data, source="file"):
    """A CSV table: UTF-8 with or without BOM; comma with '.' or semicolon with ',' decimals."""
    if not data.strip():
        raise TableError(tr("{source}: the file is empty.").format(source=source))
    if b"\x00" in data[:4096]:
        raise TableError(tr("{source}: this is not a text table (it looks like a binary file). "
                            "Use CSV or XLSX.").format(source=source))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise TableError(tr("{source}: the text is not UTF-8 (first bad byte on line {line}). "
                            "Save the file as \"CSV UTF-8\" and import it again.")
                         .format(source=source, line=line))
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    del text, data  # rows are read one at a time: a national file is never held twice
    try:
        header = next(reader)
        if len(header) < 2:
            raise TableError(tr("{source}: this does not look like a table (no comma or "
                                "semicolon separates the columns of the first row).").format(
                                    source=source))
        return build_table(header, reader, decimal_comma=(delimiter == ";"), source=source)
    except csv.Error as error:
        raise TableError(tr("{source}: the CSV cannot be read: {reason}").format(
            source=source, reason=error))
