"""Mine action information management for QGIS.

QGIS calls classFactory() when it loads the plugin; imports stay inside it so that importing
the package (for example from the pure-Python unit tests of core/) does not need QGIS.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin import MineActionPlugin
    return MineActionPlugin(iface)
