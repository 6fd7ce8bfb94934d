"""mineaction:markingsigns — warning signs along marking lines, facing away from the hazard."""
import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import WGS84, ellipsoid_measure, features_in_wgs84
from ..compat import field_type
from ..core.i18n import N_, tr
from ..core.signs import place_signs
from .base import MineActionAlgorithm, check_sink
from .hazards_from_records import utm_for

PROBE_M = 2.0  # how far to each side we look to tell the hazard side from the safe side


class MarkingSignsAlgorithm(MineActionAlgorithm):
    NAME = "markingsigns"
    DISPLAY_NAME = N_("Warning signs along marking lines")
    GROUP_ID = "marking"
    GROUP = N_("Marking")
    HELP = N_("Places warning signs along marking lines: one at the start, one at every vertex "
              "turning by at least the corner angle (corner posts), and enough between them that "
              "no gap along the line exceeds the spacing, in metres on the ground. Each sign "
              "faces away from the hazard: outwards for a line round a hazard (inwards for a "
              "line round land enclosed by hazards), or away from the nearest polygon of the "
              "optional hazard layer.")
    INPUT, SPACING, CORNER_ANGLE, HAZARDS, OUTPUT = ("INPUT", "SPACING", "CORNER_ANGLE",
                                                     "HAZARDS", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Marking lines"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPACING, tr("Largest gap between signs (m)"),
            QgsProcessingParameterNumber.Type.Double, 50.0, minValue=1.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CORNER_ANGLE, tr("Corner angle (°)"), QgsProcessingParameterNumber.Type.Double,
            30.0, minValue=1.0, maxValue=179.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARDS, tr("Hazards (to face signs away from)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Signs"), QgsProcessing.SourceType.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        spacing = self.parameterAsDouble(parameters, self.SPACING, context)
        corner_angle = self.parameterAsDouble(parameters, self.CORNER_ANGLE, context)
        hazards = self._hazards(parameters, context)
        self.measure = ellipsoid_measure(context.transformContext())
        fields = QgsFields()
        for name, kind in (("sign_id", field_type("text")), ("marking_id", field_type("text")),
                           ("sign_type", field_type("text")), ("facing_deg", field_type("real")),
                           ("chainage_m", field_type("real"))):
            fields.append(QgsField(name, kind))
        check_sink(self, parameters, self.OUTPUT, context, ())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.Point, WGS84)
        names = source.fields().names()
        total = source.featureCount() or 1
        count = 0
        for number, (feature, line) in enumerate(features_in_wgs84(
                source, context.transformContext())):
            if feedback.isCanceled():
                break
            marking_id = str(feature["marking_id"]) if "marking_id" in names else \
                str(feature.id())
            inner = "ring" in names and feature["ring"] == "inner"
            for part in line.asGeometryCollection() if line.isMultipart() else [line]:
                for sign in self._signs(part, spacing, corner_angle, inner, hazards, context):
                    count += 1
                    out = QgsFeature(fields)
                    point, corner, chainage, facing = sign
                    out.setAttributes([f"{marking_id}-S{count:05d}", marking_id,
                                       "corner_post" if corner else "mine_warning",
                                       round(facing, 1), round(chainage, 2)])
                    out.setGeometry(QgsGeometry.fromPointXY(point))
                    sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * (number + 1) / total)
        feedback.pushInfo(tr("{count} signs placed.").format(count=count))
        return {self.OUTPUT: dest}

    def _hazards(self, parameters, context):
        source = self.parameterAsSource(parameters, self.HAZARDS, context)
        if source is None:
            return None
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        geometries = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(to_wgs84)
            geometries.append(geometry)
        return geometries

    def _signs(self, line, spacing, corner_angle, inner, hazards, context):
        """[(QgsPointXY in EPSG:4326, is corner, chainage m, facing degrees)] for one line."""
        vertices = [QgsPointXY(v) for v in line.vertices()]
        if len(vertices) < 2:
            return []
        local = utm_for(vertices[0].x(), vertices[0].y())
        there = QgsCoordinateTransform(WGS84, local, context.transformContext())
        back = QgsCoordinateTransform(local, WGS84, context.transformContext())
        projected = [there.transform(v) for v in vertices]
        closed = projected[0].distance(projected[-1]) < 1e-6 and len(projected) > 3
        ring = QgsGeometry.fromPolygonXY([projected]) if closed else None
        near = []
        if hazards:
            box = line.boundingBox()
            box.grow(0.01)
            for hazard in hazards:
                if hazard.boundingBox().intersects(box):
                    local_hazard = QgsGeometry(hazard)
                    local_hazard.transform(there)
                    near.append(local_hazard)
        result = []
        for x, y, chainage, corner, _, (dx, dy) in place_signs(
                [(p.x(), p.y()) for p in projected], spacing, corner_angle, closed):
            left = (-dy, dx)
            candidates = [left, (dy, -dx)]
            if near:
                def distance(direction):
                    probe = QgsGeometry.fromPointXY(QgsPointXY(
                        x + direction[0] * PROBE_M, y + direction[1] * PROBE_M))
                    return min(h.distance(probe) for h in near)
                away = max(candidates, key=distance)
            elif ring is not None:
                probe = QgsGeometry.fromPointXY(QgsPointXY(x + left[0] * PROBE_M,
                                                           y + left[1] * PROBE_M))
                left_inside = ring.contains(probe)
                # round a hazard the safe side is outside; round an enclosed pocket, inside
                away = left if left_inside == inner else candidates[1]
            else:
                away = candidates[1]  # an open line without hazards: its right-hand side
            here = back.transform(QgsPointXY(x, y))
            ahead = back.transform(QgsPointXY(x + away[0] * PROBE_M, y + away[1] * PROBE_M))
            # true azimuth (not grid): UTM grid north turns away from true north off-meridian
            facing = math.degrees(self.measure.bearing(here, ahead)) % 360.0
            result.append((here, corner, chainage, facing))
        return result
