"""What the priorities and the work plan read from a project database: every criterion of each
open hazard measured on the ground (shared/spec/priorities-workplan.md), capacities,
productivity and profiles. GeoPackage and PostGIS alike (data/project_db.py).

Geometries go to one plane in metres about the hazards' centre (record_fit.Plane: ellipsoidal
radii at each point's latitude); distances between neighbours are right to well under a metre
there, which decides nothing at the 500 m – 10 km scales the criteria use."""
import datetime

from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from ..core import aerial
from ..core.priorities import PARAMETERS
from ..core.record_fit import Plane
from ..core.spatial import GeometryIndex
from . import project_db


def _shape(db, value):
    data = db.wkb(value)
    return shapely_wkb.loads(data) if data else None


def _day(value):
    return value.isoformat() if hasattr(value, "isoformat") else (value or None)


def read(database):
    """Everything the ranking and the plan read, in WGS 84 shapely geometries."""
    with project_db.open_project(database) as db:
        g = db.geometry_column()
        data = {
            "hazards": [dict(zip(("hazard_id", "classification", "status", "evidence",
                                  "area_m2", "priority"), r[:6]), shape=_shape(db, r[6]))
                        for r in db.rows(f"SELECT hazard_id, classification, status, evidence, "
                                         f"area_m2, priority, {g} FROM {db.t('hazards')} "
                                         f"WHERE status <> 'closed' AND geom IS NOT NULL")],
            "releases": [_shape(db, r[0]) for r in db.rows(
                f"SELECT {g} FROM {db.t('land_release')} WHERE status = 'completed' "
                f"AND geom IS NOT NULL")],
            "settlements": [dict(zip(("settlement_id", "return_stage", "families",
                                      "residential_ha", "target_date"), r[:5]),
                                 shape=_shape(db, r[5]))
                            for r in db.rows(f"SELECT settlement_id, return_stage, families, "
                                             f"residential_ha, target_date, {g} FROM "
                                             f"{db.t('settlements')} WHERE geom IS NOT NULL")],
            "infrastructure": [dict(zip(("asset_id", "kind", "funded_ready"), r[:3]),
                                    shape=_shape(db, r[3]))
                               for r in db.rows(f"SELECT asset_id, kind, funded_ready, {g} "
                                                f"FROM {db.t('infrastructure')} WHERE geom IS "
                                                f"NOT NULL")],
            "accidents": [dict(zip(("accident_id", "accident_date", "victims"), r[:3]),
                               shape=_shape(db, r[3]))
                          for r in db.rows(
                f"SELECT a.accident_id, a.accident_date, (SELECT count(*) FROM "
                f"{db.t('victims')} v WHERE v.accident_id = a.accident_id), {g} FROM "
                f"{db.t('accidents')} a WHERE a.geom IS NOT NULL AND (a.location_accuracy IS "
                f"NULL OR a.location_accuracy <> 'unknown')")],
            "capacity": db.rows(f"SELECT organisation, from_date, deminers, mdd, machines, "
                                f"survey_teams FROM {db.t('operator_capacity')} "
                                f"ORDER BY organisation, from_date"),
            "productivity": db.rows(f"SELECT asset, activity_type, m2_per_day FROM "
                                    f"{db.t('productivity')}"),
        }
    for item in data["accidents"]:
        item["accident_date"] = _day(item["accident_date"])
    for item in data["settlements"]:
        item["target_date"] = _day(item["target_date"])
    data["capacity"] = [(o, _day(d), *rest) for o, d, *rest in data["capacity"]]
    return data


def profile_rows(database, name):
    """{criterion: {"weight": w, "gate": bool}} of a stored profile ({} when none)."""
    with project_db.open_project(database) as db:
        rows = db.rows(f"SELECT criterion, weight, gate FROM {db.t('priority_profiles')} "
                       f"WHERE profile = ?", (name,))
    return {c: {"weight": w, "gate": bool(gate)} for c, w, gate in rows}


def criteria(data, parameters=None, as_of=None, plan_only=False):
    """({hazard: {criterion: raw value}}, {settlement: [hazards within the radius]},
    {hazard: remaining area m²}). plan_only: only what the work plan needs (the last two)."""
    params = dict(PARAMETERS, **(parameters or {}))
    hazards = data["hazards"]
    if not hazards:
        return {}, {}, {}
    corners = [h["shape"].bounds for h in hazards]
    plane = Plane((min(c[1] for c in corners) + max(c[3] for c in corners)) / 2,
                  (min(c[0] for c in corners) + max(c[2] for c in corners)) / 2)

    def flat(shape):
        return aerial.to_plane(shape, plane) if shape is not None else None
    released = unary_union([flat(r) for r in data["releases"] if r is not None]) \
        if data["releases"] else None
    settlements = GeometryIndex([(i, flat(s["shape"])) for i, s in enumerate(data["settlements"])])
    kinds = {}
    for item in data["infrastructure"]:
        kinds.setdefault(item["kind"], []).append((item["asset_id"], flat(item["shape"])))
    by_kind = {kind: GeometryIndex(items) for kind, items in kinds.items()}
    funded = GeometryIndex([(i["asset_id"], flat(i["shape"])) for i in data["infrastructure"]
                            if i["funded_ready"]])
    as_of = as_of or datetime.date.today().isoformat()
    earliest = (datetime.date.fromisoformat(as_of) - datetime.timedelta(
        days=round(365.25 * float(params["ACCIDENT_YEARS"])))).isoformat()
    accidents = GeometryIndex([(i, flat(a["shape"])) for i, a in enumerate(data["accidents"])
                               if a["accident_date"] and earliest <= a["accident_date"][:10]
                               <= as_of])
    radius = float(params["SETTLEMENT_RADIUS"])
    shapes = [flat(hazard["shape"]).buffer(0) for hazard in hazards]
    boxes = [shape.bounds for shape in shapes]   # once: shapely 1.8 computes them in Python
    near_settlements = settlements.near_all(shapes, radius, boxes)
    raw, within, remaining = {}, {}, {}
    for hazard, shape, near in zip(hazards, shapes, near_settlements):
        area = float(shape.area)
        if released is not None and not released.is_empty:
            area -= float(shape.intersection(released).area)
        remaining[hazard["hazard_id"]] = max(area, 0.0)
        for i, _, _ in near:
            within.setdefault(data["settlements"][i]["settlement_id"], []).append(
                hazard["hazard_id"])
    if plan_only:
        return raw, within, remaining
    # each criterion for every hazard at once (one numpy pass per layer, see GeometryIndex)
    unsettled = [i for i, near in enumerate(near_settlements) if not near]
    nearest_settlement = dict(zip(unsettled, settlements.nearest_all(
        [shapes[i] for i in unsettled], bounds=[boxes[i] for i in unsettled])))
    distances = {criterion: by_kind[kind].nearest_all(shapes, bounds=boxes)
                 if kind in by_kind else [None] * len(shapes)
                 for kind, criterion in (("road", "dist_road_m"), ("railway", "dist_railway_m"),
                                         ("power_line", "dist_power_line_m"))}
    ready = funded.near_all(shapes, float(params["RECONSTRUCTION_RADIUS"]), boxes)
    fields = by_kind["agriculture"].near_all(shapes, 0, boxes) if "agriculture" in by_kind \
        else [[] for _ in shapes]
    close_accidents = accidents.near_all(shapes, float(params["ACCIDENT_RADIUS"]), boxes)
    for index, (hazard, shape, near) in enumerate(zip(hazards, shapes, near_settlements)):
        ident = hazard["hazard_id"]
        values = {"area_m2": round(remaining[ident], 1),
                  "classification": hazard["classification"], "evidence": hazard["evidence"]}
        nearest = near[0] if near else nearest_settlement[index]
        if nearest is not None:
            settlement = data["settlements"][nearest[0]]
            values["dist_settlement_m"] = round(nearest[2], 1)
            values["return_stage"] = settlement["return_stage"]
        values["families_within"] = sum(int(data["settlements"][i]["families"] or 0)
                                        for i, _, _ in near)
        for criterion, found in distances.items():
            values[criterion] = round(found[index][2], 1) if found[index] else None
        values["reconstruction_ready"] = bool(ready[index])
        values["agriculture_m2"] = round(sum(
            float(shape.intersection(other).area) for _, other, _ in fields[index]
            if other.geom_type in ("Polygon", "MultiPolygon")), 1)
        values["accidents_within"] = len(close_accidents[index])
        values["victims_within"] = sum(int(data["accidents"][i]["victims"] or 0)
                                       for i, _, _ in close_accidents[index])
        raw[ident] = values
    return raw, within, remaining


def profile_names(database):
    with project_db.open_project(database) as db:
        return [r[0] for r in db.rows(f"SELECT DISTINCT profile FROM {db.t('priority_profiles')} "
                                      f"ORDER BY profile")]


# the key of each planning table: a row with the same key replaces the one there
TABLE_KEYS = {"operator_capacity": ("organisation",), "productivity": ("asset", "activity_type"),
              "priority_profiles": ("profile", "criterion")}


def replace_rows(database, table, rows):
    """Write planning table rows ({column: text}), one transaction; a row whose key is there
    already replaces it (shipped defaults included). Returns the number written."""
    keys = TABLE_KEYS[table]
    with project_db.open_project(database) as db:
        with db.transaction():
            for row in rows:
                row = dict(row)
                if "gate" in row:
                    row["gate"] = 1 if str(row["gate"]).strip().lower() in ("1", "true",
                                                                             "yes") else 0
                db.execute(f"DELETE FROM {db.t(table)} WHERE " +
                           " AND ".join(f"{k} = ?" for k in keys), [row[k] for k in keys])
                db.insert(table, row)
    return len(rows)
