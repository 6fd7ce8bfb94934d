"""mineaction:hazardfromevidence — a hazard around points of evidence (finds, accidents, signs)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, features_in_wgs84, insert_into
from ..core import hazard_ids
from ..core.i18n import N_, tr
from ..data import project_db
from .base import (
    MineActionAlgorithm,
    check_database,
    database_parameter,
    hazard_id_pattern,
    hazard_id_pattern_parameter,
)
from .hazards_from_records import buffered

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class HazardFromEvidenceAlgorithm(MineActionAlgorithm):
    NAME = "hazardfromevidence"
    DISPLAY_NAME = N_("Hazard from evidence points")
    GROUP_ID = "hazards"
    GROUP = N_("Hazards")
    HELP = N_("Creates one hazard around points of evidence (for example the selected EO "
              "finds): their convex hull grown by a buffer in metres on the ground. Finds and "
              "accidents are direct evidence, so the default classification is CHA.")
    DATABASE, INPUT, BUFFER, DISTRICT = "DATABASE", "INPUT", "BUFFER", "DISTRICT"
    CLASSIFICATION, HAZARD_ID = "CLASSIFICATION", "HAZARD_ID"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(hazard_id_pattern_parameter())
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Evidence points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, tr("Buffer (m)"), QgsProcessingParameterNumber.Type.Double, 25.0,
            minValue=1.0, maxValue=5000.0))
        self.addParameter(QgsProcessingParameterString(self.DISTRICT, tr("District"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, tr("Classification"), ["CHA", "SHA"], defaultValue="CHA",
            usesStaticStrings=True))
        self.addOutput(QgsProcessingOutputString(self.HAZARD_ID, tr("Hazard id")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        metres = self.parameterAsDouble(parameters, self.BUFFER, context)
        district = (self.parameterAsString(parameters, self.DISTRICT, context) or "").strip()
        classification = self.parameterAsEnumString(parameters, self.CLASSIFICATION, context)
        points = []
        districts = []
        for feature, geometry in features_in_wgs84(source, context.transformContext()):
            points.append(geometry)
            if "district" in feature.fields().names() and feature["district"]:
                districts.append(str(feature["district"]))
        if not points:
            raise QgsProcessingException(tr("No evidence points: select the finds first."))
        district = district or (max(set(districts), key=districts.count) if districts else "")
        hull = QgsGeometry.unaryUnion(points).convexHull()
        shape = buffered(hull, metres, context)
        check_database(database)
        measure = ellipsoid_measure(context.transformContext())
        with project_db.open_project(database) as db:
            with db.transaction():
                ids = [row[0] for row in db.rows(f"SELECT hazard_id FROM {db.t('hazards')}")]
                hazard_id = hazard_ids.next_hazard_id(
                    ids, district, hazard_id_pattern(self, parameters, context))
                insert_into(db, "hazards", {
                    "hazard_id": hazard_id,
                    "name": tr("Around {count} evidence points").format(count=len(points)),
                    "classification": classification, "status": "open",
                    "district": district or None, "evidence": "direct",
                    "area_m2": round(measure.measureArea(shape), 2)}, shape)
        feedback.pushInfo(tr("Hazard {id} created around {count} points.").format(
            id=hazard_id, count=len(points)))
        return {self.HAZARD_ID: hazard_id}
