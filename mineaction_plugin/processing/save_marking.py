"""mineaction:savemarking — write previewed marking lines and their signs into the project."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..adapters.qgis_geodesy import geometry_blob, geometry_bounds
from ..core.i18n import N_, tr
from ..data import geopackage, marking_store
from .base import MineActionAlgorithm, check_database, database_parameter

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class SaveMarkingAlgorithm(MineActionAlgorithm):
    NAME = "savemarking"
    DISPLAY_NAME = N_("Save marking lines and signs")
    GROUP_ID = "marking"
    GROUP = N_("Marking")
    HELP = N_("Writes marking lines (from Perimeter marking lines) and their warning signs (from "
              "Warning signs along marking lines) into the project database as planned "
              "marking, in one transaction. Each line is linked to the first hazard in its "
              "hazard_id field and named MK-<hazard id>-<n>; its signs are <marking id>-S<n>.")
    DATABASE, LINES, SIGNS, SPACING = "DATABASE", "LINES", "SIGNS", "SPACING"
    LINES_SAVED, SIGNS_SAVED = "LINES_SAVED", "SIGNS_SAVED"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINES, tr("Marking lines (hazard_id, length_m, marking_id)"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SIGNS, tr("Warning signs (marking_id, sign_type, facing_deg)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPACING, tr("Sign spacing the signs were placed with (m)"),
            QgsProcessingParameterNumber.Type.Double, 50.0, minValue=1.0, maxValue=1000.0))
        self.addOutput(QgsProcessingOutputNumber(self.LINES_SAVED, tr("Lines saved")))
        self.addOutput(QgsProcessingOutputNumber(self.SIGNS_SAVED, tr("Signs saved")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        check_database(database)
        lines = self.parameterAsSource(parameters, self.LINES, context)
        signs = self.parameterAsSource(parameters, self.SIGNS, context)
        spacing = self.parameterAsDouble(parameters, self.SPACING, context)
        by_line = {}
        if signs is not None:
            to_wgs84 = QgsCoordinateTransform(signs.sourceCrs(), WGS84, context.transformContext())
            for sign in signs.getFeatures():
                geometry = sign.geometry()
                geometry.transform(to_wgs84)
                by_line.setdefault(sign["marking_id"], []).append(
                    (geometry_blob(geometry), geometry_bounds(geometry), sign["sign_type"],
                     sign["facing_deg"]))
        to_wgs84 = QgsCoordinateTransform(lines.sourceCrs(), WGS84, context.transformContext())
        records = []
        for line in lines.getFeatures():
            geometry = line.geometry()
            geometry.transform(to_wgs84)
            records.append((geometry_blob(geometry), geometry_bounds(geometry),
                            str(line["hazard_id"]).split(","), line["length_m"],
                            by_line.get(line["marking_id"], [])))
        try:
            written = marking_store.save_marking(database, records, sign_spacing=spacing)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        signs_saved = sum(n for _, n in written)
        feedback.pushInfo(tr("{lines} marking lines with {signs} signs saved (planned).").format(
            lines=len(written), signs=signs_saved))
        return {self.LINES_SAVED: len(written), self.SIGNS_SAVED: signs_saved}
