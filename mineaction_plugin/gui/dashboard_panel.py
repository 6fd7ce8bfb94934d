"""The dock's "Dashboard" section: progress by district, computed in the background."""
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..adapters.qgis_geodesy import ellipsoid_measure, geometry_from_wkb
from ..core import dashboard
from ..core.i18n import tr
from ..data import dashboard as dashboard_data
from ..styles.symbology import EO_SYMBOL, RELEASE_FILL
from ..toolbelt import log, setting
from .background import Latest, run_function
from .charts import BarChart


def _measure_wkb():
    measure = ellipsoid_measure()
    return lambda wkb: measure.measureArea(geometry_from_wkb(wkb))


def _ha(m2):
    return f"{m2 / 10000:,.1f} ha"


class DashboardPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.figures = {}
        self.refreshing = Latest()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.district = QComboBox()
        self.district.setToolTip(tr("The whole programme or one district"))
        self.district.currentIndexChanged.connect(lambda _: self.show_district())
        self.refresh_button = QPushButton(tr("Refre&sh"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.export_button = QPushButton(tr("PN&G…"))
        self.export_button.setToolTip(tr("Save the dashboard as a picture"))
        self.export_button.clicked.connect(lambda: self.export_png())
        top.addWidget(self.district, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.board = QWidget()  # what the PNG shows
        board = QVBoxLayout(self.board)
        grid = QGridLayout()
        self.values = {}
        rows = (("sha", tr("Suspected (SHA)")), ("cha", tr("Confirmed (CHA)")),
                ("closed", tr("Closed hazards")), ("cancelled", tr("Cancelled (NTS)")),
                ("reduced", tr("Reduced (TS)")), ("cleared", tr("Cleared")),
                ("finds", tr("Devices found")), ("survey", tr("Aerial survey (programme)")),
                ("casualties", tr("Casualties")))
        for index, (key, title) in enumerate(rows):
            grid.addWidget(QLabel(title), index, 0)
            value = QLabel("–")
            value.setWordWrap(True)
            self.values[key] = value
            grid.addWidget(value, index, 1)
        board.addLayout(grid)
        board.addWidget(QLabel(tr("Land released of all hazardous land")))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat("%p%")
        board.addWidget(self.progress)
        self.by_month = BarChart(tr("Cleared area per month"))
        self.by_category = BarChart(tr("Devices found by category"))
        self.by_year = BarChart(tr("Victims per year"))
        board.addWidget(self.by_month)
        board.addWidget(self.by_category)
        board.addWidget(self.by_year)
        layout.addWidget(self.board, 1)

    def refresh(self):
        """Read the figures again, in a background task; returns its Job (None: no database)."""
        if not self.dock.database:
            return None
        path = self.dock.database

        def start():
            self.refresh_button.setEnabled(False)
            return run_function(tr("Dashboard figures"),
                                lambda: dashboard_data.read_figures(path, _measure_wkb()),
                                self._show, self._failed)
        return self.refreshing.run(start)

    def _failed(self, error):
        self.refresh_button.setEnabled(True)
        if error is not None:
            log(tr("The dashboard could not be refreshed: {reason}").format(reason=error),
                Qgis.MessageLevel.Warning)

    def _show(self, figures):
        self.refresh_button.setEnabled(True)
        self.figures = figures
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(tr("All districts"), dashboard.ALL)
        for name in sorted(n for n in figures if n != dashboard.ALL):
            self.district.addItem(name, name)
        index = self.district.findData(current) if current is not None else 0
        self.district.setCurrentIndex(max(index, 0))
        self.district.blockSignals(False)
        self.show_district()
        return True

    def show_district(self):
        f = self.figures.get(self.district.currentData() or dashboard.ALL)
        if f is None:
            return
        self.values["sha"].setText(f"{f.sha_count:,} · {_ha(f.sha_m2)}")
        self.values["cha"].setText(f"{f.cha_count:,} · {_ha(f.cha_m2)}")
        self.values["closed"].setText(f"{f.closed_count:,} · {_ha(f.closed_m2)}")
        for key in ("cancelled", "reduced", "cleared"):
            self.values[key].setText(_ha(f.released_m2[key]))
        self.values["finds"].setText("APM {APM:,} · ATM {ATM:,} · ERW {ERW:,}".format(**f.finds))
        survey = self.figures[dashboard.ALL].survey
        self.values["survey"].setText(tr(
            "{flights} flights · {imaged} imaged · {reviewed} of {detections} detections "
            "reviewed · {accepted} proposals accepted · {reduce} proposed for reduction").format(
                flights=f"{survey.flights:,}", imaged=_ha(survey.imaged_m2),
                reviewed=f"{survey.reviewed:,}", detections=f"{survey.detections:,}",
                accepted=f"{survey.proposals_accepted:,}", reduce=_ha(survey.reduce_m2)))
        self.progress.setValue(int(round(1000 * f.released_share)))
        self.progress.setFormat(tr("{released} released of {marked} marked hazardous").format(
            released=_ha(f.released_total_m2), marked=_ha(f.hazard_m2 + f.closed_m2)))
        months = sorted(f.cleared_by_month)[-12:]
        self.by_month.set_data([(m[2:], f.cleared_by_month[m] / 10000, RELEASE_FILL["cleared"])
                                for m in months], tr("ha, last 12 months with clearance"))
        self.by_category.set_data([(c, f.finds[c], EO_SYMBOL[c][1])
                                   for c in ("APM", "ATM", "ERW")])
        killed = sum(k for k, _ in f.victims_by_year.values())
        self.values["casualties"].setText(tr(
            "{victims} victims ({killed} killed, {injured} injured) · {children} children · "
            "{civilians} civilians, {deminers} deminers · {outside} % outside every minefield "
            "record").format(victims=f"{f.victims:,}", killed=f"{killed:,}",
                             injured=f"{f.victims - killed:,}", children=f"{f.children:,}",
                             civilians=f"{f.civilians:,}", deminers=f"{f.deminers:,}",
                             outside=round(100 * f.outside_records_share)))
        years = sorted(f.victims_by_year)[-12:]
        self.by_year.set_data([(str(y)[2:], sum(f.victims_by_year[y]), "#B2182B")
                               for y in years], tr("killed and injured, last 12 years with "
                                                   "accidents"))

    def export_png(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save dashboard"),
                                                  setting("last_folder", ""), tr("PNG (*.png)"))
            if not path:
                return None
        self.board.grab().save(path, "PNG")
        return path
