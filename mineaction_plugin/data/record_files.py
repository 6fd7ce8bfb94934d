"""Minefield record files on disk: read CSV/XLSX into a core Table, write blank templates."""
import os

from osgeo import gdal

from ..core.i18n import N_, tr
from ..core.record_table import (
    KNOWN_COLUMNS,
    REQUIRED_COLUMNS,
    TableError,
    build_table,
    read_csv_bytes,
)
from .geopackage import open_dataset
from .xlsx_writer import write_xlsx

SPREADSHEET_EXTENSIONS = (".xlsx", ".xls", ".ods")
TEMPLATE_COLUMNS = KNOWN_COLUMNS[:19]  # the columns of the spec, in its order

COLUMN_HELP = (
    ("record_id", N_("yes"), N_("the minefield record (form) this point belongs to")),
    ("point_id", N_("yes"), N_("unique within its record, e.g. LM1, BM1, SP, TP3, R2S")),
    ("point_type", N_("yes"), N_("LM landmark, BM benchmark, SP start, TP turning, "
                                 "IP intermediate, EP end point, RS/RE mine row start/end")),
    ("from_point", N_("no"), N_("point the bearing and distance are measured from; blank = the "
                                "previous row of the same record")),
    ("bearing", N_("measured points"), N_("number in bearing_unit")),
    ("bearing_unit", N_("no"), N_("deg (default), mil6400 (NATO mils), mil6000 (Soviet mils), "
                                  "grad")),
    ("bearing_ref", N_("no"), N_("magnetic (default), true, grid")),
    ("distance", N_("measured points"), N_("number in distance_unit, greater than 0")),
    ("distance_unit", N_("no"), N_("m (default), pace, ft")),
    ("pace_m", N_("paces"), N_("length of one pace in metres")),
    ("x", N_("LM"), N_("absolute coordinate in crs (longitude for EPSG:4326)")),
    ("y", N_("LM"), N_("absolute coordinate in crs (latitude for EPSG:4326)")),
    ("crs", N_("no"), N_("CRS of x, y: EPSG:4326 (default), EPSG:32638/32639 (UTM), "
                         "EPSG:28408/28409 (Pulkovo 1942 Gauss-Krüger)")),
    ("declination_deg", N_("magnetic"), N_("magnetic declination in degrees, east positive")),
    ("grid_crs", N_("grid"), N_("projected CRS whose grid north the bearing refers to")),
    ("row_id", N_("RS/RE"), N_("mine row identifier; one RS and one RE per row")),
    ("mine_model", N_("RS/RE"), N_("e.g. PMN-2, TM-62M")),
    ("mine_count", N_("RS/RE"), N_("mines laid in the row")),
    ("spacing_m", N_("RS/RE"), N_("spacing between mines in the row, metres")),
)

EXAMPLE = (
    ("MF-EX-0001", "LM1", "LM", "", "", "deg", "true", "", "m", "", "47.2691893", "39.5215938",
     "EPSG:4326", "", "", "", "", "", ""),
    ("MF-EX-0001", "BM1", "BM", "", "98.7", "deg", "true", "335.2", "m", "", "", "", "", "", "",
     "", "", "", ""),
    ("MF-EX-0001", "SP", "SP", "", "246.7", "deg", "true", "94.4", "m", "", "", "", "", "", "",
     "", "", "", ""),
    ("MF-EX-0001", "TP1", "TP", "", "186.5", "deg", "true", "44.0", "m", "", "", "", "", "", "",
     "", "", "", ""),
    ("MF-EX-0001", "TP2", "TP", "", "272.6", "deg", "true", "55.0", "m", "", "", "", "", "", "",
     "", "", "", ""),
    ("MF-EX-0001", "TP3", "TP", "", "20.9", "deg", "true", "60.0", "m", "", "", "", "", "", "",
     "", "", "", ""),
    ("MF-EX-0001", "R1S", "RS", "SP", "240.0", "deg", "true", "10.0", "m", "", "", "", "", "",
     "", "R1", "PMN-2", "8", "4.0"),
    ("MF-EX-0001", "R1E", "RE", "R1S", "270.0", "deg", "true", "28.0", "m", "", "", "", "", "",
     "", "R1", "PMN-2", "8", "4.0"),
)


def file_digest(path):
    """SHA-256 of a file's content: what was checked is what is imported."""
    import hashlib
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_table(path, sheet="points", required=REQUIRED_COLUMNS):
    """The record table in `path` (CSV, or the `sheet` (else the first) of a spreadsheet);
    other tables (casualties) name their own `required` columns."""
    name = os.path.basename(path.rstrip("/\\")) or path
    if os.path.isdir(path):
        raise TableError(tr("{source} is a folder; choose the record file inside it.").format(
            source=name))
    if not os.path.isfile(path):
        raise TableError(tr("{source}: the file does not exist.").format(source=name))
    if path.lower().endswith(SPREADSHEET_EXTENSIONS):
        _check_spreadsheet_size(path, name)
        return _read_spreadsheet(path, name, sheet, required)
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"PK":
        raise TableError(tr("{source}: this is a spreadsheet or archive, not a CSV file; give "
                            "it the .xlsx extension.").format(source=name))
    return read_csv_bytes(data, name, required)


def sheet_names(path):
    """The sheets of a spreadsheet, lower case ([] for a CSV)."""
    if not path.lower().endswith(SPREADSHEET_EXTENSIONS):
        return []
    ds = open_dataset(path, drivers=None)
    if ds is None:
        return []
    return [ds.GetLayer(i).GetName().strip().lower() for i in range(ds.GetLayerCount())]


# the first row always holds the column names and every cell is read as text (numbers stored
# as numbers come back in their shortest exact form); thread-local: checks run in a worker
SPREADSHEET_OPTIONS = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING",
                       "OGR_ODS_HEADERS": "FORCE", "OGR_ODS_FIELD_TYPES": "STRING"}


# A national record file is about 105,000 rows; a sheet far beyond that is a mistake (a
# formatted million empty rows) or a zip bomb, refused before anything reads it.
MAX_SHEET_ROWS = 300_000
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_PACKING_RATIO = 200


def _check_spreadsheet_size(path, name):
    """Refuse, within seconds, a spreadsheet that would unpack to far more than a record
    file holds (read from the zip's directory and the sheets' first bytes only)."""
    import re
    import zipfile
    if not zipfile.is_zipfile(path):
        return   # an .xls: GDAL reads it or says it cannot
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        packed = sum(m.compress_size for m in members) or 1
        if unpacked > MAX_UNPACKED_BYTES or (unpacked > 20 * 1024 * 1024
                                             and unpacked / packed > MAX_PACKING_RATIO):
            raise TableError(tr("{source}: the spreadsheet would unpack to {size} MB, far more "
                                "than a record file holds; it is not read.").format(
                                    source=name, size=unpacked // (1024 * 1024)))
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                with archive.open(member) as sheet_xml:
                    head = sheet_xml.read(4096).decode("utf-8", "replace")
                dimension = re.search(r'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
                rows = int(dimension.group(1)) if dimension else 0
                if rows > MAX_SHEET_ROWS:
                    raise TableError(tr("{source}: a sheet reaches row {rows}; a record file "
                                        "has at most {limit} rows (delete the empty rows "
                                        "below the table).").format(source=name, rows=rows,
                                                                    limit=MAX_SHEET_ROWS))


def _read_spreadsheet(path, name, sheet, required=REQUIRED_COLUMNS):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    for key, value in SPREADSHEET_OPTIONS.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        return _read_sheet(path, name, sheet, required)
    finally:
        for key in SPREADSHEET_OPTIONS:
            gdal.SetThreadLocalConfigOption(key, None)
        gdal.PopErrorHandler()


def _read_sheet(path, name, sheet, required=REQUIRED_COLUMNS):
    ds = open_dataset(path, drivers=None)
    if ds is None or ds.GetLayerCount() == 0:
        raise TableError(tr("{source}: the spreadsheet cannot be read (is it damaged, or "
                            "another kind of file?).").format(source=name))
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    layer = next((each for each in layers if each.GetName().strip().lower() == sheet),
                 layers[0])
    definition = layer.GetLayerDefn()
    headers = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if layer.GetFeatureCount() > MAX_SHEET_ROWS:
        raise TableError(tr("{source}: the sheet has {rows} rows; a record file has at most "
                            "{limit}.").format(source=name, rows=layer.GetFeatureCount(),
                                               limit=MAX_SHEET_ROWS))
    rows, numbers = [], []
    for feature in layer:
        rows.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
                     for i in range(len(headers))])
        numbers.append(feature.GetFID())
    names = {h.strip().lower() for h in headers}
    if rows and required and not names.issuperset(required) and \
            {v.strip().lower() for v in rows[0]}.issuperset(required):
        # GDAL did not take the first row as the header (it does so for a header-only sheet)
        headers, rows, numbers = rows[0], rows[1:], numbers[1:]
    table = build_table(headers, rows, decimal_comma=False, source=name, required=required)
    # GDAL numbers spreadsheet features by sheet row; use them so reports match the sheet
    if len(numbers) == len(rows) and all(n > 0 for n in numbers):
        by_offset = {offset + 2: n for offset, n in enumerate(numbers)}
        table.rows = [(by_offset.get(row, row), values) for row, values in table.rows]
    return table


def write_template(folder, base_name="minefield_record_template"):
    """Write the blank template as CSV and XLSX (with column help and an example record)."""
    csv_path = os.path.join(folder, base_name + ".csv")
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(TEMPLATE_COLUMNS) + "\r\n")
    xlsx_path = os.path.join(folder, base_name + ".xlsx")
    help_rows = [(tr("column"), tr("required"), tr("meaning"))] + [
        (column, tr(required), tr(meaning)) for column, required, meaning in COLUMN_HELP]
    write_xlsx(xlsx_path, [("points", [TEMPLATE_COLUMNS]),
                           ("example", [TEMPLATE_COLUMNS] + list(EXAMPLE)),
                           ("columns", help_rows)])
    return csv_path, xlsx_path
