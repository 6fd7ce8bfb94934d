"""mineaction:copydatabase — a project database from GeoPackage to PostGIS, or back."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
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
              "schema=…); the output must not exist yet. PERSONAL=omit leaves victims' personal "
              "data, needs and assistance out (a copy to share; also GeoPackage to GeoPackage).")
    INPUT, OUTPUT, COPIED, PERSONAL = "INPUT", "OUTPUT", "COPIED", "PERSONAL"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.INPUT, tr("From (GeoPackage path or PostgreSQL target)")))
        self.addParameter(QgsProcessingParameterString(
            self.OUTPUT, tr("To (new GeoPackage path or new PostgreSQL schema)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.PERSONAL, tr("Victims' personal data, needs and assistance"),
            ["include", "omit"], defaultValue="include", usesStaticStrings=True))
        self.addOutput(QgsProcessingOutputNumber(self.COPIED, tr("Rows copied")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        destination = self.parameterAsString(parameters, self.OUTPUT, context).strip()
        personal = self.parameterAsEnumString(parameters, self.PERSONAL, context) != "omit"
        try:
            if not postgis.is_postgres(source) and postgis.is_postgres(destination):
                counts = copy_database.gpkg_to_postgis(
                    source, postgis.parse_target(destination), feedback.setProgress, personal)
            elif postgis.is_postgres(source) and not postgis.is_postgres(destination):
                counts = copy_database.postgis_to_gpkg(
                    postgis.parse_target(source), destination, feedback.setProgress, personal)
            elif not personal and not postgis.is_postgres(destination):
                counts = copy_database.gpkg_to_gpkg_without_personal(
                    source, destination, feedback.setProgress)
            else:
                raise QgsProcessingException(tr("Copy from a GeoPackage to PostgreSQL or from "
                                                "PostgreSQL to a GeoPackage (or, without "
                                                "personal data, to a new GeoPackage)."))
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        except Exception as error:   # psycopg2's: the server refused this login a table
            if "permission denied" in str(error):
                raise QgsProcessingException(tr(
                    "The database refuses your login the victims' personal data: copy with "
                    "PERSONAL=omit, or ask for the victim-assistance role. Nothing was "
                    "copied."))
            raise
        if not personal:
            feedback.pushInfo(tr("Victims' personal data, needs and assistance were left out."))
        total = sum(counts.values())
        feedback.pushInfo(tr("{count} rows copied: {layers}").format(
            count=total, layers=", ".join(f"{k} {v}" for k, v in counts.items() if v)))
        return {self.OUTPUT: destination, self.COPIED: total}
