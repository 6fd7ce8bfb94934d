import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture(scope="session")
def mineaction_provider(qgis_processing):
    """Processing with the plugin's provider registered, messages in English."""
    from qgis.core import QgsApplication
    from mineaction_plugin.processing.provider import MineActionProvider
    from mineaction_plugin.toolbelt import install_translator
    install_translator("en")
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("mineaction")
    if provider is None:
        provider = MineActionProvider()
        registry.addProvider(provider)
    return provider


@pytest.fixture
def run_alg(mineaction_provider):
    import processing

    def run(name, parameters):
        return processing.run(f"mineaction:{name}", parameters)
    return run


@pytest.fixture
def new_db(tmp_path, run_alg):
    path = str(tmp_path / "project.gpkg")
    run_alg("createdatabase", {"OUTPUT": path})
    return path
