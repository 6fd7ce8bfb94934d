"""mineaction:createtask — a task for a survey or clearance team over a hazard."""
import datetime

from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..adapters.qgis_geodesy import geometry_bounds
from ..core import schema, task_sheet
from ..core.i18n import N_, tr
from ..data import geopackage, project_db
from .base import MineActionAlgorithm, check_database, database_parameter

TASK_TYPES = list(schema.CODE_LISTS["task_type"])


def parse_date(text, what):
    """'' → None; YYYY-MM-DD → the same text; anything else → a clear error."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise QgsProcessingException(tr("{what}: '{value}' is not a date (use YYYY-MM-DD).")
                                     .format(what=what, value=text))


class CreateTaskAlgorithm(MineActionAlgorithm):
    NAME = "createtask"
    DISPLAY_NAME = N_("Create task from hazard")
    GROUP_ID = "tasks"
    GROUP = N_("Task sheets")
    HELP = N_("Creates a task (status draft) whose task area is the hazard's outline, with its "
              "type, organisation, team, priority and dates. The task id defaults to "
              "<hazard id>-T01, -T02, … and must be safe as a file name. The creation is "
              "recorded in the status history.")
    DATABASE, HAZARD_ID, TASK_ID, TASK_TYPE = "DATABASE", "HAZARD_ID", "TASK_ID", "TASK_TYPE"
    ORGANISATION, TEAM, PRIORITY = "ORGANISATION", "TEAM", "PRIORITY"
    ISSUED_DATE, DUE_DATE = "ISSUED_DATE", "DUE_DATE"

    def initAlgorithm(self, config=None):
        # a .gpkg, or a PostgreSQL target (URI or key=value with schema=…)
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(self.HAZARD_ID, tr("Hazard id")))
        self.addParameter(QgsProcessingParameterString(self.TASK_ID, tr("Task id"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TASK_TYPE, tr("Task type"), TASK_TYPES, defaultValue="clearance",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.ORGANISATION, tr("Organisation"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.TEAM, tr("Team"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRIORITY, tr("Priority (1 highest – 5 lowest; empty: the hazard's)"),
            QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1, maxValue=5))
        self.addParameter(QgsProcessingParameterString(self.ISSUED_DATE,
                                                       tr("Issued on (YYYY-MM-DD)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.DUE_DATE, tr("Due on (YYYY-MM-DD)"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputString(self.TASK_ID, tr("Task id")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        hazard_id = self.parameterAsString(parameters, self.HAZARD_ID, context).strip()
        task_id = (self.parameterAsString(parameters, self.TASK_ID, context) or "").strip()
        task_type = self.parameterAsEnumString(parameters, self.TASK_TYPE, context)
        priority = (self.parameterAsInt(parameters, self.PRIORITY, context)
                    if parameters.get(self.PRIORITY) not in (None, "") else None)
        issued = parse_date(self.parameterAsString(parameters, self.ISSUED_DATE, context),
                            tr("Issued on"))
        due = parse_date(self.parameterAsString(parameters, self.DUE_DATE, context),
                         tr("Due on"))
        if issued and due and due < issued:
            raise QgsProcessingException(tr("The due date {due} is before the issue date "
                                            "{issued}.").format(due=due, issued=issued))
        if task_id and task_sheet.task_id_problem(task_id):
            raise QgsProcessingException(tr("Task id '{id}': {reason}.").format(
                id=task_id, reason=tr(task_sheet.task_id_problem(task_id))))
        check_database(database)
        try:
            with project_db.open_project(database) as db:
                with db.transaction():
                    row = db.rows(f"SELECT {db.geometry_column()}, priority, status FROM "
                                  f"{db.t('hazards')} WHERE hazard_id = ?", (hazard_id,))
                    if not row:
                        raise QgsProcessingException(tr("There is no hazard {id} in the database.")
                                                     .format(id=hazard_id))
                    if row[0][2] == "closed":
                        raise QgsProcessingException(tr(
                            "Hazard {id} is closed: no task is made on a "
                            "closed hazard (reopen it first, with a "
                            "reason).").format(id=hazard_id))
                    geometry = QgsGeometry()
                    if row[0][0] is not None:
                        geometry.fromWkb(db.wkb(row[0][0]))
                    if geometry.isEmpty():
                        raise QgsProcessingException(tr("Hazard {id} has no outline to use as the "
                                                        "task area.").format(id=hazard_id))
                    ids = [r[0] for r in db.rows(f"SELECT task_id FROM {db.t('tasks')}")]
                    if not task_id:
                        task_id = task_sheet.next_task_id(hazard_id, ids)
                        if task_sheet.task_id_problem(task_id):
                            raise QgsProcessingException(tr(
                                "The task id made from hazard {hazard} would be '{id}', which "
                                "cannot be used ({reason}); give TASK_ID.").format(
                                    hazard=hazard_id, id=task_id,
                                    reason=tr(task_sheet.task_id_problem(task_id))))
                    elif task_id in ids:
                        raise QgsProcessingException(tr("Task {id} exists already.").format(
                            id=task_id))
                    organisation = (self.parameterAsString(parameters, self.ORGANISATION, context)
                                    or "").strip() or None
                    team = (self.parameterAsString(parameters, self.TEAM, context) or "").strip()
                    db.insert("tasks", {
                        "task_id": task_id, "hazard_id": hazard_id, "task_type": task_type,
                        "status": "draft", "organisation": organisation, "team": team or None,
                        "priority": priority if priority is not None else row[0][1],
                        "issued_date": issued, "due_date": due},
                        bytes(geometry.asWkb()), geometry_bounds(geometry))
                    record_creation(db, task_id,
                                    tr("created from hazard {id}").format(id=hazard_id))
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Task {task} created over hazard {hazard}.").format(
            task=task_id, hazard=hazard_id))
        return {self.TASK_ID: task_id}


def record_creation(db, task_id, reason):
    """The first line of a task's history: created as a draft."""
    db.record_creation("tasks", task_id, "status", "draft", reason)
