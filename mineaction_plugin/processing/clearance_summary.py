"""mineaction:clearancesummary — the published "Clearance by districts" table."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsSpatialIndex,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, geometry_from_wkb
from ..core import summary
from ..core.i18n import N_, tr
from ..data import project_db
from ..data.gpkg_sql import wkb_point_xy
from ..data.tables import write_table
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class ClearanceSummaryAlgorithm(MineActionAlgorithm):
    NAME = "clearancesummary"
    DISPLAY_NAME = N_("Clearance summary by district")
    GROUP_ID = "reports"
    GROUP = N_("Reports")
    HELP = N_("The quarterly \"Clearance by districts\" table: per district, the cleared area "
              "(km², on the WGS84 ellipsoid, of land release polygons with release type "
              "cleared) and the explosive ordnance found (sums of quantity for ERW, APM and "
              "ATM), with a Total row. Optional: a district polygon layer (adds each district's "
              "area and places features whose district is empty), and a date range (cleared "
              "areas by end date, else start date; finds by date found).")
    DATABASE, DISTRICTS, DISTRICT_FIELD = "DATABASE", "DISTRICTS", "DISTRICT_FIELD"
    DATE_FROM, DATE_TO, OUTPUT = "DATE_FROM", "DATE_TO", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("District polygons"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DISTRICT_FIELD, tr("District name field"), "name", self.DISTRICTS,
            optional=True))
        for name, title in ((self.DATE_FROM, tr("From date")), (self.DATE_TO, tr("To date"))):
            self.addParameter(QgsProcessingParameterDateTime(
                name, title, QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Summary table"), tr("CSV (*.csv);;Excel (*.xlsx)")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        date_from = self._date(parameters, self.DATE_FROM, context)
        date_to = self._date(parameters, self.DATE_TO, context)
        if date_from and date_to and date_to < date_from:
            raise QgsProcessingException(tr("The end of the date range ({to}) is before its "
                                            "start ({start}).").format(to=date_to,
                                                                       start=date_from))
        check_database(database)
        checked_output(output, (".csv", ".xlsx"), (database,))
        districts = self._districts(parameters, context)
        table = summary.ClearanceSummary(tr(summary.NO_DISTRICT))
        if districts:
            for name, (geometry, area) in districts.items():
                table.set_district_area(name, area)

        measure = ellipsoid_measure(context.transformContext())
        with project_db.open_project(database) as db:
            self._cleared(db, table, measure, districts, date_from, date_to, feedback)
            feedback.setProgress(70)
            self._finds(db, table, districts, date_from, date_to, feedback)
        rows = table.table(with_district_area=bool(districts))
        self._write(output, rows, bool(districts))
        for row in rows:
            feedback.pushInfo("{district}: {cleared_km2} km², ERW {ERW}, APM {APM}, ATM {ATM}, "
                              "total {total}".format(**row))
        feedback.setProgress(100)
        return {self.OUTPUT: output}

    def _date(self, parameters, name, context):
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toString("yyyy-MM-dd") if value and value.isValid() else None

    def _districts(self, parameters, context):
        """{name: (geometry in EPSG:4326, ellipsoidal area)} of the district layer, or {}."""
        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if source is None:
            return {}
        field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or "name"
        if source.fields().indexOf(field) < 0:
            raise QgsProcessingException(tr("The district layer has no field {field}.").format(
                field=field))
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        measure = ellipsoid_measure(context.transformContext())
        districts = {}
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            name = str(feature[field] or "").strip()
            if name in districts:
                geometry = districts[name][0].combine(geometry)
            districts[name] = (geometry, measure.measureArea(geometry))
        self._district_index = QgsSpatialIndex()
        self._district_names = {}
        for number, (name, (geometry, _)) in enumerate(districts.items()):
            feature = QgsFeature(number)
            feature.setGeometry(geometry)
            self._district_index.addFeature(feature)
            self._district_names[number] = name
        return districts

    def _locate(self, districts, point):
        """The district whose polygon holds `point` (QgsPointXY), else ''."""
        for number in self._district_index.intersects(
                QgsGeometry.fromPointXY(point).boundingBox()):
            name = self._district_names[number]
            if districts[name][0].contains(point):
                return name
        return ""

    def _cleared(self, db, table, measure, districts, date_from, date_to, feedback):
        where, values = ["release_type = 'cleared'", "geom IS NOT NULL"], []
        # a GeoPackage may hold an empty text where PostgreSQL has a NULL date
        when = ("coalesce(end_date, start_date)" if isinstance(db, project_db.PgProject)
                else "coalesce(nullif(end_date, ''), start_date)")
        if date_from:
            where.append(f"{when} >= ?")
            values.append(date_from)
        if date_to:
            where.append(f"{when} <= ?")
            values.append(date_to)
        total = db.rows(f"SELECT count(*) FROM {db.t('land_release')} WHERE "
                        f"{' AND '.join(where)}", values)[0][0]
        query = db.rows(f"SELECT district, {db.geometry_column()} FROM {db.t('land_release')} "
                        f"WHERE {' AND '.join(where)}", values)
        for index, (district, value) in enumerate(query):
            geometry = geometry_from_wkb(db.wkb(value))
            if not district and districts:
                district = self._locate(districts, geometry.pointOnSurface().asPoint())
            table.add_cleared(district, measure.measureArea(geometry))
            if index % 1000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(70 * index / max(total, 1))

    def _finds(self, db, table, districts, date_from, date_to, feedback):
        where, values = [], []
        if date_from:
            where.append("date_found >= ?")
            values.append(date_from)
        if date_to:
            where.append("date_found <= ?")
            values.append(date_to)
        condition = (" WHERE " + " AND ".join(where)) if where else ""
        # one aggregate in SQLite; only finds without a district are looked at one by one
        placed = " AND " if condition else " WHERE "
        finds = db.t("eo_finds")
        unknown = db.rows(
            f"SELECT DISTINCT category FROM {finds}{condition}{placed}"
            f"category NOT IN ('ERW', 'APM', 'ATM')", values)
        if unknown:
            raise QgsProcessingException(tr("EO finds with an unknown category: {values}. "
                                            "Correct them (ERW, APM or ATM) first.").format(
                values=", ".join(str(u[0]) for u in unknown)))
        empty = "(district IS NULL OR trim(district) = '')"
        grouped = db.rows(
            f"SELECT district, category, sum(quantity) FROM {finds}{condition}{placed}"
            f"{('NOT ' + empty) if districts else 'TRUE'} GROUP BY district, category", values)
        for district, category, quantity in grouped:
            table.add_finds(district, category, quantity or 0)
        if districts:
            for category, quantity, value in db.rows(
                    f"SELECT category, quantity, {db.geometry_column()} FROM {finds}"
                    f"{condition}{placed}{empty}", values):
                district = ""
                wkb = db.wkb(value)
                if wkb is not None:
                    x, y = wkb_point_xy(wkb)
                    district = self._locate(districts, QgsPointXY(x, y))
                table.add_finds(district, category, quantity or 0)

    def _write(self, path, rows, with_district_area):
        columns = list(summary.COLUMNS) + (["district_km2"] if with_district_area else [])
        write_table(path, "clearance_by_district", columns,
                    [[row[c] for c in columns] for row in rows])
