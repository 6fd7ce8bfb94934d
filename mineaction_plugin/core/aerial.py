"""Aerial survey evidence layered into proposals (shared/spec/aerial-survey.md).

Pure: shapely and numpy, no Qt. Geometries come and go in WGS 84 (x = longitude, y = latitude);
every distance (clustering, buffers, the clear distance) is measured in a local plane in metres
(record_fit.Plane) centred on the work at hand — a cluster, an SHA — so a 25 m buffer is 25 m
anywhere in the country. Buffers are drawn as polygons that *enclose* the true circle (a plain
polygonal buffer lies inside it and would leave a sliver up to 0.2 m closer than the distance).

- propose_cha: evidence points → clusters (single linkage) → hull grown by the buffer, minus
  completed land release; counted by kind, the hazards overlapped named.
- reduction: the part of an SHA seen well (fine ground resolution, no dense vegetation) and far
  from every object of interest: a candidate for survey, never a release.
Works with shapely 1.8 (Debian 12's QGIS) and 2.x: only the API common to both is used.
"""
import math
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon
from shapely.ops import unary_union

from .i18n import tr
from .record_fit import Plane

PROPOSE_DEFAULTS = {"MIN_CONFIDENCE": 0.8, "CLUSTER_DISTANCE": 25.0, "MIN_POINTS": 1,
                    "BUFFER": 25.0}
REDUCE_DEFAULTS = {"MAX_GSD_CM": 1.0, "MAX_VEGETATION": "low", "CLEAR_DISTANCE": 50.0}
DENSITIES = ("none", "low", "medium", "high")
QUAD_SEGMENTS = 8              # segments per quarter circle of a buffer
MIN_PART_M2 = 100.0            # reduction parts smaller than this are left out (no survey for it)
EVIDENCE_KINDS = ("detection", "find", "accident")


@dataclass
class EvidencePoint:
    kind: str                  # detection | find | accident
    ident: str
    lon: float
    lat: float
    confidence: Optional[float] = None
    confirmed: bool = False


@dataclass
class Proposal:
    geometry: object           # shapely (Multi)Polygon in WGS 84
    area_m2: float
    evidence: List[EvidencePoint] = field(default_factory=list)
    overlaps: List[str] = field(default_factory=list)
    hazard_id: Optional[str] = None

    def count(self, kind):
        return sum(p.kind == kind for p in self.evidence)

    @property
    def max_confidence(self):
        values = [p.confidence for p in self.evidence
                  if p.kind == "detection" and p.confidence is not None]
        return max(values) if values else None

    def summary(self):
        """The evidence in words, e.g. '12 detections (5 confirmed), 1 EO find, 1 accident'."""
        parts = []
        detections = self.count("detection")
        if detections:
            confirmed = sum(p.confirmed for p in self.evidence if p.kind == "detection")
            parts.append(tr("{n} detections ({confirmed} confirmed)").format(
                n=detections, confirmed=confirmed))
        if self.count("find"):
            parts.append(tr("{n} EO finds").format(n=self.count("find")))
        if self.count("accident"):
            parts.append(tr("{n} accidents").format(n=self.count("accident")))
        return ", ".join(parts)


def is_evidence_detection(review_status, confidence, min_confidence):
    """Confirmed, or not yet reviewed and confident enough; a rejected one never counts."""
    if review_status == "confirmed":
        return True
    return review_status == "unreviewed" and confidence is not None and \
        confidence >= min_confidence


def density_rank(density):
    """0 none … 3 high; unknown text counts as dense (not seen well)."""
    return DENSITIES.index(density) if density in DENSITIES else len(DENSITIES)


# --- planes ------------------------------------------------------------------------------------
def plane_at(geometry):
    centre = geometry.centroid if not geometry.is_empty else None
    if centre is None or centre.is_empty:
        minx, miny, maxx, maxy = geometry.bounds
        return Plane((miny + maxy) / 2, (minx + maxx) / 2)
    return Plane(centre.y, centre.x)


def _rings_mapped(geometry, mapping):
    """The geometry with every coordinate array passed through mapping(n×2) -> n×2: whole rings
    at once with numpy (shapely's own transform goes coordinate by coordinate in 1.8)."""
    kind = geometry.geom_type
    if geometry.is_empty:
        return geometry
    if kind == "Polygon":
        return Polygon(mapping(np.asarray(geometry.exterior.coords)[:, :2]),
                       [mapping(np.asarray(r.coords)[:, :2]) for r in geometry.interiors])
    if kind == "MultiPolygon":
        return MultiPolygon([_rings_mapped(g, mapping) for g in geometry.geoms])
    if kind == "Point":
        return Point(*mapping(np.asarray(geometry.coords)[:, :2])[0])
    if kind == "MultiPoint":
        return MultiPoint([tuple(c) for c in mapping(
            np.array([g.coords[0][:2] for g in geometry.geoms]))])
    if kind == "GeometryCollection":
        parts = [_rings_mapped(g, mapping) for g in geometry.geoms]
        return unary_union([g for g in parts if not g.is_empty]) if parts else geometry
    coords = np.asarray(geometry.coords)[:, :2]     # lines
    return type(geometry)(mapping(coords))


def to_plane(geometry, plane):
    return _rings_mapped(geometry, lambda lonlat: plane.to_xy(lonlat[:, 1], lonlat[:, 0]))


def from_plane(geometry, plane):
    def back(xy):
        lat, lon = plane.to_latlon(xy)
        return np.stack([lon, lat], axis=-1)
    return _rings_mapped(geometry, back)


def enclosing_buffer(geometry, distance):
    """A polygonal buffer that contains every point within `distance` (see the module note)."""
    if distance <= 0:
        return geometry
    grown = distance / math.cos(math.pi / (4 * QUAD_SEGMENTS))
    return geometry.buffer(grown, QUAD_SEGMENTS)


def area_m2(geometry):
    """Area of a WGS 84 polygon in m², in a plane at its centre (≈0.01 % for 10 km)."""
    if geometry is None or geometry.is_empty:
        return 0.0
    return float(to_plane(geometry, plane_at(geometry)).area)


def polygons_only(geometry):
    """The polygonal part of a geometry as a MultiPolygon (empty when there is none)."""
    if geometry is None or geometry.is_empty:
        return MultiPolygon()
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    if isinstance(geometry, MultiPolygon):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    flat = []
    for part in parts:
        flat += list(part.geoms) if isinstance(part, MultiPolygon) else [part]
    return MultiPolygon(flat)


# --- clustering --------------------------------------------------------------------------------
def clusters(xy, distance):
    """Single-linkage clusters of points (n×2, metres): lists of indices, each sorted, ordered by
    their first index. Points are hashed into cells of `distance`; only neighbouring cells are
    compared, so it stays near linear for national datasets."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    count = len(xy)
    parent = np.arange(count)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    if count and distance > 0:
        cells = np.floor(xy / distance).astype(np.int64)
        members = {}
        for index, (cx, cy) in enumerate(map(tuple, cells)):
            members.setdefault((cx, cy), []).append(index)
        members = {cell: np.array(found) for cell, found in members.items()}
        limit = distance * distance
        for (cx, cy), here in members.items():
            for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):   # each pair of cells once
                there = members.get((cx + dx, cy + dy))
                if there is None:
                    continue
                diff = xy[here][:, None, :] - xy[there][None, :, :]
                close = np.nonzero((diff ** 2).sum(axis=2) <= limit)
                for a, b in zip(here[close[0]], there[close[1]]):
                    ra, rb = root(a), root(b)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for index in range(count):
        groups.setdefault(root(index), []).append(index)
    return sorted(groups.values(), key=lambda g: g[0])


# --- proposals ---------------------------------------------------------------------------------
def propose_cha(evidence, hazards, releases, params=None):
    """new_cha proposals from evidence points.

    evidence: [EvidencePoint] (already chosen: see is_evidence_detection); hazards: [(hazard_id,
    WGS 84 geometry)]; releases: WGS 84 geometries of completed land release (evidence inside
    is left out, proposals are clipped to leave them out). Returns [Proposal], largest first."""
    params = dict(PROPOSE_DEFAULTS, **{k: v for k, v in (params or {}).items() if v is not None})
    released = unary_union(releases) if releases else None
    if released is not None and not released.is_empty:
        evidence = [p for p in evidence if not released.intersects(MultiPoint([(p.lon, p.lat)]))]
    if not evidence:
        return []
    lonlat = np.array([(p.lon, p.lat) for p in evidence])
    plane = Plane(float(lonlat[:, 1].mean()), float(lonlat[:, 0].mean()))
    xy = plane.to_xy(lonlat[:, 1], lonlat[:, 0])
    proposals = []
    for group in clusters(xy, params["CLUSTER_DISTANCE"]):
        if len(group) < params["MIN_POINTS"]:
            continue
        members = lonlat[group]
        local = Plane(float(members[:, 1].mean()), float(members[:, 0].mean()))
        hull = MultiPoint([tuple(p) for p in local.to_xy(members[:, 1], members[:, 0])])
        shape = enclosing_buffer(hull.convex_hull, params["BUFFER"])
        geometry = from_plane(shape, local)
        if released is not None and not released.is_empty:
            geometry = geometry.difference(released)
        geometry = polygons_only(geometry)
        if geometry.is_empty:
            continue
        proposal = Proposal(geometry, area_m2(geometry), [evidence[i] for i in group])
        proposal.overlaps = overlapped(geometry, hazards)
        proposal.hazard_id = proposal.overlaps[0] if proposal.overlaps else None
        proposals.append(proposal)
    return proposals


def overlapped(geometry, hazards):
    """Ids of the hazards a geometry overlaps, the largest shared area first."""
    shared = []
    for hazard_id, shape in hazards:
        if shape is not None and geometry.intersects(shape):
            common = geometry.intersection(shape)
            if not common.is_empty and common.area > 0:
                shared.append((-common.area, hazard_id))
    return [hazard_id for _, hazard_id in sorted(shared)]


def reduction(sha, flights, vegetation, avoid, released, chas, params=None):
    """The part of one SHA that aerial survey saw well and found empty.

    sha: WGS 84 polygon; flights: [(footprint, gsd_cm or None)]; vegetation: [(polygon, density)];
    avoid: (n×2) lon/lat of every detection not rejected, every EO find and every accident;
    released, chas: WGS 84 geometries left out (completed land release, existing CHAs).
    Returns (MultiPolygon in WGS 84, area m²); empty when nothing qualifies."""
    params = dict(REDUCE_DEFAULTS, **{k: v for k, v in (params or {}).items() if v is not None})
    plane = plane_at(sha)
    area = to_plane(sha, plane).buffer(0)
    box = sha.bounds
    margin = params["CLEAR_DISTANCE"] / 111_000 * 2 + 0.001

    def near(shape):
        minx, miny, maxx, maxy = shape.bounds
        return not (maxx < box[0] - margin or minx > box[2] + margin or
                    maxy < box[1] - margin or miny > box[3] + margin)

    def union_in_plane(shapes):
        shapes = [to_plane(s, plane).buffer(0) for s in shapes if s is not None and near(s)]
        return unary_union(shapes) if shapes else None
    seen = union_in_plane(s for s, gsd in flights
                          if gsd is not None and gsd <= params["MAX_GSD_CM"])
    if seen is None:
        return MultiPolygon(), 0.0
    limit = density_rank(params["MAX_VEGETATION"])
    open_ground = union_in_plane(s for s, density in vegetation if density_rank(density) <= limit)
    dense = union_in_plane(s for s, density in vegetation if density_rank(density) > limit)
    if open_ground is None:
        return MultiPolygon(), 0.0      # land without vegetation information is not seen well
    area = area.intersection(seen).intersection(open_ground)
    if dense is not None:
        area = area.difference(dense)
    avoid = np.asarray(avoid, dtype=float).reshape(-1, 2)
    if len(avoid):
        inside = ((avoid[:, 0] >= box[0] - margin) & (avoid[:, 0] <= box[2] + margin) &
                  (avoid[:, 1] >= box[1] - margin) & (avoid[:, 1] <= box[3] + margin))
        xy = plane.to_xy(avoid[inside, 1], avoid[inside, 0])
        if len(xy):
            circles = unary_union([enclosing_buffer(Point(float(x), float(y)),
                                                    params["CLEAR_DISTANCE"]) for x, y in xy])
            area = area.difference(circles)
    for shapes in (released, chas):
        taken = union_in_plane(shapes or [])
        if taken is not None:
            area = area.difference(taken)
    parts = [p for p in polygons_only(area).geoms if p.area >= MIN_PART_M2]
    if not parts:
        return MultiPolygon(), 0.0
    kept = MultiPolygon(parts)
    return polygons_only(from_plane(kept, plane)), float(kept.area)
