"""The verdict on one minefield record: which reading of its form the finds confirm, how far it
is off, and its status (shared/spec/record-verification.md). Pure logic: the caller gives the
record's parsed points, the finds and the cleared land near it (core/record_fit.py's plane)."""
import json
import math
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from .i18n import N_, tr
from .record_fit import Mines, Plane, fit_record, points_in_polygons, row_match_shares
from .record_readings import AS_RECORDED, CAUSES, READINGS, applies, compute_reading, landmark_of

# thresholds that are parameters (spec defaults)
DEFAULTS = {"SEARCH_RADIUS": 600.0, "MATCH_RADIUS_AP": 1.5, "MATCH_RADIUS_AT": 3.0,
            "MIN_FINDS": 5, "MIN_MATCH_RATE": 0.6, "MAX_RMS": 2.0}
# fixed by the spec
RELIABLE_SHIFT_M = 5.0
SMALL_ROTATION_DEG = 0.5
SMALL_SCALE = 0.01
LARGE_SHIFT_M = 25.0
MIN_INSIDE_CLEARED = 0.8
ROW_MATCH = 0.6
CLEARED_FOR_A_VERDICT = 0.8
MAX_ROTATION_DEG = 20.0
PACE_SCALES = tuple(round(0.85 + 0.02 * i, 2) for i in range(16))
ROTATION_GRID = tuple(float(r) for r in range(-20, 21, 2))
NEARLY_AS_GOOD = 0.85          # a runner-up matching this share of the best's mines
CATEGORY_INDEX = {"AP": 0, "AT": 1}
FIND_CATEGORY = {"APM": 0, "ATM": 1}
STATUSES = ("reliable", "explained", "partly", "unreliable", "unverified")
RELIABILITY = {"reliable": "reliable", "explained": "partly_reliable",
               "partly": "partly_reliable", "unreliable": "unreliable"}
LANDMARK_CAUSE = N_("landmark coordinates")
PACE_CAUSE = N_("pace length")
ROTATION_CAUSE = N_("declination")
NOT_COMPUTED = N_("the form cannot be computed")
RUNNER_UP_NOTE = N_("a fit {distance} m from this one matches {matched} mines (this one {best})")
OTHER_READING_NOTE = N_("reading {reading} fits as well with a {shift} m shift")
# what judge() may say, translated by the caller for a process without the plugin's translator
TRANSLATED = (NOT_COMPUTED, RUNNER_UP_NOTE, OTHER_READING_NOTE)


@dataclass
class Evidence:
    """The field's side, in the record's plane: finds (xy, category index, ids) and completed
    clearance (polygons as lists of rings), and the share of the record the clearance covers."""
    plane: Plane
    finds: np.ndarray
    find_category: np.ndarray
    find_ids: List[str]
    cleared: list
    cleared_share: float


@dataclass
class Hypothesis:
    reading: str
    record: object
    mines: Mines
    fit: object = None
    inside_share: float = 0.0
    match_rate: float = 0.0
    meets: bool = False

    @property
    def changes(self):
        fit = self.fit
        return ((self.reading != AS_RECORDED) + (fit.shift_m > LARGE_SHIFT_M)
                + (abs(fit.rotation_deg) > SMALL_ROTATION_DEG)
                + (abs(fit.scale - 1.0) > SMALL_SCALE))

    @property
    def rank(self):
        fit = self.fit
        return (self.changes, fit.shift_m, abs(fit.rotation_deg), -self.match_rate)


@dataclass
class Verdict:
    record_id: str
    status: str
    reading: Optional[str] = None
    expected_mines: int = 0
    finds_considered: int = 0
    matched: int = 0
    match_rate: Optional[float] = None
    rms_m: Optional[float] = None
    dx_m: Optional[float] = None
    dy_m: Optional[float] = None
    rotation_deg: Optional[float] = None
    scale: Optional[float] = None
    shift_m: Optional[float] = None
    shift_bearing_deg: Optional[float] = None
    likely_cause: str = ""
    cleared_share: float = 0.0
    unmatched_finds: int = 0
    notes: str = ""
    best: Optional[Hypothesis] = field(default=None, repr=False)
    considered_ids: List[str] = field(default_factory=list, repr=False)
    considered_xy: object = field(default=None, repr=False)     # their plane positions

    FIELDS = ("record_id", "status", "reading", "expected_mines", "finds_considered",
              "matched", "match_rate", "rms_m", "dx_m", "dy_m", "rotation_deg", "scale",
              "shift_m", "shift_bearing_deg", "likely_cause", "cleared_share",
              "unmatched_finds", "notes")

    def values(self):
        return {name: getattr(self, name) for name in self.FIELDS}

    @property
    def move(self):
        """What correctrecords applies: the reading and the landmark's move."""
        return {"reading": self.reading, "shift_m": self.shift_m or 0.0,
                "shift_bearing_deg": self.shift_bearing_deg or 0.0,
                "rotation_deg": self.rotation_deg or 0.0, "scale": self.scale or 1.0}


def thresholds(values=None):
    merged = dict(DEFAULTS)
    merged.update({k: v for k, v in (values or {}).items() if v is not None})
    return merged


def parameters_json(values):
    return json.dumps(thresholds(values), sort_keys=True)


def evidence_for(record, finds, cleared):
    """Evidence around a record (computed as recorded).

    finds: iterable of (find_id, category code, lat, lon), any category (only APM/ATM count);
    cleared: polygons of completed clearance, each a list of rings of (lat, lon)."""
    plane = plane_for(record)
    kept = [f for f in finds if f[1] in FIND_CATEGORY]
    xy = plane.to_xy([f[2] for f in kept], [f[3] for f in kept]).reshape(-1, 2)
    polygons = [[plane.to_xy([p[0] for p in ring], [p[1] for p in ring]) for ring in rings]
                for rings in cleared if rings and len(rings[0]) >= 3]
    perimeter = plane.to_xy([p.lat for p in record.perimeter], [p.lon for p in record.perimeter])
    return Evidence(plane, xy, np.array([FIND_CATEGORY[f[1]] for f in kept], dtype=int),
                    [f[0] for f in kept], polygons, cleared_share(perimeter, polygons))


def cleared_share(perimeter, polygons, samples=4000):
    """Share of the perimeter's area inside any cleared polygon: counted on a regular grid of
    about `samples` points over the perimeter (1 % is ample beside the 0.8 threshold, and it
    needs no polygon clipping library)."""
    if not polygons:
        return 0.0
    low, high = perimeter.min(axis=0), perimeter.max(axis=0)
    size = high - low
    step = math.sqrt(max(size[0] * size[1], 1e-6) / samples)
    xs = np.arange(low[0] + step / 2, high[0], step)
    ys = np.arange(low[1] + step / 2, high[1], step)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
    inside = grid[points_in_polygons(grid, [[perimeter]])]
    if not len(inside):
        return 0.0
    return float(points_in_polygons(inside, polygons).mean())


def plane_for(record):
    ring = [(p.lat, p.lon) for p in record.perimeter]
    return Plane(sum(r[0] for r in ring) / len(ring), sum(r[1] for r in ring) / len(ring))


def expected_mines(record, plane):
    """The import's MINES in the plane: the first at RS, then every spacing towards RE."""
    xy, category, row_index, row_ids = [], [], [], []
    for index, row in enumerate(record.rows):
        if row.mine_category not in CATEGORY_INDEX or not row.mine_count:
            continue
        start = plane.to_xy(row.start.lat, row.start.lon)
        end = plane.to_xy(row.end.lat, row.end.lon)
        direction = end - start
        length = float(np.hypot(*direction))
        unit = direction / length if length > 0 else np.array([0.0, 0.0])
        steps = np.arange(row.mine_count)[:, None] * row.spacing_m
        xy.append(start + steps * unit)
        category += [CATEGORY_INDEX[row.mine_category]] * row.mine_count
        row_index += [index] * row.mine_count
        row_ids.append(row.row_id)
    lat, lon = landmark_of(record)
    landmark = plane.to_xy(lat, lon)
    if not xy:
        return Mines(np.zeros((0, 2)), np.zeros(0, dtype=int), np.zeros(0, dtype=int),
                     landmark, [])
    return Mines(np.vstack(xy), np.array(category, dtype=int), np.array(row_index, dtype=int),
                 landmark, row_ids)


def distance_to_polygon(points, ring):
    """Metres from each point to a polygon (0 inside)."""
    points = np.asarray(points, dtype=float)
    if not len(points):
        return np.zeros(0)
    ring = np.asarray(ring, dtype=float)
    a, b = ring, np.roll(ring, -1, axis=0)
    ab = b - a
    ap = points[:, None, :] - a[None, :, :]
    t = np.clip((ap * ab).sum(axis=2) / np.maximum((ab * ab).sum(axis=1), 1e-12), 0, 1)
    nearest = a[None, :, :] + t[..., None] * ab[None, :, :]
    distance = np.hypot(*(points[:, None, :] - nearest).transpose(2, 0, 1)).min(axis=1)
    inside = points_in_polygons(points, [[ring]])
    return np.where(inside, 0.0, distance)


def _hypothesis(reading, record, plane, finds, find_category, radii, limits, scales,
                rotations, cleared, paced):
    mines = expected_mines(record, plane)
    hypothesis = Hypothesis(reading, record, mines)
    hypothesis.fit = fit_record(mines, finds, find_category, radii, limits["SEARCH_RADIUS"],
                                scales=scales, rotations=rotations, free_scale=paced,
                                max_rotation_deg=MAX_ROTATION_DEG)
    if hypothesis.fit is None:
        return hypothesis
    inside = points_in_polygons(hypothesis.fit.fitted, cleared) if cleared else \
        np.zeros(len(mines.xy), dtype=bool)
    hypothesis.inside_share = float(inside.mean()) if len(inside) else 0.0
    hypothesis.match_rate = min(1.0, hypothesis.fit.matched / int(inside.sum())) \
        if inside.any() else 0.0
    hypothesis.meets = (hypothesis.inside_share >= MIN_INSIDE_CLEARED
                        and hypothesis.match_rate >= limits["MIN_MATCH_RATE"]
                        and hypothesis.fit.rms_m <= limits["MAX_RMS"])
    return hypothesis


def verify(record_id, points, evidence, geodesy, projector, limits=None, recorded=None):
    """The Verdict on one record from its parsed points (as the import parses them);
    `recorded`, the record as the form gives it, when the caller has computed it already."""
    limits = thresholds(limits)
    if recorded is None:
        recorded = compute_reading(record_id, points, AS_RECORDED, geodesy, projector)
    if recorded is None:
        return Verdict(record_id, "unverified", notes=tr(NOT_COMPUTED))
    return judge(record_id, readings_of(record_id, points, geodesy, projector, recorded),
                 is_paced(points), evidence, limits)


def readings_of(record_id, points, geodesy, projector, recorded):
    """The record under every reading that applies to the form and can be computed, in the
    order of READINGS (the form as recorded first)."""
    readings = {AS_RECORDED: recorded}
    for reading in READINGS:
        if reading != AS_RECORDED and applies(reading, points):
            record = compute_reading(record_id, points, reading, geodesy, projector)
            if record is not None:
                readings[reading] = record
    return readings


def is_paced(points):
    return any(p.distance_unit == "pace" for p in points)


def judge(record_id, readings, paced, evidence, limits):
    """The Verdict from the record's readings (readings_of) and the evidence: pure numpy, no
    geodesy, so it can run in another process (adapters/verification_pool.py)."""
    limits = thresholds(limits)
    recorded = readings[AS_RECORDED]
    plane = evidence.plane
    categories = {CATEGORY_INDEX[r.mine_category] for r in recorded.rows
                  if r.mine_category in CATEGORY_INDEX}
    perimeter = plane.to_xy([p.lat for p in recorded.perimeter],
                            [p.lon for p in recorded.perimeter])
    near = (np.isin(evidence.find_category, list(categories))
            & (distance_to_polygon(evidence.finds, perimeter) <= limits["SEARCH_RADIUS"])) \
        if len(evidence.finds) else np.zeros(0, dtype=bool)
    finds, find_category = evidence.finds[near], evidence.find_category[near]
    considered_ids = [i for i, keep in zip(evidence.find_ids, near) if keep]
    verdict = Verdict(record_id, "unverified", finds_considered=int(near.sum()),
                      cleared_share=round(float(evidence.cleared_share), 4),
                      expected_mines=sum(r.mine_count for r in recorded.rows),
                      considered_ids=considered_ids, considered_xy=finds)
    radii = (limits["MATCH_RADIUS_AP"], limits["MATCH_RADIUS_AT"])
    scales = PACE_SCALES if paced else (1.0,)
    hypotheses = []
    if len(finds) and verdict.expected_mines:
        for reading, record in readings.items():
            # a wrong pace length is the fit's scale, searched under the form as recorded;
            # other readings set the scale free only from their plain fit
            hypotheses.append(_hypothesis(reading, record, plane, finds, find_category, radii,
                                          limits, scales if reading == AS_RECORDED else (1.0,),
                                          (0.0,), evidence.cleared, paced))
            if hypotheses[0].meets and hypotheses[0].changes == 0:
                break       # the form as written fits unchanged: no other reading can rank above
        if not any(h.meets for h in hypotheses):
            # nothing fits unturned: the whole record may be turned (a wrong declination value)
            hypotheses.append(_hypothesis(AS_RECORDED, recorded, plane, finds, find_category,
                                          radii, limits, (1.0,), ROTATION_GRID,
                                          evidence.cleared, paced))
    fitted = [h for h in hypotheses if h.fit is not None]
    meeting = sorted((h for h in fitted if h.meets), key=lambda h: h.rank)
    best = meeting[0] if meeting else max(
        fitted, key=lambda h: (h.fit.matched, -h.fit.rms_m), default=None)
    verdict.best = best
    if best is not None:
        _figures(verdict, best)
    if meeting:
        verdict.status = _reliable_or_explained(best)
        verdict.likely_cause = _cause(best) if verdict.status == "explained" else ""
        verdict.notes = _doubts(best, meeting)
    elif evidence.cleared_share < CLEARED_FOR_A_VERDICT or len(finds) < limits["MIN_FINDS"]:
        verdict.status = "unverified"     # too little searched or found to judge the record
    elif best is not None and any(
            share >= ROW_MATCH for share in row_match_shares(best.mines, best.fit).values()):
        verdict.status = "partly"
    else:
        verdict.status = "unreliable"
    if verdict.status in ("unreliable", "unverified"):
        for name in ("reading", "dx_m", "dy_m", "rotation_deg", "scale", "shift_m",
                     "shift_bearing_deg"):
            setattr(verdict, name, None)
    return verdict


def _figures(verdict, hypothesis):
    fit = hypothesis.fit
    verdict.reading = hypothesis.reading
    verdict.matched = fit.matched
    verdict.match_rate = round(hypothesis.match_rate, 4)
    verdict.rms_m = round(fit.rms_m, 3) if math.isfinite(fit.rms_m) else None
    verdict.dx_m, verdict.dy_m = round(float(fit.shift[0]), 3), round(float(fit.shift[1]), 3)
    verdict.rotation_deg = round(fit.rotation_deg, 4)
    verdict.scale = round(fit.scale, 5)
    verdict.shift_m = round(fit.shift_m, 3)
    verdict.shift_bearing_deg = round(fit.shift_bearing_deg, 2)
    verdict.unmatched_finds = verdict.finds_considered - fit.matched


def _reliable_or_explained(hypothesis):
    fit = hypothesis.fit
    if (hypothesis.reading == AS_RECORDED and fit.shift_m <= RELIABLE_SHIFT_M
            and abs(fit.rotation_deg) <= SMALL_ROTATION_DEG
            and abs(fit.scale - 1.0) <= SMALL_SCALE):
        return "reliable"
    return "explained"


def _cause(hypothesis):
    fit = hypothesis.fit
    if hypothesis.reading != AS_RECORDED:
        return CAUSES[hypothesis.reading]
    if abs(fit.scale - 1.0) > SMALL_SCALE:
        return PACE_CAUSE
    if abs(fit.rotation_deg) > SMALL_ROTATION_DEG and fit.shift_m <= LARGE_SHIFT_M:
        return ROTATION_CAUSE
    return LANDMARK_CAUSE


def _doubts(best, meeting):
    """Say when another fit is nearly as good: the along-row ambiguity, or another reading."""
    notes = []
    runner = best.fit.runner_up
    if runner is not None and runner.matched >= NEARLY_AS_GOOD * best.fit.matched:
        notes.append(tr(RUNNER_UP_NOTE).format(
            distance=f"{float(np.hypot(*(runner.shift - best.fit.shift))):.1f}",
            matched=runner.matched, best=best.fit.matched))
    for other in meeting[1:]:
        if other.reading != best.reading and other.changes == best.changes:
            notes.append(tr(OTHER_READING_NOTE).format(
                reading=other.reading, shift=f"{other.fit.shift_m:.1f}"))
            break
    return "; ".join(notes)
