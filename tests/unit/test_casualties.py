"""Casualty rows checked and counted (core/casualties.py), without QGIS."""
import datetime

from mineaction_plugin.core import casualties as c
from mineaction_plugin.core.spatial import PolygonIndex

TODAY = datetime.date(2026, 12, 6)


def accident(ident="A1", date="2021-05-01", **more):
    values = {"accident_id": ident, "accident_date": date, "accident_type": "mine",
              "location_accuracy": "exact", "district": "Aghdam", "longitude": "47.0",
              "latitude": "40.0"}
    values.update(more)
    return values


def victim(ident, **more):
    values = {"victim_id": ident, "outcome": "injured",
              "sex": "male", "age_years": "30", "role": "civilian",
              "full_name": "Name " + ident, "phone": "+994 00"}
    values.update(more)
    return values


def row_file(*rows):
    combined = [(n + 2, dict(a, **v)) for n, (a, v) in enumerate(rows)]
    return c.split_rows(combined)


def test_a_good_file_gives_accidents_victims_and_personal_rows_apart():
    accidents, victims, problems = c.check(*row_file(
        (accident(), victim("V1")), (accident(), victim("V2", age_years="12")),
        (accident("A2"), {})), TODAY)
    assert not problems
    assert [a.values["accident_id"] for a in accidents] == ["A1", "A2"]
    assert (accidents[0].lon, accidents[0].lat) == (47.0, 40.0)
    assert [v.values["age_group"] for v in victims] == ["adult", "child"]   # follows the age
    assert victims[0].personal["full_name"] == "Name V1"
    assert "full_name" not in victims[0].values


def test_every_bad_row_is_named_and_personal_values_are_never_repeated():
    accidents, victims, problems = c.check(*row_file(
        (accident("A1", accident_type="landslide"), victim("V1")),
        (accident("A2", date="2099-01-01"), victim("V2")),
        (accident("A3", date=""), victim("V3")),
        (accident("A4"), victim("V4", age_years="140")),
        (accident("A4"), victim("V4")),
        ({"accident_id": ""}, victim("V6", accident_id="")),
        (accident("A5", district="Other"), victim("V7"))), TODAY, existing_victims={"V7"})
    assert [(p.row, p.field) for p in problems] == [
        (2, "accident_type"), (3, "accident_date"), (4, "accident_date"), (5, "age_years"),
        (6, "victim_id"), (7, "accident_id"), (8, "victim_id")]
    assert "victim's accident has no date" in problems[2].reason
    assert all("full_name" not in p.values and "phone" not in p.values for p in problems)
    assert all("Name" not in p.reason for p in problems)


def test_a_repeated_accident_must_agree_with_itself():
    _, _, problems = c.check(*row_file((accident("A1"), victim("V1")),
                                       (accident("A1", district="Lachin"), victim("V2"))), TODAY)
    assert [(p.row, p.field) for p in problems] == [(3, "district")]


def test_the_summary_counts_as_the_report_does():
    accidents = [{"accident_id": "A1", "accident_date": "2021-05-01", "district": "Aghdam"},
                 {"accident_id": "A2", "accident_date": "2021-06-01", "district": "Aghdam"},
                 {"accident_id": "A3", "accident_date": "2019-01-01", "district": "Lachin"},
                 {"accident_id": "A4", "accident_date": "2021-07-01", "district": "Aghdam"}]
    victims = [{"accident_id": "A1", "outcome": "killed", "age_group": "child", "sex": "female",
                "role": "civilian"},
               {"accident_id": "A1", "outcome": "injured", "age_group": "adult",
                "sex": "female", "role": "deminer"},
               {"accident_id": "A3", "outcome": "injured", "age_group": "adult", "sex": "male",
                "role": "military"},
               {"accident_id": "A4", "outcome": "injured", "age_group": "unknown",
                "sex": "male", "role": "civilian"}]
    rows = c.summarise(accidents, victims, outside_records={"A1", "A3"},
                       outside_hazards={"A3"}, unknown_location={"A4"},
                       date_from="2020-01-01")
    aghdam, total = rows
    assert (aghdam["district"], aghdam["year"]) == ("Aghdam", 2021)
    assert {k: aghdam[k] for k in ("accidents", "victims", "killed", "injured", "children",
                                   "women", "civilians", "deminers", "outside_records",
                                   "outside_hazards", "location_unknown")} == {
        "accidents": 3, "victims": 3, "killed": 1, "injured": 2, "children": 1, "women": 1,
        "civilians": 2, "deminers": 1, "outside_records": 2, "outside_hazards": 0,
        "location_unknown": 1}
    assert total["district"] == "Total" and total["victims"] == 3
    assert c.summarise(accidents, victims, set(), set(), set(), districts=["Lachin"])[-1][
        "victims"] == 1


def test_polygon_index_finds_the_polygons_that_hold_a_point():
    from shapely.geometry import box
    index = PolygonIndex([("B", box(0, 0, 2, 2)), ("A", box(1, 1, 3, 3)), ("C", box(5, 5, 6, 6))])
    assert index.containing(1.5, 1.5) == ["B", "A"]
    assert index.containing(4, 4) == [] and not index.holds(4, 4) and index.holds(5.5, 5.5)
    assert index.containing(2, 2) == ["B", "A"]     # the boundary counts as inside
