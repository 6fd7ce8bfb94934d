"""Every table the plugin writes for people (reports, summaries, bills of quantities, rejected
rows): CSV or XLSX by the file's extension, spreadsheet-safe cells (core/spreadsheet.py), and
written beside the target then moved into place (core/outputs.py)."""
import csv

from ..core import outputs
from ..core.spreadsheet import safe_cell
from .xlsx_writer import write_xlsx


def write_table(path, sheet_name, header, rows, encoding="utf-8", say=None):
    """Write `header` and `rows` (lists of values) to `path` (.xlsx, else CSV)."""
    with outputs.written_into_place(path, say) as partial:
        if path.lower().endswith(".xlsx"):
            write_xlsx(partial, [(sheet_name, [list(header)] + [list(row) for row in rows])])
            return
        with open(partial, "w", encoding=encoding, newline="") as f:
            writer = csv.writer(f)
            writer.writerow([safe_cell(value) for value in header])
            writer.writerows([safe_cell(value) for value in row] for row in rows)
