from mineaction_plugin.core.hazard_ids import district_code, next_hazard_id


def test_district_codes():
    assert district_code("Aghdam") == "AGD"
    assert district_code("Ağdam") == "AGD"
    assert district_code("Füzuli") == "FZL"
    assert district_code("Şuşa") == "SHU"
    assert district_code("Ordubad") == "ORD"
    assert district_code("") == "XXX"


def test_next_id_follows_the_highest_of_its_district():
    ids = ["HZ-AGD-0001", "HZ-AGD-0007", "HZ-FZL-0003", "HZ-AGD-extra", None]
    assert next_hazard_id(ids, "Aghdam") == "HZ-AGD-0008"
    assert next_hazard_id(ids, "Fuzuli") == "HZ-FZL-0004"
    assert next_hazard_id(ids, "Lachin") == "HZ-LAC-0001"
    assert next_hazard_id(["SHA/SHU/12"], "Shusha", "SHA/{district}/{seq}") == "SHA/SHU/13"
