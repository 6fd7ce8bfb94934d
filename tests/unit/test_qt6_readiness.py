"""The plugin's code holds no PyQt5-only idiom, so it loads on QGIS 4 (Qt6) as on QGIS 3.

What is looked for follows QGIS's own PyQt5→PyQt6 migration: unscoped enums, QVariant field
types, exec_(), compiled resources, Qt classes and methods that Qt6 removed, bytes handed to a
translator and setContent's result tested as a bool. The exact enum check (against the running
QGIS) is tests/qgis/test_qt6_enums.py; this one needs no QGIS.
"""
import ast
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN = os.path.join(ROOT, "mineaction_plugin")
# The one module that knows which Qt it runs on (it names QVariant and setContent on purpose).
COMPAT = os.path.join(PLUGIN, "compat.py")

FORBIDDEN = {
    r"\bPyQt5\b": "import qgis.PyQt, never PyQt5 itself",
    r"\bexec_\(": "exec_() is gone from PyQt6: exec()",
    r"\bresources_rc\b|[\"']:/": "no compiled Qt resources (pyrcc is gone): load files by path",
    r"\bQVariant\.": "QVariant types are gone from PyQt6: compat.field_type()",
    r"\bQRegExp\b|\bQRegExpValidator\b": "QRegExp is gone from Qt6: QRegularExpression",
    r"\bQDesktopWidget\b|\.desktop\(\)": "QDesktopWidget is gone from Qt6: QScreen",
    r"\bQSignalMapper\b|\bQtWebKit": "gone from Qt6",
    r"\.setContent\(": "setContent returns a tuple in PyQt5 (always true): compat.dom_document()",
    r"translate\([^)]*\.encode\(": "bytes to a translator: compat.translate_with()",
    r"\bMidButton\b|\.delta\(\)|fontMetrics\(\)\.width\(": "renamed or removed in Qt6",
}
# Attributes of Qt/QGIS classes that are not enum members although capitalised.
CLASS_LIKE = re.compile(r"^(Qt|Q[A-Z]\w*|Qgs\w+|Qgis)$")


def plugin_sources():
    for folder, _, files in os.walk(PLUGIN):
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def unscoped_enum_uses(tree):
    """`QgsFoo.Member` where Member is capitalised and nothing follows: an unscoped enum."""
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and CLASS_LIKE.match(node.value.id) and node.attr[:1].isupper()
                and not node.attr.isupper() and id(node) not in inner
                and id(node) not in called and not CLASS_LIKE.match(node.attr)):
            yield node.lineno, f"{node.value.id}.{node.attr}"


def test_no_pyqt5_only_idiom_in_the_plugin():
    problems = []
    for path in plugin_sources():
        text = open(path, encoding="utf-8").read()
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("#")[0]
            for pattern, why in FORBIDDEN.items():
                if path != COMPAT and re.search(pattern, code):
                    where = f"{os.path.relpath(path, ROOT)}:{number}"
                    problems.append(f"{where}: {why}: {line.strip()}")
        for number, use in ([] if path == COMPAT else unscoped_enum_uses(ast.parse(text))):
            problems.append(f"{os.path.relpath(path, ROOT)}:{number}: unscoped enum {use}")
    assert problems == []


def test_the_check_finds_what_it_looks_for():
    tree = ast.parse("x = Qt.AlignLeft\ny = Qt.AlignmentFlag.AlignLeft\n"
                     "z = QgsWkbTypes.Polygon\nw = QgsProject.instance()\n"
                     "v = Qgis.QGIS_VERSION_INT\n")
    assert [use for _, use in unscoped_enum_uses(tree)] == ["Qt.AlignLeft", "QgsWkbTypes.Polygon"]
    assert re.search(list(FORBIDDEN)[8], 'translator.translate(CONTEXT, text.encode("utf-8"))')


def test_metadata_declares_qgis_4_and_qt6():
    lines = open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8").read().splitlines()
    assert "qgisMaximumVersion=4.99" in lines and "supportsQt6=True" in lines
