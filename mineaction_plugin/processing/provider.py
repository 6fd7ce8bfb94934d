"""The `mineaction` Processing provider: every operation of the plugin as an algorithm."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from .accept_proposals import AcceptProposalsAlgorithm
from .casualty_summary import CasualtySummaryAlgorithm
from .clearance_summary import ClearanceSummaryAlgorithm
from .copy_database import CopyDatabaseAlgorithm
from .correct_records import CorrectRecordsAlgorithm
from .create_database import CreateDatabaseAlgorithm
from .create_roles import CreateRolesAlgorithm
from .create_task import CreateTaskAlgorithm
from .export_imsma import ExportImsmaAlgorithm
from .export_task_sheets import ExportTaskSheetsAlgorithm
from .forecast_workplan import ForecastWorkplanAlgorithm
from .hazard_from_evidence import HazardFromEvidenceAlgorithm
from .hazard_progress import HazardProgressAlgorithm
from .hazards_from_records import HazardsFromRecordsAlgorithm
from .import_accidents import ImportAccidentsAlgorithm
from .import_detections import ImportDetectionsAlgorithm
from .import_imsma import ImportImsmaAlgorithm
from .import_records import ImportMinefieldRecordsAlgorithm
from .marking_quantities import MarkingQuantitiesAlgorithm
from .marking_signs import MarkingSignsAlgorithm
from .needs_report import NeedsReportAlgorithm
from .perimeter_marking import PerimeterMarkingAlgorithm
from .prioritise_hazards import PrioritiseHazardsAlgorithm
from .propose_hazards import ProposeHazardsAlgorithm
from .propose_reduction import ProposeReductionAlgorithm
from .record_release import RecordReleaseAlgorithm
from .review_detections import ReviewDetectionsAlgorithm
from .save_marking import SaveMarkingAlgorithm
from .save_profile import SavePriorityProfileAlgorithm
from .set_task_status import SetTaskStatusAlgorithm
from .upgrade_database import UpgradeDatabaseAlgorithm
from .verification_summary import VerificationSummaryAlgorithm
from .verify_records import VerifyRecordsAlgorithm

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "mineaction.svg")


class MineActionProvider(QgsProcessingProvider):

    def id(self):
        return "mineaction"

    def name(self):
        return tr("Mine action")

    def longName(self):
        return tr("Mine action information management")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):
        from ..adapters.pg_connections import install
        install()   # "connection=<QGIS connection>" databases, passwords from authcfg
        for algorithm in (CreateDatabaseAlgorithm(), UpgradeDatabaseAlgorithm(),
                          ImportMinefieldRecordsAlgorithm(), ClearanceSummaryAlgorithm(),
                          HazardsFromRecordsAlgorithm(), HazardProgressAlgorithm(),
                          RecordReleaseAlgorithm(), HazardFromEvidenceAlgorithm(),
                          PerimeterMarkingAlgorithm(), MarkingSignsAlgorithm(),
                          SaveMarkingAlgorithm(),
                          MarkingQuantitiesAlgorithm(), CreateTaskAlgorithm(),
                          SetTaskStatusAlgorithm(), ExportTaskSheetsAlgorithm(),
                          ExportImsmaAlgorithm(), ImportImsmaAlgorithm(),
                          CreateRolesAlgorithm(), CopyDatabaseAlgorithm(),
                          VerifyRecordsAlgorithm(), CorrectRecordsAlgorithm(),
                          VerificationSummaryAlgorithm(), ImportDetectionsAlgorithm(),
                          ReviewDetectionsAlgorithm(), ProposeHazardsAlgorithm(),
                          ProposeReductionAlgorithm(), AcceptProposalsAlgorithm(),
                          ImportAccidentsAlgorithm(), CasualtySummaryAlgorithm(),
                          NeedsReportAlgorithm(), PrioritiseHazardsAlgorithm(),
                          ForecastWorkplanAlgorithm(), SavePriorityProfileAlgorithm()):
            self.addAlgorithm(algorithm)
