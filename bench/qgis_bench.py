"""What the in-process benchmarks share: QGIS started headless with Processing and this
plugin's provider, as QGIS desktop would have them."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for folder in ("/usr/share/qgis/python/plugins", ROOT):
    if folder not in sys.path:
        sys.path.insert(0, folder)


def start_qgis():
    """(QgsApplication, provider): keep both referenced for as long as the benchmark runs."""
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from mineaction_plugin.processing.provider import MineActionProvider
    provider = MineActionProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def irregular_ring(rng, lon, lat):
    """A closed ring of 12 vertices, 40–130 m around (lon, lat): a hazard as surveys draw it."""
    import math
    radius = rng.uniform(40, 130)
    ring = []
    for k in range(12):
        angle = 2 * math.pi * k / 12
        r = radius * rng.uniform(0.7, 1.0)
        ring.append((lon + r * math.sin(angle) / (111_000 * math.cos(math.radians(lat))),
                     lat + r * math.cos(angle) / 111_000))
    return ring + ring[:1]


def square(lon, lat, metres):
    """A GeoJSON square of `metres` a side with its south-west corner at lon/lat."""
    import math
    dlat = metres / 111_320.0
    dlon = metres / (111_320.0 * math.cos(math.radians(lat)))
    ring = [[lon, lat], [lon + dlon, lat], [lon + dlon, lat + dlat], [lon, lat + dlat],
            [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}
