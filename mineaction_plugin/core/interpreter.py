"""Where QGIS's own Python interpreter is, on each platform QGIS is installed on.

The records import starts a second process to write the GeoPackage (data/records_store.py).
It must be QGIS's own interpreter (the same Python, the same standard library), never a
`python3` that happens to be on the PATH: inside QGIS desktop sys.executable is QGIS itself
(qgis-bin.exe, QGIS.app/Contents/MacOS/QGIS, /usr/bin/qgis), so the interpreter is looked for
where each installation lays it out:
- Linux packages: <exec_prefix>/bin/python3.X (e.g. /usr/bin/python3.11);
- OSGeo4W and the standalone Windows installer: <exec_prefix>\\python.exe
  (e.g. C:\\OSGeo4W\\apps\\Python312\\python.exe,
  C:\\Program Files\\QGIS 3.40.4\\apps\\Python312\\);
- the macOS bundle: <exec_prefix>/bin/python3.X, else python3 beside the QGIS program
  (QGIS.app/Contents/MacOS/bin/python3).
Pure: the file system is asked through `exists` so each layout is unit tested anywhere.
"""
import ntpath
import posixpath


def qgis_python(platform, exec_prefix, executable, version, exists):
    """(path, None) of the interpreter to start, or (None, why none was found).

    platform: sys.platform; version: (major, minor); exists(path) -> bool (an executable file).
    """
    major, minor = version[:2]
    name = f"python{major}.{minor}"
    if platform.startswith("win"):
        path = ntpath
        candidates = [path.join(exec_prefix, "python.exe"),
                      path.join(exec_prefix, f"python{major}.exe")]
    else:
        path = posixpath
        candidates = [path.join(exec_prefix, "bin", name), path.join(exec_prefix, "bin",
                                                                    f"python{major}")]
        if platform == "darwin" and executable:
            here = path.dirname(executable)   # QGIS.app/Contents/MacOS
            candidates += [path.join(here, "bin", name), path.join(here, "bin", f"python{major}")]
    if executable and path.basename(executable).lower().startswith("python"):
        candidates.append(executable)   # a plain Python (qgis_process scripts, tests)
    for candidate in candidates:
        if exists(candidate):
            return candidate, None
    return None, "QGIS's Python interpreter was not found (looked for " + \
        ", ".join(candidates) + ")"
