"""mineaction:settaskstatus — move a task along draft → issued → in progress → completed."""
import datetime

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import schema, task_sheet
from ..core.i18n import N_, tr
from ..data import geopackage, project_db
from .base import MineActionAlgorithm, check_database, database_parameter


class SetTaskStatusAlgorithm(MineActionAlgorithm):
    NAME = "settaskstatus"
    DISPLAY_NAME = N_("Set task status")
    GROUP_ID = "tasks"
    GROUP = N_("Task sheets")
    HELP = N_("Moves a task to its next status: draft → issued → in progress → completed; any "
              "open task may be cancelled. Other changes are refused. Issuing a task sets its "
              "issue date when it has none. The change and its reason go to the status "
              "history.")
    DATABASE, TASK_ID, STATUS, REASON = "DATABASE", "TASK_ID", "STATUS", "REASON"
    ROW_VERSION = "ROW_VERSION"
    OLD_STATUS = "OLD_STATUS"

    def initAlgorithm(self, config=None):
        # a .gpkg, or a PostgreSQL target (URI or key=value with schema=…)
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(self.TASK_ID, tr("Task id")))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("New status"), list(schema.CODE_LISTS["task_status"]),
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.REASON, tr("Reason"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ROW_VERSION, tr("Version read (PostGIS: refuse the change if the task was "
                                 "saved since)"), QgsProcessingParameterNumber.Type.Integer,
            optional=True, minValue=1))
        self.addOutput(QgsProcessingOutputString(self.OLD_STATUS, tr("Previous status")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        task_id = self.parameterAsString(parameters, self.TASK_ID, context).strip()
        status = self.parameterAsEnumString(parameters, self.STATUS, context)
        reason = (self.parameterAsString(parameters, self.REASON, context) or "").strip()
        read_version = (self.parameterAsInt(parameters, self.ROW_VERSION, context)
                        if parameters.get(self.ROW_VERSION) not in (None, "") else None)
        check_database(database)
        try:
            with project_db.open_project(database) as db:
                shared = isinstance(db, project_db.PgProject)
                with db.transaction():
                    row = db.rows(f"SELECT status, issued_date"
                                  f"{', row_version' if shared else ', NULL'} FROM {db.t('tasks')} "
                                  f"WHERE task_id = ?", (task_id,))
                    if not row:
                        raise QgsProcessingException(tr("There is no task {id} in the database.")
                                                     .format(id=task_id))
                    old, issued, version = row[0]
                    if status not in task_sheet.next_statuses(old):
                        allowed = (", ".join(task_sheet.next_statuses(old))
                                   or tr("none: it is final"))
                        raise QgsProcessingException(tr(
                            "Task {id} is {old}; it cannot become {new} (next: {allowed}).").format(
                                id=task_id, old=old, new=status, allowed=allowed))
                    values = {"status": status, "status_reason": reason or None,
                              "modified_by": db.user()}
                    if status == "issued" and not issued:
                        values["issued_date"] = datetime.date.today().isoformat()
                    # one UPDATE: the history trigger reads the reason and the user from the new
                    # row; on a shared database the version read is checked (no lost update)
                    db.update("tasks", task_id, values,
                              read_version if read_version is not None else version)
        except geopackage.DatabaseError as error:   # postgis.Conflict included
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Task {id}: {old} → {new}.").format(id=task_id, old=old,
                                                                 new=status))
        return {self.OLD_STATUS: old}
