"""Ids as people type them: one spelling for what prints the same, nothing hidden in them.

Record, point, row, hazard and task ids are compared, joined and printed on task sheets. Two ids
that look the same must be the same: they are normalised to Unicode NFC (an "ə" typed as "e" +
combining mark and one typed as "ə" become one id). Characters a reader cannot see or that
reorder what is shown (control characters, zero-width spaces, right-to-left overrides) are
refused, and so are ids longer than the database and a task sheet's file name allow.
"""
import re
import unicodedata

from .i18n import tr

MAX_ID_LENGTH = 64


def normalise_id(text):
    """(the id in NFC without surrounding spaces, None) or (None, the reason it is refused)."""
    text = "" if text is None else str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.strip()
    if not text.isprintable():
        bad = next(c for c in text if not c.isprintable())
        return None, tr("holds an invisible or control character (U+{code:04X}); retype "
                        "it").format(code=ord(bad))
    if len(text) > MAX_ID_LENGTH:
        return None, tr("is {length} characters long; an id has at most {limit}").format(
            length=len(text), limit=MAX_ID_LENGTH)
    return text, None


def is_clean_id(text):
    """The quick test for the common case: printable ASCII of a bounded length."""
    return text.isascii() and text.isprintable() and len(text) <= MAX_ID_LENGTH


def next_number(existing_ids, prefix, suffix=""):
    """1 + the highest n among the ids that read `prefix` n `suffix` (1 when there is none).

    The one rule for every running number the plugin proposes (hazards, tasks, marking lines,
    land release activities): after the highest used, so an id once given and deleted is not
    given again to something else."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + r"$")
    highest = 0
    for existing in existing_ids:
        match = pattern.match(existing or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return highest + 1


def next_id(existing_ids, prefix, width=2, at_least=1):
    """`prefix` and the next running number, zero-padded to `width` (e.g. LR-HZ-AGD-0001-03);
    at_least: a floor, e.g. one more than the things already counted under other names."""
    return f"{prefix}{max(next_number(existing_ids, prefix), at_least):0{width}d}"
