"""mineaction:hazardsfromrecords — hazard polygons from minefield record perimeters."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, geometry_from_wkb, insert_into
from ..core import hazard_ids
from ..core.coordinates import utm_zone
from ..core.i18n import N_, tr
from ..data import project_db
from .base import (
    MineActionAlgorithm,
    check_database,
    database_parameter,
    hazard_id_pattern,
    hazard_id_pattern_parameter,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
CLASSIFICATIONS = ("auto", "SHA", "CHA")


def utm_for(lon, lat):
    """The UTM zone CRS around a point: metres on the ground for buffers."""
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_zone(lon, lat)[2]}")


def buffered(geometry, metres, context):
    """`geometry` (EPSG:4326) grown by `metres` on the ground, as a valid polygon."""
    if metres <= 0:
        result = geometry.makeValid() if not geometry.isGeosValid() else geometry
        return result
    centre = geometry.centroid().asPoint()
    local = utm_for(centre.x(), centre.y())
    there = QgsCoordinateTransform(WGS84, local, context.transformContext())
    back = QgsCoordinateTransform(local, WGS84, context.transformContext())
    projected = QgsGeometry(geometry)
    projected.transform(there)
    grown = projected.buffer(metres, 16)
    grown.transform(back)
    return grown


class HazardsFromRecordsAlgorithm(MineActionAlgorithm):
    NAME = "hazardsfromrecords"
    DISPLAY_NAME = N_("Hazards from minefield records")
    GROUP_ID = "hazards"
    GROUP = N_("Hazards")
    HELP = N_("Creates a hazard for each minefield record (all records without a hazard yet, "
              "or the record ids given): the record's perimeter, grown by a buffer in metres "
              "on the ground. Reliable and partly reliable records are direct evidence and give "
              "confirmed hazardous areas (CHA); other records give suspected ones (SHA), unless "
              "a classification is chosen. Ids follow HAZARD_ID_PATTERN.")
    DATABASE, RECORD_IDS, BUFFER, CLASSIFICATION = ("DATABASE", "RECORD_IDS", "BUFFER",
                                                    "CLASSIFICATION")
    CREATED = "CREATED"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(hazard_id_pattern_parameter())
        self.addParameter(QgsProcessingParameterString(
            self.RECORD_IDS, tr("Record ids (comma separated; empty: every record without a "
                                "hazard)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, tr("Buffer (m)"), QgsProcessingParameterNumber.Type.Double, 0.0,
            minValue=0.0, maxValue=5000.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, tr("Classification"), list(CLASSIFICATIONS),
            defaultValue="auto", usesStaticStrings=True))
        self.addOutput(QgsProcessingOutputNumber(self.CREATED, tr("Hazards created")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        wanted = [r.strip() for r in (self.parameterAsString(
            parameters, self.RECORD_IDS, context) or "").split(",") if r.strip()]
        metres = self.parameterAsDouble(parameters, self.BUFFER, context)
        chosen = self.parameterAsEnumString(parameters, self.CLASSIFICATION, context)
        check_database(database)
        pattern = hazard_id_pattern(self, parameters, context)
        measure = ellipsoid_measure(context.transformContext())
        with project_db.open_project(database) as db:
            created = 0
            with db.transaction():
                if wanted:
                    marks = ", ".join("?" * len(wanted))
                    records = db.rows(
                        f"SELECT record_id, district, reliability, {db.geometry_column()} FROM "
                        f"{db.t('minefield_records')} WHERE record_id IN ({marks})", wanted)
                    missing = set(wanted) - {r[0] for r in records}
                    if missing:
                        raise QgsProcessingException(
                            tr("No minefield record with id {ids}.").format(
                                ids=", ".join(sorted(missing))))
                else:
                    records = db.rows(
                        f"SELECT record_id, district, reliability, {db.geometry_column()} FROM "
                        f"{db.t('minefield_records')} WHERE record_id NOT IN "
                        f"(SELECT record_id FROM "
                        f"{db.t('hazards')} WHERE record_id IS NOT NULL) ORDER BY record_id")
                ids = [row[0] for row in db.rows(f"SELECT hazard_id FROM {db.t('hazards')}")]
                for record_id, district, reliability, blob in records:
                    if feedback.isCanceled():
                        raise QgsProcessingException(tr("Cancelled: no hazard was created."))
                    geometry = geometry_from_wkb(db.wkb(blob))
                    shape = buffered(geometry, metres, context)
                    if shape.isMultipart():
                        parts = shape.asGeometryCollection()
                        if len(parts) != 1:
                            feedback.pushWarning(tr(
                                "Record {record}: its perimeter is not one simple area; draw its "
                                "hazard by hand or give a buffer.").format(record=record_id))
                            continue
                        shape = parts[0]
                    if shape.isEmpty() or shape.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                        feedback.pushWarning(tr("Record {record}: no area to mark.").format(
                            record=record_id))
                        continue
                    hazard_id = hazard_ids.next_hazard_id(ids, district, pattern)
                    ids.append(hazard_id)
                    classification = chosen if chosen != "auto" else (
                        "CHA" if reliability in ("reliable", "partly_reliable") else "SHA")
                    evidence = "direct" if classification == "CHA" else "indirect"
                    insert_into(db, "hazards", {
                        "hazard_id": hazard_id,
                        "name": tr("Minefield {record}").format(record=record_id),
                        "classification": classification, "status": "open", "district": district,
                        "evidence": evidence, "record_id": record_id,
                        "area_m2": round(measure.measureArea(shape), 2)}, shape)
                    created += 1
        feedback.pushInfo(tr("{count} hazards created.").format(count=created))
        return {self.CREATED: created}
