"""mineaction:importminefieldrecords — minefield record tables to perimeters, points and rows."""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import QgisGeodesy, QgisProjector
from ..compat import field_type
from ..core import records as record_logic
from ..core.i18n import N_, tr
from ..core.record_table import TableError, normalise_header
from ..core.spreadsheet import safe_cell
from ..data import geopackage, record_files, records_store
from .base import MineActionAlgorithm, check_database, check_sink, database_parameter

ON_DUPLICATE_OPTIONS = ("reject", "replace")


# From this many rows on, a second process writes the GeoPackage while this one computes (its
# start costs about a tenth of a second; a national file saves seconds)
PARALLEL_WRITE_ROWS = 2000


def _fields(*spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, field_type(kind)))
    return fields


PERIMETER_FIELDS = (("record_id", "text"), ("district", "text"), ("source_file", "text"),
                    ("date_laid", "text"), ("laid_by", "text"), ("points", "int"),
                    ("perimeter_points", "int"), ("rows", "int"), ("mines_recorded", "int"),
                    ("area_m2", "real"), ("perimeter_m", "real"), ("traverse_m", "real"),
                    ("misclosure_m", "real"), ("declination_deg", "real"), ("warnings", "text"))
POINT_FIELDS = (("record_id", "text"), ("point_id", "text"), ("point_type", "text"),
                ("seq", "int"), ("from_point", "text"), ("bearing", "real"),
                ("bearing_unit", "text"), ("bearing_ref", "text"), ("declination_deg", "real"),
                ("grid_crs", "text"), ("distance", "real"), ("distance_unit", "text"),
                ("pace_m", "real"), ("x", "real"), ("y", "real"), ("crs", "text"),
                ("distance_m", "real"), ("azimuth_deg", "real"), ("traverse_m", "real"),
                ("latitude", "real"), ("longitude", "real"), ("source_row", "int"))
ROW_FIELDS = (("record_id", "text"), ("row_id", "text"), ("mine_model", "text"),
              ("mine_category", "text"), ("mine_count", "int"), ("spacing_m", "real"),
              ("length_m", "real"), ("expected_length_m", "real"), ("length_mismatch", "bool"))
MINE_FIELDS = (("record_id", "text"), ("row_id", "text"), ("mine_no", "int"),
               ("mine_model", "text"), ("mine_category", "text"))
ERROR_LEAD = ("row", "record_id", "point_id", "problem", "problem_field")


class ImportMinefieldRecordsAlgorithm(MineActionAlgorithm):
    NAME = "importminefieldrecords"
    DISPLAY_NAME = N_("Import minefield records")
    GROUP_ID = "records"
    GROUP = N_("Minefield records")
    HELP = N_("Turns a minefield record table (CSV with comma or semicolon, or XLSX; one row "
              "per point with bearings and distances from a landmark) into perimeters, points "
              "and mine rows on the WGS84 ellipsoid. A record with any bad row is rejected "
              "whole and all its rows are listed in Errors with the file row and the reason; "
              "the other records are imported. With a project database, all accepted records "
              "are appended in one transaction (all or nothing).")
    INPUT, TARGET_CRS, DATABASE, ON_DUPLICATE = "INPUT", "TARGET_CRS", "DATABASE", "ON_DUPLICATE"
    SOURCE_NAME = "SOURCE_NAME"
    PERIMETERS, POINTS, MINE_ROWS, ERRORS, MINES = ("PERIMETERS", "POINTS", "MINE_ROWS",
                                                    "ERRORS", "MINES")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Record table"),
            fileFilter=tr("Record tables (*.csv *.xlsx *.xls *.ods);;All files (*)")))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, tr("Output CRS"),
            defaultValue=QgsCoordinateReferenceSystem("EPSG:4326"), optional=True))
        self.addParameter(database_parameter(
            self.DATABASE, tr("Project database to append to (GeoPackage, or connection='…' "
                              "schema=…)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ON_DUPLICATE, tr("Record already in the database"), list(ON_DUPLICATE_OPTIONS),
            defaultValue="reject", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE_NAME, tr("Source recorded with the records (default: the file's name)"),
            optional=True))
        # optional, created by default: an import into a database may skip them (the dock
        # does), which at national scale halves the time and the memory
        for name, title, kind in ((self.PERIMETERS, tr("Perimeters"),
                                   QgsProcessing.SourceType.TypeVectorPolygon),
                                  (self.POINTS, tr("Points"),
                                   QgsProcessing.SourceType.TypeVectorPoint),
                                  (self.MINE_ROWS, tr("Mine rows"),
                                   QgsProcessing.SourceType.TypeVectorLine),
                                  (self.ERRORS, tr("Errors"), QgsProcessing.SourceType.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, title, kind, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MINES, tr("Estimated mine positions"), QgsProcessing.SourceType.TypeVectorPoint,
            optional=True, createByDefault=False))
        for name, title in (("RECORDS_IMPORTED", tr("Records imported")),
                            ("RECORDS_REJECTED", tr("Records rejected")),
                            ("ROWS_REJECTED", tr("Rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        target_crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not target_crs.isValid():
            target_crs = QgsCoordinateReferenceSystem("EPSG:4326")
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        on_duplicate = self.parameterAsEnumString(parameters, self.ON_DUPLICATE, context)
        for name in (self.PERIMETERS, self.POINTS, self.MINE_ROWS, self.ERRORS, self.MINES):
            if parameters.get(name) is not None:
                check_sink(self, parameters, name, context, (database, path))
        if database:
            check_database(database)
        try:
            table = record_files.read_table(path)
        except TableError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("{rows} rows read from {name}.").format(
            rows=len(table.rows), name=os.path.basename(path)))

        # records go to the database a few hundred at a time as they are computed
        writer = None
        if database:
            try:
                writer = records_store.record_writer(
                    database, on_duplicate,
                    self.parameterAsString(parameters, self.SOURCE_NAME, context).strip()
                    or os.path.basename(path),
                    parallel=len(table.rows) >= PARALLEL_WRITE_ROWS, say=feedback.pushInfo)
            except geopackage.DatabaseError as error:
                raise QgsProcessingException(str(error))
        try:
            result = record_logic.compute_records(
                table, QgisGeodesy(context.transformContext()),
                QgisProjector(context.transformContext()),
                progress=lambda f: feedback.setProgress(80 * f),
                is_cancelled=feedback.isCanceled,
                on_chunk=writer.put if writer else None)
        except geopackage.DatabaseError as error:  # the writer rolled back already
            raise QgsProcessingException(tr("Nothing was written to the database: {reason}")
                                         .format(reason=error))
        except Exception:
            if writer:
                writer.abort()
            raise
        if result.cancelled:
            if writer:
                writer.abort()
            raise QgsProcessingException(tr("Import cancelled: nothing was written."))
        accepted, rejected = result.records, list(result.rejected)
        if writer:
            try:
                written, skipped = writer.close()
            except Exception as error:
                raise QgsProcessingException(tr("Nothing was written to the database: {reason}")
                                             .format(reason=error))
            if skipped:
                skipped = set(skipped)
                for record in accepted:
                    if record.record_id in skipped:
                        rejected += [(p.row, p.values, record.record_id, "record_id", tr(
                            "record {record} is already in the database (choose replace to "
                            "overwrite it)").format(record=record.record_id))
                            for p in record.points]
                accepted = [r for r in accepted if r.record_id not in skipped]
                rejected.sort(key=lambda item: item[0])
            feedback.pushInfo(tr("{count} records appended to {database}.").format(
                count=written, database=database))
        feedback.setProgress(85)
        outputs = self._write_outputs(parameters, context, feedback, accepted, rejected,
                                      table.headers, target_crs)
        if not database and not any(name in outputs for name in (
                self.PERIMETERS, self.POINTS, self.MINE_ROWS)):
            feedback.pushWarning(tr("No database and no output layer were given: the records "
                                    "were only checked."))
        bad_records = sorted({item[2] for item in rejected if item[2]})
        shown = 100  # the Errors output has them all; the log shows the first ones
        for problem in result.problems[:shown]:
            feedback.reportError(tr("row {row}, record {record}, point {point}: {problem}")
                                 .format(row=problem.row, record=problem.record_id or "–",
                                         point=problem.point_id or "–", problem=problem.message),
                                 False)
        if len(result.problems) > shown:
            feedback.pushWarning(tr("… and {count} more problems: see the Errors output.")
                                 .format(count=len(result.problems) - shown))
        feedback.pushInfo(tr("{good} records imported, {bad} rejected ({rows} rows listed in "
                             "Errors).").format(good=len(accepted), bad=len(bad_records),
                                                rows=len(rejected)))
        feedback.setProgress(100)
        outputs.update({"RECORDS_IMPORTED": len(accepted), "RECORDS_REJECTED": len(bad_records),
                        "ROWS_REJECTED": len(rejected)})
        return outputs

    # --- outputs --------------------------------------------------------------------------
    def _write_outputs(self, parameters, context, feedback, records, rejected, headers, crs):
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = QgsCoordinateTransform(wgs84, crs, context.transformContext())
        needs_transform = crs != wgs84

        def geometry(geom):
            if needs_transform:
                geom.transform(transform)
            return geom

        def sink(name, fields, kind):
            created, dest = self.parameterAsSink(parameters, name, context, fields, kind, crs)
            return created, dest

        outputs = {}
        perimeters, outputs[self.PERIMETERS] = sink(self.PERIMETERS, _fields(*PERIMETER_FIELDS),
                                                    QgsWkbTypes.Type.Polygon)
        # a sink the caller did not ask for is None: its features are simply not made
        points, outputs[self.POINTS] = sink(self.POINTS, _fields(*POINT_FIELDS),
                                            QgsWkbTypes.Type.Point)
        rows, outputs[self.MINE_ROWS] = sink(self.MINE_ROWS, _fields(*ROW_FIELDS),
                                             QgsWkbTypes.Type.LineString)
        mines, mines_dest = sink(self.MINES, _fields(*MINE_FIELDS), QgsWkbTypes.Type.Point)
        if mines is not None:
            outputs[self.MINES] = mines_dest
        originals = [normalise_header(h) for h in headers
                     if normalise_header(h) and normalise_header(h) not in ERROR_LEAD]
        errors, outputs[self.ERRORS] = sink(
            self.ERRORS, _fields(*[(n, "int" if n == "row" else "text") for n in ERROR_LEAD],
                                 *[(h, "text") for h in originals]),
            QgsWkbTypes.Type.NoGeometry)
        outputs = {name: dest for name, dest in outputs.items() if dest}

        fast = QgsFeatureSink.Flag.FastInsert
        geodesy_for_mines = QgisGeodesy(context.transformContext())
        if perimeters is None and points is None and rows is None and mines is None:
            records = []   # only the database was asked for (the dock): no features to make
        for index, record in enumerate(records):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Import cancelled: nothing was written."))
            feature = QgsFeature()
            a = record.attributes
            feature.setAttributes([
                record.record_id, a.get("district"), a.get("source_file"), a.get("date_laid"),
                a.get("laid_by"), len(record.points), len(record.perimeter), len(record.rows),
                record.mines_recorded, record.area_m2, record.perimeter_m, record.traverse_m,
                record.misclosure_m, record.declination_deg, "; ".join(record.warnings) or None])
            ring = [QgsPointXY(p.lon, p.lat) for p in record.perimeter]
            feature.setGeometry(geometry(QgsGeometry.fromPolygonXY([ring + ring[:1]])))
            if perimeters is not None:
                perimeters.addFeature(feature, fast)
            batch = []
            for p in record.points if points is not None else ():
                feature = QgsFeature()
                feature.setAttributes([
                    record.record_id, p.point_id, p.point_type, p.seq, p.measured_from,
                    p.bearing, p.bearing_unit if p.bearing is not None else None,
                    p.bearing_ref if p.bearing is not None else None, p.declination_deg,
                    p.grid_crs or None, p.distance,
                    p.distance_unit if p.distance is not None else None, p.pace_m, p.x, p.y,
                    p.crs if p.absolute else None, p.distance_m, p.azimuth_deg, p.traverse_m,
                    p.lat, p.lon, p.row])
                feature.setGeometry(geometry(QgsGeometry.fromPointXY(QgsPointXY(p.lon, p.lat))))
                batch.append(feature)
            if batch:
                points.addFeatures(batch, fast)
            for row in record.rows if rows is not None or mines is not None else ():
                feature = QgsFeature()
                feature.setAttributes([record.record_id, row.row_id, row.mine_model,
                                       row.mine_category, row.mine_count, row.spacing_m,
                                       row.length_m, row.expected_length_m, row.length_mismatch])
                feature.setGeometry(geometry(QgsGeometry.fromPolylineXY(
                    [QgsPointXY(row.start.lon, row.start.lat),
                     QgsPointXY(row.end.lon, row.end.lat)])))
                if rows is not None:
                    rows.addFeature(feature, fast)
                if mines is not None:
                    for number, (lat, lon) in enumerate(row.mines(geodesy_for_mines), 1):
                        feature = QgsFeature()
                        feature.setAttributes([record.record_id, row.row_id, number,
                                               row.mine_model, row.mine_category])
                        feature.setGeometry(geometry(QgsGeometry.fromPointXY(
                            QgsPointXY(lon, lat))))
                        mines.addFeature(feature, fast)
            if index % 100 == 0:
                feedback.setProgress(85 + 15 * index / max(len(records), 1))
        # a table officers open in a spreadsheet: cells that would run as formulas are guarded
        # (core/spreadsheet.py; the records import takes the guard off again)
        guard = safe_cell if str(outputs.get(self.ERRORS) or "").lower().split("|")[0].endswith(
            (".csv", ".xlsx", ".ods")) else (lambda value: value)
        for row, values, record_id, fields, reasons in rejected if errors is not None else ():
            feature = QgsFeature()
            feature.setAttributes([row] + [guard(v) for v in [
                record_id or values.get("record_id", ""), values.get("point_id", ""), reasons,
                fields] + [values.get(h, "") for h in originals]])
            errors.addFeature(feature, fast)
        return outputs
