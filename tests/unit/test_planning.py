"""Criteria normalised and ranked, and the schedule's invariants (core/priorities.py,
core/workplan.py), without QGIS; seeded random plans for the invariants."""
import datetime
import random

import pytest

from mineaction_plugin.core import priorities as p
from mineaction_plugin.core import workplan as w


def test_normalisation_makes_the_more_urgent_higher():
    raw = {"A": {"families_within": 100, "dist_road_m": 0, "return_stage": 1,
                 "classification": "CHA", "evidence": "direct", "area_m2": 10},
           "B": {"families_within": 50, "dist_road_m": 5000, "return_stage": 3,
                 "classification": "SHA", "evidence": "indirect", "area_m2": 40},
           "C": {"families_within": 0, "dist_road_m": 20000, "reconstruction_ready": True}}
    n = p.normalised(raw)
    assert (n["A"]["families_within"], n["B"]["families_within"]) == (1.0, 0.5)
    assert (n["A"]["dist_road_m"], n["B"]["dist_road_m"], n["C"]["dist_road_m"]) == \
        (1.0, 0.5, 0.0)
    assert n["A"]["return_stage"] == 1.0 and n["B"]["return_stage"] == pytest.approx(1 / 3)
    assert (n["A"]["classification"], n["B"]["evidence"]) == (1.0, 0.5)
    assert n["C"]["reconstruction_ready"] == 1.0 and n["C"]["dist_railway_m"] == 0.0
    assert n["B"]["area_m2"] == 1.0


def test_rank_weights_gates_ties_and_explains():
    raw = {h: {"families_within": f, "area_m2": a, "dist_road_m": d}
           for h, f, a, d in (("A", 100, 10, None), ("B", 100, 5, None), ("C", 30, 1, 100),
                              ("D", 0, 1, None))}
    rows = p.rank(raw, p.parse_profile({"families_within": 1, "dist_road_m": {"weight": 0.5}}))
    assert [r["hazard_id"] for r in rows] == ["B", "A", "C", "D"]     # tie: smaller area
    assert rows[0]["score"] == 1.0 and rows[0]["families_within_part"] == 1.0
    assert "100 families within reach (+1.00)" in rows[0]["explanation"]
    gated = p.rank(raw, p.parse_profile({"families_within": 1,
                                         "dist_road_m": {"weight": 0.5, "gate": True}}))
    assert [r["hazard_id"] for r in gated] == ["C"]
    assert p.quintile_priorities(rows) == {"B": 1, "A": 2, "C": 3, "D": 4}
    with pytest.raises(p.ProfileError):
        p.parse_profile({"nonsense": 1})


def test_capacity_and_extra_capacity():
    calendar = w.Calendar(datetime.date(2022, 9, 1), 220)
    rows = [("ANAMA", "2022-08-31", 838, 33, 16, 0), ("Safe Point", "2022-08-31", 119, 0, 0, 0)]
    productivity = [("deminer", "clearance", 30), ("machine", "clearance", 1200),
                    ("mdd", "clearance", 500), ("survey_team", "NTS", 10000)]
    segments = w.capacities(rows, productivity, calendar)
    assert segments == {"ANAMA": [(0.0, 60840.0)], "Safe Point": [(0.0, 3570.0)]}
    more = w.capacities(rows, productivity, calendar, w.parse_extra("ANAMA: machines=18"))
    assert more["ANAMA"] == [(0.0, 60840.0 + 18 * 1200)]
    assert w.parse_extra('{"Safe Point": {"deminers": 10}}') == {"Safe Point": {"deminers": 10}}


def test_a_capacity_change_mid_hazard_is_honoured():
    segments = [(0.0, 100.0), (10.0, 200.0)]
    assert w.finish_after(segments, 0.0, 500.0) == 5.0
    assert w.finish_after(segments, 5.0, 1500.0) == 15.0     # 500 at 100/day, 1000 at 200/day


@pytest.mark.parametrize("seed", range(20))
def test_schedule_invariants(seed):
    rng = random.Random(seed)
    segments = {f"O{i}": [(0.0, rng.uniform(100, 5000))] for i in range(rng.randint(1, 6))}
    hazards = [(f"H{i:03d}", rng.uniform(10, 100_000)) for i in range(rng.randint(1, 80))]
    jobs = w.schedule(hazards, segments)
    assert [j.hazard_id for j in jobs] == [h for h, _ in hazards]             # every one, once
    assert sum(j.area_m2 for j in jobs) == pytest.approx(sum(a for _, a in hazards))
    bound = sum(a for _, a in hazards) / sum(s[0][1] for s in segments.values())
    assert max(j.finish for j in jobs) >= bound - 1e-9                           # no miracle
    for organisation, parts in segments.items():
        mine = [j for j in jobs if j.organisation == organisation]
        for a, b in zip(mine, mine[1:]):
            assert a.finish <= b.start + 1e-9                                     # one at a time
        for job in mine:
            assert job.area_m2 / (job.finish - job.start) <= parts[0][1] * (1 + 1e-9)
    # each hazard went to the organisation that would finish it first
    free = {o: 0.0 for o in segments}
    for job in jobs:
        best = min(free[o] + job.area_m2 / segments[o][0][1] for o in segments)
        assert job.finish == pytest.approx(best)
        free[job.organisation] = job.finish


def test_targets_count_a_hazard_in_progress_pro_rata():
    calendar = w.Calendar(datetime.date(2022, 1, 1), 365.25)
    jobs = [w.Job("A", "O", 0.0, 10.0, 1000.0), w.Job("B", "O", 10.0, 30.0, 2000.0)]
    rows = w.target_rows([("residential", "2022-01-20", ["S"])], {"S": ["A", "B"]}, jobs,
                         calendar)
    assert rows[0]["cleared_by_target_ha"] == pytest.approx(0.2)   # 1000 + 1000 of 2000
    assert rows[0]["shortfall_ha"] == pytest.approx(0.1)
    assert rows[0]["capacity_needed_m2_per_day"] == pytest.approx(150.0)
