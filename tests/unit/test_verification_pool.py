"""The record checks' child processes give the verdicts this process gives, in order, and a
failing child stops the run with its reason (adapters/verification_pool.py)."""
import numpy as np
import pytest
from test_verification import GEOD, PROJ, field_from, form

from mineaction_plugin.adapters import verification_pool
from mineaction_plugin.core import verification
from mineaction_plugin.core.record_readings import compute_reading


def jobs(count):
    rng = np.random.default_rng(7)
    made = []
    for index in range(count):
        points = form(declination=str(3 + index % 4))
        move = {"shift_m": 20.0 * (index % 5), "shift_bearing_deg": 37.0 * index}
        truth = compute_reading("T", points, "as_recorded", GEOD, PROJ, move=move)
        finds, cleared = field_from(truth, rng)
        recorded = compute_reading("T", points, "as_recorded", GEOD, PROJ)
        evidence = verification.evidence_for(recorded, finds, cleared)
        readings = verification.readings_of(f"T{index}", points, GEOD, PROJ, recorded)
        made.append((f"T{index}", readings, False, evidence, verification.thresholds()))
    return made


def test_children_judge_as_this_process_does_in_order():
    work = jobs(verification_pool.CHILD_FROM)
    with verification_pool.JudgePool(len(work), processes=2) as pool:
        assert len(pool.children) == 1, pool.why_here
        indices = [pool.submit(job) for job in work]
        verdicts = pool.verdicts()
    assert indices == list(range(len(work)))
    here = [verification.judge(*job) for job in work]
    assert [v.values() for v in verdicts] == [v.values() for v in here]
    statuses = [v.status for v in verdicts]
    assert statuses.count("explained") >= len(work) // 2 and "reliable" in statuses


def test_a_few_records_or_one_core_are_judged_here():
    work = jobs(3)
    with verification_pool.JudgePool(len(work), processes=2) as pool:
        assert pool.children == []
        verdicts = [pool.submit(job) for job in work] and pool.verdicts()
    assert [v.record_id for v in verdicts] == ["T0", "T1", "T2"]
    with verification_pool.JudgePool(100, processes=1) as pool:
        assert pool.children == []


def test_a_record_the_child_cannot_judge_stops_the_run_with_the_reason():
    work = jobs(verification_pool.CHILD_FROM)
    broken = list(work[5])
    broken[4] = {"SEARCH_RADIUS": "wide"}       # a threshold that is not a number
    with verification_pool.JudgePool(len(work), processes=2) as pool:
        assert pool.children
        # the child's own last line: numpy 1 names "str"/"float", numpy 2 "StrDType"
        with pytest.raises(verification_pool.PoolFailed, match="(?i)str|float|int"):
            for job in work[:5] + [tuple(broken)] + work[6:]:
                pool.submit(job)
            pool.verdicts()
