"""mineaction:forecastworkplan — when each hazard is cleared and each returning village safe."""
import csv
import datetime
import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import priorities, workplan
from ..core.i18n import N_, tr
from ..data import geopackage, planning_store
from ..data.tables import write_table
from .base import MineActionAlgorithm, check_database, checked_output, database_parameter

PLAN_COLUMNS = ("hazard_id", "organisation", "start_date", "finish_date", "area_m2", "days")
SETTLEMENT_COLUMNS = ("settlement_id", "safe_by", "target_date", "on_time")
TARGET_COLUMNS = ("target", "target_date", "area_ha", "cleared_by_target_ha", "shortfall_ha",
                  "capacity_needed_m2_per_day")


class ForecastWorkplanAlgorithm(MineActionAlgorithm):
    NAME = "forecastworkplan"
    DISPLAY_NAME = N_("Forecast the work plan")
    GROUP_ID = "planning"
    GROUP = N_("Planning")
    HELP = N_("Schedules every open hazard in rank order (PRIORITY: the output of Prioritise "
              "hazards; default hazards.priority, then the smaller area) to the organisation "
              "that would finish it first, at its daily capacity (Σ assets × m² per day of its "
              "latest operator_capacity row), one hazard after another, WORKING_DAYS_PER_YEAR "
              "working days a year. PLAN: each hazard's organisation, start and finish. "
              "SETTLEMENTS: when the last hazard within the settlement radius is finished "
              "(safe_by) against the target date. TARGETS: per return stage and for residential "
              "land, the area, what the plan clears by the target date, the shortfall and the "
              "daily capacity that would close it. EXTRA_CAPACITY asks 'what if': JSON "
              "{\"ANAMA\": {\"machines\": 18}} or 'ANAMA: machines=18; Safe Point: "
              "deminers=50'.")

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter("DATABASE"))
        self.addParameter(QgsProcessingParameterString(
            "START_DATE", tr("Start date (YYYY-MM-DD)"),
            defaultValue=datetime.date.today().isoformat()))
        self.addParameter(QgsProcessingParameterNumber(
            "WORKING_DAYS_PER_YEAR", tr("Working days per year"),
            QgsProcessingParameterNumber.Type.Double, 220.0, minValue=1.0, maxValue=366.0))
        self.addParameter(QgsProcessingParameterFile(
            "PRIORITY", tr("Ranking (the output of Prioritise hazards)"), optional=True,
            fileFilter=tr("CSV (*.csv);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            "EXTRA_CAPACITY", tr("Extra capacity (what if)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "SETTLEMENT_RADIUS", tr("Settlement radius (m)"),
            QgsProcessingParameterNumber.Type.Double,
            priorities.PARAMETERS["SETTLEMENT_RADIUS"], minValue=0.0))
        for name, title in (("PLAN", tr("Plan")), ("SETTLEMENTS", tr("Settlements")),
                            ("TARGETS", tr("Targets"))):
            self.addParameter(QgsProcessingParameterFileDestination(
                name, title, tr("CSV (*.csv);;Excel (*.xlsx)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "GANTT", tr("Gantt chart"), tr("PNG (*.png);;PDF (*.pdf)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "MAP", tr("Map of when each settlement is safe"), tr("PNG (*.png);;PDF (*.pdf)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("FINISH_DATE", tr("Everything cleared by")))

    def processAlgorithm(self, parameters, context, feedback):
        database = self.parameterAsFile(parameters, "DATABASE", context)
        outputs = {name: checked_output(self.parameterAsFileOutput(parameters, name, context),
                                        (".csv", ".xlsx"), (database,), name)
                   for name in ("PLAN", "SETTLEMENTS", "TARGETS")}
        try:
            start = datetime.date.fromisoformat(
                self.parameterAsString(parameters, "START_DATE", context).strip())
            extra = workplan.parse_extra(self.parameterAsString(parameters, "EXTRA_CAPACITY",
                                                                context))
        except ValueError as error:
            raise QgsProcessingException(str(error))
        calendar = workplan.Calendar(start, self.parameterAsDouble(
            parameters, "WORKING_DAYS_PER_YEAR", context))
        radius = self.parameterAsDouble(parameters, "SETTLEMENT_RADIUS", context)
        check_database(database)
        try:
            data = planning_store.read(database)
            _, within, remaining = planning_store.criteria(
                data, {"SETTLEMENT_RADIUS": radius}, start.isoformat(), plan_only=True)
        except geopackage.DatabaseError as error:
            raise QgsProcessingException(str(error))
        feedback.setProgress(40)
        order = self._order(self.parameterAsFile(parameters, "PRIORITY", context), data,
                            remaining)
        segments = workplan.capacities(data["capacity"], data["productivity"], calendar, extra)
        if not segments:
            raise QgsProcessingException(tr("No organisation has any capacity: fill "
                                            "operator_capacity and productivity first."))
        try:
            jobs = workplan.schedule([(h, remaining[h]) for h in order], segments)
        except ValueError as error:
            raise QgsProcessingException(str(error))
        plan = [[job.hazard_id, job.organisation, calendar.date(job.start).isoformat(),
                 calendar.date(job.finish).isoformat(), round(job.area_m2, 1),
                 # rounded up: area ÷ days never reads above the capacity
                 math.ceil((job.finish - job.start) * 1e6) / 1e6] for job in jobs]
        write_table(outputs["PLAN"], "plan", PLAN_COLUMNS, plan, say=feedback.pushWarning)
        targets = {s["settlement_id"]: s["target_date"] for s in data["settlements"]}
        safe = workplan.settlements_safe_by(within, jobs, calendar, targets)
        write_table(outputs["SETTLEMENTS"], "settlements", SETTLEMENT_COLUMNS,
                    [list(r) for r in safe], say=feedback.pushWarning)
        rows = workplan.target_rows(self._groups(data), within, jobs, calendar)
        write_table(outputs["TARGETS"], "targets", TARGET_COLUMNS,
                    [[r[c] for c in TARGET_COLUMNS] for r in rows], say=feedback.pushWarning)
        finish = calendar.date(max(job.finish for job in jobs)).isoformat() if jobs else ""
        gantt = self.parameterAsFileOutput(parameters, "GANTT", context)
        if gantt:
            from ..layouts import plan_figures as chart
            checked_output(gantt, (".png", ".pdf"), (database,), "GANTT")
            chart.save(gantt, [(job.organisation, calendar.date(job.start),
                                calendar.date(job.finish), job.hazard_id) for job in jobs],
                       [(r["target"], datetime.date.fromisoformat(r["target_date"]))
                        for r in rows if r["target_date"]],
                       tr("Work plan from {start}: everything cleared by {finish}").format(
                           start=start.isoformat(), finish=finish))
            outputs["GANTT"] = gantt
        figure = self.parameterAsFileOutput(parameters, "MAP", context)
        if figure:
            from ..layouts import plan_figures
            checked_output(figure, (".png", ".pdf"), (database,), "MAP")
            places = {s["settlement_id"]: s["shape"] for s in data["settlements"]}
            plan_figures.save_safe_map(
                figure, [(places[i].x, places[i].y,
                          datetime.date.fromisoformat(d) if d else None, on_time)
                         for i, d, _, on_time in safe if places.get(i) is not None],
                [(h["shape"].centroid.x, h["shape"].centroid.y) for h in data["hazards"]],
                tr("When each settlement is safe (plan from {start})").format(
                    start=start.isoformat()))
            outputs["MAP"] = figure
        capacity = workplan.total_capacity(segments)
        feedback.pushInfo(tr("{count} hazards, {area} ha, planned with {capacity} m² a day: "
                             "everything cleared by {finish}.").format(
            count=len(jobs), area=round(sum(remaining.values()) / 1e4, 1),
            capacity=round(capacity), finish=finish))
        for row in rows:
            if row["shortfall_ha"]:
                feedback.pushWarning(tr("{target}: {short} ha of {area} ha not cleared by "
                                        "{date}; closing it takes {needed} m² a day.").format(
                    target=row["target"], short=row["shortfall_ha"], area=row["area_ha"],
                    date=row["target_date"], needed=row["capacity_needed_m2_per_day"]))
        return dict(outputs, FINISH_DATE=finish)

    @staticmethod
    def _order(path, data, remaining):
        """Hazard ids in rank order: the PRIORITY file's, else hazards.priority then area."""
        if path:
            with open(path, encoding="utf-8-sig", newline="") as f:
                ranked = sorted(csv.DictReader(f), key=lambda r: float(r.get("rank") or 0))
            order = [r["hazard_id"] for r in ranked if r.get("hazard_id") in remaining]
            ranked_ids = set(order)
            return order + sorted(h for h in remaining if h not in ranked_ids)
        return [h["hazard_id"] for h in sorted(
            data["hazards"], key=lambda h: (h["priority"] or 9, remaining[h["hazard_id"]],
                                            h["hazard_id"]))]

    @staticmethod
    def _groups(data):
        """(target, date, settlements): residential land, then each return stage."""
        groups = []
        residential = [s for s in data["settlements"] if (s["residential_ha"] or 0) > 0]
        if residential:
            groups.append(("residential", max(s["target_date"] or "" for s in residential)
                           or None, [s["settlement_id"] for s in residential]))
        for stage in sorted({s["return_stage"] for s in data["settlements"]
                             if s["return_stage"]}):
            members = [s for s in data["settlements"] if s["return_stage"] == stage]
            groups.append((f"stage {stage}", max(s["target_date"] or "" for s in members)
                           or None, [s["settlement_id"] for s in members]))
        return groups
