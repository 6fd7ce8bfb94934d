"""mineaction:acceptproposals — an officer's decision on hazard proposals."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from ..core import aerial, hazard_ids
from ..core.detections import parse_ids
from ..core.i18n import N_, tr
from ..data import geopackage, project_db
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    database_parameter,
    hazard_id_pattern,
    hazard_id_pattern_parameter,
)

DECISIONS = ("accept", "reject")


class AcceptProposalsAlgorithm(MineActionAlgorithm):
    NAME = "acceptproposals"
    DISPLAY_NAME = N_("Accept or reject hazard proposals")
    GROUP_ID = "aerial"
    GROUP = N_("Aerial survey")
    HELP = N_("Accepting a new CHA proposal makes a CHA (evidence direct) of its shape, whose "
              "history names the proposal. Accepting a reduction proposal keeps it as a "
              "candidate for a non-technical or technical survey, which the officer records "
              "with the land release tools: nothing is released here. Rejecting needs a "
              "reason. Only proposals still 'proposed' can be decided.")
    DATABASE, PROPOSAL_IDS, DECISION, REASON = "DATABASE", "PROPOSAL_IDS", "DECISION", "REASON"
    DISTRICT = "DISTRICT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.PROPOSAL_IDS, tr("Proposal ids, comma separated")))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECISION, tr("Decision"), list(DECISIONS), defaultValue="accept",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(self.REASON, tr("Reason"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DISTRICT, tr("District of new CHAs (default: of the hazard overlapped)"),
            optional=True))
        self.addParameter(hazard_id_pattern_parameter())
        self.addOutput(QgsProcessingOutputString("HAZARD_IDS", tr("Hazards created")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        ids = parse_ids(self.parameterAsString(parameters, self.PROPOSAL_IDS, context))
        decision = self.parameterAsEnumString(parameters, self.DECISION, context)
        reason = (self.parameterAsString(parameters, self.REASON, context) or "").strip()
        district = (self.parameterAsString(parameters, self.DISTRICT, context) or "").strip()
        pattern = hazard_id_pattern(self, parameters, context)
        if not ids:
            raise QgsProcessingException(tr("PROPOSAL_IDS: name at least one proposal."))
        if decision == "reject" and not reason:
            raise QgsProcessingException(tr("REASON: say why the proposal is rejected."))
        check_database(database)
        created = []
        try:
            with project_db.open_project(database) as db:
                with all_or_nothing(db):
                    for proposal_id in ids:
                        created += self._decide(db, proposal_id, decision, reason, district,
                                                pattern)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{count} proposals decided ({decision}); hazards created: "
                             "{hazards}.").format(count=len(ids), decision=decision,
                                  hazards=", ".join(created) or "–"))
        return {"HAZARD_IDS": ",".join(created)}

    @staticmethod
    def _decide(db, proposal_id, decision, reason, district, pattern):
        row = db.one(f"SELECT kind, status, hazard_id, evidence, {db.geometry_column()} "
                     f"FROM {db.t('hazard_proposals')} WHERE proposal_id = ?", (proposal_id,))
        if row is None:
            raise QgsProcessingException(tr("There is no proposal {id}; nothing was changed.")
                                         .format(id=proposal_id))
        kind, status, overlapped, evidence, geometry = row
        if status != "proposed":
            raise QgsProcessingException(tr("Proposal {id} is already {status}; nothing was "
                                            "changed.").format(id=proposal_id, status=status))
        if decision == "reject":
            db.update("hazard_proposals", proposal_id, {"status": "rejected",
                                                        "status_reason": reason})
            return []
        if kind == "reduce":
            db.update("hazard_proposals", proposal_id, {
                "status": "accepted", "status_reason": reason or tr(
                    "kept as a candidate for non-technical or technical survey; nothing is "
                    "released until that activity is recorded")})
            return []
        shape = unary_union(shapely_wkb.loads(db.wkb(geometry)))
        if not district and overlapped:
            found = db.one(f"SELECT district FROM {db.t('hazards')} WHERE hazard_id = ?",
                           (overlapped,))
            district = (found[0] if found else "") or ""
        existing = [r[0] for r in db.rows(f"SELECT hazard_id FROM {db.t('hazards')}")]
        hazard_id = hazard_ids.next_hazard_id(existing, district, pattern)
        # a CHA is one polygon: a proposal cut in parts by released land keeps its largest part
        if shape.geom_type == "MultiPolygon":
            shape = max(shape.geoms, key=lambda part: part.area)
        minx, miny, maxx, maxy = shape.bounds
        db.insert("hazards", {
            "hazard_id": hazard_id, "name": tr("From proposal {id}").format(id=proposal_id),
            "classification": "CHA", "status": "open", "district": district or None,
            "evidence": "direct", "area_m2": round(aerial.area_m2(shape), 1),
            "status_reason": tr("accepted proposal {id}: {evidence}").format(
                id=proposal_id, evidence=evidence or "")}, shape.wkb, (minx, maxx, miny, maxy))
        # the history names the proposal on the hazard's first line
        db.record_creation("hazards", hazard_id, "classification", "CHA",
                           tr("created from proposal {id}").format(id=proposal_id))
        # hazard_id keeps what the spec gives it (the first hazard overlapped); the CHA made
        # is named in the reason and in the hazard's own history
        db.update("hazard_proposals", proposal_id, {
            "status": "accepted",
            "status_reason": reason or tr("became hazard {hazard}").format(hazard=hazard_id)})
        return [hazard_id]
