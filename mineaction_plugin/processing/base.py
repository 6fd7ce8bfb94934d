"""What every algorithm of the provider shares: translation and the provider's group."""
from qgis.core import QgsProcessingAlgorithm

from ..core.i18n import tr


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP_ID/GROUP and HELP (English, translated here)."""
    NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = "database"
    GROUP = "Database"
    HELP = ""

    def name(self):
        return self.NAME

    def displayName(self):
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        return tr(self.HELP)

    def createInstance(self):
        return type(self)()
