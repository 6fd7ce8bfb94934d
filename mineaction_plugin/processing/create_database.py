"""mineaction:createdatabase — a new, empty project database."""
from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

from ..core.i18n import N_, tr
from ..data import geopackage
from .base import MineActionAlgorithm


class CreateDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "createdatabase"
    DISPLAY_NAME = N_("Create project database")
    HELP = N_("Creates an empty mine action project database (GeoPackage, EPSG:4326) with every "
              "layer of the data model: minefield records, hazards, land release, EO finds, "
              "marking, tasks and the status history. Code lists, unique ids and the history "
              "of status changes are enforced by the database itself. An existing file is "
              "never overwritten.")
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Project database"), tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            info = geopackage.create(path)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Created {path} (schema version {version}).").format(
            path=path, version=info.version))
        return {self.OUTPUT: path}
