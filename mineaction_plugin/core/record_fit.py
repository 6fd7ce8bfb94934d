"""Fitting a minefield record's expected mines onto the mines actually found.

Pure numpy, in a local plane in metres (east, north). The model is the one of
shared/spec/record-verification.md: a find f of a mine e is at L + t + s·R(θ)·(e − L), with L the
landmark, t the landmark's move, θ a clockwise rotation about it and s a scale (paces).

How the fit survives what the field gives it:
- stray finds and missing mines: the shift is found by voting (every find minus every expected
  mine of the same category, counted on a 2 m grid; the true shift collects a vote from every
  mine that was found, a stray find scatters its votes), then refined on the matched pairs only;
- evenly spaced rows: a shift by one spacing along a row also collects votes (one mine fewer per
  row); the best few vote peaks are all refined and the one matching most wins, and the runner-up
  is kept so the check can say when it is nearly as good;
- rotation and scale are tried only when they are asked for, and kept only when significant and
  better (so noise does not turn into a shift over the landmark's lever arm).
"""
import math
from dataclasses import dataclass, field
from typing import List

import numpy as np

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
_E2 = WGS84_F * (2 - WGS84_F)
# categories are kept apart by placing each in its own far-away copy of the plane
_CATEGORY_OFFSET = 1.0e7
VOTE_BIN_M = 2.0
PEAKS_REFINED = 6
CANDIDATES_REFINED = 3
VOTERS = 40


class Plane:
    """Local east/north metres about (lat0, lon0): the radii of curvature at each point's own
    latitude, good to about 0.1 m a kilometre from the origin (ample for 1.5 m matching)."""

    def __init__(self, lat0, lon0):
        self.lat0, self.lon0 = lat0, lon0
        phi = math.radians(lat0)
        w = 1 - _E2 * math.sin(phi) ** 2
        self.meridian = WGS84_A * (1 - _E2) / w ** 1.5    # metres per radian of latitude

    def _parallel(self, lat):
        phi = np.radians(lat)
        return WGS84_A / np.sqrt(1 - _E2 * np.sin(phi) ** 2) * np.cos(phi)

    def to_xy(self, lat, lon):
        lat = np.asarray(lat, dtype=float)
        lon = np.asarray(lon, dtype=float)
        x = np.radians(lon - self.lon0) * self._parallel(lat)
        y = np.radians(lat - self.lat0) * self.meridian
        return np.stack([x, y], axis=-1)

    def to_latlon(self, xy):
        xy = np.asarray(xy, dtype=float)
        lat = self.lat0 + np.degrees(xy[..., 1] / self.meridian)
        lon = self.lon0 + np.degrees(xy[..., 0] / self._parallel(lat))
        return lat, lon


def similarity(points, landmark, shift, rotation_deg=0.0, scale=1.0):
    """L + t + s·R(θ)(p − L), θ clockwise (bearings grow by θ)."""
    theta = math.radians(rotation_deg)
    c, s = math.cos(theta), math.sin(theta)
    rel = np.asarray(points, dtype=float) - landmark
    turned = rel @ np.array([[c, -s], [s, c]])
    return landmark + np.asarray(shift, dtype=float) + scale * turned


@dataclass
class Mines:
    """Expected mines of one reading: positions (n×2), category (0 AP, 1 AT), row index."""
    xy: np.ndarray
    category: np.ndarray
    row: np.ndarray
    landmark: np.ndarray
    row_ids: List[str] = field(default_factory=list)


@dataclass
class Fit:
    shift: np.ndarray
    rotation_deg: float
    scale: float
    matched: int
    rms_m: float
    pairs: np.ndarray            # (k×2) indices: expected mine, find
    fitted: np.ndarray           # the expected mines moved by the fit
    runner_up: "Fit" = None

    @property
    def shift_m(self):
        return float(math.hypot(*self.shift))

    @property
    def shift_bearing_deg(self):
        return float(math.degrees(math.atan2(self.shift[0], self.shift[1])) % 360.0)


def match(expected, expected_category, finds, find_category, radius_by_category):
    """One-to-one matching, nearest pairs first, within each category's radius.
    Returns (k×2) index pairs (expected, find) and their distances."""
    if not len(expected) or not len(finds):
        return np.zeros((0, 2), dtype=int), np.zeros(0)
    # categories never pair: each is moved to its own far-away copy of the plane
    ex = expected[:, 0] + expected_category * _CATEGORY_OFFSET
    fx = finds[:, 0] + find_category * _CATEGORY_OFFSET
    dx = fx[None, :] - ex[:, None]
    dy = finds[None, :, 1] - expected[:, 1, None]
    squared = dx * dx + dy * dy
    radius = np.asarray(radius_by_category, dtype=float)[expected_category]
    rows, cols = np.nonzero(squared <= (radius * radius)[:, None])
    if not len(rows):
        return np.zeros((0, 2), dtype=int), np.zeros(0)
    distance = np.sqrt(squared[rows, cols])
    # a candidate pair whose mine and find have no other candidate is matched whatever the
    # order; only the contested ones need the nearest-first walk (usually none or few)
    alone = (np.bincount(rows, minlength=len(expected))[rows] == 1) & \
        (np.bincount(cols, minlength=len(finds))[cols] == 1)
    keep = alone.copy()
    contested = np.nonzero(~alone)[0]
    if len(contested):
        used_e, used_f = set(), set()
        for index in contested[np.argsort(distance[contested], kind="stable")]:
            e, f = int(rows[index]), int(cols[index])
            if e in used_e or f in used_f:
                continue
            used_e.add(e)
            used_f.add(f)
            keep[index] = True
    order = np.nonzero(keep)[0]
    order = order[np.argsort(distance[order], kind="stable")]
    return np.stack([rows[order], cols[order]], axis=1), distance[order]


def _vote_peaks(expected, expected_category, finds, find_category, max_shift, bin_m, count):
    """The `count` shifts with most votes, as (mean shift, votes).

    Votes are counted in windows of 2×2 cells of `bin_m`, so a cluster of votes is never split by
    a cell edge (a true shift of exactly 0 lies on one): every such window is a cell of twice the
    size on one of four grids offset by one cell."""
    e = expected + (expected_category * _CATEGORY_OFFSET)[:, None]
    f = finds + (find_category * _CATEGORY_OFFSET)[:, None]
    diff = (f[None, :, :] - e[:, None, :]).reshape(-1, 2)
    diff = diff[(np.abs(diff[:, 0]) <= max_shift) & (np.abs(diff[:, 1]) <= max_shift)]
    if not len(diff):
        return []
    window = 2.0 * bin_m
    width = int(2 * max_shift / window) + 4
    votes, sums = [], []
    for offset in ((0.0, 0.0), (bin_m, 0.0), (0.0, bin_m), (bin_m, bin_m)):
        cells = np.floor((diff - offset) / window).astype(np.int64)
        keys = cells[:, 0] * width + cells[:, 1]
        order = np.argsort(keys)
        keys = keys[order]
        starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
        votes.append(np.diff(np.append(starts, len(keys))))
        sums.append(np.add.reduceat(diff[order], starts, axis=0))
    votes, sums = np.concatenate(votes), np.concatenate(sums)
    peaks, taken = [], []
    for index in np.argsort(-votes, kind="stable"):
        if len(peaks) == count:
            break
        shift = sums[index] / votes[index]
        if any(np.hypot(*(shift - other)) < bin_m for other in taken):
            continue            # the same cluster read through an overlapping window
        taken.append(shift)
        peaks.append((shift, int(votes[index])))
    return peaks


def least_squares(source, target, landmark, rotation_deg, scale, fit_rotation, fit_scale):
    """Shift, rotation and scale taking source onto target; rotation and scale stay as given
    unless they are to be fitted (about the landmark)."""
    a = source - landmark
    b = target - landmark
    if (fit_rotation or fit_scale) and len(source) >= 3:
        a0, b0 = a - a.mean(axis=0), b - b.mean(axis=0)
        if fit_rotation:   # clockwise angle taking a onto b
            dot = float((a0 * b0).sum())
            cross = float((a0[:, 1] * b0[:, 0] - a0[:, 0] * b0[:, 1]).sum())
            rotation_deg = math.degrees(math.atan2(cross, dot))
        if fit_scale:
            turned = similarity(a0, np.zeros(2), np.zeros(2), rotation_deg, 1.0)
            scale = float((turned * b0).sum() / max((turned * turned).sum(), 1e-9))
    moved = similarity(a, np.zeros(2), np.zeros(2), rotation_deg, scale)
    return (b - moved).mean(axis=0), rotation_deg, scale


def refine(mines, finds, find_category, radii, shift, rotation_deg=0.0, scale=1.0,
           fit_rotation=False, fit_scale=False, rounds=3):
    """Match, re-fit on the matched pairs, repeat: the first round with twice the radius."""
    shift = np.asarray(shift, dtype=float)
    pairs, distances = np.zeros((0, 2), dtype=int), np.zeros(0)
    for round_ in range(rounds):
        before = (shift, rotation_deg, scale)
        fitted = similarity(mines.xy, mines.landmark, shift, rotation_deg, scale)
        widen = 2.0 if round_ == 0 else 1.0
        pairs, distances = match(fitted, mines.category, finds, find_category,
                                 [r * widen for r in radii])
        if len(pairs) < 2:
            break
        shift, rotation_deg, scale = least_squares(
            mines.xy[pairs[:, 0]], finds[pairs[:, 1]], mines.landmark, rotation_deg, scale,
            fit_rotation, fit_scale)
        if round_ and np.hypot(*(shift - before[0])) < 0.01 and \
                abs(rotation_deg - before[1]) < 1e-4 and abs(scale - before[2]) < 1e-6:
            break       # settled: the same pairs again
    fitted = similarity(mines.xy, mines.landmark, shift, rotation_deg, scale)
    pairs, distances = match(fitted, mines.category, finds, find_category, radii)
    rms = float(np.sqrt(np.mean(distances ** 2))) if len(distances) else float("inf")
    return Fit(np.asarray(shift, dtype=float), float(rotation_deg), float(scale), len(pairs),
               rms, pairs, fitted)


def _better(a, b):
    """Does fit a match more than fit b (more mines; at equal count, closer)?"""
    if b is None:
        return True
    return (a.matched, -a.rms_m) > (b.matched, -b.rms_m)


def _distinct(a, b, radius):
    return (np.hypot(*(a.shift - b.shift)) > radius or abs(a.rotation_deg - b.rotation_deg) > 0.5
            or abs(a.scale - b.scale) > 0.01)


def fit_record(mines, finds, find_category, radii, max_shift, scales=(1.0,), rotations=(0.0,),
               free_scale=False, min_rotation_deg=0.5, min_scale_change=0.01,
               max_rotation_deg=20.0):
    """The best fit of the expected mines onto the finds, with its runner-up.

    scales/rotations are the coarse grid tried for the vote (rotation and scale are otherwise
    left at 0 and 1); after the vote, rotation and scale are fitted freely where the grid
    allowed them, and kept only when they are significant and match more."""
    if not len(mines.xy) or not len(finds):
        return None
    candidates = []
    voters = _voters(mines)
    for scale in scales:
        for rotation in rotations:
            turned = similarity(mines.xy[voters], mines.landmark, np.zeros(2), rotation, scale)
            # a coarse rotation step leaves more error across the record than a scale step
            bin_m = VOTE_BIN_M if len(rotations) == 1 else 1.5 * VOTE_BIN_M
            for shift, votes in _vote_peaks(turned, mines.category[voters], finds, find_category,
                                            max_shift, bin_m, PEAKS_REFINED):
                candidates.append((votes, shift, rotation, scale))
    candidates.sort(key=lambda c: -c[0])
    # peaks with under half the best one's votes cannot end up matching most
    strong = [c for c in candidates[:PEAKS_REFINED + 2] if 2 * c[0] >= candidates[0][0]]
    if len(scales) * len(rotations) == 1:
        # one plain grid point: only the few peaks that reach most mines from where they start
        # are refined (across a grid the best one may start far off and reach fewer)
        reach = _reach(mines, finds, find_category, radii, strong)
        strong = [strong[i] for i in np.argsort(-reach, kind="stable")[:CANDIDATES_REFINED]]
    fits = [refine(mines, finds, find_category, radii, shift, rotation, scale)
            for _, shift, rotation, scale in strong]
    fits.sort(key=lambda f: (-f.matched, f.rms_m))
    freed = []
    for fit in _distinct_fits(fits, max(radii))[:2]:
        # rotation (and scale, for paced records) set free from the best plain fits; kept
        # only where significant and matching more
        free = refine(mines, finds, find_category, radii, fit.shift, fit.rotation_deg,
                      fit.scale, fit_rotation=True, fit_scale=free_scale)
        best = free if _better(free, fit) else fit
        freed.append(_simplest(best, mines, finds, find_category, radii, min_rotation_deg,
                               min_scale_change))
    fits = [f for f in freed + fits if f.shift_m <= max_shift and
            abs(f.rotation_deg) <= max_rotation_deg]
    if not fits:
        return None
    fits.sort(key=lambda f: (-f.matched, f.rms_m))
    distinct = _distinct_fits(fits, max(radii))
    best = distinct[0]
    best.runner_up = distinct[1] if len(distinct) > 1 else None
    return best


def _reach(mines, finds, find_category, radii, candidates):
    """For each candidate (votes, shift, rotation, scale): how many expected mines have a find of
    their category within twice their radius (what refine's first, widened round can match)."""
    radius = 2.0 * np.asarray(radii, dtype=float)[mines.category]
    same = mines.category[:, None] == find_category[None, :]
    reach = np.zeros(len(candidates), dtype=int)
    for index, (_, shift, rotation, scale) in enumerate(candidates):
        moved = similarity(mines.xy, mines.landmark, shift, rotation, scale)
        dx = finds[None, :, 0] - moved[:, 0, None]
        dy = finds[None, :, 1] - moved[:, 1, None]
        near = ((dx * dx + dy * dy) <= (radius * radius)[:, None]) & same
        reach[index] = int(near.any(axis=1).sum())
    return reach


def _voters(mines, most=VOTERS):
    """The expected mines that vote: all of a small record, else every row's ends and mines
    spread evenly along it (the shift's peak needs a few dozen votes, not hundreds)."""
    count = len(mines.xy)
    if count <= most:
        return np.arange(count)
    chosen = []
    rows = np.unique(mines.row)
    per_row = max(2, most // len(rows))
    for row in rows:
        members = np.nonzero(mines.row == row)[0]
        picks = np.unique(np.linspace(0, len(members) - 1, min(per_row, len(members)))
                          .round().astype(int))
        chosen.append(members[picks])
    return np.concatenate(chosen)


def _distinct_fits(fits, radius):
    """The fits in order, leaving out any that is the same as a better one."""
    kept = []
    for fit in fits:
        if all(_distinct(fit, other, radius) for other in kept):
            kept.append(fit)
    return kept


def _simplest(fit, mines, finds, find_category, radii, min_rotation_deg, min_scale_change):
    """Rotation and scale held at 0 and 1 unless significant and matching more mines."""
    keep_rotation = abs(fit.rotation_deg) >= min_rotation_deg
    keep_scale = abs(fit.scale - 1.0) >= min_scale_change
    if fit.rotation_deg == 0.0 and fit.scale == 1.0:
        return fit
    best = refine(mines, finds, find_category, radii, fit.shift,
                  fit.rotation_deg if keep_rotation else 0.0,
                  fit.scale if keep_scale else 1.0,
                  fit_rotation=keep_rotation, fit_scale=keep_scale)
    for hold_rotation, hold_scale in ((True, False), (False, True), (True, True)):
        if (hold_rotation and not keep_rotation) or (hold_scale and not keep_scale):
            continue
        rotation = 0.0 if hold_rotation or not keep_rotation else best.rotation_deg
        scale = 1.0 if hold_scale or not keep_scale else best.scale
        held = refine(mines, finds, find_category, radii, best.shift, rotation, scale,
                      fit_rotation=rotation != 0.0, fit_scale=scale != 1.0)
        if held.matched >= best.matched:   # the freer fit gains only noise
            best = held
    return best


def row_match_shares(mines, fit):
    """Share of each row's mines matched under the fit, by row index."""
    shares = {}
    matched_rows = mines.row[fit.pairs[:, 0]] if len(fit.pairs) else np.zeros(0, dtype=int)
    for row in np.unique(mines.row):
        total = int((mines.row == row).sum())
        shares[int(row)] = float((matched_rows == row).sum()) / total if total else 0.0
    return shares


def points_in_polygons(points, polygons):
    """Boolean per point: inside any polygon (each a list of rings of (x, y) arrays; the first
    ring is the outline, the others holes). Even-odd rule, vectorised over the points."""
    points = np.asarray(points, dtype=float)
    inside_any = np.zeros(len(points), dtype=bool)
    for rings in polygons:
        inside = np.zeros(len(points), dtype=bool)
        for ring in rings:
            ring = np.asarray(ring, dtype=float)
            x1, y1 = ring[:, 0], ring[:, 1]
            x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
            px, py = points[:, 0][:, None], points[:, 1][:, None]
            crosses = ((y1 > py) != (y2 > py)) & (
                px < (x2 - x1) * (py - y1) / np.where(y2 == y1, 1e-12, y2 - y1) + x1)
            inside ^= (crosses.sum(axis=1) % 2).astype(bool)
        inside_any |= inside
    return inside_any
