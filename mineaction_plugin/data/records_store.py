"""Minefield records into the project database: all accepted records in one transaction."""
import getpass

from osgeo import ogr

from ..core.i18n import tr
from . import geopackage


def _user():
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _polygon(points):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for p in points + points[:1]:
        ring.AddPoint_2D(p.lon, p.lat)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _point(p):
    geometry = ogr.Geometry(ogr.wkbPoint)
    geometry.AddPoint_2D(p.lon, p.lat)
    return geometry


def _line(a, b):
    geometry = ogr.Geometry(ogr.wkbLineString)
    geometry.AddPoint_2D(a.lon, a.lat)
    geometry.AddPoint_2D(b.lon, b.lat)
    return geometry


def existing_record_ids(path, record_ids):
    """Which of `record_ids` the database already holds."""
    found = set()
    ids = list(record_ids)
    with geopackage.GdalErrors():
        ds = geopackage.open_dataset(path)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            listed = ", ".join("'" + i.replace("'", "''") + "'" for i in chunk)
            found.update(row[0] for row in geopackage.query(
                ds, f"SELECT record_id FROM minefield_records WHERE record_id IN ({listed})"))
    return found


class _Writer:
    """Fills features of one layer by field index: GDAL's by-name SetField scans every field
    in Python and was most of the import time at national scale. Every call passes the same
    fields (missing values as NULL) so GDAL keeps reusing one prepared INSERT statement."""

    def __init__(self, layer):
        self.layer = layer
        self.definition = layer.GetLayerDefn()
        self.index = {self.definition.GetFieldDefn(i).GetName(): i
                      for i in range(self.definition.GetFieldCount())}

    def write(self, values, geometry):
        feature = ogr.Feature(self.definition)
        for name, value in values.items():
            i = self.index[name]
            if value is None or value == "":
                feature.SetFieldNull(i)
                continue
            if isinstance(value, str):
                feature.SetFieldString(i, value)
            elif isinstance(value, (bool, int)):
                feature.SetFieldInteger64(i, int(value))
            else:
                feature.SetField(i, float(value))
        feature.SetGeometryDirectly(geometry)
        return self.layer.CreateFeature(feature) == 0


def append_records(path, records, replace=(), source_file="", is_cancelled=None):
    """Write `records` (core.records.Record) to the database at `path` in one transaction.

    Records whose id is in `replace` first lose their old perimeter, points and rows. Returns
    the number of records written; on any failure or cancellation nothing is written.
    """
    info = geopackage.inspect(path)
    if info.needs_upgrade:
        raise geopackage.DatabaseError(tr("The database must be upgraded before records are "
                                          "imported into it."))
    user = _user()
    with geopackage.GdalErrors():
        ds = geopackage.open_dataset(path, update=True)
        if ds is None:
            raise geopackage.DatabaseError(tr("{path} cannot be opened for writing.").format(
                path=path))
        perimeters = _Writer(ds.GetLayerByName("minefield_records"))
        points = _Writer(ds.GetLayerByName("record_points"))
        rows = _Writer(ds.GetLayerByName("mine_rows"))
        ds.StartTransaction()
        try:
            replace = sorted(set(replace))
            for start in range(0, len(replace), 500):
                listed = ", ".join("'" + i.replace("'", "''") + "'"
                                   for i in replace[start:start + 500])
                geopackage.execute(ds, [
                    f"DELETE FROM {table} WHERE record_id IN ({listed})"
                    for table in ("record_points", "mine_rows", "minefield_records")])
            for index, record in enumerate(records):
                if is_cancelled and index % 200 == 0 and is_cancelled():
                    raise geopackage.DatabaseError(tr("Import cancelled: nothing was written."))
                _write_record(perimeters, points, rows, record, source_file, user)
            geopackage.GdalErrors.check(tr("The database refused the records"))
        except Exception as error:
            ds.RollbackTransaction()
            ds = None
            if isinstance(error, RuntimeError):  # GDAL with exceptions on (QGIS 3.40)
                raise geopackage.DatabaseError(str(error)) from error
            raise
        try:
            ds.CommitTransaction()
        except RuntimeError as error:
            raise geopackage.DatabaseError(str(error)) from error
        geopackage.GdalErrors.check(tr("The database refused the records"))
        ds = None
    return len(records)


def _write_record(perimeters, points, rows, record, source_file, user):
    attributes = record.attributes
    if not perimeters.write({
            "record_id": record.record_id,
            "source_file": attributes.get("source_file", source_file),
            "date_laid": attributes.get("date_laid"), "laid_by": attributes.get("laid_by"),
            "declination_deg": record.declination_deg, "mines_recorded": record.mines_recorded,
            "reliability": "unknown", "district": attributes.get("district"),
            "area_m2": record.area_m2, "perimeter_m": record.perimeter_m,
            "notes": attributes.get("notes"), "misclosure_m": record.misclosure_m,
            "created_by": user, "modified_by": user}, _polygon(record.perimeter)):
        raise geopackage.DatabaseError(tr("Record {record} could not be written.").format(
            record=record.record_id))
    for p in record.points:
        if not points.write({
                "record_id": record.record_id, "point_id": p.point_id,
                "point_type": p.point_type, "seq": p.seq, "from_point": p.measured_from,
                "bearing": p.bearing,
                "bearing_unit": p.bearing_unit if p.bearing is not None else None,
                "bearing_ref": p.bearing_ref if p.bearing is not None else None,
                "distance": p.distance,
                "distance_unit": p.distance_unit if p.distance is not None else None,
                "pace_m": p.pace_m, "declination_deg": p.declination_deg,
                "grid_crs": p.grid_crs, "x": p.x, "y": p.y,
                "crs": p.crs if p.absolute else None, "row_id": p.row_id,
                "mine_model": p.mine_model, "mine_count": p.mine_count,
                "spacing_m": p.spacing_m, "traverse_m": p.traverse_m, "source_row": p.row,
                "created_by": user, "modified_by": user}, _point(p)):
            raise geopackage.DatabaseError(tr("Point {point} of record {record} could not be "
                                              "written.").format(point=p.point_id,
                                                                 record=record.record_id))
    for row in record.rows:
        if not rows.write({
                "record_id": record.record_id, "row_id": row.row_id,
                "mine_model": row.mine_model, "mine_category": row.mine_category,
                "mine_count": row.mine_count, "spacing_m": row.spacing_m,
                "length_m": row.length_m, "expected_length_m": row.expected_length_m,
                "length_mismatch": int(row.length_mismatch), "created_by": user,
                "modified_by": user}, _line(row.start, row.end)):
            raise geopackage.DatabaseError(tr("Mine row {row_id} of record {record} could not "
                                              "be written.").format(row_id=row.row_id,
                                                                    record=record.record_id))
