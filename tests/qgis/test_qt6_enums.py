"""Every enum the plugin names is named through its type (`QgsWkbTypes.Type.Point`), the only
spelling PyQt6 (QGIS 4) accepts. Checked against the running QGIS, so it is exact where the
unit tier's check (tests/unit/test_qt6_readiness.py) can only go by the shape of a name."""
import ast
import os

import qgis.core
import qgis.gui
from qgis.PyQt import QtCore, QtGui, QtWidgets

PLUGIN = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                      "mineaction_plugin")
MODULES = (qgis.core, qgis.gui, QtCore, QtGui, QtWidgets)
PLAIN = (int, float, str, bool, tuple, list, dict, bytes, type(None))


def qt_class(name):
    for module in MODULES:
        value = getattr(module, name, None)
        if isinstance(value, type):
            return value
    return None


def unscoped(tree):
    """`Class.Member` whose value is an enum member of a type other than Class itself."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        cls = qt_class(node.value.id)
        value = getattr(cls, node.attr, None) if cls is not None else None
        if value is None or isinstance(value, type) or callable(value) or type(value) in PLAIN:
            continue
        if type(value).__name__ != cls.__name__:
            yield node.lineno, f"{node.value.id}.{node.attr} (a {type(value).__qualname__})"


def test_every_enum_is_scoped():
    found = []
    for folder, _, files in os.walk(PLUGIN):
        for name in files:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                tree = ast.parse(open(path, encoding="utf-8").read())
                found += [f"{os.path.relpath(path, PLUGIN)}:{line}: {use}"
                          for line, use in unscoped(tree)]
    assert found == []


def test_the_check_sees_an_unscoped_enum():
    tree = ast.parse("a = QgsWkbTypes.Polygon\nb = QgsWkbTypes.Type.Polygon\nc = Qt.AlignLeft\n")
    assert [use.split(" ")[0] for _, use in unscoped(tree)] == ["QgsWkbTypes.Polygon",
                                                                "Qt.AlignLeft"]


def test_one_null_test_for_every_way_qgis_hands_over_nothing():
    from qgis.core import NULL
    from qgis.PyQt.QtCore import QDate

    from mineaction_plugin.compat import attribute_text, is_null
    assert is_null(None) and is_null(NULL) and is_null(QDate())
    assert not is_null(0) and not is_null("") and not is_null("NULL") and not is_null(0.0)
    assert attribute_text(QDate(2026, 2, 1)) == "2026-02-01"
    assert attribute_text(NULL) == "" and attribute_text(7) == "7"
