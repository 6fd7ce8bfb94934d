"""The one place that knows which QGIS/Qt the plugin runs on (QGIS 3.22 … 3.44 on Qt5,
QGIS 4 on Qt6).

Everything else in the plugin writes scoped enums (`Qt.AlignmentFlag.AlignLeft`), which both
PyQt5 and PyQt6 accept; only what differs in kind, not in spelling, is decided here.
"""
from qgis.core import Qgis

# QgsField takes a QVariant.Type up to QGIS 3.36 and a QMetaType.Type from 3.38 on (QVariant.Type
# is gone from PyQt6, so QGIS 4 takes only QMetaType).
_QMETATYPE_FROM = 33800
_FIELD_TYPES = {"text": ("String", "QString"), "int": ("Int", "Int"),
                "int64": ("LongLong", "LongLong"), "real": ("Double", "Double"),
                "bool": ("Bool", "Bool"), "date": ("Date", "QDate"),
                "datetime": ("DateTime", "QDateTime")}


def field_type(kind):
    """The type to give QgsField for one of "text", "int", "int64", "real", "bool", "date",
    "datetime"."""
    qvariant_name, qmetatype_name = _FIELD_TYPES[kind]
    if Qgis.QGIS_VERSION_INT >= _QMETATYPE_FROM:
        from qgis.PyQt.QtCore import QMetaType
        return getattr(QMetaType.Type, qmetatype_name)
    from qgis.PyQt.QtCore import QVariant
    return getattr(QVariant, qvariant_name)


def translate_with(translator, context, text):
    """`translator.translate(context, text)` for any source text, on PyQt5 and PyQt6."""
    try:
        return translator.translate(context, text)
    except UnicodeEncodeError:
        # PyQt5 hands a str to QTranslator's char* as ASCII; its UTF-8 bytes are what Qt expects
        return translator.translate(context, text.encode("utf-8"))


def dom_document(content):
    """A QDomDocument of `content`, or None when it is not XML.

    PyQt5 returns (ok, message, line, column) from setContent, PyQt6 a ParseResult (Qt ≥ 6.5)
    or a tuple; a non-empty tuple is always true, so the result must be unpacked to be tested.
    """
    from qgis.PyQt.QtXml import QDomDocument
    document = QDomDocument()
    result = document.setContent(content)
    ok = result[0] if isinstance(result, tuple) else bool(result)
    return document if ok else None


def is_null(value):
    """True for a missing attribute however QGIS hands it over: None, a NULL QVariant (PyQt5
    on older QGIS) or a null QDate/QDateTime."""
    if value is None:
        return True
    return hasattr(value, "isNull") and not isinstance(value, str) and bool(value.isNull())


def attribute_text(value):
    """An attribute as an officer reads it: '' when NULL, dates as YYYY-MM-DD, else str()."""
    if is_null(value):
        return ""
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString("yyyy-MM-dd")
    return str(value)
