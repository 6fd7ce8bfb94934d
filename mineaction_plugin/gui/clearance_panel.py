"""The dock's "Clearance" section: record what an activity released, add finds on the map."""
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.i18n import tr
from ..data.layers import loaded_layer, reload_layers
from ..toolbelt import tell
from .background import run_algorithm


class ClearancePanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Land release for the hazard selected on the map:")))
        row = QHBoxLayout()
        self.activity = QComboBox()
        for code in schema.RELEASE_BY_ACTIVITY:
            self.activity.addItem(tr(schema.code_label("activity_type", code)), code)
        self.activity.setCurrentIndex(self.activity.findData("clearance"))
        self.area = QComboBox()
        self.area.addItem(tr("what is left"), "remaining")
        self.area.addItem(tr("the whole hazard"), "whole")
        row.addWidget(self.activity, 1)
        row.addWidget(self.area, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(list(schema.ORGANISATIONS))
        self.end_date = QLineEdit()
        self.end_date.setPlaceholderText(tr("end date YYYY-MM-DD"))
        record = QPushButton(tr("&Record release"))
        record.clicked.connect(lambda: self.record_release())
        # one field a line where they would not fit side by side in a narrow dock
        layout.addWidget(self.organisation)
        row.addWidget(self.end_date, 1)
        row.addWidget(record)
        layout.addLayout(row)
        draw = QPushButton(tr("&Draw released area"))
        draw.setToolTip(tr("Digitise the land an activity released; the hazard under it, the "
                           "activity id and the release type are filled in"))
        draw.clicked.connect(lambda: self.dock.digitizing.start("land_release"))
        layout.addWidget(draw)
        finds = QPushButton(tr("Add EO &finds on the map"))
        finds.setToolTip(tr("Click where each device was found; the activity and hazard under "
                            "the click are filled in"))
        finds.clicked.connect(lambda: self.dock.digitizing.start("eo_finds"))
        layout.addWidget(finds)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)  # the controls stay together at the top

    def record_release(self, hazard_id=None):
        """Record the activity for the selected hazard, in a background task. Returns the Job;
        its result is the new activity's id."""
        if hazard_id is None:
            layer = loaded_layer("hazards")
            selected = layer.selectedFeatures() if layer is not None else []
            if len(selected) != 1:
                tell(self.iface, tr(
                    "Select one hazard on the map (or in the Hazards section) first."),
                    Qgis.MessageLevel.Info, 6)
                return None
            hazard_id = selected[0]["hazard_id"]
        return run_algorithm(self.iface, "mineaction:recordrelease", {
            "DATABASE": self.dock.database, "HAZARD_ID": hazard_id,
            "ACTIVITY_TYPE": self.activity.currentData(), "AREA": self.area.currentData(),
            "STATUS": "completed", "ORGANISATION": self.organisation.currentText(),
            "END_DATE": self.end_date.text().strip(),
            "START_DATE": self.end_date.text().strip()}, self._recorded)

    def _recorded(self, results):
        self.result.setText(tr("{id}: {area} m² released.").format(
            id=results["ACTIVITY_ID"], area=f"{results['AREA_M2']:,.0f}"))
        reload_layers("land_release")
        self.dock.refresh_counts()
        self.dock.hazards_panel.refresh()
        return results["ACTIVITY_ID"]
