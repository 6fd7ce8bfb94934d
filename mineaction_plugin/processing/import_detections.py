"""mineaction:importdetections — a detector's output and the flights' footprints, imported."""
import os
import struct

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..adapters.detection_files import FileProblem, read_footprints, read_points
from ..adapters.qgis_geodesy import geometry_bounds, intersection_test
from ..core import detections as detection_logic
from ..core.i18n import N_, tr
from ..data import geopackage, project_db
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    check_sink,
    database_parameter,
    write_rejected_rows,
)

DETECTION_COLUMNS = ("detection_id", "flight_id", "detected_class", "category", "confidence",
                     "model_version", "image_ref", "review_status", "reviewed_by",
                     "reviewed_at")
FLIGHT_COLUMNS = ("flight_id", "survey_date", "operator", "platform", "sensor", "gsd_cm",
                  "notes")
ERROR_LEAD = ("row", "file", "detection_id", "problem", "problem_field")
FIELD_PARAMETERS = (("ID_FIELD", "detection_id", N_("Column of the detection id")),
                    ("CLASS_FIELD", "detected_class", N_("Column of the detected class")),
                    ("CATEGORY_FIELD", "category", N_("Column of the category (APM, ATM, ERW)")),
                    ("CONFIDENCE_FIELD", "confidence", N_("Column of the confidence")),
                    ("FLIGHT_FIELD", "flight_id", N_("Column of the flight id")),
                    ("IMAGE_FIELD", "image_ref", N_("Column of the image")),
                    ("REVIEW_FIELD", "review_status", N_("Column of the review status")))
FILE_FILTER = N_("Detections (*.geojson *.json *.csv *.gpkg *.shp);;All files (*)")


def point_wkb(lon, lat):
    return struct.pack("<BIdd", 1, 1, lon, lat)


class ImportDetectionsAlgorithm(MineActionAlgorithm):
    NAME = "importdetections"
    DISPLAY_NAME = N_("Import aerial detections")
    GROUP_ID = "aerial"
    GROUP = N_("Aerial survey")
    HELP = N_("Imports a detector's output: one point per detection with its class, category, "
              "confidence and flight (GeoJSON, CSV with lon/lat or x/y and a CRS, GeoPackage, "
              "Shapefile). Columns are matched by their usual names unless named here. A file "
              "whose confidences are mostly above 1 (and none above 100) is in percent and is "
              "divided by 100. Flight footprints given in FLIGHTS are written in the same "
              "transaction. Bad rows (missing or repeated id, no place, a confidence outside the "
              "file's scale, an unknown flight or code) are listed in Errors with the file row "
              "and the reason and are not imported; the good rows go in together, all or "
              "nothing.")
    INPUT, FLIGHTS, DATABASE, CRS, ERRORS = "INPUT", "FLIGHTS", "DATABASE", "CRS", "ERRORS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Detections file"),
                                                     fileFilter=tr(FILE_FILTER)))
        self.addParameter(QgsProcessingParameterFile(
            self.FLIGHTS, tr("Flight footprints (optional)"), optional=True,
            fileFilter=tr("Footprints (*.geojson *.json *.gpkg *.shp);;All files (*)")))
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("CRS of x/y columns in a CSV"),
            defaultValue=QgsCoordinateReferenceSystem("EPSG:4326"), optional=True))
        for name, _, title in FIELD_PARAMETERS:
            self.addParameter(QgsProcessingParameterString(name, tr(title), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ERRORS, tr("Errors"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        for name, title in (("IMPORTED", tr("Detections imported")),
                            ("REJECTED", tr("Rows rejected")),
                            ("FLIGHTS_IMPORTED", tr("Flights imported"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString("CONFIDENCE_SCALE", tr("Confidence scale")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        flights_path = self.parameterAsFile(parameters, self.FLIGHTS, context)
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if parameters.get(self.ERRORS) is not None:
            check_sink(self, parameters, self.ERRORS, context, (database, path, flights_path))
        check_database(database)
        given = {field_name: self.parameterAsString(parameters, name, context)
                 for name, field_name, _ in FIELD_PARAMETERS}
        transform_context = context.transformContext()
        try:
            headers, rows = read_points(path, crs, transform_context)
            flight_rows = read_footprints(flights_path, transform_context)[1] \
                if flights_path else []
            mapping = detection_logic.match_fields(headers, given)
        except (FileProblem, ValueError) as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{rows} detections read from {name}.").format(
            rows=len(rows), name=os.path.basename(path)))
        feedback.setProgress(20)
        try:
            with project_db.open_project(database) as db:
                existing_flights = {r[0] for r in db.rows(
                    f"SELECT flight_id FROM {db.t('survey_flights')}")}
                existing_ids = {r[0] for r in db.rows(
                    f"SELECT detection_id FROM {db.t('aerial_detections')}")}
                flights, flight_problems, flight_warnings = detection_logic.check_flights(
                    flight_rows, existing_flights)
                footprints = {f.flight_id: f.geometry for f in flights}
                footprints.update(self._footprints_in(db, existing_flights, rows, mapping))
                good, problems, scale, warnings = detection_logic.check_rows(
                    rows, mapping, existing_flights | set(footprints), existing_ids,
                    {flight: _contains(geometry) for flight, geometry in footprints.items()})
                feedback.setProgress(40)
                with all_or_nothing(db):
                    self._write(db, flights, good, feedback)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(tr("Nothing was written: {reason}").format(reason=error))
        if scale == "percent":
            feedback.pushWarning(tr("The confidences of {name} are in percent (0–100): they "
                                    "were divided by 100.").format(name=os.path.basename(path)))
        for warning in flight_warnings + warnings:
            feedback.pushWarning(warning)
        problems = [("FLIGHTS", p) for p in flight_problems] + [("INPUT", p) for p in problems]
        for source, problem in problems[:100]:
            feedback.reportError(tr("{file} row {row}, {id}: {field}: {reason}").format(
                file=source, row=problem.row, id=problem.detection_id or "–",
                field=problem.field, reason=problem.reason), False)
        outputs = self._errors(parameters, context, problems)
        feedback.pushInfo(tr("{good} detections and {flights} flights imported, {bad} rows "
                             "rejected (listed in Errors).").format(
                                 good=len(good), flights=len(flights), bad=len(problems)))
        outputs.update({"IMPORTED": len(good), "REJECTED": len(problems),
                        "FLIGHTS_IMPORTED": len(flights), "CONFIDENCE_SCALE": scale})
        return outputs

    @staticmethod
    def _footprints_in(db, existing, rows, mapping):
        """Footprints of the flights already in the database that the file names."""
        from ..adapters.qgis_geodesy import geometry_from_wkb
        column = mapping.get("flight_id")
        named = {str(values.get(column) or "").strip() for _, values, _, _ in rows} \
            if column else set()
        wanted = sorted(named & existing)
        found = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for flight_id, wkb in db.rows(
                    f"SELECT flight_id, {db.geometry_column()} FROM {db.t('survey_flights')} "
                    f"WHERE flight_id IN ({', '.join('?' * len(chunk))})", chunk):
                if wkb is not None:
                    found[flight_id] = geometry_from_wkb(db.wkb(wkb))
        return found

    @staticmethod
    def _write(db, flights, good, feedback):
        for flight in flights:
            db.insert("survey_flights", {k: flight.values.get(k) for k in FLIGHT_COLUMNS},
                      bytes(flight.geometry.asWkb()), geometry_bounds(flight.geometry))
        rows = db.bulk("aerial_detections", list(DETECTION_COLUMNS))
        for index, detection in enumerate(good):
            if index % 2000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Import cancelled: nothing was written."))
                feedback.setProgress(40 + 55 * index / max(len(good), 1))
            rows.add([detection.values[c] for c in DETECTION_COLUMNS],
                     point_wkb(detection.lon, detection.lat),
                     (detection.lon, detection.lon, detection.lat, detection.lat))
        rows.finish()

    def _errors(self, parameters, context, problems):
        originals = []
        for _, problem in problems:
            for column in problem.values:
                if column not in originals and column not in ERROR_LEAD:
                    originals.append(column)
        return write_rejected_rows(
            self, parameters, context, self.ERRORS, ERROR_LEAD, originals,
            [((p.row, source, p.detection_id, p.reason, p.field), p.values)
             for source, p in problems])


def _contains(geometry):
    """A test of lon/lat against a footprint, with the geometry's engine prepared once."""
    from qgis.core import QgsGeometry, QgsPointXY
    meets = intersection_test(geometry)
    return lambda lon, lat: meets(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
