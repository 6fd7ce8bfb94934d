"""mineaction:perimetermarking — marking lines at an offset outside hazards, in metres."""
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import WGS84, ellipsoid_measure, features_in_wgs84
from ..compat import field_type
from ..core.i18n import N_, tr
from .base import MineActionAlgorithm, check_sink
from .hazards_from_records import utm_for

MITRE_LIMIT = 2.0  # a corner of the line stays within twice the offset of the hazard
SEGMENTS = 8


def utm_zone_key(lon, lat):
    return (int((lon + 180) // 6) + 1, lat >= 0)


def marking_rings(hazards, offset, context, feedback=None):
    """Closed marking lines around hazards: [(QgsGeometry line in EPSG:4326, [hazard ids], ring)].

    hazards: [(hazard id, QgsGeometry in EPSG:4326)]. Each hazard is grown by `offset` metres
    in the UTM zone it lies in (mitred corners); grown hazards that meet (hazards closer than
    twice the offset) are merged, so one line goes round both. Every ring of the result is a
    line: `outer` round the hazards, `inner` round land enclosed by them.
    """
    zones = {}
    for hazard_id, geometry in hazards:
        if geometry is None or geometry.isEmpty():
            continue
        centre = geometry.centroid().asPoint()
        zones.setdefault(utm_zone_key(centre.x(), centre.y()), []).append((hazard_id, geometry))
    lines = []
    for number, members in enumerate(zones.values()):
        first = members[0][1].centroid().asPoint()
        local = utm_for(first.x(), first.y())
        there = QgsCoordinateTransform(WGS84, local, context.transformContext())
        back = QgsCoordinateTransform(local, WGS84, context.transformContext())
        grown, index = [], QgsSpatialIndex()
        for position, (hazard_id, geometry) in enumerate(members):
            projected = QgsGeometry(geometry)
            projected.transform(there)
            if not projected.isGeosValid():
                projected = projected.makeValid()
            buffered = projected.buffer(offset, SEGMENTS, Qgis.EndCapStyle.Round,
                                        Qgis.JoinStyle.Miter, MITRE_LIMIT)
            grown.append((hazard_id, buffered))
            feature = QgsFeature(position)
            feature.setGeometry(buffered)
            index.addFeature(feature)
        merged = QgsGeometry.unaryUnion([g for _, g in grown])
        for part in merged.asGeometryCollection():
            ids = sorted({grown[i][0] for i in index.intersects(part.boundingBox())
                          if grown[i][1].intersects(part)})
            polygon = part.constGet()
            rings = [(polygon.exteriorRing(), "outer")] + [
                (polygon.interiorRing(i), "inner") for i in range(polygon.numInteriorRings())]
            for ring, kind in rings:
                line = QgsGeometry(ring.clone())
                line.transform(back)
                lines.append((line, ids, kind))
        if feedback is not None:
            feedback.setProgress(100 * (number + 1) / len(zones))
    return lines


class PerimeterMarkingAlgorithm(MineActionAlgorithm):
    NAME = "perimetermarking"
    DISPLAY_NAME = N_("Perimeter marking lines")
    GROUP_ID = "marking"
    GROUP = N_("Marking")
    HELP = N_("Marking lines outside hazard polygons, at the offset in metres on the ground "
              "(each hazard is worked in its UTM zone; corners are mitred, never further than "
              "twice the offset). Hazards closer than twice the offset share one line; a line "
              "never crosses a hazard. Each line has the hazard ids it marks and its length on "
              "the WGS84 ellipsoid.")
    INPUT, OFFSET, OUTPUT = "INPUT", "OFFSET", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Hazards"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.OFFSET, tr("Offset outside the hazard (m)"),
            QgsProcessingParameterNumber.Type.Double,
            5.0, minValue=0.5, maxValue=500.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Marking lines"), QgsProcessing.SourceType.TypeVectorLine))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        id_field = "hazard_id" if source.fields().indexOf("hazard_id") >= 0 else None
        hazards = []
        for feature, geometry in features_in_wgs84(source, context.transformContext()):
            hazard_id = str(feature[id_field]) if id_field else str(feature.id())
            hazards.append((hazard_id, geometry))
        fields = QgsFields()
        for name, kind in (("marking_id", field_type("text")), ("hazard_id", field_type("text")),
                           ("marking_type", field_type("text")), ("status", field_type("text")),
                           ("ring", field_type("text")), ("offset_m", field_type("real")),
                           ("length_m", field_type("real"))):
            fields.append(QgsField(name, kind))
        check_sink(self, parameters, self.OUTPUT, context, ())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.LineString, WGS84)
        measure = ellipsoid_measure(context.transformContext())
        lines = marking_rings(hazards, offset, context, feedback)
        for number, (line, ids, ring) in enumerate(lines, 1):
            feature = QgsFeature(fields)
            feature.setAttributes([f"MK-{number:05d}", ",".join(ids), "perimeter_marking",
                                   "planned", ring, offset, measure.measureLength(line)])
            feature.setGeometry(line)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{lines} marking lines around {hazards} hazards.").format(
            lines=len(lines), hazards=len(hazards)))
        return {self.OUTPUT: dest}
