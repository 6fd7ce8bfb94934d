"""Checking a detector's rows (core/detections.py), without QGIS."""
from mineaction_plugin.core import detections as d

HEADERS = ["detection_id", "flight_id", "lon", "lat", "category", "confidence", "review_status"]


def row(number, ident, confidence, flight="F1", lon=47.0, lat=40.0, category="APM",
        review=""):
    values = {"detection_id": ident, "flight_id": flight, "lon": str(lon), "lat": str(lat),
              "category": category, "confidence": confidence, "review_status": review}
    return number, values, lon, lat


def check(rows, existing=(), flights=("F1",)):
    mapping = d.match_fields(HEADERS)
    return d.check_rows(rows, mapping, set(flights), set(existing))


def test_percent_file_is_recognised_and_scaled():
    good, bad, scale, _ = check([row(2, "A", "64.2"), row(3, "B", "0.5"), row(4, "C", "97")])
    assert scale == "percent" and not bad
    assert [g.values["confidence"] for g in good] == [0.642, 0.005, 0.97]


def test_a_lone_value_above_one_is_a_bad_row_of_a_fraction_file():
    good, bad, scale, _ = check([row(2, "A", "0.75"), row(3, "B", "1.7"), row(4, "C", "0.9")])
    assert scale == "fraction"
    assert [(p.row, p.field) for p in bad] == [(3, "confidence")]
    assert "1.7" in bad[0].reason and [g.detection_id for g in good] == ["A", "C"]


def test_every_kind_of_bad_row_is_named_with_its_row_and_field():
    rows = [row(2, "OLD", "0.5"), row(3, "", "0.5"), row(4, "X", "0.5", lon=None, lat=None),
            row(5, "Y", "0.5", flight="NOPE"), row(6, "Z", "0.5"), row(7, "Z", "0.6"),
            row(8, "W", "0.5", category="tank"), row(9, "V", "abc"),
            row(10, "U", "0.5", review="maybe")]
    good, bad, _, _ = check(rows, existing={"OLD"})
    assert [g.detection_id for g in good] == ["Z"]
    assert [(p.row, p.field) for p in bad] == [
        (2, "detection_id"), (3, "detection_id"), (4, "geometry"), (5, "flight_id"),
        (7, "detection_id"), (8, "category"), (9, "confidence"), (10, "review_status")]
    assert "row 6" in bad[4].reason and "already in the database" in bad[0].reason


def test_codes_are_forgiven_their_case_and_blanks_take_the_defaults():
    good, bad, _, _ = check([row(2, "A", "0.5", category="apm", review="Confirmed"),
                             row(3, "B", "", category="", review="")])
    assert not bad
    assert (good[0].values["category"], good[0].values["review_status"]) == ("APM", "confirmed")
    assert (good[1].values["category"], good[1].values["review_status"],
            good[1].values["confidence"]) == ("unknown", "unreviewed", None)


def test_fields_are_guessed_and_a_named_column_must_exist():
    mapping = d.match_fields(["ID", "Score", "Mission", "Label", "x", "y"])
    assert mapping == {"detection_id": "ID", "confidence": "Score", "flight_id": "Mission",
                       "detected_class": "Label"}
    assert d.match_fields(["uid", "p"], {"confidence": "P"})["confidence"] == "p"
    for given in ({"confidence": "nothing"},):
        try:
            d.match_fields(["id"], given)
        except ValueError as error:
            assert "nothing" in str(error)
        else:
            raise AssertionError("a missing column was accepted")


def test_outside_the_footprint_is_a_warning_not_a_rejection():
    mapping = d.match_fields(HEADERS)
    good, bad, _, warnings = d.check_rows([row(2, "A", "0.5")], mapping, {"F1"}, set(),
                                          {"F1": lambda lon, lat: False})
    assert len(good) == 1 and not bad and "outside the footprint" in warnings[0]


def test_review_target_walks_the_unreviewed_and_wraps():
    order = ["a", "b", "c", "d"]
    statuses = {"a": "unreviewed", "b": "confirmed", "c": "unreviewed", "d": "rejected"}
    assert d.review_target(statuses, None, order) == "a"
    assert d.review_target(statuses, "a", order) == "c"
    assert d.review_target(statuses, "c", order) == "a"
    assert d.review_target({k: "confirmed" for k in order}, "a", order) is None


def test_flights_are_checked():
    rows = [(1, {"flight_id": "F1", "gsd_cm": "0.8", "platform": "drone"}, object()),
            (2, {"flight_id": "F1"}, object()), (3, {"flight_id": "F2"}, None),
            (4, {"flight_id": "F3", "gsd_cm": "-1"}, object()),
            (5, {"flight_id": "F4", "sensor": "sonar"}, object()),
            (6, {"flight_id": "OLD"}, object())]
    flights, problems, warnings = d.check_flights(rows, {"OLD"})
    assert [f.flight_id for f in flights] == ["F1"] and flights[0].values["gsd_cm"] == 0.8
    assert [(p.row, p.field) for p in problems] == [(2, "flight_id"), (3, "geometry"),
                                                    (4, "gsd_cm"), (5, "sensor")]
    assert "OLD" in warnings[0]
