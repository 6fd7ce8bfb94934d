"""The Survey section's list of hazard proposals: make them, see them on the canvas, accept or
reject them (mineaction:proposehazards, proposereduction, acceptproposals in the background)."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import schema
from ..core.i18n import N_, tr
from ..toolbelt import tell
from .background import run_algorithm

PROPOSAL_COLUMNS = (N_("Proposal"), N_("Kind"), N_("Status"), N_("Area (m²)"), N_("Evidence"))


class ProposalList(QGroupBox):

    def __init__(self, iface, dock, written):
        super().__init__(tr("Proposals"))
        self.iface = iface
        self.dock = dock
        self.written = written        # called with the results after every write
        self.proposals = []           # data/aerial_store.read_proposals
        self.outline = QgsRubberBand(iface.mapCanvas(), QgsWkbTypes.GeometryType.PolygonGeometry)
        self.outline.setStrokeColor(QColor("#000000"))
        self.outline.setFillColor(QColor(0, 0, 0, 0))
        self.outline.setWidth(3)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.propose_button = QPushButton(tr("Propose &CHAs"))
        self.propose_button.setToolTip(tr("Cluster the evidence into new CHA proposals "
                                          "(mineaction:proposehazards, the spec's defaults)"))
        self.propose_button.clicked.connect(lambda: self.propose("mineaction:proposehazards"))
        self.reduce_button = QPushButton(tr("Propose &reduction"))
        self.reduce_button.setToolTip(tr("Land of each open SHA seen well and empty "
                                         "(mineaction:proposereduction)"))
        self.reduce_button.clicked.connect(lambda: self.propose("mineaction:proposereduction"))
        row.addWidget(self.propose_button)
        row.addWidget(self.reduce_button)
        layout.addLayout(row)
        self.proposal_table = QTableWidget(0, len(PROPOSAL_COLUMNS))
        self.proposal_table.setHorizontalHeaderLabels([tr(c) for c in PROPOSAL_COLUMNS])
        self.proposal_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.proposal_table.verticalHeader().setVisible(False)
        self.proposal_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.proposal_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.proposal_table.itemSelectionChanged.connect(self._proposal_selected)
        layout.addWidget(self.proposal_table)
        row = QHBoxLayout()
        self.accept_button = QPushButton(tr("&Accept"))
        self.accept_button.setToolTip(tr("A new CHA proposal becomes a CHA; a reduction stays a "
                                         "candidate for survey (nothing is released)"))
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.reject_proposal_button = QPushButton(tr("Reject…"))
        self.reject_proposal_button.clicked.connect(lambda: self.decide("reject"))
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_proposal_button)
        layout.addLayout(row)


    def propose(self, algorithm_id):
        if not self.dock.database:
            return None
        return run_algorithm(self.iface, algorithm_id, {"DATABASE": self.dock.database},
                             lambda results: self.written(results))

    def fill(self):
        self.proposal_table.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            values = (proposal["id"], tr(schema.code_label("proposal_kind", proposal["kind"])),
                      tr(schema.code_label("proposal_status", proposal["status"])),
                      self.locale().toString(float(proposal["area_m2"] or 0), "f", 0),
                      proposal["evidence"] or "")
            for column, value in enumerate(values):
                self.proposal_table.setItem(row, column, QTableWidgetItem(value))

    def selected_proposals(self):
        rows = sorted({index.row() for index in self.proposal_table.selectedIndexes()})
        return [self.proposals[r] for r in rows if r < len(self.proposals)]

    def _proposal_selected(self):
        self.outline.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        chosen = self.selected_proposals()
        if not chosen:
            return
        canvas = self.iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        extent = None
        for proposal in chosen:
            geometry = QgsGeometry()
            geometry.fromWkb(proposal["wkb"])
            geometry.transform(to_canvas)
            self.outline.addGeometry(geometry, None)
            box = geometry.boundingBox()
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        if extent is not None:
            extent.scale(1.3)
            canvas.setExtent(extent)
            canvas.refresh()

    def decide(self, decision, reason=None):
        chosen = [p["id"] for p in self.selected_proposals() if p["status"] == "proposed"]
        if not chosen or not self.dock.database:
            tell(self.iface, tr("Select proposals still proposed first."))
            return None
        if decision == "reject" and reason is None:
            reason, ok = QInputDialog.getText(self, tr("Reject proposals"),
                                              tr("Why are they rejected?"))
            if not ok or not reason.strip():
                return None
        return run_algorithm(self.iface, "mineaction:acceptproposals", {
            "DATABASE": self.dock.database, "PROPOSAL_IDS": ",".join(chosen),
            "DECISION": decision, "REASON": reason or ""}, lambda results: self.written(results))
