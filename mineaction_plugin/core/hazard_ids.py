"""Hazard ids from a pattern: district code plus a sequence, e.g. HZ-AGD-0001.

The pattern is a setting (toolbelt: hazard_id_pattern) with the fields {district} and {seq};
ids stay editable in the form, this only proposes the next free one.
"""
import unicodedata

from .identifiers import next_number

DEFAULT_PATTERN = "HZ-{district}-{seq:04d}"
# the districts of the liberated territories and their neighbours (editable in code, extended
# by the first three letters of any other name)
DISTRICT_CODES = {
    "aghdam": "AGD", "agdam": "AGD", "fuzuli": "FZL", "jabrayil": "JBR", "cabrayil": "JBR",
    "kalbajar": "KLB", "kelbajar": "KLB", "lachin": "LAC", "qubadli": "QBD", "gubadly": "QBD",
    "shusha": "SHU", "susa": "SHU", "zangilan": "ZNG", "khojavend": "XJV", "khojaly": "XJL",
    "tartar": "TRT", "aghjabadi": "AJB", "beylagan": "BYL", "goranboy": "GRB",
}


def district_code(district):
    """Three capital letters for a district name ('XXX' when there is none)."""
    if not district:
        return "XXX"
    plain = unicodedata.normalize("NFKD", district.replace("ə", "a").replace("Ə", "A"))
    plain = "".join(c for c in plain if c.isascii() and c.isalpha()).lower()
    return DISTRICT_CODES.get(plain) or (plain[:3].upper() if plain else "XXX")


def pattern_problem(pattern):
    """Why `pattern` cannot make hazard ids, or None. It must hold {seq} (optionally with a
    format such as {seq:04d}) and may hold {district}; nothing else in braces."""
    if "{seq" not in pattern:
        return "the pattern needs {seq} (the running number), e.g. HZ-{district}-{seq:04d}"
    try:
        pattern.format(district="AGD", seq=1)
    except (KeyError, ValueError, IndexError) as error:
        return f"the pattern cannot be filled ({error}); use {{district}} and {{seq}} only"
    return None


def next_hazard_id(existing_ids, district, pattern=DEFAULT_PATTERN):
    """The next free id for `district` after the highest sequence already used."""
    code = district_code(district)
    prefix, _, suffix = pattern.partition("{seq")
    prefix = prefix.format(district=code)
    tail = suffix.split("}", 1)[1] if "}" in suffix else ""
    tail = tail.format(district=code) if tail else ""
    return pattern.format(district=code, seq=next_number(existing_ids, prefix, tail))
