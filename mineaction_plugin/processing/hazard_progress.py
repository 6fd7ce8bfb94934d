"""mineaction:hazardprogress — what each hazard has released and what remains, on the ellipsoid."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, geometry_from_wkb
from ..compat import field_type
from ..core.i18n import N_, tr
from ..data import project_db
from .base import MineActionAlgorithm, check_database, check_sink, database_parameter

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
RELEASE_TYPES = ("cancelled", "reduced", "cleared")
# what is left below this is survey noise, not land still to release
NOTHING_LEFT_M2 = 1.0


def hazard_progress(database, measure, feedback=None):
    """[{hazard_id, status, area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_m2,
    released_pct, suggest_close}] for every hazard of the database.

    Released land counts once however many activities overlap it (the union per release
    type, the remainder is the hazard minus the union of all released land).
    """
    with project_db.open_project(database) as db:
        hazards = [(hazard_id, status, db.wkb(value)) for hazard_id, status, value in db.rows(
            f"SELECT hazard_id, status, {db.geometry_column()} FROM {db.t('hazards')} "
            f"WHERE geom IS NOT NULL ORDER BY hazard_id")]
        released = {}
        for hazard_id, release_type, value in db.rows(
                f"SELECT hazard_id, release_type, {db.geometry_column()} FROM "
                f"{db.t('land_release')} WHERE hazard_id IS NOT NULL AND release_type IS NOT "
                f"NULL AND status = 'completed' AND geom IS NOT NULL"):
            geometry = geometry_from_wkb(db.wkb(value))
            released.setdefault(hazard_id, {}).setdefault(release_type, []).append(geometry)
    rows = []
    for index, (hazard_id, status, wkb) in enumerate(hazards):
        if feedback is not None and feedback.isCanceled():
            break
        hazard = geometry_from_wkb(wkb)
        area = measure.measureArea(hazard)
        row = {"hazard_id": hazard_id, "status": status, "area_m2": area}
        everything = []
        for release_type in RELEASE_TYPES:
            parts = released.get(hazard_id, {}).get(release_type, [])
            everything += parts
            union = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
            inside = union.intersection(hazard) if parts else QgsGeometry()
            row[f"{release_type}_m2"] = measure.measureArea(inside) if parts else 0.0
        remaining = hazard.difference(QgsGeometry.unaryUnion(everything)) if everything \
            else hazard
        row["remaining_m2"] = measure.measureArea(remaining) if not remaining.isEmpty() else 0.0
        row["released_pct"] = 100.0 * (1 - row["remaining_m2"] / area) if area else 0.0
        row["suggest_close"] = status != "closed" and row["remaining_m2"] < NOTHING_LEFT_M2
        rows.append(row)
        if feedback is not None and index % 100 == 0:
            feedback.setProgress(100 * index / max(len(hazards), 1))
    return rows


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
