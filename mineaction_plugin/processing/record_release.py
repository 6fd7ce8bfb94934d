"""mineaction:recordrelease — a survey or clearance activity that releases land of a hazard."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, geometry_from_wkb, insert_into
from ..core import schema
from ..core.i18n import N_, tr
from ..core.identifiers import next_id
from ..core.record_rows import normalise_date
from ..data import project_db
from .base import MineActionAlgorithm, check_database, database_parameter

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
AREAS = ("remaining", "whole")


class RecordReleaseAlgorithm(MineActionAlgorithm):
    NAME = "recordrelease"
    DISPLAY_NAME = N_("Record land release for a hazard")
    GROUP_ID = "hazards"
    GROUP = N_("Hazards")
    HELP = N_("Records a non-technical survey (cancels land), technical survey (reduces) or "
              "clearance (clears) against a hazard. The released polygon is the whole hazard, "
              "or the hazard minus the land already released by completed activities (the "
              "default). Its area is measured on the WGS84 ellipsoid.")
    DATABASE, HAZARD_ID, ACTIVITY_TYPE, AREA = "DATABASE", "HAZARD_ID", "ACTIVITY_TYPE", "AREA"
    STATUS, ORGANISATION, TEAM = "STATUS", "ORGANISATION", "TEAM"
    START_DATE, END_DATE, ACTIVITY_ID = "START_DATE", "END_DATE", "ACTIVITY_ID"

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(self.HAZARD_ID, tr("Hazard id")))
        self.addParameter(QgsProcessingParameterEnum(
            self.ACTIVITY_TYPE, tr("Activity"), list(schema.RELEASE_BY_ACTIVITY),
            defaultValue="clearance", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA, tr("Released land"), list(AREAS), defaultValue="remaining",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("Status"), list(schema.CODE_LISTS["activity_status"]),
            defaultValue="completed", usesStaticStrings=True))
        for name, title in ((self.ORGANISATION, tr("Organisation")), (self.TEAM, tr("Team")),
                            (self.START_DATE, tr("Start date (YYYY-MM-DD)")),
                            (self.END_DATE, tr("End date (YYYY-MM-DD)")),
                            (self.ACTIVITY_ID, tr("Activity id (empty: LR-<hazard>-<n>)"))):
            self.addParameter(QgsProcessingParameterString(name, title, optional=True))
        self.addOutput(QgsProcessingOutputString(self.ACTIVITY_ID, tr("Activity id")))
        self.addOutput(QgsProcessingOutputNumber("AREA_M2", tr("Released area (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        hazard_id = self.parameterAsString(parameters, self.HAZARD_ID, context).strip()
        activity = self.parameterAsEnumString(parameters, self.ACTIVITY_TYPE, context)
        which = self.parameterAsEnumString(parameters, self.AREA, context)
        status = self.parameterAsEnumString(parameters, self.STATUS, context)
        text = {name: (self.parameterAsString(parameters, name, context) or "").strip() or None
                for name in (self.ORGANISATION, self.TEAM, self.START_DATE, self.END_DATE,
                             self.ACTIVITY_ID)}
        for name in (self.START_DATE, self.END_DATE):
            if text[name]:
                iso = normalise_date(text[name])
                if iso is None:
                    raise QgsProcessingException(tr("{field}: '{value}' is not a date (write "
                                                    "YYYY-MM-DD).").format(field=name,
                                                                           value=text[name]))
                text[name] = iso
        if text[self.START_DATE] and text[self.END_DATE] and \
                text[self.END_DATE] < text[self.START_DATE]:
            raise QgsProcessingException(tr("The end date {end} is before the start date "
                                            "{start}.").format(end=text[self.END_DATE],
                                                               start=text[self.START_DATE]))
        check_database(database)
        with project_db.open_project(database) as db:
            try:
                with db.transaction():
                    found = db.one(f"SELECT {db.geometry_column()}, district, status FROM "
                                   f"{db.t('hazards')} WHERE hazard_id = ?", (hazard_id,))
                    if found is None or found[0] is None:
                        raise QgsProcessingException(
                            tr("There is no hazard {id} with a polygon.").format(id=hazard_id))
                    hazard = geometry_from_wkb(db.wkb(found[0]))
                    released = hazard
                    if which == "remaining":
                        done = []
                        for (value,) in db.rows(
                                f"SELECT {db.geometry_column()} FROM {db.t('land_release')} WHERE "
                                f"hazard_id = ? AND status = 'completed' AND geom IS NOT NULL",
                                (hazard_id,)):
                            geometry = geometry_from_wkb(db.wkb(value))
                            done.append(geometry)
                        if done:
                            released = hazard.difference(QgsGeometry.unaryUnion(done))
                    if released.isEmpty() or \
                            released.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                        raise QgsProcessingException(tr(
                            "Nothing of hazard {id} is left to release.").format(id=hazard_id))
                    if released.isMultipart():
                        parts = released.asGeometryCollection()
                        if len(parts) > 1:
                            feedback.pushWarning(tr(
                                "The land left is in {count} pieces; the largest "
                                "is recorded, draw the others by hand.").format(count=len(parts)))
                        released = max(parts, key=lambda g: g.area())
                    measure = ellipsoid_measure(context.transformContext())
                    area = measure.measureArea(released)
                    activity_id = text[self.ACTIVITY_ID]
                    if not activity_id:
                        # the hazard's n-th activity, never an id already given
                        prefix = f"LR-{hazard_id}-"
                        taken = [r[0] for r in db.rows(
                            f"SELECT activity_id FROM {db.t('land_release')} WHERE "
                            f"activity_id LIKE ?", (prefix + "%",))]
                        count = db.one(f"SELECT count(*) FROM {db.t('land_release')} WHERE "
                                       f"hazard_id = ?", (hazard_id,))[0]
                        activity_id = next_id(taken, prefix, at_least=count + 1)
                    insert_into(db, "land_release", {
                        "activity_id": activity_id, "hazard_id": hazard_id,
                        "activity_type": activity,
                        "release_type": schema.RELEASE_BY_ACTIVITY[activity], "status": status,
                        "organisation": text[self.ORGANISATION], "team": text[self.TEAM],
                        "start_date": text[self.START_DATE], "end_date": text[self.END_DATE],
                        "district": found[1], "area_m2": round(area, 2)}, released)
            except Exception as error:
                if isinstance(error, QgsProcessingException):
                    raise
                raise QgsProcessingException(tr("Nothing was recorded: {reason}").format(
                    reason=error))
        feedback.pushInfo(tr("{id}: {area} m² {type}.").format(
            id=activity_id, area=f"{area:,.0f}", type=schema.RELEASE_BY_ACTIVITY[activity]))
        return {self.ACTIVITY_ID: activity_id, "AREA_M2": area}
