"""mineaction:markingquantities — the bill of quantities of marking and fencing lines."""
import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ..adapters.qgis_geodesy import WGS84, ellipsoid_measure, features_in_wgs84
from ..core.i18n import N_, tr
from ..data.tables import write_table
from .base import MineActionAlgorithm, checked_output

COLUMNS = ("marking_id", "hazard_id", "marking_type", "length_m", "signs", "posts", "wire_m",
           "cost_line", "cost_posts", "cost_signs", "cost_total")


class MarkingQuantitiesAlgorithm(MineActionAlgorithm):
    NAME = "markingquantities"
    DISPLAY_NAME = N_("Marking bill of quantities")
    GROUP_ID = "marking"
    GROUP = N_("Marking")
    HELP = N_("The bill of quantities of marking and fencing: per line and in total, its length "
              "on the WGS84 ellipsoid, the signs on it (from a sign layer, or at the spacing), "
              "the fence posts at the post spacing, the wire or tape (length × strands) and, "
              "with unit prices, the cost. Written as CSV or XLSX.")
    INPUT, SIGNS, SIGN_SPACING, POST_SPACING, STRANDS = ("INPUT", "SIGNS", "SIGN_SPACING",
                                                         "POST_SPACING", "STRANDS")
    PRICE_METRE, PRICE_POST, PRICE_SIGN, CURRENCY, OUTPUT = ("PRICE_METRE", "PRICE_POST",
                                                             "PRICE_SIGN", "CURRENCY", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Marking lines"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SIGNS, tr("Signs (optional: else counted at the sign spacing)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        for name, title, default in (
                (self.SIGN_SPACING, tr("Sign spacing (m)"), 50.0),
                (self.POST_SPACING, tr("Fence post spacing (m)"), 2.5),
                (self.STRANDS, tr("Wire strands (or tape lines)"), 3.0),
                (self.PRICE_METRE, tr("Price per metre of wire or tape"), 0.0),
                (self.PRICE_POST, tr("Price per post"), 0.0),
                (self.PRICE_SIGN, tr("Price per sign"), 0.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, title, QgsProcessingParameterNumber.Type.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(self.CURRENCY, tr("Currency"), "USD",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Bill of quantities"), tr("CSV (*.csv);;Excel (*.xlsx)")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        values = {name: self.parameterAsDouble(parameters, name, context) for name in (
            self.SIGN_SPACING, self.POST_SPACING, self.STRANDS, self.PRICE_METRE,
            self.PRICE_POST, self.PRICE_SIGN)}
        if values[self.POST_SPACING] <= 0 or values[self.SIGN_SPACING] <= 0:
            raise QgsProcessingException(tr("Spacings must be greater than 0."))
        output = checked_output(self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                                (".csv", ".xlsx"))
        measure = ellipsoid_measure(context.transformContext())
        signs = self._sign_counter(parameters, context)
        names = source.fields().names()
        rows = []
        for feature, line in features_in_wgs84(source, context.transformContext()):
            length = measure.measureLength(line)
            marking_id = str(feature["marking_id"]) if "marking_id" in names else \
                str(feature.id())
            closed = not line.isMultipart() and line.asPolyline()[0] == line.asPolyline()[-1]
            # a closed fence needs a post per spacing; an open one also its last post
            posts = math.ceil(length / values[self.POST_SPACING] - 1e-9) + (0 if closed else 1)
            counted = signs(marking_id, line) if signs else None
            sign_count = counted if counted is not None else \
                math.ceil(length / values[self.SIGN_SPACING] - 1e-9) + (0 if closed else 1)
            wire = length * values[self.STRANDS]
            row = {"marking_id": marking_id,
                   "hazard_id": str(feature["hazard_id"]) if "hazard_id" in names else "",
                   "marking_type": str(feature["marking_type"]) if "marking_type" in names
                   else "", "length_m": round(length, 1), "signs": sign_count, "posts": posts,
                   "wire_m": round(wire, 1),
                   "cost_line": round(wire * values[self.PRICE_METRE], 2),
                   "cost_posts": round(posts * values[self.PRICE_POST], 2),
                   "cost_signs": round(sign_count * values[self.PRICE_SIGN], 2)}
            row["cost_total"] = round(row["cost_line"] + row["cost_posts"] + row["cost_signs"], 2)
            rows.append(row)
        total = {"marking_id": tr("Total"), "hazard_id": "", "marking_type": ""}
        for column in COLUMNS[3:]:
            total[column] = round(sum(r[column] for r in rows), 2)
        rows.append(total)
        self._write(output, rows, self.parameterAsString(parameters, self.CURRENCY, context))
        feedback.pushInfo(tr("{lines} lines, {km} km, {signs} signs, {posts} posts.").format(
            lines=len(rows) - 1, km=f"{total['length_m'] / 1000:,.2f}", signs=total["signs"],
            posts=total["posts"]))
        return {self.OUTPUT: output}

    def _sign_counter(self, parameters, context):
        """counter(marking_id, line) -> signs on that line, from the sign layer if given."""
        source = self.parameterAsSource(parameters, self.SIGNS, context)
        if source is None:
            return None
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        by_id, points, index = {}, {}, QgsSpatialIndex()
        has_id = "marking_id" in source.fields().names()
        for feature in source.getFeatures():
            if has_id and feature["marking_id"]:
                by_id[str(feature["marking_id"])] = by_id.get(str(feature["marking_id"]), 0) + 1
                continue
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(to_wgs84)
            point = QgsFeature(len(points))
            point.setGeometry(geometry)
            points[len(points)] = geometry
            index.addFeature(point)

        def count(marking_id, line):
            if marking_id in by_id:
                return by_id[marking_id]
            near = index.intersects(line.boundingBox().buffered(0.0001))
            # about 1 m in degrees: the sign stands on the line
            return sum(1 for i in near if points[i].distance(line) < 0.00001)
        return count

    @staticmethod
    def _write(path, rows, currency):
        header = list(COLUMNS)
        if currency:
            header = [f"{c} ({currency})" if c.startswith("cost") else c for c in header]
        table = [[row[c] for c in COLUMNS] for row in rows]
        write_table(path, "bill_of_quantities", header, table)
