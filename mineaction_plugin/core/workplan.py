"""The national work plan: hazards in rank order, each to the organisation that finishes it
first, at that organisation's daily capacity, one hazard after another (shared/spec/
priorities-workplan.md). Pure: no Qt.

Time runs in working days from START_DATE; a date is START_DATE + working days × 365.25 ÷
WORKING_DAYS_PER_YEAR calendar days. An organisation's daily capacity is Σ assets × m²/day of
its latest operator_capacity row not after the day (capacity changes are honoured mid-hazard).
"""
import datetime
import json
from dataclasses import dataclass

from .i18n import tr

ASSETS = ("deminers", "mdd", "machines", "survey_teams")
ASSET_OF = {"deminers": "deminer", "mdd": "mdd", "machines": "machine",
            "survey_teams": "survey_team"}

@dataclass
class Calendar:
    start: datetime.date
    working_days_per_year: float = 220.0

    def date(self, working_days):
        return self.start + datetime.timedelta(
            days=working_days * 365.25 / self.working_days_per_year)

    def working_days(self, date):
        return (date - self.start).days * self.working_days_per_year / 365.25

def productivity_of(rows):
    """{asset: m²/day}: clearance figures where given, else the asset's own (survey teams)."""
    result = {}
    for asset, activity, m2 in rows:
        if activity == "clearance" or asset not in result:
            result[asset] = float(m2 or 0)
    return result

def parse_extra(text):
    """EXTRA_CAPACITY: JSON {"organisation": {"machines": 18, ...}} or the short form
    'ANAMA: machines=18, mdd=10; Safe Point: deminers=50'. {} when empty."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ValueError(tr("EXTRA_CAPACITY is not JSON: {reason}").format(reason=error))
    else:
        data = {}
        for part in text.split(";"):
            if not part.strip():
                continue
            if ":" not in part:
                raise ValueError(tr("EXTRA_CAPACITY: '{part}' should read 'organisation: "
                                    "machines=18'").format(part=part.strip()))
            name, assets = part.split(":", 1)
            data[name.strip()] = dict(
                (k.strip(), v.strip()) for k, v in (a.split("=", 1) for a in assets.split(",")
                                                    if "=" in a))
    extra = {}
    for name, assets in data.items():
        extra[name] = {}
        for asset, count in assets.items():
            if asset not in ASSETS:
                raise ValueError(tr("EXTRA_CAPACITY: {asset} is not one of {assets}").format(
                    asset=asset, assets=", ".join(ASSETS)))
            extra[name][asset] = float(count)
    return extra

def capacities(rows, productivity, calendar, extra=None):
    """{organisation: [(from working day, m²/day)]}, segments in time order. rows:
    (organisation, from_date ISO, deminers, mdd, machines, survey_teams)."""
    rates = productivity_of(productivity)
    extra = extra or {}
    result = {}
    for organisation, from_date, *counts in rows:
        day = max(0.0, calendar.working_days(datetime.date.fromisoformat(str(from_date)[:10])))
        added = extra.get(organisation, {})
        rate = sum((float(n or 0) + added.get(asset, 0.0)) * rates.get(ASSET_OF[asset], 0.0)
                   for asset, n in zip(ASSETS, counts))
        segments = result.setdefault(organisation, [])
        segments[:] = [s for s in segments if s[0] < day] + [(day, rate)]
    for organisation, assets in extra.items():     # a new organisation in the what-if
        if organisation not in result:
            result[organisation] = [(0.0, sum(n * rates.get(ASSET_OF[a], 0.0)
                                              for a, n in assets.items()))]
    return {o: sorted(s) for o, s in result.items() if any(rate > 0 for _, rate in s)}

def finish_after(segments, start, area):
    """The working day an organisation working from `start` finishes `area` m²."""
    left, day = float(area), float(start)
    for index, (begin, rate) in enumerate(segments):
        end = segments[index + 1][0] if index + 1 < len(segments) else float("inf")
        if end <= day:
            continue
        day = max(day, begin)
        if rate <= 0:
            continue
        need = left / rate
        if day + need <= end:
            return day + need
        left -= (end - day) * rate
        day = end
    return float("inf")

@dataclass
class Job:
    hazard_id: str
    organisation: str
    start: float
    finish: float
    area_m2: float

def schedule(hazards, segments):
    """hazards: [(hazard_id, remaining m²)] in rank order; segments: capacities(). Each hazard
    goes to the organisation that would finish it first (ties: the organisation's name)."""
    if all(len(parts) == 1 and parts[0][0] == 0.0 for parts in segments.values()):
        return _schedule_constant(hazards, segments)
    free = {organisation: 0.0 for organisation in segments}
    jobs = []
    for hazard_id, area in hazards:
        best = None
        for organisation in sorted(segments):
            finish = finish_after(segments[organisation], free[organisation], area)
            if best is None or finish < best[0]:
                best = (finish, organisation)
        if best is None or best[0] == float("inf"):
            raise ValueError(tr("No organisation has capacity for {hazard}.").format(
                hazard=hazard_id))
        finish, organisation = best
        jobs.append(Job(hazard_id, organisation, free[organisation], finish, area))
        free[organisation] = finish
    return jobs

def _schedule_constant(hazards, segments):
    """schedule() when every capacity is the same from the start: the choice made for all
    organisations at once with numpy (200 organisations × 50,000 hazards in a second)."""
    import numpy as np
    names = sorted(segments)
    rate = np.array([segments[n][0][1] for n in names], dtype=float)
    usable = rate > 0
    if not usable.any():
        raise ValueError(tr("No organisation has capacity for {hazard}.").format(
            hazard=hazards[0][0] if hazards else ""))
    safe_rate = np.where(usable, rate, 1.0)
    free = np.zeros(len(names))
    jobs = []
    for hazard_id, area in hazards:
        finish = np.where(usable, free + area / safe_rate, np.inf)
        best = int(np.argmin(finish))          # the first of equal finishes: the name order
        jobs.append(Job(hazard_id, names[best], float(free[best]), float(finish[best]), area))
        free[best] = finish[best]
    return jobs


def cleared_by(jobs, day):
    """m² of `jobs` cleared by working day `day` (a hazard in progress pro rata of its time)."""
    total = 0.0
    for job in jobs:
        if job.finish <= day:
            total += job.area_m2
        elif job.start < day:
            total += job.area_m2 * (day - job.start) / (job.finish - job.start)
    return total

def settlements_safe_by(within, jobs, calendar, targets):
    """[(settlement_id, safe_by ISO or None, target_date, on_time or None)]."""
    finish = {job.hazard_id: job.finish for job in jobs}
    rows = []
    for settlement_id, target in targets.items():
        hazards = within.get(settlement_id, [])
        if not hazards:
            rows.append((settlement_id, None, target, None))
            continue
        last = max(finish.get(h, float("inf")) for h in hazards)
        safe_by = calendar.date(last).isoformat() if last != float("inf") else None
        on_time = None if not target or safe_by is None else safe_by <= str(target)[:10]
        rows.append((settlement_id, safe_by, target, on_time))
    return rows

def target_rows(groups, within, jobs, calendar):
    """groups: [(target name, target_date ISO, settlement ids)] → rows of target, target_date,
    area_ha, cleared_by_target_ha, shortfall_ha, capacity_needed_m2_per_day."""
    by_hazard = {job.hazard_id: job for job in jobs}
    rows = []
    for name, target_date, settlement_ids in groups:
        hazards = sorted({h for s in settlement_ids for h in within.get(s, [])})
        chosen = [by_hazard[h] for h in hazards if h in by_hazard]
        area = sum(job.area_m2 for job in chosen)
        # "by the target date" is by the end of that day
        day = calendar.working_days(datetime.date.fromisoformat(target_date) +
                                    datetime.timedelta(days=1)) if target_date else None
        cleared = cleared_by(chosen, day) if day is not None else None
        needed = area / day if day and day > 0 else None
        rows.append({"target": name, "target_date": target_date,
                     "area_ha": round(area / 10000, 2),
                     "cleared_by_target_ha": None if cleared is None else round(cleared / 1e4, 2),
                     "shortfall_ha": None if cleared is None else round((area - cleared) / 1e4,
                                                                         2),
                     "capacity_needed_m2_per_day": None if needed is None else round(needed, 1)})
    return rows

def total_capacity(segments, day=0.0):
    """Σ of every organisation's m²/day on a working day."""
    total = 0.0
    for parts in segments.values():
        rate = 0.0
        for begin, value in parts:
            if begin <= day:
                rate = value
        total += rate
    return total
