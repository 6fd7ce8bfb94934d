"""Aerial survey layering (core/aerial.py): clustering, proposals and the reduction geometry,
on synthetic data in metres around a point of Aghdam (seeded)."""
import numpy as np
import pytest
from shapely.geometry import Point, box

from mineaction_plugin.core import aerial
from mineaction_plugin.core.record_fit import Plane

PLANE = Plane(40.0, 46.9)


def lonlat(xy):
    lat, lon = PLANE.to_latlon(np.asarray(xy, dtype=float))
    return np.stack([lon, lat], axis=-1)


def square(x0, y0, x1, y1):
    """A WGS 84 polygon from a rectangle in the plane's metres."""
    from shapely.geometry import Polygon
    return Polygon([tuple(p) for p in lonlat([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])])


def evidence(xy, kind="detection", confidence=0.9):
    return [aerial.EvidencePoint(kind, f"{kind}-{i}", *p, confidence=confidence)
            for i, p in enumerate(lonlat(xy))]


def test_single_linkage_chains_points_within_the_distance_and_no_further():
    rng = np.random.default_rng(1)
    chain = np.array([(i * 20.0, 0.0) for i in range(10)])          # 20 m apart: one cluster
    apart = np.array([(1000.0, 1000.0), (1026.0, 1000.0)])          # 26 m apart: two
    blob = rng.normal((-500, -500), 5, (50, 2))
    groups = aerial.clusters(np.vstack([chain, apart, blob]), 25.0)
    assert sorted(len(g) for g in groups) == [1, 1, 10, 50]
    # the same as comparing every pair (brute force) on random points
    points = rng.uniform(0, 400, (300, 2))
    groups = aerial.clusters(points, 25.0)
    label = np.empty(len(points), dtype=int)
    for number, group in enumerate(groups):
        label[group] = number
    close = np.hypot(*(points[:, None] - points[None]).transpose(2, 0, 1)) <= 25.0
    assert all(label[a] == label[b] for a, b in zip(*np.nonzero(close)))
    for group in groups:      # each cluster is connected by links ≤ 25 m
        seen, todo = {group[0]}, [group[0]]
        while todo:
            here = todo.pop()
            for other in group:
                if other not in seen and close[here, other]:
                    seen.add(other)
                    todo.append(other)
        assert seen == set(group)


def test_a_cluster_becomes_its_hull_grown_by_the_buffer_and_names_what_it_overlaps():
    xy = [(0, 0), (30, 0), (30, 20), (0, 20), (15, 10)]      # linked through the middle one
    hazards = [("HZ-A", square(-100, -100, 10, 100)), ("HZ-B", square(10, -100, 200, 100)),
               ("HZ-C", square(500, 500, 600, 600))]
    [proposal] = aerial.propose_cha(evidence(xy), hazards, [], {"BUFFER": 25.0})
    # the hull 30 × 20 grown by 25 m: 30·20 + 2·25·(30+20) + π·25²
    assert proposal.area_m2 == pytest.approx(600 + 2500 + np.pi * 625, rel=0.01)
    assert proposal.overlaps == ["HZ-B", "HZ-A"] and proposal.hazard_id == "HZ-B"
    # every point within 25 m of the evidence is inside (the buffer encloses its circle)
    local = aerial.to_plane(proposal.geometry, PLANE)
    for angle in np.linspace(0, 2 * np.pi, 37):
        assert local.contains(Point(30 + 24.99 * np.cos(angle), 20 + 24.99 * np.sin(angle)))
    assert proposal.count("detection") == 5 and proposal.max_confidence == 0.9


def test_evidence_inside_completed_clearance_is_left_out_and_proposals_are_clipped():
    released = square(-20, -20, 20, 20)
    points = evidence([(0, 0), (5, 5)], kind="find") + evidence([(40, 0)], kind="accident")
    [proposal] = aerial.propose_cha(points, [], [released])
    assert [p.ident for p in proposal.evidence] == ["accident-0"]
    assert not aerial.to_plane(proposal.geometry, PLANE).intersects(
        aerial.to_plane(released, PLANE).buffer(-0.01))
    assert aerial.propose_cha(points[:2], [], [released]) == []


def test_which_detections_are_evidence():
    assert aerial.is_evidence_detection("confirmed", 0.1, 0.8)
    assert aerial.is_evidence_detection("unreviewed", 0.8, 0.8)
    assert not aerial.is_evidence_detection("unreviewed", 0.79, 0.8)
    assert not aerial.is_evidence_detection("rejected", 0.99, 0.8)
    assert not aerial.is_evidence_detection("unreviewed", None, 0.8)


def test_reduction_keeps_only_well_seen_open_land_far_from_every_object():
    sha = square(0, 0, 1000, 1000)
    flights = [(square(-10, -10, 600, 1010), 0.8), (square(600, -10, 800, 1010), 2.5),
               (square(800, -10, 1010, 1010), None)]
    vegetation = [(square(0, 0, 1000, 1000), "low"), (square(100, 100, 200, 200), "high")]
    avoid = lonlat([(400, 500)])
    released = [square(0, 800, 100, 1000)]
    chas = [square(500, 0, 600, 100)]
    geometry, area = aerial.reduction(sha, flights, vegetation, avoid, released, chas)
    local = aerial.to_plane(geometry, PLANE)
    expected = 600 * 1000 - 100 * 100 - np.pi * 50 ** 2 - 100 * 200 - 100 * 100
    assert area == pytest.approx(expected, rel=0.005)
    assert not local.intersects(Point(400, 500).buffer(49.99, 64))   # 50 m kept clear
    for inside_not in ((150, 150), (700, 500), (900, 500), (50, 900), (550, 50)):
        assert not local.contains(Point(*inside_not))
    assert local.contains(Point(300, 300))
    # no vegetation information: not seen well
    assert aerial.reduction(sha, flights, [], avoid, [], [])[1] == 0.0
    # a denser limit lets the high patch in; a coarser resolution lets the 2.5 cm strip in
    _, more = aerial.reduction(sha, flights, vegetation, avoid, released, chas,
                               {"MAX_VEGETATION": "high", "MAX_GSD_CM": 3.0})
    assert more == pytest.approx(expected + 100 * 100 + 200 * 1000, rel=0.005)


def test_the_evidence_summary_counts_each_kind():
    points = evidence([(0, 0), (3, 0)]) + evidence([(6, 0)], kind="find") + \
        evidence([(9, 0)], kind="accident")
    points[0].confirmed = True
    [proposal] = aerial.propose_cha(points, [], [])
    assert proposal.summary() == "2 detections (1 confirmed), 1 EO finds, 1 accidents"
    assert box(*proposal.geometry.bounds).area > 0
