#!/usr/bin/env python3
"""Write the shipped task sheet templates (layouts/templates/*.qpt) from layouts/template.py.

Run with the oldest supported QGIS (3.22) so that every supported version can read them:
`make templates`. A qgis-tier test checks the shipped files match what this script builds.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import QgsApplication, QgsProject  # noqa: E402


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from mineaction_plugin.layouts import template
    project = QgsProject()
    for page_size in template.PAGE_SIZES:
        for orientation in template.ORIENTATIONS:
            layout = template.build_layout(project, page_size, orientation)
            path = template.template_path(page_size, orientation)
            template.save_template(layout, path)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    app.exitQgis()


if __name__ == "__main__":
    main()
