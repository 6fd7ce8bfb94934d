"""What each folder of the plugin may import (docs/architecture.md): core/ is pure Python,
data/ knows no GUI, adapters/ sit below the algorithms, the dock and the task sheets."""
import ast
import os

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                    "mineaction_plugin")
# folder -> the plugin's folders and modules it may import from
ALLOWED = {
    "core": {"core"},
    "data": {"core", "data", "styles", "toolbelt", "compat"},
    "adapters": {"core", "data", "adapters", "compat"},
    "styles": {"core", "styles", "toolbelt"},
    "processing": {"core", "data", "adapters", "processing", "layouts", "styles", "compat",
                   "toolbelt"},
    "layouts": {"core", "data", "adapters", "layouts", "styles", "compat", "toolbelt"},
    # the dock runs algorithms by id (gui/background.py), it imports none
    "gui": {"core", "data", "adapters", "layouts", "styles", "gui", "compat", "toolbelt"},
}
QT = ("qgis", "PyQt5", "PyQt6")


def plugin_imports(path, folder):
    """(line, the plugin's top-level folder or module imported) and (line, third-party root)."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = (node.module or "").split(".")
            if node.level == 1:
                yield node.lineno, folder, None
            else:
                yield node.lineno, parts[0] if parts[0] else None, None
        elif isinstance(node, ast.ImportFrom):
            yield node.lineno, None, (node.module or "").split(".")[0]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, None, alias.name.split(".")[0]


def test_each_folder_imports_only_what_it_may():
    wrong = []
    for folder, allowed in ALLOWED.items():
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if not name.endswith(".py"):
                continue
            path = os.path.join(ROOT, folder, name)
            for line, inner, outer in plugin_imports(path, folder):
                if inner and inner not in allowed:
                    wrong.append(f"{folder}/{name}:{line} imports {inner}")
                if folder == "core" and outer in QT:
                    wrong.append(f"core/{name}:{line} imports {outer} (core/ is pure Python)")
                if folder == "data" and outer == "qgis" and name != "layers.py":
                    wrong.append(f"data/{name}:{line} imports qgis (data/ speaks GDAL/SQL)")
    assert wrong == []


def test_literals_are_quoted_in_one_place_each():
    """QGIS expressions through adapters/expressions.py (QgsExpression quotes), SQL through
    data/gpkg_ddl.literal: nowhere else is a quote doubled by hand."""
    hand_quoted = []
    for folder, _, files in os.walk(ROOT):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py") and not path.endswith(os.path.join("data", "gpkg_ddl.py")):
                text = open(path, encoding="utf-8").read()
                if "replace(\"'\", \"''\")" in text:
                    hand_quoted.append(os.path.relpath(path, ROOT))
    assert hand_quoted == []


def test_project_databases_are_opened_as_context_managers():
    """`with project_db.open_project(x) as db:` closes on every path; no hand-written close."""
    closing = []
    for folder, _, files in os.walk(ROOT):
        for name in files:
            if name.endswith(".py") and "db.close()" in open(os.path.join(folder, name),
                                                              encoding="utf-8").read():
                closing.append(os.path.relpath(os.path.join(folder, name), ROOT))
    assert closing == []


def test_the_officer_is_told_one_way():
    """toolbelt.tell: message bar and log together; no hand-written pushMessage elsewhere."""
    pushing = []
    for folder, _, files in os.walk(ROOT):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py") and name != "toolbelt.py" and \
                    "pushMessage(" in open(path, encoding="utf-8").read():
                pushing.append(os.path.relpath(path, ROOT))
    assert pushing == []


def test_the_dock_writes_through_algorithms_in_the_background():
    """gui/: no SQL, no processing.run outside gui/background.py, no test-only `synchronous`
    switch, no processEvents() (a modal progress dialog repaints by itself)."""
    import re
    found = []
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    for name in sorted(os.listdir(os.path.join(ROOT, "gui"))):
        if not name.endswith(".py"):
            continue
        text = open(os.path.join(ROOT, "gui", name), encoding="utf-8").read()
        if sql.search(text):
            found.append(f"gui/{name}: SQL")
        if "processing.run(" in text and name != "background.py":
            found.append(f"gui/{name}: processing.run outside the background path")
        for word in ("synchronous", "processEvents"):
            if word in text:
                found.append(f"gui/{name}: {word}")
    assert found == []


def test_a_long_file_says_why():
    """Files of the plugin over about 400 lines say at their top why they are long."""
    long_files = []
    for folder, _, files in os.walk(ROOT):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py"):
                text = open(path, encoding="utf-8").read()
                if text.count("\n") > 420 and "Why this file is long" not in text[:2000]:
                    long_files.append(os.path.relpath(path, ROOT))
    assert long_files == []
