"""QGIS's own Python is found the way each platform lays QGIS out, never on the PATH."""
from mineaction_plugin.core.interpreter import qgis_python


def finder(*present):
    return lambda path: path in present


def test_linux_packages():
    found = qgis_python("linux", "/usr", "/usr/bin/qgis", (3, 11),
                        finder("/usr/bin/python3.11", "/usr/local/bin/python3"))
    assert found == ("/usr/bin/python3.11", None)


def test_osgeo4w_and_the_standalone_windows_installer():
    for prefix in (r"C:\OSGeo4W\apps\Python312", r"C:\Program Files\QGIS 3.40.4\apps\Python312"):
        found = qgis_python("win32", prefix, prefix.split(r"\apps")[0] + r"\bin\qgis-bin.exe",
                            (3, 12), finder(prefix + r"\python.exe"))
        assert found == (prefix + r"\python.exe", None)


def test_the_macos_bundle():
    app = "/Applications/QGIS-LTR.app/Contents"
    found = qgis_python("darwin", f"{app}/Frameworks/Python.framework/Versions/3.9",
                        f"{app}/MacOS/QGIS", (3, 9), finder(f"{app}/MacOS/bin/python3"))
    assert found == (f"{app}/MacOS/bin/python3", None)
    prefixed = f"{app}/Frameworks/Python.framework/Versions/3.9/bin/python3.9"
    assert qgis_python("darwin", f"{app}/Frameworks/Python.framework/Versions/3.9",
                       f"{app}/MacOS/QGIS", (3, 9), finder(prefixed))[0] == prefixed


def test_nothing_found_says_where_it_looked_and_never_takes_the_path():
    path, why = qgis_python("win32", r"C:\QGIS\apps\Python312", r"C:\QGIS\bin\qgis-bin.exe",
                            (3, 12), finder(r"C:\Users\o\AppData\Local\Programs\python.exe"))
    assert path is None and r"C:\QGIS\apps\Python312\python.exe" in why
    assert qgis_python("linux", "/usr", "/usr/bin/qgis", (3, 11),
                       finder("/usr/local/bin/python3", "/home/o/.pyenv/shims/python3"))[0] \
        is None


def test_a_plain_python_running_scripts_is_itself():
    assert qgis_python("linux", "/opt/venv", "/opt/venv/bin/python", (3, 11),
                       finder("/opt/venv/bin/python"))[0] == "/opt/venv/bin/python"
