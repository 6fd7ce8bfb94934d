"""mineaction:savepriorityprofile — a profile's weights kept in the database."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
)

from ..core import priorities
from ..core.i18n import N_, tr
from ..data import geopackage, planning_store
from .base import MineActionAlgorithm, check_database, database_parameter


class SavePriorityProfileAlgorithm(MineActionAlgorithm):
    NAME = "savepriorityprofile"
    DISPLAY_NAME = N_("Save a priority profile")
    GROUP_ID = "planning"
    GROUP = N_("Planning")
    HELP = N_("Stores a profile in priority_profiles, one row per criterion (a profile of that "
              "name is replaced). WEIGHTS is JSON: {criterion: weight} or {criterion: "
              "{'weight': w, 'gate': true}} with double quotes; criteria left out get "
              "weight 0.")

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter("DATABASE"))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Profile name")))
        self.addParameter(QgsProcessingParameterString("WEIGHTS", tr("Weights (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("CRITERIA", tr("Criteria stored")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, "DATABASE", context)
        name = (self.parameterAsString(parameters, "NAME", context) or "").strip()
        if not name:
            raise QgsProcessingException(tr("NAME: give the profile a name."))
        try:
            profile = priorities.parse_profile(self.parameterAsString(parameters, "WEIGHTS",
                                                                      context))
        except priorities.ProfileError as error:
            raise QgsProcessingException(str(error))
        check_database(database)
        rows = [{"profile": name, "criterion": c, "weight": profile.get(c, (0.0, False))[0],
                 "gate": int(profile.get(c, (0.0, False))[1])} for c in priorities.CRITERIA]
        try:
            planning_store.replace_rows(database, "priority_profiles", rows)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.pushInfo(tr("Profile {name} saved.").format(name=name))
        return {"CRITERIA": len(rows)}
