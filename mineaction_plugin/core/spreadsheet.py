"""Cells a spreadsheet will not run: what the plugin writes to CSV and XLSX is safe to open.

A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or carriage return before
them) as a formula: a name such as `=HYPERLINK("http://…")` typed into a record would run on the
officer's computer. As OWASP recommends, such a text cell is written with a leading apostrophe,
which the spreadsheet shows as text; numbers stay numbers ("-12.5" is a value, not a formula).
The plugin's own importers take the apostrophe off again (`original`), so what was exported is
what comes back.
"""
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# XML 1.0 has no place for these; an XLSX holding one is refused by every spreadsheet
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def safe_cell(value):
    """The value to write: text that a spreadsheet would run gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value


def original(text):
    """What safe_cell() was given: the apostrophe it added is taken off, nothing else."""
    if isinstance(text, str) and len(text) > 1 and text[0] == "'" \
            and text[1:].startswith(FORMULA_STARTS) and not _NUMBER.match(text[1:]):
        return text[1:]
    return text


def xml_text(text):
    """Text an XLSX can hold: characters XML forbids are written as OOXML escapes (_x0001_),
    which spreadsheets show as the character; a literal "_x0041_" is escaped in turn."""
    text = re.sub(r"_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", text)
    return _NOT_IN_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
