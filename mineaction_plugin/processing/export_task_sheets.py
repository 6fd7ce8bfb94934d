"""mineaction:exporttasksheets — one PDF task sheet per task, for a batch chosen by a filter."""
import os
import tempfile

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core.i18n import N_, tr
from ..core.outputs import PartialOutput
from ..data import project_db
from ..layouts import template as sheet_template
from ..layouts.pdf_output import CombinedPdf, output_path
from ..layouts.sheet_source import (
    LANGUAGES,
    SHEET_DEFAULTS,
    SheetError,
    TaskSheetSource,
    sheet_translator,
)
from ..layouts.task_sheet import TaskSheet
from .base import (
    MineActionAlgorithm,
    check_database,
    checked_output,
    database_parameter,
    read_only_expression,
    written_into_place,
)


def _source(database, name):
    source, provider = project_db.layer_source(database, name)
    return source, name, provider


def plan_order(tasks, plan_path, organisation=""):
    """The tasks in the work plan's order (by the planned start of their hazard), only those of
    `organisation` when given; without a plan, as they are."""
    if not plan_path:
        return tasks
    import csv
    with open(plan_path, encoding="utf-8-sig", newline="") as f:
        plan = [row for row in csv.DictReader(f)
                if not organisation or row.get("organisation") == organisation]
    if organisation and not plan:
        raise QgsProcessingException(tr("The plan gives no hazard to {organisation}.").format(
            organisation=organisation))
    order = {row["hazard_id"]: (row["start_date"], index) for index, row in enumerate(plan)}
    chosen = [task for task in tasks if task["hazard_id"] in order]
    return sorted(chosen, key=lambda task: (order[task["hazard_id"]], task["task_id"]))


def writable_folder(folder):
    """The reason `folder` cannot take files, or None (checked by writing, not by mode bits)."""
    try:
        os.makedirs(folder, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".mineaction-", delete=True):
            pass
    except OSError as error:
        return error.strerror or str(error)
    return None


class ExportTaskSheetsAlgorithm(MineActionAlgorithm):
    NAME = "exporttasksheets"
    DISPLAY_NAME = N_("Export task sheets")
    GROUP_ID = "tasks"
    GROUP = N_("Task sheets")
    HELP = N_("Writes one PDF task sheet per task, named <task id>.pdf, into the output "
              "folder: title block, map of the task area at a standard scale with UTM grid and "
              "graticule, overview, legend, turning points with coordinates, marking, finds "
              "nearby, safety notes, emergency contacts and signatures. FILTER is an "
              "expression on the tasks layer (for example \"status\" = 'issued'). A task that "
              "cannot be printed is reported by name and the others are still written. No "
              "network is needed.")
    DATABASE, FILTER, TEMPLATE, PAGE_SIZE = "DATABASE", "FILTER", "TEMPLATE", "PAGE_SIZE"
    ORIENTATION, LANGUAGE, COMBINED = "ORIENTATION", "LANGUAGE", "COMBINED"
    OUTPUT_FOLDER, FILES, EXPORTED, FAILED = "OUTPUT_FOLDER", "FILES", "EXPORTED", "FAILED"
    COMBINED_FILE, PROBLEMS = "COMBINED_FILE", "PROBLEMS"
    PROGRAMME, SAFETY_NOTES, EMERGENCY_CONTACTS = "PROGRAMME", "SAFETY_NOTES", "EMERGENCY_CONTACTS"
    FINDS_DISTANCE, DECLINATION = "FINDS_DISTANCE", "DECLINATION"

    def flags(self):
        # layouts are Qt graphics scenes and text needs Qt's font database: main thread only,
        # as QGIS's own layout export algorithms
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def _sheet_settings(self, parameters, context):
        """What the sheets say besides the database, from the parameters only (the same on
        every machine; the dock passes the officer's settings)."""
        def text(name):
            return (self.parameterAsString(parameters, name, context) or "").strip()
        declination = text(self.DECLINATION)
        if declination:
            try:
                float(declination.replace(",", "."))
            except ValueError:
                raise QgsProcessingException(tr("DECLINATION: '{value}' is not a number of "
                                                "degrees.").format(value=declination))
        return {"programme": text(self.PROGRAMME), "safety_notes": text(self.SAFETY_NOTES),
                "emergency": text(self.EMERGENCY_CONTACTS),
                "finds_distance_m": self.parameterAsDouble(parameters, self.FINDS_DISTANCE,
                                                           context),
                "declination": declination.replace(",", ".")}

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.FILTER, tr("Tasks to print (expression on tasks; empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Layout template (.qpt; empty: the plugin's)"), extension="qpt",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAGE_SIZE, tr("Page size"), list(sheet_template.PAGE_SIZES), defaultValue="A4",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ORIENTATION, tr("Orientation"), list(sheet_template.ORIENTATIONS),
            defaultValue="portrait", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of the sheets"), list(LANGUAGES), defaultValue="en",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.COMBINED, tr("Also write all sheets in one PDF (task_sheets.pdf)"),
            defaultValue=False))
        defaults = SHEET_DEFAULTS
        for name, title, default, multiline in (
                (self.PROGRAMME, tr("Programme name (title block)"), defaults["programme"],
                 False),
                (self.SAFETY_NOTES, tr("Safety notes"), defaults["safety_notes"], True),
                (self.EMERGENCY_CONTACTS, tr("Emergency contacts"), defaults["emergency"], True),
                (self.DECLINATION, tr("Magnetic declination, ° east (empty: the record's)"),
                 defaults["declination"], False)):
            self.addParameter(QgsProcessingParameterString(name, title, default, multiline,
                                                           optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.FINDS_DISTANCE, tr("List EO finds within (m of the task area)"),
            QgsProcessingParameterNumber.Type.Double, defaults["finds_distance_m"],
            minValue=0.0, maxValue=10_000.0))
        self.addParameter(QgsProcessingParameterFile(
            "PLAN", tr("Work plan (PLAN of Forecast the work plan): sheets in plan order"),
            optional=True, fileFilter=tr("CSV (*.csv);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            "ORGANISATION", tr("Only this organisation's tasks in the plan"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                                  tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("PDF files written")))
        self.addOutput(QgsProcessingOutputNumber(self.EXPORTED, tr("Sheets written")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Tasks not printed")))
        self.addOutput(QgsProcessingOutputString(self.PROBLEMS, tr("Why tasks were not "
                                                                   "printed")))
        self.addOutput(QgsProcessingOutputString(self.COMBINED_FILE, tr("Combined PDF")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        expression = (self.parameterAsString(parameters, self.FILTER, context) or "").strip()
        template = (self.parameterAsFile(parameters, self.TEMPLATE, context) or "").strip()
        page_size = self.parameterAsEnumString(parameters, self.PAGE_SIZE, context)
        orientation = self.parameterAsEnumString(parameters, self.ORIENTATION, context)
        language = self.parameterAsEnumString(parameters, self.LANGUAGE, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        template = template or sheet_template.template_path(page_size, orientation)
        check_database(database)
        problem = writable_folder(folder)
        if problem:
            raise QgsProcessingException(tr("The output folder {folder} cannot be written: "
                                            "{reason}. No sheet was written.").format(
                                                folder=folder, reason=problem))
        tasks_layer = QgsVectorLayer(*_source(database, "tasks"))
        request = QgsFeatureRequest()
        if expression:
            read_only_expression(expression, self.FILTER)
            request.setFilterExpression(expression)
        request.addOrderBy("task_id")
        tasks = plan_order(list(tasks_layer.getFeatures(request)),
                           self.parameterAsFile(parameters, "PLAN", context),
                           (self.parameterAsString(parameters, "ORGANISATION", context)
                            or "").strip())
        if not tasks:
            raise QgsProcessingException(
                tr("No task matches the filter {filter}; no sheet was written.").format(
                    filter=expression) if expression else
                tr("The database has no tasks; no sheet was written."))
        try:
            source = TaskSheetSource(database, sheet_translator(language))
            sheet = TaskSheet(source, template, self._sheet_settings(parameters, context))
        except (SheetError, ValueError) as error:
            raise QgsProcessingException(str(error))

        files, problems = [], []
        combined = None
        if self.parameterAsBoolean(parameters, self.COMBINED, context):
            combined_target = checked_output(
                os.path.join(os.path.realpath(folder), "task_sheets.pdf"), (".pdf",),
                (database,), self.OUTPUT_FOLDER)
            combined_output = PartialOutput(combined_target, feedback.pushWarning)
            combined = CombinedPdf(combined_output.partial)
        try:
            self._export_each(tasks, folder, database, sheet, combined, files, problems,
                              feedback)
        except BaseException:
            if combined is not None:
                combined.finish()
                combined_output.discard()
            raise
        combined_path = ""
        if combined is not None:
            not_georeferenced = combined.finish()
            if not_georeferenced and files:
                feedback.pushWarning(tr(
                    "The map on page(s) {pages} of the combined file could not be "
                    "georeferenced (GDAL's PDF driver is missing or refused); the single "
                    "sheets are.").format(pages=", ".join(map(str, not_georeferenced))))
            if files:   # the combined file is moved into place, else removed
                combined_output.keep()
                combined_path = combined_target
                feedback.pushInfo(tr("All sheets in one file: {file}").format(
                    file=combined_path))
            else:
                combined_output.discard()
        if not files:
            raise QgsProcessingException(tr("No sheet was written:") + "\n" + "\n".join(problems))
        feedback.pushInfo(tr("{count} task sheets written to {folder}.").format(
            count=len(files), folder=folder))
        return {self.OUTPUT_FOLDER: folder, self.FILES: files, self.EXPORTED: len(files),
                self.FAILED: len(problems), self.PROBLEMS: "\n".join(problems),
                self.COMBINED_FILE: combined_path}

    def _export_each(self, tasks, folder, database, sheet, combined, files, problems,
                     feedback):
        """One PDF per task into `folder`; a task that cannot be printed goes to
        `problems` and the others are still written."""
        for index, task in enumerate(tasks):
            if feedback.isCanceled():
                break
            task_id = task["task_id"]
            try:
                path = output_path(folder, task_id)
                if os.path.exists(path):
                    checked_output(path, (".pdf",), (database,), self.OUTPUT_FOLDER)
                facts = sheet.fill(task)
                with written_into_place(feedback, path) as partial:
                    sheet.export_pdf(partial)
                if combined is not None:
                    combined.add(sheet.layout)
            except SheetError as error:
                problems.append(str(error))
                feedback.reportError(str(error), False)
            else:
                files.append(path)
                feedback.pushInfo(tr("{task}: {file} (1:{scale}, {points} points)").format(
                    task=task_id, file=os.path.basename(path), scale=facts["scale"],
                    points=len(facts["points"])))
            feedback.setProgress(100.0 * (index + 1) / len(tasks))
