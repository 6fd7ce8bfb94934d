"""mineaction:verificationsummary — the programme figure of record verification as a table."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsSpatialIndex,
)

from ..adapters.qgis_geodesy import geometry_from_wkb
from ..core import verification_summary as summary
from ..core.i18n import N_, tr
from ..data import project_db
from ..data.tables import write_table
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter

NEAREST_FIND_DEGREES = 0.02     # about 2 km: a find farther off says nothing of the district


def read_summary(database):
    """The summary rows of a project database (the latest check of each record). A record
    without a district takes the district of the land release over it, as an officer would."""
    with project_db.open_project(database) as db:
        records = db.rows(f"SELECT record_id, district, {db.geometry_column()} FROM "
                          f"{db.t('minefield_records')}")
        checks = db.rows(f"SELECT record_id, status FROM {db.t('record_checks')} ORDER BY fid")
        if any(not (district or "").strip() for _, district, _ in records):
            records = _districts_from_release(db, records)
        else:
            records = [(record_id, district) for record_id, district, _ in records]
    return summary.summary_rows(records, summary.latest_statuses(checks),
                                tr(summary.NO_DISTRICT))


def _with_district(db, table):
    """A spatial index of the rows of `table` that name a district, and {id: (district,
    geometry)}."""
    index, rows = QgsSpatialIndex(), {}
    for number, (district, value) in enumerate(db.rows(
            f"SELECT district, {db.geometry_column()} FROM {db.t(table)} WHERE "
            f"district IS NOT NULL AND geom IS NOT NULL")):
        geometry = geometry_from_wkb(db.wkb(value))
        rows[number] = (district, geometry)
        index.addFeature(number, geometry.boundingBox())
    return index, rows


def _districts_from_release(db, records):
    index, released = _with_district(db, "land_release")
    finds, found = _with_district(db, "eo_finds")
    named = []
    for record_id, district, value in records:
        if not (district or "").strip() and value is not None:
            geometry = geometry_from_wkb(db.wkb(value))
            district = next((released[n][0] for n in index.intersects(geometry.boundingBox())
                             if released[n][1].intersects(geometry)), None)
            if district is None:    # nothing released over it yet: the nearest find's
                centre = geometry.centroid()
                # the distance checked here: QGIS versions differ on the index's own limit
                nearest = [n for n in finds.nearestNeighbor(centre.asPoint(), 1,
                                                            NEAREST_FIND_DEGREES)
                           if found[n][1].distance(centre) <= NEAREST_FIND_DEGREES]
                district = found[nearest[0]][0] if nearest else None
        named.append((record_id, district))
    return named


class VerificationSummaryAlgorithm(MineActionAlgorithm):
    NAME = "verificationsummary"
    DISPLAY_NAME = N_("Record verification summary by district")
    GROUP_ID = "reports"
    GROUP = N_("Reports")
    HELP = N_("Per district and in total: the minefield records, how many have been checked "
              "and verified (a verdict other than unverified), and how many of the verified "
              "are reliable, explained, partly reliable and unreliable, with their shares in "
              "percent. Each record counts with its latest check. CSV or Excel.")
    DATABASE, OUTPUT = "DATABASE", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Summary table"), tr("CSV (*.csv);;Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("VERIFIED", tr("Records verified")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        check_database(database)
        checked_output(output, (".csv", ".xlsx"), (database,))
        rows = read_summary(database)
        write_table(output, "record_verification", list(summary.COLUMNS),
                    [[row[c] for c in summary.COLUMNS] for row in rows])
        total = rows[-1]
        feedback.pushInfo(tr("{verified} of {records} records verified: {reliable} reliable, "
                             "{explained} explained, {partly} partly, {unreliable} "
                             "unreliable.").format(**total))
        return {self.OUTPUT: output, "VERIFIED": total["verified"]}
