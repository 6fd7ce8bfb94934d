"""Ids as people type them: one spelling for what prints the same, nothing hidden in them.

Record, point, row, hazard and task ids are compared, joined and printed on task sheets. Two ids
that look the same must be the same: they are normalised to Unicode NFC (an "ə" typed as "e" +
combining mark and one typed as "ə" become one id). Characters a reader cannot see or that
reorder what is shown (control characters, zero-width spaces, right-to-left overrides) are
refused, and so are ids longer than the database and a task sheet's file name allow.
"""
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
