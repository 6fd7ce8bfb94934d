"""mineaction:copydatabase — a project database from GeoPackage to PostGIS, or back."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
)

from ..core.i18n import N_, tr
from ..data import copy_database, geopackage, postgis
from .base import MineActionAlgorithm


class CopyDatabaseAlgorithm(MineActionAlgorithm):
    NAME = "copydatabase"
    DISPLAY_NAME = N_("Copy project database")
    HELP = N_("Copies a project database from a GeoPackage into a new PostgreSQL/PostGIS schema, "
              "or from PostGIS into a new GeoPackage: every layer with its ids, stamps, "
              "reasons and geometries, and the status history as it is, in one transaction. "
              "INPUT and OUTPUT are a .gpkg path or a PostgreSQL target (URI or key=value with "
              "schema=…); the output must not exist yet.")
    INPUT, OUTPUT, COPIED = "INPUT", "OUTPUT", "COPIED"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.INPUT, tr("From (GeoPackage path or PostgreSQL target)")))
        self.addParameter(QgsProcessingParameterString(
            self.OUTPUT, tr("To (new GeoPackage path or new PostgreSQL schema)")))
        self.addOutput(QgsProcessingOutputNumber(self.COPIED, tr("Rows copied")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        destination = self.parameterAsString(parameters, self.OUTPUT, context).strip()
        try:
            if not postgis.is_postgres(source) and postgis.is_postgres(destination):
                counts = copy_database.gpkg_to_postgis(
                    source, postgis.parse_target(destination), feedback.setProgress)
            elif postgis.is_postgres(source) and not postgis.is_postgres(destination):
                counts = copy_database.postgis_to_gpkg(
                    postgis.parse_target(source), destination, feedback.setProgress)
            else:
                raise QgsProcessingException(tr("Copy from a GeoPackage to PostgreSQL or from "
                                                "PostgreSQL to a GeoPackage."))
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        total = sum(counts.values())
        feedback.pushInfo(tr("{count} rows copied: {layers}").format(
            count=total, layers=", ".join(f"{k} {v}" for k, v in counts.items() if v)))
        return {self.OUTPUT: destination, self.COPIED: total}
