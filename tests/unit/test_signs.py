import math

import pytest

from mineaction_plugin.core.signs import azimuth_deg, place_signs, turn_deg


def gaps(signs, total, closed):
    chainages = [s[2] for s in signs] + ([total] if closed else [])
    return [b - a for a, b in zip(chainages, chainages[1:])]


def test_a_square_gets_corner_posts_and_no_gap_over_the_spacing():
    square = [(0, 0), (0, 120), (120, 120), (120, 0)]
    signs = place_signs(square, spacing=50, corner_angle=30, closed=True)
    corners = [(round(x), round(y)) for x, y, _, corner, _, _ in signs if corner]
    assert sorted(corners) == sorted(square)
    assert max(gaps(signs, 480, True)) <= 50 + 1e-9
    assert len(signs) == 4 * 3  # 120 m sides: 2 signs between corners (40 m gaps)


def test_gentle_bends_are_not_corners_and_open_lines_end_with_a_sign():
    line = [(0, 0), (100, 0), (200, 10), (300, 10)]  # bends of about 6 degrees
    signs = place_signs(line, spacing=50, corner_angle=30, closed=False)
    assert not [s for s in signs if s[3]]
    assert signs[0][2] == 0 and signs[-1][2] == pytest.approx(
        100 + math.hypot(100, 10) + 100)
    assert max(gaps(signs, 0, False)) <= 50 + 1e-9


def test_turns_and_azimuths():
    assert turn_deg((0, 0), (1, 0), (2, 0)) == pytest.approx(0)
    assert turn_deg((0, 0), (1, 0), (1, 1)) == pytest.approx(90)
    assert turn_deg((0, 0), (1, 0), (0, 0.01)) > 170
    assert azimuth_deg(0, 1) == 0 and azimuth_deg(1, 0) == 90 and azimuth_deg(-1, 0) == 270


def test_tangent_at_a_corner_is_the_bisector():
    square = [(0, 0), (0, 100), (100, 100), (100, 0)]
    signs = place_signs(square, spacing=200, corner_angle=30, closed=True)
    corner = next(s for s in signs if (round(s[0]), round(s[1])) == (0, 100))
    dx, dy = corner[5]
    assert (dx, dy) == pytest.approx((math.sqrt(0.5), math.sqrt(0.5)), abs=1e-6)
