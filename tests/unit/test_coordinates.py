from mineaction_plugin.core import coordinates as c


def test_degrees_minutes_seconds():
    assert c.longitude_dms(47.2691893) == "47°16'09.08\"E"
    assert c.latitude_dms(39.5215938) == "39°31'17.74\"N"
    assert c.latitude_dms(-0.5) == "0°30'00.00\"S"
    assert c.longitude_dms(46.99999999) == "47°00'00.00\"E"  # rounding carries


def test_utm_zone_of_azerbaijan():
    assert c.utm_zone(47.2, 39.5) == (38, "N", 32638)
    assert c.utm_zone(48.5, 40.4) == (39, "N", 32639)


def test_turning_points_run_clockwise_from_the_northernmost():
    anticlockwise = [(47.0, 40.0), (47.01, 40.0), (47.01, 40.01), (47.0, 40.02), (47.0, 40.0)]
    points = c.turning_points(anticlockwise)
    assert [p[0] for p in points] == ["TP1", "TP2", "TP3", "TP4"]
    assert points[0][1:] == (47.0, 40.02)
    assert c.clockwise([(lon, lat) for _, lon, lat in points])


def test_nato_mils():
    assert c.mils(90) == 1600 and c.mils(359.99) == 0


def test_safe_file_names():
    assert c.safe_file_name("TSK/2026:01 Ağdam") == "TSK_2026_01_A_dam"
    assert c.safe_file_name("..") == "task"
