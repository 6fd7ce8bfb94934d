"""mineaction:needsreport — victims' needs and the assistance given, for the assistance team."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
)

from ..core import schema
from ..core.i18n import N_, tr
from ..data import casualty_store, geopackage
from ..data.tables import write_table
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter

STATUSES = ("open_only", "all")


class NeedsReportAlgorithm(MineActionAlgorithm):
    NAME = "needsreport"
    DISPLAY_NAME = N_("Victims' needs report")
    GROUP_ID = "casualties"
    GROUP = N_("Casualties")
    HELP = N_("One row per need of a victim (open ones, or all): the victim, the accident, its "
              "district and date, the domain, the need, its priority and status, and the "
              "assistance given so far. Names and phones only with INCLUDE_PERSONAL, and only "
              "where the database allows this login to read them (on PostGIS, the victim-"
              "assistance role).")
    DATABASE, STATUS, INCLUDE_PERSONAL, OUTPUT = "DATABASE", "STATUS", "INCLUDE_PERSONAL", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("Needs"), list(STATUSES), defaultValue="open_only",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_PERSONAL, tr("Include names and phones"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Needs report"), tr("CSV (*.csv);;Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("NEEDS", tr("Needs listed")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        open_only = self.parameterAsEnumString(parameters, self.STATUS, context) == "open_only"
        personal = self.parameterAsBoolean(parameters, self.INCLUDE_PERSONAL, context)
        output = checked_output(self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                                (".csv", ".xlsx"), (database,))
        check_database(database)
        try:
            header, rows = casualty_store.needs_rows(database, open_only, personal)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        except Exception as error:   # psycopg2's: the server refused this login the tables
            if "permission denied" in str(error):
                raise QgsProcessingException(tr(
                    "The database allows victims' needs and assistance to the victim-assistance "
                    "role only; ask the database administrator for it if your work needs them."))
            raise
        labels = {code: tr(label) for code, label in schema.CODE_LISTS["need_domain"].items()}
        domain = header.index("domain")
        rows = [row[:domain] + [labels.get(row[domain], row[domain])] + row[domain + 1:]
                for row in rows]
        write_table(output, "needs", header, rows, say=feedback.pushWarning)
        feedback.pushInfo(tr("{count} needs listed in {path}.").format(count=len(rows),
                                                                        path=output))
        return {self.OUTPUT: output, "NEEDS": len(rows)}
