import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

# pyproj inside a virtualenv looks for its data under the venv's prefix; Debian keeps it here
if "PROJ_DATA" not in os.environ and os.path.isdir("/usr/share/proj"):
    os.environ["PROJ_DATA"] = "/usr/share/proj"
