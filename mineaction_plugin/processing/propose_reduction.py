"""mineaction:proposereduction — land of an SHA that aerial survey saw well and found empty."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import aerial
from ..core.detections import parse_ids
from ..core.i18n import N_, tr
from ..data import aerial_store, geopackage, project_db
from .base import MineActionAlgorithm, all_or_nothing, check_database, database_parameter


class ProposeReductionAlgorithm(MineActionAlgorithm):
    NAME = "proposereduction"
    DISPLAY_NAME = N_("Propose reduction from aerial survey")
    GROUP_ID = "aerial"
    GROUP = N_("Aerial survey")
    HELP = N_("For every open SHA (or the hazards named), the part that aerial survey saw well "
              "and found empty: inside footprints of flights with a ground resolution at or "
              "below the maximum, outside vegetation denser than the maximum (land without "
              "vegetation information counts as not seen well), farther than the clear distance "
              "from every detection not rejected, every EO find and every accident, and "
              "outside completed land release and existing CHAs. One 'reduce' proposal per SHA: "
              "a candidate for non-technical or technical survey, never a release. It cannot "
              "see a single object the detector missed on open ground, anything buried, or "
              "anything under vegetation.")
    DATABASE, HAZARD_IDS = "DATABASE", "HAZARD_IDS"
    MAX_GSD_CM, MAX_VEGETATION, CLEAR_DISTANCE = "MAX_GSD_CM", "MAX_VEGETATION", "CLEAR_DISTANCE"

    def initAlgorithm(self, config=None):
        defaults = aerial.REDUCE_DEFAULTS
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.HAZARD_IDS, tr("Hazard ids, comma separated (default: every open SHA)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_GSD_CM, tr("Coarsest ground resolution seen well (cm)"),
            QgsProcessingParameterNumber.Type.Double, defaults["MAX_GSD_CM"], minValue=0.01,
            maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MAX_VEGETATION, tr("Densest vegetation seen through"), list(aerial.DENSITIES),
            defaultValue=defaults["MAX_VEGETATION"], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLEAR_DISTANCE, tr("Clear distance from any evidence (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults["CLEAR_DISTANCE"], minValue=0.0,
            maxValue=5000.0))
        self.addOutput(QgsProcessingOutputNumber("PROPOSALS", tr("Proposals made")))
        self.addOutput(QgsProcessingOutputNumber("AREA_M2", tr("Area proposed (m²)")))
        self.addOutput(QgsProcessingOutputString("PROPOSAL_IDS", tr("Proposal ids")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        wanted = parse_ids(self.parameterAsString(parameters, self.HAZARD_IDS, context))
        params = {
            self.MAX_GSD_CM: self.parameterAsDouble(parameters, self.MAX_GSD_CM, context),
            self.MAX_VEGETATION: self.parameterAsEnumString(parameters, self.MAX_VEGETATION,
                                                            context),
            self.CLEAR_DISTANCE: self.parameterAsDouble(parameters, self.CLEAR_DISTANCE,
                                                        context)}
        check_database(database)
        try:
            with project_db.open_project(database) as db:
                every = aerial_store.hazards(db)
                known = {h for h, _, _, _ in every}
                unknown = [h for h in wanted if h not in known]
                if unknown:
                    raise QgsProcessingException(tr("HAZARD_IDS: no hazard {ids} in the "
                                                    "database.").format(ids=", ".join(unknown)))
                shas = [(h, shape) for h, classification, status, shape in every
                        if (h in wanted if wanted else
                            classification == "SHA" and status != "closed")]
                chas = [shape for h, classification, status, shape in every
                        if classification == "CHA" and status != "closed"]
                flights = aerial_store.flights(db)
                vegetation = aerial_store.vegetation(db)
                avoid = aerial_store.avoid_points(db)
                releases = aerial_store.completed_releases(db)
                feedback.pushInfo(tr("{shas} hazards, {flights} flights, {vegetation} vegetation "
                                     "areas, {points} places to keep clear of.").format(
                    shas=len(shas), flights=len(flights), vegetation=len(vegetation),
                    points=len(avoid)))
                results = []
                for index, (hazard_id, shape) in enumerate(shas):
                    if feedback.isCanceled():
                        raise QgsProcessingException(tr("Cancelled: nothing was written."))
                    geometry, area = aerial.reduction(shape, flights, vegetation, avoid,
                                                      releases, chas, params)
                    feedback.setProgress(90 * (index + 1) / max(len(shas), 1))
                    if area <= 0:
                        feedback.pushInfo(tr("{hazard}: no land seen well and empty.").format(
                            hazard=hazard_id))
                        continue
                    results.append(({"hazard_id": hazard_id, "overlaps": hazard_id,
                                     "evidence": reduction_words(params),
                                     "detections": 0, "finds": 0, "accidents": 0,
                                     "area_m2": round(area, 1)}, geometry))
                    feedback.pushInfo(tr("{hazard}: {area} m² seen well and empty "
                                         "({share} % of the hazard).").format(
                        hazard=hazard_id, area=round(area),
                        share=round(100 * area / max(aerial.area_m2(shape), 1e-9), 1)))
                with all_or_nothing(db):
                    ids = aerial_store.replace_proposals(
                        db, "reduce", results, [h for h, _ in shas])
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        area = sum(values["area_m2"] for values, _ in results)
        feedback.pushInfo(tr("{count} reduction candidates, {area} m² in all: for survey, not "
                             "released.").format(count=len(ids), area=round(area)))
        return {"PROPOSALS": len(ids), "AREA_M2": round(area, 1),
                "PROPOSAL_IDS": ",".join(ids)}


def reduction_words(params):
    return tr("Seen empty by aerial survey: ground resolution ≤ {gsd} cm, vegetation ≤ "
              "{vegetation}, more than {distance} m from every detection, find and "
              "accident").format(gsd=params["MAX_GSD_CM"], vegetation=params["MAX_VEGETATION"],
                                 distance=params["CLEAR_DISTANCE"])
