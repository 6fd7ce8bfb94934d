"""mineaction:clearancesummary: the published table from the sample, districts, dates."""
import csv
import json
import os
import zipfile

import pytest
from osgeo import gdal

from conftest import query

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "clearance")


def write(database, sql):
    from mineaction_plugin.data import project_db
    project = project_db.open_project(database)
    try:
        with project.transaction():
            project.execute(sql)
    finally:
        project.close()


@pytest.fixture
def sample_db(new_db):
    """The sample appended the way the issue says: ogr2ogr -append (GDAL's VectorTranslate)."""
    for name in ("land_release", "eo_finds"):
        ds = gdal.VectorTranslate(new_db, os.path.join(DATA, f"{name}.geojson"),
                                  accessMode="append", layerName=name)
        assert ds is not None
        ds = None
    return new_db


def expected():
    with open(os.path.join(DATA, "expected.json")) as f:
        return json.load(f)


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_sample_gives_the_published_table(run_alg, sample_db, as_backend, tmp_path):
    out = str(tmp_path / "summary.csv")
    run_alg("clearancesummary", {"DATABASE": as_backend(sample_db), "OUTPUT": out})
    rows = read(out)
    assert list(rows[0]) == ["district", "cleared_km2", "ERW", "APM", "ATM", "total"]
    table = {r["district"]: r for r in rows}
    for district, values in expected().items():
        row = table[district]
        assert float(row["cleared_km2"]) == pytest.approx(values["cleared_km2"], abs=0.05)
        for column in ("ERW", "APM", "ATM", "total"):
            assert int(row[column]) == values[column], (district, column)
    assert rows[-1]["district"] == "Total"
    assert int(rows[-1]["total"]) == sum(v["total"] for v in expected().values())
    assert float(rows[-1]["cleared_km2"]) == pytest.approx(
        sum(v["cleared_km2"] for v in expected().values()), abs=0.05)
    assert len(rows) == len(expected()) + 1


def test_xlsx_output_has_numbers(run_alg, sample_db, as_backend, tmp_path):
    out = str(tmp_path / "summary.xlsx")
    run_alg("clearancesummary", {"DATABASE": as_backend(sample_db), "OUTPUT": out})
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>997</v>" in sheet and "Aghdam" in sheet  # Aghdam's total as a number
    ds = gdal.OpenEx(out)
    assert ds.GetLayer(0).GetFeatureCount() == len(expected()) + 1


def test_dates_limit_areas_and_finds(run_alg, sample_db, as_backend, tmp_path):
    sample_db = as_backend(sample_db)
    write(sample_db, "UPDATE eo_finds SET date_found = '2021-05-01' WHERE find_id <= 'EO-000100'")
    out = str(tmp_path / "s.csv")
    run_alg("clearancesummary", {"DATABASE": sample_db, "OUTPUT": out,
                                 "DATE_FROM": "2022-01-01", "DATE_TO": "2022-12-31"})
    rows = {r["district"]: r for r in read(out)}
    # land release is dated by start_date in the sample (no end date): only 2022 counts
    in_2022 = query(sample_db, "SELECT count(*) FROM land_release WHERE start_date BETWEEN "
                               "'2022-01-01' AND '2022-12-31'")[0][0]
    assert 0 < in_2022 < 94
    total = float(rows["Total"]["cleared_km2"])
    assert 0 < total < sum(v["cleared_km2"] for v in expected().values())
    # finds without a date are outside any date range; the 100 dated ones are in 2021
    assert int(rows["Total"]["total"]) == 0


def test_a_district_layer_adds_areas_and_places_undistricted_features(run_alg, sample_db,
                                                                      as_backend, tmp_path):
    sample_db = as_backend(sample_db)
    write(sample_db, "UPDATE eo_finds SET district = NULL WHERE district = 'Shusha'")
    write(sample_db, "UPDATE land_release SET district = '' WHERE district = 'Shusha'")
    # a district polygon around Shusha's features, as a GeoJSON layer
    from qgis.core import QgsVectorLayer

    from mineaction_plugin.data import project_db
    source, provider = project_db.layer_source(sample_db, "land_release")
    released = QgsVectorLayer(source, "land_release", provider)
    released.setSubsetString("\"district\" = ''")
    extent = released.extent()
    x0, x1, y0, y1 = extent.xMinimum(), extent.xMaximum(), extent.yMinimum(), extent.yMaximum()
    districts = tmp_path / "districts.geojson"
    districts.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Shusha"},
        "geometry": {"type": "Polygon", "coordinates": [[
            [x0 - 0.02, y0 - 0.02], [x1 + 0.02, y0 - 0.02], [x1 + 0.02, y1 + 0.02],
            [x0 - 0.02, y1 + 0.02], [x0 - 0.02, y0 - 0.02]]]}}]}))
    out = str(tmp_path / "s.csv")
    run_alg("clearancesummary", {"DATABASE": sample_db, "OUTPUT": out,
                                 "DISTRICTS": str(districts), "DISTRICT_FIELD": "name"})
    rows = {r["district"]: r for r in read(out)}
    shusha = expected()["Shusha"]
    assert float(rows["Shusha"]["cleared_km2"]) == pytest.approx(shusha["cleared_km2"],
                                                                 abs=0.05)
    assert int(rows["Shusha"]["total"]) == shusha["total"]
    assert float(rows["Shusha"]["district_km2"]) > float(rows["Shusha"]["cleared_km2"])
    assert "(no district)" not in rows


def test_bad_input_is_refused_with_a_reason(run_alg, sample_db, tmp_path):
    with pytest.raises(Exception, match="before its start"):
        run_alg("clearancesummary", {"DATABASE": sample_db, "OUTPUT": str(tmp_path / "s.csv"),
                                     "DATE_FROM": "2023-01-01", "DATE_TO": "2022-01-01"})
    path = tmp_path / "x.gpkg"
    path.write_text("not a database")
    with pytest.raises(Exception, match="not a GeoPackage"):
        run_alg("clearancesummary", {"DATABASE": str(path), "OUTPUT": str(tmp_path / "s.csv")})
