"""A minimal XLSX writer: sheets of text and number cells, the first row bold and frozen.

GDAL's XLSX driver writes no header row for a sheet without data rows, and a blank template is
exactly that; this writes the few XML parts an XLSX needs with the standard library only.
"""
import re
import zipfile
from xml.sax.saxutils import escape

from ..core.spreadsheet import safe_cell, xml_text

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
{sheets}
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs>
</styleSheet>"""


def _column(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


def _cell(reference, value, style):
    """Numbers as numbers (a spreadsheet can sum them), everything else as text that no
    spreadsheet runs as a formula and that any XML reader accepts."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            value = str(value)   # XLSX has no NaN or infinity: say it in words
        else:
            return f'<c r="{reference}"{style}><v>{value!r}</v></c>'
    text = escape(xml_text(safe_cell(str(value))))
    return f'<c r="{reference}" t="inlineStr"{style}><is><t xml:space="preserve">{text}</t></is></c>'



def _sheet_name(name, index):
    """A sheet name spreadsheets accept: 1–31 characters, none of []:*?/\\ or control ones."""
    cleaned = re.sub(r"[\[\]:*?/\\\x00-\x1f]", "_", str(name)).strip("'")[:31]
    return cleaned or f"Sheet{index}"


def _sheet_xml(rows, widths):
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(widths))
    body = []
    for r, row in enumerate(rows, 1):
        style = ' s="1"' if r == 1 else ""
        cells = "".join(_cell(f"{_column(c)}{r}", value, style)
                        for c, value in enumerate(row) if value not in (None, ""))
        body.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
            f'<cols>{cols}</cols><sheetData>{"".join(body)}</sheetData></worksheet>')


def write_xlsx(path, sheets):
    """sheets: [(name, [header, row, ...])]; ints and floats become number cells."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1))
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(sheets=overrides))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        entries = "".join(f'<sheet name="{escape(_sheet_name(name, i))}" sheetId="{i}" '
                          f'r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, 1))
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets>{entries}</sheets></workbook>'))
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1))
        relations += (f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.'
                      'openxmlformats.org/officeDocument/2006/relationships/styles" '
                      'Target="styles.xml"/>')
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{relations}</Relationships>'))
        for i, (_, rows) in enumerate(sheets, 1):
            widths = [min(60, max(10, max((len(str(row[c])) for row in rows
                                           if c < len(row) and row[c]), default=8) + 2))
                      for c in range(max(len(row) for row in rows))]
            archive.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(rows, widths))
