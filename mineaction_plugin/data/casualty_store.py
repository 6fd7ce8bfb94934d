"""Accidents and victims in a project database: written in one transaction, placed in the hazard
and record they fall in, and read for the national report's table. GeoPackage and PostGIS alike
(data/project_db.py). Personal data is written to victim_personal only and read by nothing here
but the export that is asked for it."""
import struct

from shapely import wkb as shapely_wkb

from ..core import aerial, casualties
from ..core.spatial import PolygonIndex
from . import project_db
from .gpkg_sql import wkb_point_xy

ACCIDENT_FIELDS = casualties.ACCIDENT_COLUMNS
VICTIM_FIELDS = casualties.VICTIM_COLUMNS + ("accident_id",)


def existing_ids(db):
    return ({r[0] for r in db.rows(f"SELECT accident_id FROM {db.t('accidents')}")},
            {r[0] for r in db.rows(f"SELECT victim_id FROM {db.t('victims')}")})


def polygons(db, table, key):
    """[(key, shapely polygon)] of a layer, in key order."""
    return [(k, shapely_wkb.loads(db.wkb(g))) for k, g in db.rows(
        f"SELECT {key}, {db.geometry_column()} FROM {db.t(table)} WHERE geom IS NOT NULL "
        f"ORDER BY {key}")]


def place(db, accidents):
    """Fill an accident's empty hazard_id, record_id and district from the hazard (else the
    record) its point falls in."""
    hazards = PolygonIndex(polygons(db, "hazards", "hazard_id"))
    records = PolygonIndex(polygons(db, "minefield_records", "record_id"))
    districts = dict(db.rows(f"SELECT hazard_id, district FROM {db.t('hazards')}"))
    districts.update({f"record:{k}": v for k, v in db.rows(
        f"SELECT record_id, district FROM {db.t('minefield_records')}")})
    placed = 0
    for accident in accidents:
        if accident.lon is None:
            continue
        values = accident.values
        in_hazards = hazards.containing(accident.lon, accident.lat)
        in_records = records.containing(accident.lon, accident.lat)
        if not values.get("hazard_id") and in_hazards:
            values["hazard_id"] = in_hazards[0]
        if not values.get("record_id") and in_records:
            values["record_id"] = in_records[0]
        if not values.get("district"):
            values["district"] = (districts.get(in_hazards[0]) if in_hazards else None) or \
                (districts.get(f"record:{in_records[0]}") if in_records else None)
        placed += bool(in_hazards or in_records)
    return placed


def write(db, accidents, victims, cancelled=lambda: False):
    """Every accident, victim and personal row, in the caller's transaction."""
    rows = db.bulk("accidents", list(ACCIDENT_FIELDS))
    for index, accident in enumerate(accidents):
        if index % 5000 == 0 and cancelled():
            raise InterruptedError
        if accident.lon is None:
            rows.add([accident.values.get(c) for c in ACCIDENT_FIELDS], None, None)
        else:
            rows.add([accident.values.get(c) for c in ACCIDENT_FIELDS],
                     struct.pack("<BIdd", 1, 1, accident.lon, accident.lat),
                     (accident.lon, accident.lon, accident.lat, accident.lat))
    rows.finish()
    rows = db.bulk("victims", list(VICTIM_FIELDS))
    personal = db.bulk("victim_personal", ["victim_id"] + list(casualties.PERSONAL_COLUMNS))
    for index, victim in enumerate(victims):
        if index % 5000 == 0 and cancelled():
            raise InterruptedError
        rows.add([victim.values.get(c) for c in VICTIM_FIELDS])
        if victim.personal:
            personal.add([victim.values["victim_id"]] +
                         [victim.personal.get(c) for c in casualties.PERSONAL_COLUMNS])
    rows.finish()
    personal.finish()


def read_for_summary(database, record_buffer_m=0.0):
    """(accidents, victims, outside_records, outside_hazards, unknown_location) as
    core.casualties.summarise takes them."""
    with project_db.open_project(database) as db:
        accidents, places = [], {}
        for ident, date, district, accuracy, geometry in db.rows(
                f"SELECT accident_id, accident_date, district, location_accuracy, "
                f"{db.geometry_column()} FROM {db.t('accidents')}"):
            accidents.append({"accident_id": ident, "accident_date": _day(date),
                              "district": district})
            if geometry is not None and accuracy != "unknown":
                places[ident] = _xy(db.wkb(geometry))
        victims = [dict(zip(("accident_id", "outcome", "age_group", "sex", "role"), r))
                   for r in db.rows(f"SELECT accident_id, outcome, age_group, sex, role "
                                    f"FROM {db.t('victims')}")]
        records = polygons(db, "minefield_records", "record_id")
        hazards = polygons(db, "hazards", "hazard_id")
    if record_buffer_m > 0:
        records = [(k, _grown(shape, record_buffer_m)) for k, shape in records]
    in_records, in_hazards = PolygonIndex(records), PolygonIndex(hazards)
    outside_records = {i for i, (x, y) in places.items() if not in_records.holds(x, y)}
    outside_hazards = {i for i, (x, y) in places.items() if not in_hazards.holds(x, y)}
    unknown = {a["accident_id"] for a in accidents} - set(places)
    return accidents, victims, outside_records, outside_hazards, unknown


def _grown(shape, metres):
    """A WGS 84 polygon grown by metres on the ground (an enclosing buffer in a local plane)."""
    plane = aerial.plane_at(shape)
    return aerial.from_plane(aerial.enclosing_buffer(aerial.to_plane(shape, plane), metres),
                             plane)


def _xy(data):
    if len(data) == 21:
        return wkb_point_xy(data)
    point = shapely_wkb.loads(data)
    return point.x, point.y


def _day(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


NEEDS_HEADER = ["victim_id", "accident_id", "district", "accident_date", "outcome", "domain",
                "need", "priority", "status", "assessed_date", "assistance_given",
                "last_assistance"]


def needs_rows(database, open_only=True, personal=False):
    """(header, rows) of the needs report (data/tables.write_table writes them)."""
    with project_db.open_project(database) as db:
        where = "WHERE n.status <> 'met'" if open_only else ""
        names = ", p.full_name, p.phone" if personal else ""
        join = (f" LEFT JOIN {db.t('victim_personal')} p ON p.victim_id = v.victim_id"
                if personal else "")
        rows = db.rows(
            f"SELECT v.victim_id, v.accident_id, a.district, a.accident_date, v.outcome, "
            f"n.domain, n.need, n.priority, n.status, n.assessed_date, "
            f"(SELECT count(*) FROM {db.t('victim_assistance')} s WHERE s.victim_id = "
            f"v.victim_id), (SELECT max(s.date) FROM {db.t('victim_assistance')} s WHERE "
            f"s.victim_id = v.victim_id){names} FROM {db.t('victim_needs')} n "
            f"JOIN {db.t('victims')} v ON v.victim_id = n.victim_id "
            f"LEFT JOIN {db.t('accidents')} a ON a.accident_id = v.accident_id{join} {where} "
            f"ORDER BY n.priority, v.victim_id, n.need_id")
    header = NEEDS_HEADER + (["full_name", "phone"] if personal else [])
    return header, [[_day(value) for value in row] for row in rows]


def victims_for_dock(database, with_names=False):
    """(victims with their open needs and assistance counts, whether this login may read
    names). Names are read only when asked and allowed; needs and assistance counts are 0 where
    the database refuses this login those tables."""
    with project_db.open_project(database) as db:
        allowed = _may_read(db, "victim_personal")
        counts_allowed = _may_read(db, "victim_needs") and _may_read(db, "victim_assistance")
        needs = (f"(SELECT count(*) FROM {db.t('victim_needs')} n WHERE n.victim_id = "
                 f"v.victim_id AND n.status <> 'met')" if counts_allowed else "0")
        given = (f"(SELECT count(*) FROM {db.t('victim_assistance')} s WHERE s.victim_id = "
                 f"v.victim_id)" if counts_allowed else "0")
        names = with_names and allowed
        rows = db.rows(
            f"SELECT v.victim_id, v.accident_id, a.accident_date, a.district, v.outcome, "
            f"v.age_group, {needs}, {given}"
            + (", p.full_name" if names else "") +
            f" FROM {db.t('victims')} v LEFT JOIN {db.t('accidents')} a ON "
            f"a.accident_id = v.accident_id"
            + (f" LEFT JOIN {db.t('victim_personal')} p ON p.victim_id = v.victim_id"
               if names else "") +
            " ORDER BY a.accident_date DESC, v.victim_id")
    keys = ("victim_id", "accident_id", "accident_date", "district", "outcome", "age_group",
            "open_needs", "assistance") + (("full_name",) if names else ())
    return [dict(zip(keys, [_day(v) for v in row])) for row in rows], allowed


def _may_read(db, table):
    if isinstance(db, project_db.PgProject):
        return bool(db.one("SELECT has_table_privilege(?, 'SELECT')",
                           (f"{db.target.schema}.{table}",))[0])
    return True


def places_to_survey(database):
    """Ids of accidents with a known place outside every hazard (whatever its status)."""
    with project_db.open_project(database) as db:
        rows = db.rows(f"SELECT accident_id, location_accuracy, {db.geometry_column()} FROM "
                       f"{db.t('accidents')} WHERE geom IS NOT NULL ORDER BY accident_id")
        hazards = PolygonIndex(polygons(db, "hazards", "hazard_id"))
        accidents = []
        for ident, accuracy, geometry in rows:
            lon, lat = _xy(db.wkb(geometry))
            accidents.append({"accident_id": ident, "location_accuracy": accuracy,
                              "lon": lon, "lat": lat})
    return casualties.places_to_survey(accidents, hazards.holds)


def accidents_near_hazards(database, distance_m=500.0):
    """{hazard_id: (accidents, victims)} of the accidents with a known place within
    `distance_m` of each hazard (inside included): the accident criterion of the priorities
    (shared/spec/priorities-workplan.md)."""
    with project_db.open_project(database) as db:
        places = {}
        for ident, accuracy, geometry in db.rows(
                f"SELECT accident_id, location_accuracy, {db.geometry_column()} FROM "
                f"{db.t('accidents')} WHERE geom IS NOT NULL"):
            if accuracy != "unknown":
                places[ident] = _xy(db.wkb(geometry))
        victims = dict(db.rows(f"SELECT accident_id, count(*) FROM {db.t('victims')} "
                               f"GROUP BY accident_id"))
        hazards = polygons(db, "hazards", "hazard_id")
    grown = PolygonIndex([(k, _grown(shape, distance_m) if distance_m > 0 else shape)
                          for k, shape in hazards])
    near = {k: [0, 0] for k, _ in hazards}
    for ident, (lon, lat) in places.items():
        for hazard_id in grown.containing(lon, lat):
            near[hazard_id][0] += 1
            near[hazard_id][1] += victims.get(ident, 0)
    return {k: tuple(v) for k, v in near.items()}
