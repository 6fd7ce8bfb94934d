"""mineaction:prioritisehazards — which hazard first, transparently (priorities-workplan.md)."""
import datetime
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import priorities, schema
from ..core.i18n import N_, tr
from ..data import geopackage, planning_store, project_db
from ..data.tables import write_table
from .base import (
    MineActionAlgorithm,
    all_or_nothing,
    check_database,
    checked_output,
    database_parameter,
)


def resolve_profile(database, text):
    """The profile a PROFILE value names: a JSON file, a profile stored in the database, or
    the preset; ProfileError saying which it is not."""
    text = (text or "").strip() or schema.PRESET_PROFILE
    if os.path.isfile(text):
        with open(text, encoding="utf-8") as f:
            return priorities.parse_profile(f.read()), os.path.basename(text)
    stored = planning_store.profile_rows(database, text)
    if stored:
        return priorities.parse_profile(stored), text
    if text == schema.PRESET_PROFILE:
        return priorities.parse_profile(priorities.ANAMA_PRESET), text
    raise priorities.ProfileError(tr("PROFILE: {name} is neither a JSON file nor a profile "
                                     "stored in priority_profiles.").format(name=text))


class PrioritiseHazardsAlgorithm(MineActionAlgorithm):
    NAME = "prioritisehazards"
    DISPLAY_NAME = N_("Prioritise hazards")
    GROUP_ID = "planning"
    GROUP = N_("Planning")
    HELP = N_("Ranks the open hazards: every criterion measured on the ground (nearest "
              "settlement and its return stage, families within the settlement radius, roads, "
              "railways and power lines, funded reconstruction within 500 m, farmland "
              "overlapped, recent accidents and victims within the accident radius, remaining "
              "area, classification, evidence), normalised to 0–1 (more urgent higher: counts "
              "and areas ÷ the largest, distances 1 − d ÷ the distance scale), weighted by the "
              "profile, gates applied; ties go to the smaller area. OUTPUT has each hazard's "
              "score, rank, every criterion and its weighted part, and the explanation in "
              "words. WRITE_PRIORITY sets hazards.priority 1–5 by score quintile, with "
              "history.")
    DATABASE, PROFILE, WRITE_PRIORITY, OUTPUT, AS_OF = ("DATABASE", "PROFILE", "WRITE_PRIORITY",
                                                        "OUTPUT", "AS_OF")

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(QgsProcessingParameterString(
            self.PROFILE, tr("Profile: a name in priority_profiles or a JSON file of weights"),
            defaultValue=schema.PRESET_PROFILE))
        self.addParameter(QgsProcessingParameterString(
            self.AS_OF, tr("Accidents counted back from (YYYY-MM-DD; default today)"),
            optional=True))
        for name, title in (("SETTLEMENT_RADIUS", tr("Settlement radius (m)")),
                            ("ACCIDENT_RADIUS", tr("Accident radius (m)")),
                            ("ACCIDENT_YEARS", tr("Accident years")),
                            ("DISTANCE_SCALE", tr("Distance scale (m)"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, title, QgsProcessingParameterNumber.Type.Double,
                priorities.PARAMETERS[name], minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_PRIORITY, tr("Write hazards.priority (1–5 by score quintile)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Ranking"), tr("CSV (*.csv);;Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("RANKED", tr("Hazards ranked")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, self.DATABASE, context)
        output = checked_output(self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                                (".csv", ".xlsx"), (database,))
        as_of = (self.parameterAsString(parameters, self.AS_OF, context) or "").strip() or \
            datetime.date.today().isoformat()
        params = {name: self.parameterAsDouble(parameters, name, context)
                  for name in ("SETTLEMENT_RADIUS", "ACCIDENT_RADIUS", "ACCIDENT_YEARS",
                               "DISTANCE_SCALE")}
        check_database(database)
        try:
            profile, profile_name = resolve_profile(
                database, self.parameterAsString(parameters, self.PROFILE, context))
            datetime.date.fromisoformat(as_of)
        except (priorities.ProfileError, ValueError) as error:
            raise QgsProcessingException(str(error))
        try:
            data = planning_store.read(database)
            feedback.setProgress(20)
            raw, _, _ = planning_store.criteria(data, params, as_of)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.setProgress(70)
        rows = priorities.rank(raw, profile, params)
        header = ["hazard_id", "score", "rank"] + [
            name for criterion in priorities.CRITERIA
            for name in (criterion, f"{criterion}_part")] + ["explanation"]
        write_table(output, "ranking", header, [[row.get(c) for c in header] for row in rows],
                    say=feedback.pushWarning)
        if self.parameterAsBoolean(parameters, self.WRITE_PRIORITY, context):
            self._write_priorities(database, rows, profile_name, feedback)
        feedback.pushInfo(tr("{count} hazards ranked with profile {profile}; first: "
                             "{first}.").format(count=len(rows), profile=profile_name,
                                                first=rows[0]["hazard_id"] if rows else "–"))
        return {self.OUTPUT: output, "RANKED": len(rows)}

    @staticmethod
    def _write_priorities(database, rows, profile_name, feedback):
        levels = priorities.quintile_priorities(rows)
        reason = tr("ranked with profile {profile}").format(profile=profile_name)
        try:
            with project_db.open_project(database) as db:
                current = dict(db.rows(f"SELECT hazard_id, priority FROM {db.t('hazards')}"))
                with all_or_nothing(db):
                    changed = 0
                    for hazard_id, level in levels.items():
                        if current.get(hazard_id) != level:
                            db.update("hazards", hazard_id, {"priority": level,
                                                             "status_reason": reason})
                            changed += 1
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("hazards.priority changed on {count} hazards (history kept).")
                          .format(count=changed))
