"""Aerial survey on the sample of shared/data/aerial (truth made by its generator, not by the
plugin): import, review, proposals and reduction, on a GeoPackage and on PostGIS."""
import csv
import json
import os

import pytest
from qgis.core import QgsProcessingException
from shapely.geometry import MultiPoint, Point, shape
from shapely.ops import unary_union

from conftest import BACKENDS, on_backend
from conftest import query as rows

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "aerial")
TRUTH = json.load(open(os.path.join(DATA, "truth.json"), encoding="utf-8"))
FIELD_LAYERS = ("hazards", "land_release", "eo_finds", "vegetation_areas", "accidents")


def load_field_data(path):
    """As the sample's README says: the layers appended with ogr2ogr to a new database."""
    import processing
    from osgeo import gdal
    processing.run("mineaction:createdatabase", {"OUTPUT": path})
    for name in FIELD_LAYERS:   # hazards before what refers to them
        done = gdal.VectorTranslate(path, os.path.join(DATA, f"{name}.geojson"),
                                    accessMode="append", layerName=name)
        assert done is not None
        done = None


def proposals(database, kind, status=None):
    from shapely import wkb

    from mineaction_plugin.data import project_db
    with project_db.open_project(database) as db:
        found = db.rows(f"SELECT proposal_id, status, hazard_id, detections, finds, accidents, "
                        f"area_m2, {db.geometry_column()} FROM {db.t('hazard_proposals')} "
                        f"WHERE kind = ?", (kind,))
        return [dict(zip(("id", "status", "hazard_id", "detections", "finds", "accidents",
                          "area_m2"), r[:7]), shape=wkb.loads(db.wkb(r[7]))) for r in found
                if status is None or r[1] == status]


@pytest.fixture(scope="module", params=BACKENDS)
def survey(request, mineaction_provider, tmp_path_factory):
    import processing
    folder = tmp_path_factory.mktemp("aerial")
    path = str(folder / "project.gpkg")
    load_field_data(path)
    database = on_backend(request, path, request.param)
    imported = processing.run("mineaction:importdetections", {
        "INPUT": os.path.join(DATA, "detections.csv"),
        "FLIGHTS": os.path.join(DATA, "survey_flights.geojson"), "DATABASE": database,
        "ERRORS": str(folder / "errors.csv")})
    bad = processing.run("mineaction:importdetections", {
        "INPUT": os.path.join(DATA, "detections_bad.csv"), "DATABASE": database,
        "ERRORS": str(folder / "bad_errors.csv")})
    cha = processing.run("mineaction:proposehazards", {"DATABASE": database})
    reduce = processing.run("mineaction:proposereduction", {"DATABASE": database})
    return {"database": database, "folder": folder, "imported": imported, "bad": bad,
            "cha": cha, "reduce": reduce, "backend": request.param}


def test_detections_and_flights_are_imported_with_percent_scaled(survey):
    assert survey["imported"]["IMPORTED"] == 547 and survey["imported"]["REJECTED"] == 0
    assert survey["imported"]["FLIGHTS_IMPORTED"] == 36
    assert survey["imported"]["CONFIDENCE_SCALE"] == "percent"
    truth = {f["properties"]["detection_id"]: f for f in json.load(open(os.path.join(
        DATA, "detections.geojson"), encoding="utf-8"))["features"]}
    stored = rows(survey["database"], "SELECT detection_id, confidence, review_status, "
                                      "category FROM aerial_detections")
    assert len(stored) == 547
    for ident, confidence, status, category in stored:
        expected = truth[ident]["properties"]
        assert abs(confidence - expected["confidence"]) < 1e-6, ident
        assert (status, category) == (expected["review_status"], expected["category"])
    gsd = dict(rows(survey["database"], "SELECT flight_id, gsd_cm FROM survey_flights"))
    assert len(gsd) == 36 and sum(v is None for v in gsd.values()) == 1


def test_every_bad_row_is_reported_and_nothing_of_the_file_is_written(survey):
    assert survey["bad"]["IMPORTED"] == 0 and survey["bad"]["REJECTED"] == 5
    with open(survey["folder"] / "bad_errors.csv", encoding="utf-8") as f:
        reported = {int(r["row"]): r for r in csv.DictReader(f)}
    expected = {r["file_row"]: r for r in TRUTH["bad_file"]["rows"]}
    assert sorted(reported) == sorted(expected)
    field_names = {"lon/lat": "geometry"}
    for number, truth in expected.items():
        assert reported[number]["problem_field"] == field_names.get(truth["field"],
                                                                    truth["field"])
        assert reported[number]["detection_id"] == (truth["detection_id"] or "")
    assert rows(survey["database"], "SELECT count(*) FROM aerial_detections")[0][0] == 547
    assert not rows(survey["database"], "SELECT detection_id FROM aerial_detections WHERE "
                                        "detection_id LIKE ?", ("BAD-%",))


def test_new_cha_proposals_hold_the_evidence_of_every_minefield_to_propose(survey):
    made = proposals(survey["database"], "new_cha", "proposed")
    assert len(made) == survey["cha"]["PROPOSALS"] > 0
    union = unary_union([p["shape"] for p in made])
    for minefield in TRUTH["must_propose"]:
        objects = [o for o in TRUTH["objects"] if o["minefield"] == minefield]
        inside = sum(union.contains(Point(o["lon"], o["lat"])) for o in objects)
        assert inside >= TRUTH["expect"]["must_cover_share"] * len(objects), minefield
    assert sum(p["area_m2"] for p in made) <= TRUTH["expect"]["new_cha_area_max_m2"]
    places = rows(survey["database"], "SELECT accident_id FROM accidents")
    assert {r[0] for r in places} == set(TRUTH["expect"]["accidents_in_new_cha"])
    assert sum(p["accidents"] for p in made) == 2 and sum(p["finds"] for p in made) == 1
    assert sum(p["detections"] for p in made) == TRUTH["counts"]["evidence_detections"]


def test_no_new_cha_over_completed_clearance(survey):
    from shapely import wkb

    from mineaction_plugin.data import project_db
    with project_db.open_project(survey["database"]) as db:
        cleared = [wkb.loads(db.wkb(g)) for (g,) in db.rows(
            f"SELECT {db.geometry_column()} FROM {db.t('land_release')}")]
    for proposal in proposals(survey["database"], "new_cha"):
        for area in cleared:
            assert proposal["shape"].intersection(area).area < 1e-12, proposal["id"]


def test_reduction_holds_no_true_object_and_half_the_empty_well_seen_land(survey):
    from mineaction_plugin.core.aerial import area_m2
    made = proposals(survey["database"], "reduce", "proposed")
    assert sorted(p["hazard_id"] for p in made) == sorted(TRUTH["hazards"])
    union = unary_union([p["shape"] for p in made])
    objects = MultiPoint([(o["lon"], o["lat"]) for o in TRUTH["objects"]])
    assert not union.intersects(objects)
    empty = shape(TRUTH["empty_well_seen_geojson"])
    covered = area_m2(union.intersection(empty)) / TRUTH["expect"]["empty_well_seen_m2"]
    assert covered >= TRUTH["expect"]["reduce_min_share_of_empty"]
    assert all(p["detections"] == 0 and p["area_m2"] > 0 for p in made)


def test_accepting_makes_a_direct_cha_with_history_and_never_releases(survey, run_alg):
    database = survey["database"]
    releases = rows(database, "SELECT count(*) FROM land_release")[0][0]
    cha = proposals(database, "new_cha", "proposed")[0]
    reduce = proposals(database, "reduce", "proposed")[0]
    made = run_alg("acceptproposals", {"DATABASE": database, "PROPOSAL_IDS": cha["id"]})
    hazard_id = made["HAZARD_IDS"]
    stored = rows(database, "SELECT classification, status, evidence, area_m2 FROM hazards "
                            "WHERE hazard_id = ?", (hazard_id,))
    assert stored[0][:3] == ("CHA", "open", "direct")
    assert abs(stored[0][3] - cha["area_m2"]) <= 0.01 * cha["area_m2"]
    history = rows(database, "SELECT reason FROM status_history WHERE entity = 'hazards' AND "
                             "entity_id = ?", (hazard_id,))
    assert any(cha["id"] in (r[0] or "") for r in history)
    run_alg("acceptproposals", {"DATABASE": database, "PROPOSAL_IDS": reduce["id"]})
    assert rows(database, "SELECT count(*) FROM land_release")[0][0] == releases
    decided = dict(rows(database, "SELECT proposal_id, status FROM hazard_proposals WHERE "
                                  "proposal_id IN (?, ?)", (cha["id"], reduce["id"])))
    assert decided == {cha["id"]: "accepted", reduce["id"]: "accepted"}
    with pytest.raises(QgsProcessingException, match="already accepted"):
        run_alg("acceptproposals", {"DATABASE": database, "PROPOSAL_IDS": cha["id"]})
    with pytest.raises(QgsProcessingException, match="REASON"):
        run_alg("acceptproposals", {"DATABASE": database, "PROPOSAL_IDS": reduce["id"],
                                    "DECISION": "reject"})
    # proposing again replaces what is still proposed, keeps what was decided
    again = run_alg("proposehazards", {"DATABASE": database})
    kept = proposals(database, "new_cha")
    assert cha["id"] in {p["id"] for p in kept}
    assert sum(p["status"] == "proposed" for p in kept) == again["PROPOSALS"]


def test_bulk_review_records_who_and_when_and_keeps_history(survey, run_alg):
    database = survey["database"]
    chosen = rows(database, "SELECT detection_id FROM aerial_detections WHERE review_status = "
                            "'unreviewed' AND confidence < 0.35 ORDER BY detection_id")
    assert chosen
    result = run_alg("reviewdetections", {
        "DATABASE": database, "FILTER": "\"review_status\" = 'unreviewed' AND "
                                        "\"confidence\" < 0.35",
        "STATUS": "rejected", "REASON": "low-confidence sweep"})
    assert result["CHANGED"] == len(chosen)
    reviewed = rows(database, "SELECT review_status, reviewed_by, reviewed_at FROM "
                              "aerial_detections WHERE detection_id = ?", (chosen[0][0],))[0]
    assert reviewed[0] == "rejected" and reviewed[1] and reviewed[2]
    if survey["backend"] == "postgis":   # the server says who: its login, not the client's
        assert reviewed[1] == rows(database, "SELECT session_user")[0][0]
    history = rows(database, "SELECT old_value, new_value, reason FROM status_history WHERE "
                             "entity = 'aerial_detections' AND entity_id = ?", (chosen[0][0],))
    assert history == [("unreviewed", "rejected", "low-confidence sweep")]
    # ids, one unknown: nothing changes
    before = rows(database, "SELECT count(*) FROM aerial_detections WHERE review_status = "
                            "'confirmed'")[0][0]
    with pytest.raises(QgsProcessingException, match="NOPE"):
        run_alg("reviewdetections", {"DATABASE": database, "STATUS": "confirmed",
                                     "DETECTION_IDS": f"{chosen[0][0]},NOPE"})
    assert rows(database, "SELECT count(*) FROM aerial_detections WHERE review_status = "
                          "'confirmed'")[0][0] == before


def test_a_task_sheet_shows_the_detections_and_proposals_in_its_area(survey, run_alg, tmp_path):
    import re

    from test_task_sheets import pdf_text
    database = survey["database"]
    chosen = next(p for p in proposals(database, "new_cha", "proposed") if p["detections"])
    hazard = run_alg("acceptproposals", {"DATABASE": database,
                                         "PROPOSAL_IDS": chosen["id"]})["HAZARD_IDS"]
    task = run_alg("createtask", {"DATABASE": database, "HAZARD_ID": hazard,
                                  "TASK_TYPE": "TS"})["TASK_ID"]
    result = run_alg("exporttasksheets", {"DATABASE": database, "OUTPUT_FOLDER": str(tmp_path),
                                          "FILTER": f"\"task_id\" = '{task}'"})
    text = " ".join(pdf_text(result["FILES"][0]).split())
    found = re.search(r"Aerial survey in the task area: (\d+) detections \((\d+) confirmed, "
                      r"(\d+) rejected\); proposals: (.{0,600})", text)
    assert found, text[:3000]
    # the CHA is the proposal's shape: every detection counted in the proposal is in the task
    assert int(found.group(1)) >= chosen["detections"]
    assert f"{chosen['id']} (New CHA, Accepted)" in found.group(4)
