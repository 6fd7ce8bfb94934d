"""A second process of QGIS's own Python, for work that runs beside QGIS on another core (the
records import's GeoPackage writer, the record checks' fitting). One place that finds the
interpreter (core/interpreter.py) and starts it without a console window."""
import os
import subprocess
import sys
import tempfile

from ..core.interpreter import qgis_python

PACKAGE = __package__.split(".")[0]
# the folder holding the plugin package, put on the child's sys.path
PLUGINS_FOLDER = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def python_interpreter():
    """(QGIS's own interpreter, None) or (None, why not)."""
    def runnable(path):
        return os.path.isfile(path) and os.access(path, os.X_OK)
    return qgis_python(sys.platform, sys.exec_prefix, sys.executable, sys.version_info,
                       runnable)


def start(module):
    """Popen of `module` (e.g. "data.gpkg_write_process", which has a main()) with pipes on its
    standard input and output; what it says on stderr is kept in `process.log`. OSError when
    QGIS's interpreter is not found or does not start."""
    python, why = python_interpreter()
    if python is None:
        raise OSError(why)
    package, name = module.rsplit(".", 1)
    code = (f"import sys; sys.path.insert(0, sys.argv[1]); "
            f"from {PACKAGE}.{package} import {name}; {name}.main()")
    log = tempfile.TemporaryFile()
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)    # no console flashing up on Windows
    process = subprocess.Popen([python, "-c", code, PLUGINS_FOLDER], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=log, creationflags=flags)
    process.log = log
    return process


def said(process):
    """The end of what a child wrote on stderr."""
    process.log.seek(0)
    return process.log.read().decode("utf-8", "replace").strip()[-500:]
