"""mineaction:reviewdetections — confirm or reject aerial detections, one or thousands at once."""
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core import schema
from ..core.detections import parse_ids
from ..core.i18n import N_, tr
from ..data import geopackage, project_db
from ..data.gpkg_ddl import NOW_SQLITE
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    database_parameter,
    read_only_expression,
)

CHUNK = 500   # ids per statement (SQLite allows 999 parameters)


class ReviewDetectionsAlgorithm(MineActionAlgorithm):
    NAME = "reviewdetections"
    DISPLAY_NAME = N_("Review aerial detections")
    GROUP_ID = "aerial"
    GROUP = N_("Aerial survey")
    HELP = N_("Sets the review status of aerial detections named by id (comma separated) or "
              "chosen by an expression (for example \"confidence\" < 0.4 AND \"flight_id\" = "
              "'FL-1'). Who reviewed and when are recorded (on a shared database by the server), "
              "and each change goes to the status history with its reason. Detections already "
              "at that status are left as they are.")
    DATABASE, DETECTION_IDS, FILTER = "DATABASE", "DETECTION_IDS", "FILTER"
    STATUS, REASON = "STATUS", "REASON"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.DETECTION_IDS, tr("Detection ids, comma separated"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.FILTER, tr("Or an expression choosing the detections"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("Review status"), list(schema.CODE_LISTS["review_status"]),
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.REASON, tr("Reason"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", tr("Detections changed")))
        self.addOutput(QgsProcessingOutputNumber("UNCHANGED",
                                                 tr("Detections already at that status")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        ids = parse_ids(self.parameterAsString(parameters, self.DETECTION_IDS, context))
        expression = (self.parameterAsString(parameters, self.FILTER, context) or "").strip()
        status = self.parameterAsEnumString(parameters, self.STATUS, context)
        reason = (self.parameterAsString(parameters, self.REASON, context) or "").strip()
        if not ids and not expression:
            raise QgsProcessingException(tr("Name the detections: DETECTION_IDS or FILTER."))
        check_database(database)
        if expression:
            read_only_expression(expression, self.FILTER)
            source, provider = project_db.layer_source(database, "aerial_detections")
            layer = QgsVectorLayer(source, "aerial_detections", provider)
            if not layer.isValid():
                raise QgsProcessingException(tr("The detections of {database} could not be "
                                                "read.").format(database=database))
            request = QgsFeatureRequest().setFilterExpression(expression)
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes(["detection_id"], layer.fields())
            chosen = [f["detection_id"] for f in layer.getFeatures(request)]
            if not chosen:
                raise QgsProcessingException(tr("No detection matches {filter}; nothing was "
                                                "changed.").format(filter=expression))
            named = set(ids)
            ids = ids + [i for i in chosen if i not in named]
        try:
            changed, unchanged = review(database, ids, status, reason, feedback)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{changed} detections set to {status}; {unchanged} were already "
                             "so.").format(changed=changed, status=status, unchanged=unchanged))
        return {"CHANGED": changed, "UNCHANGED": unchanged}


def review(database, ids, status, reason="", feedback=None):
    """Set the review status of `ids` in one transaction: (changed, unchanged). Every id must
    exist, or nothing is changed. Who and when: the server's login and clock on PostGIS, this
    computer's account and clock on a GeoPackage."""
    with project_db.open_project(database) as db:
        shared = isinstance(db, project_db.PgProject)
        who, when = ("session_user", "now()") if shared else ("?", NOW_SQLITE)
        user = [] if shared else [db.user()]
        # back to unreviewed (an undo): nobody has reviewed it any more
        reviewer, reviewed = (("NULL", "NULL") if status == "unreviewed" else (who, when))
        reviewer_args = [] if status == "unreviewed" else user
        with all_or_nothing(db):
            found, already = set(), 0
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                marks = ", ".join("?" * len(chunk))
                for ident, current in db.rows(
                        f"SELECT detection_id, review_status FROM {db.t('aerial_detections')} "
                        f"WHERE detection_id IN ({marks})", chunk):
                    found.add(ident)
                    already += current == status
            missing = [i for i in ids if i not in found]
            if missing:
                raise QgsProcessingException(tr("No detection {ids} in the database; nothing "
                                                "was changed.").format(
                    ids=", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")))
            for start in range(0, len(ids), CHUNK):
                if feedback is not None and feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled: nothing was changed."))
                chunk = ids[start:start + CHUNK]
                db.execute(
                    f"UPDATE {db.t('aerial_detections')} SET review_status = ?, "
                    f"status_reason = ?, reviewed_by = {reviewer}, reviewed_at = {reviewed}, "
                    f"modified_by = {who} WHERE detection_id IN ({', '.join('?' * len(chunk))}) "
                    f"AND review_status <> ?",
                    [status, reason or None] + reviewer_args + user + chunk + [status])
    return len(ids) - already, already
