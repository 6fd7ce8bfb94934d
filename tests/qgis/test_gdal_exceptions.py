"""QGIS 3.40 turns GDAL exceptions on, 3.22 leaves them off: the data layer must behave the same."""
import os

import pytest
from osgeo import gdal, ogr

from mineaction_plugin.core.record_table import TableError
from mineaction_plugin.data import geopackage, record_files, records_store

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "records")


@pytest.fixture(params=[False, True], ids=["exceptions-off", "exceptions-on"])
def gdal_mode(request):
    was = gdal.GetUseExceptions()
    def switch(on):  # GDAL keeps a stack of handlers: ogr is pushed after gdal, popped before
        if on:
            gdal.UseExceptions()
            ogr.UseExceptions()
        else:
            ogr.DontUseExceptions()
            gdal.DontUseExceptions()
    if request.param != was:
        switch(request.param)
    yield request.param
    if request.param != was:
        switch(was)


def test_refusals_are_database_errors_in_both_modes(gdal_mode, tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("not a database")
    with pytest.raises(geopackage.DatabaseError, match="not a GeoPackage"):
        geopackage.inspect(str(path))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"\x89PNG" + bytes(100))
    with pytest.raises(TableError, match="spreadsheet cannot be read"):
        record_files.read_table(str(broken))


def test_a_constraint_failure_rolls_back_in_both_modes(gdal_mode, tmp_path):
    from mineaction_plugin.adapters.qgis_geodesy import QgisGeodesy, QgisProjector
    from mineaction_plugin.core.records import compute_records
    db = str(tmp_path / "p.gpkg")
    geopackage.create(db)
    result = compute_records(record_files.read_table(os.path.join(DATA, "records.csv")),
                             QgisGeodesy(), QgisProjector())
    result.records[3].points[0].point_type = "XX"  # the database's CHECK refuses it
    with pytest.raises(geopackage.DatabaseError):
        records_store.append_records(db, result.records)
    assert geopackage.counts(db)["minefield_records"] == 0
    assert geopackage.counts(db)["record_points"] == 0
