"""mineaction:exportimsma — the project database as IMSMA Core can append it."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import N_, tr
from ..data import imsma_exchange, imsma_export
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter
from .imsma_common import profile_from, publish_problems

FORMATS = ["filegdb", "gpkg", "xlsx"]


def parse_since(text):
    """'' → None; an ISO date or date-time → the stored form (UTC, 'Z')."""
    import datetime
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise QgsProcessingException(tr("SINCE: '{value}' is not a date or time (use "
                                        "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS).").format(value=text))
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class ExportImsmaAlgorithm(MineActionAlgorithm):
    NAME = "exportimsma"
    DISPLAY_NAME = N_("Export to IMSMA Core")
    GROUP_ID = "imsma"
    GROUP = N_("IMSMA")
    HELP = N_("Writes hazards, land release (hazard reduction), EO finds, marking, tasks, "
              "accidents and victims as IMSMA Core appends them (victims' names, birth dates, "
              "addresses and phones only with INCLUDE_PERSONAL): names, required fields and "
              "coded-value domains from the profile (default: IMSMA Core generic), WGS 84, ISO "
              "dates, domain codes. FORMAT "
              "filegdb or gpkg carry the domains; xlsx has one sheet per entity (latitude/"
              "longitude for points, WKT otherwise). By default only what changed since the last "
              "successful export is written. Every feature is checked first: with ON_INVALID = "
              "stop nothing is written when one fails, with skip the others are written; "
              "REPORT lists the problems.")
    DATABASE, PROFILE, FORMAT, SINCE = "DATABASE", "PROFILE", "FORMAT", "SINCE"
    ON_INVALID, OUTPUT, REPORT = "ON_INVALID", "OUTPUT", "REPORT"
    EXPORTED, PROBLEMS, SINCE_USED = "EXPORTED", "PROBLEMS", "SINCE_USED"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFile(
            self.PROFILE, tr("Mapping profile (.json; empty: IMSMA Core generic)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"), FORMATS,
                                                     defaultValue="filegdb",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(
            self.SINCE, tr("Only changes after (YYYY-MM-DD[THH:MM]; empty: since the last "
                           "export; 1900-01-01: everything)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.ON_INVALID, tr("Invalid features"),
                                                     ["stop", "skip"], defaultValue="stop",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Export"), tr("File Geodatabase (*.gdb);;GeoPackage (*.gpkg);;"
                                          "Excel (*.xlsx)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Problem report"), tr("CSV (*.csv)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_PERSONAL", tr("Include victims' personal data (names, birth dates, "
                                   "addresses, phones)"), defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber(self.EXPORTED, tr("Features exported")))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, tr("Problems")))
        self.addOutput(QgsProcessingOutputString(self.SINCE_USED, tr("Changes after")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        from ..core.imsma import with_personal
        include_personal = self.parameterAsBoolean(parameters, "INCLUDE_PERSONAL", context)
        profile = with_personal(profile_from(self.parameterAsFile(parameters, self.PROFILE,
                                                                  context)), include_personal)
        fmt = self.parameterAsEnumString(parameters, self.FORMAT, context)
        since = parse_since(self.parameterAsString(parameters, self.SINCE, context))
        on_invalid = self.parameterAsEnumString(parameters, self.ON_INVALID, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        check_database(database)
        checked_output(report, (".csv",), (database, output), self.REPORT)
        try:
            result = imsma_export.export(database, profile, fmt, output, since, on_invalid,
                                           progress=feedback.setProgress,
                                           is_cancelled=feedback.isCanceled,
                                           say=feedback.pushWarning)
        except imsma_exchange.ExchangeError as error:
            publish_problems(feedback, report, error.problems)
            raise QgsProcessingException(str(error))
        publish_problems(feedback, report, result["problems"])
        total = sum(result["counts"].values())
        feedback.pushInfo(tr("{count} features exported to {path} ({tables}); changes after "
                             "{since}.").format(
            count=total, path=result["path"],
            tables=", ".join(f"{t} {n}" for t, n in result["counts"].items()),
            since=result["since"] or tr("the beginning")))
        return {self.OUTPUT: result["path"], self.REPORT: report, self.EXPORTED: total,
                self.PROBLEMS: len(result["problems"]), self.SINCE_USED: result["since"] or ""}
