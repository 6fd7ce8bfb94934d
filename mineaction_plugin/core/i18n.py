"""Translation hook usable from pure-Python code.

Core modules must not import Qt, yet their messages reach users. They call ``tr()``; the plugin
installs a Qt-backed translator when QGIS loads it, and without one the English text is used.
All strings share one translation context, ``MineAction``, which scripts/update_translations.py
extracts into i18n/*.ts.
"""

CONTEXT = "MineAction"
_translator = None


def set_translator(function):
    """Install ``function(text) -> translated text`` (None restores English)."""
    global _translator
    _translator = function


def tr(text):
    return _translator(text) if _translator else text


def N_(text):
    """Mark a string for translation without translating it now (it is translated when shown)."""
    return text
