"""mineaction:createdatabase — a new, empty project database."""
from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

from ..core.i18n import N_, tr
from ..data import geopackage, postgis
from .base import MineActionAlgorithm


class CreateDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "createdatabase"
    DISPLAY_NAME = N_("Create project database")
    HELP = N_("Creates an empty mine action project database (GeoPackage, EPSG:4326) with every "
              "layer of the data model: minefield records, hazards, land release, EO finds, "
              "marking, tasks and the status history. Code lists, unique ids and the history "
              "of status changes are enforced by the database itself. An existing file is "
              "never overwritten. OUTPUT may also be a PostgreSQL/PostGIS target, a connection "
              "URI or key=value string with the schema to create, e.g. "
              "postgresql://officer@server/mineaction?schema=aghdam (the password comes from "
              "~/.pgpass, a service file or the environment, never from the parameter).")
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Project database"), tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):
        raw = parameters.get(self.OUTPUT)
        if isinstance(raw, str) and postgis.is_postgres(raw):
            # a PostgreSQL/PostGIS target: URI or key=value string with schema=<name>
            try:
                target = postgis.parse_target(raw)
                info = postgis.create(target)
            except geopackage.DatabaseError as error:
                raise QgsProcessingException(str(error))
            feedback.pushInfo(tr("Created {path} (schema version {version}).").format(
                path=target.label(), version=info.version))
            return {self.OUTPUT: raw}
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            info = geopackage.create(path)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Created {path} (schema version {version}).").format(
            path=path, version=info.version))
        return {self.OUTPUT: path}
