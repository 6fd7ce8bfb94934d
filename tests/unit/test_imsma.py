"""IMSMA profiles and the checks made before an exchange (pure Python)."""
import copy
import json

import pytest

from mineaction_plugin.core import imsma, schema


def test_the_generic_profile_is_valid_and_follows_imsma_habits():
    profile = imsma.default_profile()
    assert imsma.profile_problems(profile) == []
    entities = profile["entities"]
    assert {e["entity"] for e in entities.values()} == {
        "hazard", "hazard reduction", "explosive ordnance item", "marking", "task",
        "accident", "victim"}
    # personal data is in no profile unless asked for, and then from victim_personal only
    assert not set(imsma.PERSONAL_FIELDS["victims"]) & set(entities["victims"]["fields"])
    asked = imsma.with_personal(profile, True)["entities"]["victims"]["fields"]
    assert {"full_name", "phone"} <= set(asked) and imsma.is_derived("victims", "full_name")
    assert imsma.with_personal(imsma.with_personal(profile, True), False) == profile
    assert entities["hazards"]["fields"]["hazard_id"]["name"] == "hazard_localid"
    assert entities["land_release"]["fields"]["activity_id"]["name"] == "hazreduc_localid"
    for layer_name, entity in entities.items():
        for plugin_name, imsma_name, spec in imsma.field_map(profile, layer_name):
            assert len(imsma_name) <= 31
            field = imsma.schema_field(layer_name, plugin_name)
            if field.code_list:
                assert spec["domain"].startswith("cvd_")
                assert set(profile["domains"][spec["domain"]]["codes"]) == \
                    set(schema.CODE_LISTS[field.code_list])
    # every code list that a mapped field uses has its domain, and nothing else
    assert all(name.startswith("cvd_") and len(name) <= 31 for name in profile["domains"])
    # a hazard carries its minefield record's reliability, exported only: never checked as
    # required, never imported
    reliability = entities["hazards"]["fields"]["record_reliability"]
    assert reliability == {"name": "record_reliability", "type": "text", "required": False,
                           "domain": "cvd_record_reliability"}
    assert "record_reliability" not in [r[0] for r in imsma.rules(profile, "hazards")]
    assert "record_reliability" not in [
        f[0] for f in imsma.field_map(profile, "hazards", derived=False)]


def test_a_profile_survives_json_and_its_faults_are_named():
    profile = imsma.default_profile()
    assert imsma.load_profile(imsma.dump_profile(profile)) == profile
    broken = copy.deepcopy(profile)
    fields = broken["entities"]["hazards"]["fields"]
    fields["name"]["name"] = "a_hazard_name_far_longer_than_31_chars"
    broken["entities"]["tasks"]["fields"]["team"]["domain"] = "cvd_teams"
    broken["entities"]["eo_finds"]["fields"]["model"]["name"] = "eo_category"
    with pytest.raises(imsma.ProfileError) as error:
        imsma.load_profile(json.dumps(broken))
    text = str(error.value)
    assert "hazards.name" in text and "longer than 31" in text
    assert "cvd_teams is not defined" in text
    assert "'eo_category' names both category and model" in text
    with pytest.raises(imsma.ProfileError, match="not a JSON file"):
        imsma.load_profile("{broken")
    with pytest.raises(imsma.ProfileError, match="not a mine action IMSMA profile"):
        imsma.load_profile(json.dumps({"name": "x"}))


def test_rows_are_checked_for_required_values_domains_ids_and_geometry():
    profile = imsma.default_profile()
    rows = [
        {"hazard_id": "HZ-1", "classification": "SHA", "status": "open"},
        {"hazard_id": "HZ-2", "classification": "Suspected", "status": "open"},
        {"hazard_id": "HZ-1", "classification": "CHA", "status": "open"},
        {"hazard_id": "", "classification": "CHA", "status": None},
        {"hazard_id": "HZ-4", "classification": "CHA", "status": "closed", "priority": 9,
         "_geometry_problem": "empty geometry"},
    ]
    problems = imsma.validate_rows(profile, "hazards", rows)
    assert ("hazards", "HZ-2", "hazard_type", "'Suspected' is not a code of cvd_hazard_type") \
        in problems
    assert ("hazards", "HZ-1", "hazard_localid", "duplicate local id (rows 1 and 3)") in problems
    assert ("hazards", "#4", "hazard_localid", "required value missing") in problems
    assert ("hazards", "#4", "hazard_status", "required value missing") in problems
    assert ("hazards", "HZ-4", "geometry", "empty geometry") in problems
    assert ("hazards", "HZ-4", "priority", "'9' is not a code of cvd_priority") in problems
    assert not [p for p in problems if p[1] == "HZ-1" and p[2] != "hazard_localid"]


def test_geometries_compare_as_places_not_as_sets_of_corners():
    from mineaction_plugin.data.imsma_import import same_geometry
    square = "POLYGON ((47 40,47.01 40,47.01 40.01,47 40.01,47 40))"
    turned = "POLYGON ((47 40,47 40.01,47.01 40.01,47.01 40,47 40))"       # other direction
    started = "POLYGON ((47.01 40,47.01 40.01,47 40.01,47 40,47.01 40))"   # other start
    bow_tie = "POLYGON ((47 40,47.01 40.01,47.01 40,47 40.01,47 40))"      # same corners
    assert same_geometry(square, turned) and same_geometry(square, started)
    assert not same_geometry(square, bow_tie)
    assert same_geometry("LINESTRING (47 40,47.01 40)", "LINESTRING (47.01 40,47 40)")
    assert not same_geometry("LINESTRING (47 40,47.01 40,47 40.01)",
                             "LINESTRING (47 40,47 40.01,47.01 40)")
    assert same_geometry("POINT (47 40)", "POINT (47.00000001 40)")
    assert not same_geometry("POINT (47 40)", "POLYGON ((47 40,47.01 40,47 40.01,47 40))")
