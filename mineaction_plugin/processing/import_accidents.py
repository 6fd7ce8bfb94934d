"""mineaction:importaccidents — accidents and victims from a casualty file, all or nothing."""
import datetime
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from ..core import casualties
from ..core.i18n import N_, tr
from ..core.record_table import TableError
from ..data import casualty_store, geopackage, project_db, record_files
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    check_sink,
    database_parameter,
    write_rejected_rows,
)

ERROR_LEAD = ("row", "accident_id", "victim_id", "problem", "problem_field")


class ImportAccidentsAlgorithm(MineActionAlgorithm):
    NAME = "importaccidents"
    DISPLAY_NAME = N_("Import accidents and victims")
    GROUP_ID = "casualties"
    GROUP = N_("Casualties")
    HELP = N_("Imports a casualty file: CSV or XLSX with one row per victim and the accident's "
              "columns repeated (an accident without victims on a row of its own), or an XLSX "
              "with the sheets 'accidents' and 'victims'. Places as longitude/latitude (WGS 84). "
              "A file with any bad row — a date in the future, an unknown code, a victim without "
              "an accident, an age over 120, a repeated id — imports nothing: every bad row is "
              "listed in Errors (personal columns left out) to be corrected at its source. A good "
              "file goes in as one transaction; the personal columns go to victim_personal only. "
              "Accidents are linked to the hazard and the minefield record they fall in.")
    INPUT, DATABASE, ERRORS = "INPUT", "DATABASE", "ERRORS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Casualty file"),
            fileFilter=tr("Casualty tables (*.csv *.xlsx *.ods);;All files (*)")))
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ERRORS, tr("Errors"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        for name, title in (("ACCIDENTS", tr("Accidents imported")),
                            ("VICTIMS", tr("Victims imported")),
                            ("REJECTED", tr("Rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        if parameters.get(self.ERRORS) is not None:
            check_sink(self, parameters, self.ERRORS, context, (database, path))
        check_database(database)
        try:
            accident_rows, victim_rows, headers = read_casualties(path)
        except TableError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{accidents} accident rows and {victims} victim rows read from "
                             "{name}.").format(accidents=len(accident_rows),
                                               victims=len(victim_rows),
                                               name=os.path.basename(path)))
        try:
            with project_db.open_project(database) as db:
                known_accidents, known_victims = casualty_store.existing_ids(db)
                accidents, victims, problems = casualties.check(
                    accident_rows, victim_rows, datetime.date.today(), known_accidents,
                    known_victims)
                feedback.setProgress(40)
                if not problems:
                    placed = casualty_store.place(db, accidents)
                    with all_or_nothing(db):
                        try:
                            casualty_store.write(db, accidents, victims, feedback.isCanceled)
                        except InterruptedError:
                            raise QgsProcessingException(tr("Import cancelled: nothing was "
                                                            "written."))
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(tr("Nothing was written: {reason}").format(reason=error))
        outputs = self._errors(parameters, context, problems, headers)
        for problem in problems[:100]:
            feedback.reportError(tr("row {row}, accident {accident}, victim {victim}: {field}: "
                                    "{reason}").format(
                row=problem.row, accident=problem.accident_id or "–",
                victim=problem.victim_id or "–", field=problem.field, reason=problem.reason),
                False)
        if problems:
            feedback.reportError(tr("{count} rows are wrong: nothing was imported. Correct the "
                                    "file at its source and import it again (the rows are "
                                    "listed in Errors).").format(count=len(problems)), False)
            outputs.update({"ACCIDENTS": 0, "VICTIMS": 0, "REJECTED": len(problems)})
            return outputs
        feedback.pushInfo(tr("{accidents} accidents ({placed} inside a hazard or record) and "
                             "{victims} victims imported.").format(
                                 accidents=len(accidents), placed=placed, victims=len(victims)))
        outputs.update({"ACCIDENTS": len(accidents), "VICTIMS": len(victims), "REJECTED": 0})
        return outputs

    def _errors(self, parameters, context, problems, headers):
        originals = [h for h in headers if h not in ERROR_LEAD and
                     h not in casualties.PERSONAL_COLUMNS]
        return write_rejected_rows(self, parameters, context, self.ERRORS, ERROR_LEAD,
                                   originals, [((p.row, p.accident_id, p.victim_id, p.reason,
                                                 p.field), p.values) for p in problems])


def read_casualties(path):
    """(accident rows, victim rows, column names) of a casualty file in either layout."""
    if {"accidents", "victims"} <= set(record_files.sheet_names(path)):
        accidents = record_files.read_table(path, "accidents", required=("accident_id",))
        victims = record_files.read_table(path, "victims", required=("victim_id",))
        headers = list(dict.fromkeys(
            [h.strip().lower() for h in accidents.headers + victims.headers]))
        return accidents.rows, victims.rows, headers
    table = record_files.read_table(path, "casualties", required=("accident_id",))
    accident_rows, victim_rows = casualties.split_rows(table.rows)
    return accident_rows, victim_rows, [h.strip().lower() for h in table.headers]
