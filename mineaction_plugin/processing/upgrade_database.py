"""mineaction:upgradedatabase — bring an older project database to this plugin's schema."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFile)

from ..core.i18n import N_, tr
from ..data import geopackage
from .base import MineActionAlgorithm


class UpgradeDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "upgradedatabase"
    DISPLAY_NAME = N_("Upgrade project database")
    HELP = N_("Upgrades a project database made by an older version of the plugin. A backup "
              "copy is written next to it first (name.backup-<time>.gpkg); the upgrade itself "
              "is one transaction, so a failure leaves the database as it was.")
    DATABASE = "DATABASE"
    BACKUP = "BACKUP"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, tr("Project database"), extension="gpkg"))
        self.addOutput(QgsProcessingOutputString(self.BACKUP, tr("Backup copy")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        try:
            before = geopackage.inspect(path).version
            backup = geopackage.upgrade(path)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        if backup:
            feedback.pushInfo(tr("Upgraded from schema {old} to {new}; backup: {backup}").format(
                old=before, new=geopackage.inspect(path).version, backup=backup))
        else:
            feedback.pushInfo(tr("The database is already up to date."))
        return {self.DATABASE: path, self.BACKUP: backup or ""}
