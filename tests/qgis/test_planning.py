"""Priorities and the work plan on the sample of shared/data/planning (figures made by its
generator), on a GeoPackage and on PostGIS, as the sample's README says an outside check runs."""
import csv
import datetime
import json
import os

import pytest

from conftest import BACKENDS, on_backend, query

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "planning")
EXPECTED = json.load(open(os.path.join(DATA, "expected.json"), encoding="utf-8"))


def load_planning(path):
    """As the sample's README says: the layers appended, the tables' rows written."""
    import processing
    from osgeo import gdal

    from mineaction_plugin.data import planning_store
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    for name in ("hazards", "settlements", "infrastructure", "accidents"):
        done = gdal.VectorTranslate(path, os.path.join(DATA, f"{name}.geojson"),
                                    accessMode="append", layerName=name)
        del done
    done = gdal.VectorTranslate(path, os.path.join(DATA, "victims.csv"), accessMode="append",
                                layerName="victims")
    del done
    for table in planning_store.TABLE_KEYS:
        with open(os.path.join(DATA, f"{table}.csv"), encoding="utf-8") as f:
            planning_store.replace_rows(path, table, list(csv.DictReader(f)))


def table(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module", params=BACKENDS)
def plan(request, mineaction_provider, tmp_path_factory):
    import processing
    folder = tmp_path_factory.mktemp("planning")
    path = str(folder / "project.gpkg")
    load_planning(path)
    database = on_backend(request, path, request.param)
    ranking = processing.run("mineaction:prioritisehazards", {
        "DATABASE": database, "PROFILE": os.path.join(DATA, "simple_profile.json"),
        "AS_OF": "2022-08-31", "OUTPUT": str(folder / "ranking.csv")})
    forecast = processing.run("mineaction:forecastworkplan", {
        "DATABASE": database, "START_DATE": "2022-09-01", "WORKING_DAYS_PER_YEAR": 220,
        "PRIORITY": ranking["OUTPUT"], "PLAN": str(folder / "plan.csv"),
        "SETTLEMENTS": str(folder / "settlements.csv"),
        "TARGETS": str(folder / "targets.csv"), "GANTT": str(folder / "gantt.png"),
        "MAP": str(folder / "safe_by.png")})
    return {"database": database, "folder": folder, "ranking": table(ranking["OUTPUT"]),
            "plan": table(forecast["PLAN"]), "settlements": table(forecast["SETTLEMENTS"]),
            "targets": table(forecast["TARGETS"]), "forecast": forecast}


def test_the_ranking_follows_the_families_within_reach(plan):
    expected = [r["hazard_id"] for r in EXPECTED["ranking"]["top_20"]]
    ranked = [r["hazard_id"] for r in plan["ranking"]]
    assert ranked[:5] == expected[:5]
    assert len(set(ranked[:20]) & set(expected)) >= 18
    first = plan["ranking"][0]
    assert int(float(first["families_within"])) == 1127 and first["rank"] == "1"
    assert "1,127 families within reach" in first["explanation"]
    assert float(first["families_within_part"]) == pytest.approx(float(first["score"]))


def test_the_plan_conserves_the_area_and_keeps_within_capacity_and_order(plan):
    total = EXPECTED["hazards"]["total_remaining_area_m2"]
    planned = sum(float(r["area_m2"]) for r in plan["plan"])
    assert abs(planned - total) <= 0.001 * total
    assert len(plan["plan"]) == EXPECTED["counts"]["hazards"]
    rank = {r["hazard_id"]: int(r["rank"]) for r in plan["ranking"]}
    capacity = {o: v["m2_per_day"] for o, v in
                EXPECTED["capacity"]["by_organisation"].items()}
    by_org = {}
    for row in plan["plan"]:
        by_org.setdefault(row["organisation"], []).append(row)
    for organisation, rows in by_org.items():
        ranks = [rank[r["hazard_id"]] for r in rows]
        assert ranks == sorted(ranks), organisation              # rank order kept
        for row in rows:                                          # never beyond capacity
            assert float(row["area_m2"]) / float(row["days"]) <= capacity[organisation] * 1.0001
        for a, b in zip(rows, rows[1:]):                          # one hazard after another
            assert a["finish_date"] <= b["start_date"]
    finish = max(r["finish_date"] for r in plan["plan"])
    assert finish >= EXPECTED["lower_bound"]["finish_date"]
    assert plan["forecast"]["FINISH_DATE"] == finish


def test_safe_by_is_the_last_finish_of_the_hazards_within_reach(plan):
    finish = {r["hazard_id"]: r["finish_date"] for r in plan["plan"]}
    rows = {r["settlement_id"]: r for r in plan["settlements"]}
    checked = 0
    for settlement_id, hazards in EXPECTED["settlement_hazards"].items():
        if not hazards:     # no hazard within reach: no date to wait for
            assert rows[settlement_id]["safe_by"] == ""
            continue
        assert rows[settlement_id]["safe_by"] == max(finish[h] for h in hazards)
        assert rows[settlement_id]["on_time"] in ("True", "False", "true", "false")
        checked += 1
    assert checked >= 83


def test_the_residential_target_reports_its_shortfall(plan):
    residential = next(r for r in plan["targets"] if "residential" in r["target"])
    assert residential["target_date"] == "2024-12-31"
    assert float(residential["area_ha"]) == pytest.approx(14713.0, rel=0.001)
    # the plan's own figure: the residential hazards' area not cleared by the date
    expected_short = EXPECTED["residential"]["shortfall_capacity_alone_ha"]
    shortfall = float(residential["shortfall_ha"])
    assert abs(shortfall - expected_short) <= 0.01 * expected_short
    needed = float(residential["capacity_needed_m2_per_day"])
    assert needed == pytest.approx(EXPECTED["residential"]["required_m2_per_day"], rel=0.01)


def test_write_priority_sets_quintiles_with_history(plan, run_alg):
    database = plan["database"]
    run_alg("prioritisehazards", {"DATABASE": database, "PROFILE": "simple", "AS_OF":
                                  "2022-08-31", "WRITE_PRIORITY": True,
                                  "OUTPUT": str(plan["folder"] / "again.csv")})
    top = EXPECTED["ranking"]["top_20"][0]["hazard_id"]
    assert query(database, "SELECT priority FROM hazards WHERE hazard_id = ?", (top,)) == [(1,)]
    levels = dict(query(database, "SELECT priority, count(*) FROM hazards GROUP BY priority"))
    assert set(levels) == {1, 2, 3, 4, 5} and max(levels.values()) - min(levels.values()) <= 1
    before = dict(query(database, "SELECT entity_id, old_value FROM status_history WHERE "
                                  "entity = 'hazards' AND field = 'priority'"))
    history = query(database, "SELECT reason, old_value, new_value FROM status_history WHERE "
                              "entity = 'hazards' AND field = 'priority'")
    assert len(history) == len(before) > 100          # every change, with the profile named
    assert all("simple" in reason and old != new for reason, old, new in history)


def test_what_if_more_machines_finishes_sooner(plan, run_alg):
    folder = plan["folder"]
    more = run_alg("forecastworkplan", {
        "DATABASE": plan["database"], "START_DATE": "2022-09-01",
        "WORKING_DAYS_PER_YEAR": 220, "EXTRA_CAPACITY": "ANAMA: machines=18",
        "PLAN": str(folder / "p2.csv"), "SETTLEMENTS": str(folder / "s2.csv"),
        "TARGETS": str(folder / "t2.csv")})
    assert more["FINISH_DATE"] < plan["forecast"]["FINISH_DATE"]
    assert datetime.date.fromisoformat(more["FINISH_DATE"]) > datetime.date(2022, 9, 1)


def test_the_gantt_chart_draws_a_lane_per_organisation(plan):
    from qgis.PyQt.QtGui import QColor, QImage
    image = QImage(plan["forecast"]["GANTT"])
    assert image.width() == 1800 and image.height() > 400
    lanes = len({r["organisation"] for r in plan["plan"]})
    # the first lane's colour is drawn in the bars' band, the target line in red
    blue = QColor("#0072B2").rgb()
    row = 70 + 46 // 2
    assert any(image.pixel(x, row) in (blue, QColor("#0072B2").darker(130).rgb())
               for x in range(300, 1760))
    assert lanes == 8


def test_the_map_colours_each_settlement_by_when_it_is_safe(plan):
    from qgis.PyQt.QtGui import QColor, QImage
    image = QImage(plan["forecast"]["MAP"])
    assert (image.width(), image.height()) == (1600, 1200)
    colours = {QColor(image.pixel(x, y)).name() for x in range(80, 1180, 3)
               for y in range(80, 1040, 3)}
    assert "#1a9850" in colours          # the earliest year's green is drawn
    assert "#000000" in colours          # a target missed is ringed


def test_task_sheets_come_in_plan_order_for_an_organisation(plan, run_alg, tmp_path):
    rows = [r for r in plan["plan"] if r["organisation"] == "Safe Point"][:2]
    other = next(r for r in plan["plan"] if r["organisation"] == "ANAMA")
    made = {}
    for row in reversed(rows + [other]):         # made out of order on purpose
        made[row["hazard_id"]] = run_alg("createtask", {
            "DATABASE": plan["database"], "HAZARD_ID": row["hazard_id"],
            "TASK_TYPE": "clearance"})["TASK_ID"]
    result = run_alg("exporttasksheets", {
        "DATABASE": plan["database"], "PLAN": str(plan["folder"] / "plan.csv"),
        "ORGANISATION": "Safe Point", "OUTPUT_FOLDER": str(tmp_path)})
    assert [os.path.basename(f) for f in result["FILES"]] == [
        f"{made[r['hazard_id']]}.pdf" for r in rows]
