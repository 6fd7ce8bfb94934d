"""mineaction:importimsma — an IMSMA exchange file applied to the project database."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.i18n import N_, tr
from ..data import imsma_exchange, imsma_import
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter
from .imsma_common import profile_from, publish_problems


class ImportImsmaAlgorithm(MineActionAlgorithm):
    NAME = "importimsma"
    DISPLAY_NAME = N_("Import from IMSMA Core")
    GROUP_ID = "imsma"
    GROUP = N_("IMSMA")
    HELP = N_("Reads an export (File Geodatabase, GeoPackage or XLSX) made with the profile and "
              "applies it to the project database in one transaction: features are matched by "
              "local id, updated where something differs (a status change goes to the status "
              "history) and inserted where new. Any rejected feature (unknown code, missing "
              "required value, broken geometry, duplicate id) leaves the database untouched; "
              "REPORT lists them.")
    INPUT, PROFILE, DATABASE, REPORT = "INPUT", "PROFILE", "DATABASE", "REPORT"
    INSERTED, UPDATED, UNCHANGED, REJECTED = "INSERTED", "UPDATED", "UNCHANGED", "REJECTED"
    SUMMARY = "SUMMARY"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("IMSMA export (.gdb folder, .gpkg or .xlsx)"),
            behavior=QgsProcessingParameterFile.Behavior.File))
        self.addParameter(QgsProcessingParameterFile(
            self.PROFILE, tr("Mapping profile (.json; empty: IMSMA Core generic)"),
            extension="json", optional=True))
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Problem report"), tr("CSV (*.csv)"), optional=True,
            createByDefault=False))
        for name, title in ((self.INSERTED, tr("Inserted")), (self.UPDATED, tr("Updated")),
                            (self.UNCHANGED, tr("Unchanged")), (self.REJECTED, tr("Rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        profile = profile_from(self.parameterAsFile(parameters, self.PROFILE, context))
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        check_database(database)
        checked_output(report, (".csv",), (database, path), self.REPORT)
        try:
            summary = imsma_import.import_export(database, path, profile)
        except imsma_exchange.ExchangeError as error:
            publish_problems(feedback, report, error.problems)
            raise QgsProcessingException(str(error))
        publish_problems(feedback, report, [])
        totals = {key: sum(s[key] for s in summary.values())
                  for key in ("inserted", "updated", "unchanged")}
        text = "; ".join(f"{layer}: {s['inserted']} inserted, {s['updated']} updated, "
                         f"{s['unchanged']} unchanged" for layer, s in summary.items())
        feedback.pushInfo(text)
        return {self.INSERTED: totals["inserted"], self.UPDATED: totals["updated"],
                self.UNCHANGED: totals["unchanged"], self.REJECTED: 0, self.SUMMARY: text,
                self.REPORT: report}
