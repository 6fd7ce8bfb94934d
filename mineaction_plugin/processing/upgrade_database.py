"""mineaction:upgradedatabase — bring an older project database to this plugin's schema."""
from qgis.core import QgsProcessingException, QgsProcessingOutputString

from ..core.i18n import N_, tr
from ..data import geopackage, postgis
from .base import MineActionAlgorithm, database_parameter


class UpgradeDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "upgradedatabase"
    DISPLAY_NAME = N_("Upgrade project database")
    HELP = N_("Upgrades a project database made by an older version of the plugin. For a "
              "GeoPackage, a backup copy is written next to it first "
              "(name.backup-<time>.gpkg); on PostGIS the server's own backups stand for it. "
              "The upgrade itself is one transaction, so a failure leaves the database as it "
              "was.")
    DATABASE = "DATABASE"
    BACKUP = "BACKUP"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addOutput(QgsProcessingOutputString(self.BACKUP, tr("Backup copy")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        if postgis.is_postgres(path):
            return self._upgrade_postgis(path, feedback)
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

    def _upgrade_postgis(self, text, feedback):
        try:
            target = postgis.parse_target(text)
            before = postgis.inspect(target)
            after = postgis.upgrade(target)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        if before.needs_upgrade:
            feedback.pushInfo(tr("Upgraded from schema {old} to {new}.").format(
                old=before.version, new=after.version))
        else:
            feedback.pushInfo(tr("The database is already up to date."))
        return {self.DATABASE: text, self.BACKUP: ""}
