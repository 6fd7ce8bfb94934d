"""core/spreadsheet.py and the XLSX writer: cells no spreadsheet runs, files any reader opens."""
import csv
import io
import xml.dom.minidom
import zipfile

from mineaction_plugin.core.spreadsheet import original, safe_cell, xml_text
from mineaction_plugin.data.xlsx_writer import write_xlsx

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
             "=cmd|' /C calc'!A0"]


def test_formula_cells_are_neutralised_and_come_back_unchanged():
    for value in DANGEROUS:
        written = safe_cell(value)
        assert written.startswith("'") and original(written) == value
    for value in ("-12.5", "+3", "1e5", "MF-12-0001", "", "'quoted already", 42, -3.5, None):
        assert safe_cell(value) == value and original(safe_cell(value)) == value


def test_csv_of_safe_cells_round_trips():
    buffer = io.StringIO()
    csv.writer(buffer).writerow([safe_cell(v) for v in DANGEROUS])
    read = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert all(cell[0] == "'" for cell in read)
    assert [original(cell) for cell in read] == DANGEROUS


def test_an_xlsx_stays_valid_whatever_a_name_holds(tmp_path):
    path = tmp_path / "t.xlsx"
    names = ["bell\x07 and nul\x00", "_x0041_ literal", "=1+1", "Ağdam", "ok"]
    write_xlsx(str(path), [("bad/[sheet]:name*?" * 3, [["name"]] + [[n] for n in names])])
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.endswith(".xml") or member.endswith(".rels"):
                xml.dom.minidom.parseString(archive.read(member))   # raises on invalid XML
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert "_x0007_" in sheet and "_x005F_x0041_" in sheet and "'=1+1" in sheet
    name = workbook.split('sheet name="')[1].split('"')[0]
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert xml_text("plain") == "plain"
