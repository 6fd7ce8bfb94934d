"""One rule for every running number the plugin proposes: after the highest used."""
from mineaction_plugin.core.hazard_ids import next_hazard_id
from mineaction_plugin.core.identifiers import next_id, next_number
from mineaction_plugin.core.task_sheet import next_task_id


def test_after_the_highest_never_into_a_gap():
    ids = ["LR-HZ-1-01", "LR-HZ-1-03", "LR-HZ-10-07", "LR-HZ-1-x", None, "LR-HZ-1-02b"]
    assert next_number(ids, "LR-HZ-1-") == 4     # 02 was deleted: not given again
    assert next_id(ids, "LR-HZ-1-") == "LR-HZ-1-04"
    assert next_id([], "MK-HZ-2-") == "MK-HZ-2-01"
    assert next_number(["A7Z", "A9Y"], "A", "Z") == 8


def test_hazards_tasks_marking_and_activities_share_it():
    assert next_hazard_id(["HZ-AGD-0001", "HZ-AGD-0004"], "Aghdam") == "HZ-AGD-0005"
    assert next_task_id("HZ-AGD-0001", ["HZ-AGD-0001-T01", "HZ-AGD-0001-T03"]) == \
        "HZ-AGD-0001-T04"


def test_a_floor_counts_what_other_names_hold():
    # a hazard with two activities, one under a hand-given name: the next is its third
    assert next_id(["A1", "LR-HZ-1-01"], "LR-HZ-1-", at_least=3) == "LR-HZ-1-03"
    assert next_id(["LR-HZ-1-05"], "LR-HZ-1-", at_least=3) == "LR-HZ-1-06"
