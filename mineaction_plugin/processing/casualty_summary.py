"""mineaction:casualtysummary — the national report's casualty table by district and year."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import casualties
from ..core.detections import parse_ids
from ..core.i18n import N_, tr
from ..data import casualty_store, geopackage
from ..data.tables import write_table
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter


class CasualtySummaryAlgorithm(MineActionAlgorithm):
    NAME = "casualtysummary"
    DISPLAY_NAME = N_("Casualty summary")
    GROUP_ID = "casualties"
    GROUP = N_("Casualties")
    HELP = N_("One row per district and year of accident: accidents (with or without victims), "
              "victims, killed, injured, children, women (female adults), civilians, deminers, "
              "victims of accidents outside every minefield record (grown by the record buffer) "
              "and outside every hazard, and victims of accidents whose location is unknown "
              "(counted in neither 'outside' column); then a Total row. Dates are inclusive. No "
              "personal data is read.")
    DATABASE, DATE_FROM, DATE_TO = "DATABASE", "DATE_FROM", "DATE_TO"
    DISTRICTS, RECORD_BUFFER, OUTPUT = "DISTRICTS", "RECORD_BUFFER", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.DATE_FROM, tr("From (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATE_TO, tr("To (YYYY-MM-DD, inclusive)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DISTRICTS, tr("Districts, comma separated (default: all)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RECORD_BUFFER, tr("Record buffer (m)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=10000.0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Summary table"), tr("CSV (*.csv);;Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("VICTIMS", tr("Victims counted")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        dates = []
        for name in (self.DATE_FROM, self.DATE_TO):
            text = (self.parameterAsString(parameters, name, context) or "").strip()
            try:
                dates.append(casualties.iso_date(text) if text else None)
            except ValueError:
                raise QgsProcessingException(tr("{name}: {value} is not a date (YYYY-MM-DD).")
                                             .format(name=name, value=text))
        districts = parse_ids(self.parameterAsString(parameters, self.DISTRICTS,
                                                              context))
        buffer_m = self.parameterAsDouble(parameters, self.RECORD_BUFFER, context)
        output = checked_output(self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                                (".csv", ".xlsx"), (database,))
        check_database(database)
        try:
            data = casualty_store.read_for_summary(database, buffer_m)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.setProgress(70)
        rows = casualties.summarise(*data, date_from=dates[0], date_to=dates[1],
                                    districts=districts or None)
        write_table(output, "casualties", list(casualties.SUMMARY_COLUMNS),
                    [[row[c] for c in casualties.SUMMARY_COLUMNS] for row in rows],
                    say=feedback.pushWarning)
        total = rows[-1]
        feedback.pushInfo(tr("{victims} victims in {accidents} accidents: {killed} killed, "
                             "{injured} injured; {outside} outside every minefield record.")
                          .format(victims=total["victims"], accidents=total["accidents"],
                                  killed=total["killed"], injured=total["injured"],
                                  outside=total["outside_records"]))
        return {self.OUTPUT: output, "VICTIMS": total["victims"]}
