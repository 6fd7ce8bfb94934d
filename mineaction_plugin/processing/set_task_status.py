"""mineaction:settaskstatus — move a task along draft → issued → in progress → completed."""
import datetime
import getpass

from qgis.core import (QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterString)

from ..core import schema, task_sheet
from ..core.i18n import N_, tr
from ..data import geopackage, gpkg_sql
from .base import MineActionAlgorithm


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
    OLD_STATUS = "OLD_STATUS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.DATABASE, tr("Project database"),
                                                     extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.TASK_ID, tr("Task id")))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("New status"), list(schema.CODE_LISTS["task_status"]),
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.REASON, tr("Reason"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputString(self.OLD_STATUS, tr("Previous status")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        task_id = self.parameterAsString(parameters, self.TASK_ID, context).strip()
        status = self.parameterAsEnumString(parameters, self.STATUS, context)
        reason = (self.parameterAsString(parameters, self.REASON, context) or "").strip()
        try:
            geopackage.inspect(database)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        connection = gpkg_sql.connect(database)
        try:
            connection.execute("BEGIN IMMEDIATE")
            row = connection.execute("SELECT status, issued_date FROM tasks WHERE task_id = ?",
                                     (task_id,)).fetchone()
            if row is None:
                raise QgsProcessingException(tr("There is no task {id} in the database.")
                                             .format(id=task_id))
            old, issued = row
            if status not in task_sheet.next_statuses(old):
                allowed = ", ".join(task_sheet.next_statuses(old)) or tr("none: it is final")
                raise QgsProcessingException(tr(
                    "Task {id} is {old}; it cannot become {new} (next: {allowed}).").format(
                        id=task_id, old=old, new=status, allowed=allowed))
            values = {"status": status, "status_reason": reason or None,
                      "modified_by": getpass.getuser()}
            if status == "issued" and not issued:
                values["issued_date"] = datetime.date.today().isoformat()
            # one UPDATE: the history trigger reads the reason and the user from the new row
            connection.execute(
                "UPDATE tasks SET " + ", ".join(f"{gpkg_sql.quote(k)} = ?" for k in values) +
                " WHERE task_id = ?", list(values.values()) + [task_id])
            connection.execute("COMMIT")
        except Exception:
            connection.execute("ROLLBACK")
            raise
        finally:
            connection.close()
        feedback.pushInfo(tr("Task {id}: {old} → {new}.").format(id=task_id, old=old,
                                                                 new=status))
        return {self.OLD_STATUS: old}
