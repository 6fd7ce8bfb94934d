"""QGIS expressions built from values: quoted by QGIS itself, never by hand."""
from qgis.core import QgsExpression


def field_equals(field, value):
    """"field" = 'value' (NULL-safe, any quote in the value escaped)."""
    return QgsExpression.createFieldEqualityExpression(field, value)


def field_in(field, values):
    """"field" IN ('a', 'b', …)."""
    listed = ", ".join(QgsExpression.quotedValue(value) for value in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({listed})"


def both(*expressions):
    """Every expression holds (AND)."""
    return " AND ".join(f"({expression})" for expression in expressions)
