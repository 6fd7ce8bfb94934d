"""mineaction:hazardprogress — what each hazard has released and what remains, on the ellipsoid."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..adapters.hazard_progress import hazard_progress
from ..adapters.qgis_geodesy import ellipsoid_measure
from ..compat import field_type
from ..core.i18n import N_, tr
from .base import MineActionAlgorithm, check_database, check_sink, database_parameter

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class HazardProgressAlgorithm(MineActionAlgorithm):
    NAME = "hazardprogress"
    DISPLAY_NAME = N_("Hazard progress (remaining area)")
    GROUP_ID = "hazards"
    GROUP = N_("Hazards")
    HELP = N_("For every hazard: its area, the land cancelled, reduced and cleared inside it by "
              "completed activities, and the remaining area (hazard minus all released land), "
              "on the WGS84 ellipsoid. Hazards with nothing left that are not closed yet are "
              "marked as ready to close.")
    DATABASE, OUTPUT = "DATABASE", "OUTPUT"
    FIELDS = (("hazard_id", field_type("text")), ("status", field_type("text")),
              ("area_m2", field_type("real")), ("cancelled_m2", field_type("real")),
              ("reduced_m2", field_type("real")), ("cleared_m2", field_type("real")),
              ("remaining_m2", field_type("real")), ("released_pct", field_type("real")),
              ("suggest_close", field_type("bool")))

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Hazard progress"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        check_database(database)
        fields = QgsFields()
        for name, kind in self.FIELDS:
            fields.append(QgsField(name, kind))
        check_sink(self, parameters, self.OUTPUT, context, (database,))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.NoGeometry, WGS84)
        measure = ellipsoid_measure(context.transformContext())
        ready = 0
        for row in hazard_progress(database, measure, feedback):
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name, _ in self.FIELDS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            ready += row["suggest_close"]
        if ready:
            feedback.pushInfo(tr("{count} hazards have nothing left to release and can be "
                                 "closed.").format(count=ready))
        return {self.OUTPUT: dest}
