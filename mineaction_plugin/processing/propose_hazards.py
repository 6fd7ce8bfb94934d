"""mineaction:proposehazards — new CHA proposals where the evidence is (aerial-survey.md)."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterNumber,
)

from ..core import aerial
from ..core.i18n import N_, tr
from ..data import aerial_store, geopackage, project_db
from .base import MineActionAlgorithm, all_or_nothing, check_database, database_parameter


class ProposeHazardsAlgorithm(MineActionAlgorithm):
    NAME = "proposehazards"
    DISPLAY_NAME = N_("Propose new CHAs from evidence")
    GROUP_ID = "aerial"
    GROUP = N_("Aerial survey")
    HELP = N_("Layers the evidence — confirmed aerial detections, unreviewed ones at or above "
              "the minimum confidence, EO finds and accidents with a known location, outside "
              "completed land release — into new CHA proposals: points within the cluster "
              "distance of each other form a cluster; a cluster of at least the minimum number "
              "of points becomes the hull of its points grown by the buffer (metres on the "
              "ground), with its evidence counted and the hazards it overlaps named. Nothing is "
              "written to hazards until a proposal is accepted. Earlier proposals still "
              "'proposed' are replaced; accepted and rejected ones are kept.")
    DATABASE = "DATABASE"
    MIN_CONFIDENCE, CLUSTER_DISTANCE = "MIN_CONFIDENCE", "CLUSTER_DISTANCE"
    MIN_POINTS, BUFFER = "MIN_POINTS", "BUFFER"

    def initAlgorithm(self, config=None):
        defaults = aerial.PROPOSE_DEFAULTS
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_CONFIDENCE, tr("Minimum confidence of an unreviewed detection (0–1)"),
            QgsProcessingParameterNumber.Type.Double, defaults["MIN_CONFIDENCE"],
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLUSTER_DISTANCE, tr("Cluster distance (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults["CLUSTER_DISTANCE"],
            minValue=0.1, maxValue=5000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POINTS, tr("Minimum points in a cluster"),
            QgsProcessingParameterNumber.Type.Integer, defaults["MIN_POINTS"], minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, tr("Buffer around the hull (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults["BUFFER"], minValue=0.0,
            maxValue=5000.0))
        self.addOutput(QgsProcessingOutputNumber("PROPOSALS", tr("Proposals made")))
        self.addOutput(QgsProcessingOutputNumber("AREA_M2", tr("Area proposed (m²)")))
        self.addOutput(QgsProcessingOutputString("PROPOSAL_IDS", tr("Proposal ids")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        params = {
            self.MIN_CONFIDENCE: self.parameterAsDouble(parameters, self.MIN_CONFIDENCE, context),
            self.CLUSTER_DISTANCE: self.parameterAsDouble(parameters, self.CLUSTER_DISTANCE,
                                                          context),
            self.MIN_POINTS: self.parameterAsInt(parameters, self.MIN_POINTS, context),
            self.BUFFER: self.parameterAsDouble(parameters, self.BUFFER, context)}
        check_database(database)
        try:
            with project_db.open_project(database) as db:
                evidence = aerial_store.evidence_points(db, params[self.MIN_CONFIDENCE])
                hazards = [(h, shape) for h, _, _, shape in aerial_store.hazards(db)]
                releases = aerial_store.completed_releases(db)
                feedback.pushInfo(tr("{count} evidence points ({detections} detections, {finds} "
                                     "EO finds, {accidents} accidents).").format(
                    count=len(evidence),
                    detections=sum(p.kind == "detection" for p in evidence),
                    finds=sum(p.kind == "find" for p in evidence),
                    accidents=sum(p.kind == "accident" for p in evidence)))
                feedback.setProgress(20)
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled: nothing was written."))
                proposals = aerial.propose_cha(evidence, hazards, releases, params)
                feedback.setProgress(80)
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled: nothing was written."))
                with all_or_nothing(db):
                    ids = aerial_store.replace_proposals(db, "new_cha", [
                        (proposal_values(p), p.geometry) for p in proposals])
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        area = sum(p.area_m2 for p in proposals)
        feedback.pushInfo(tr("{count} new CHA proposals, {area} m² in all.").format(
            count=len(ids), area=round(area)))
        return {"PROPOSALS": len(ids), "AREA_M2": round(area, 1),
                "PROPOSAL_IDS": ",".join(ids)}


def proposal_values(proposal, reason=None):
    """The hazard_proposals fields of a core Proposal."""
    return {"hazard_id": proposal.hazard_id, "overlaps": ",".join(proposal.overlaps) or None,
            "evidence": proposal.summary() or None,
            "detections": proposal.count("detection"), "finds": proposal.count("find"),
            "accidents": proposal.count("accident"), "max_confidence": proposal.max_confidence,
            "area_m2": round(proposal.area_m2, 1), "reason": reason}
