from mineaction_plugin.core.dashboard import ALL, build


def test_figures_by_district_and_overall():
    figures = build(
        hazards=[("Aghdam", "SHA", "open", 100.0), ("Aghdam", "CHA", "worked_on", 50.0),
                 ("Fuzuli", "CHA", "closed", 30.0), (None, "SHA", "open", 5.0)],
        releases=[("Aghdam", "cleared", 20.0, "2022-03-17"), ("Aghdam", "cleared", 5.0,
                                                               "2022-03-30"),
                  ("Fuzuli", "cancelled", 30.0, None), ("Aghdam", "reduced", 10.0, "2022-04-01"),
                  ("Aghdam", None, 99.0, None)],
        finds=[("Aghdam", "APM", 3), ("Aghdam", "ERW", 1), ("Fuzuli", "ATM", 2),
               ("", "APM", 1), ("Aghdam", "XYZ", 5)])
    everything, aghdam, fuzuli = figures[ALL], figures["Aghdam"], figures["Fuzuli"]
    assert (everything.sha_count, everything.sha_m2) == (2, 105.0)
    assert (everything.cha_count, everything.cha_m2, everything.closed_count) == (1, 50.0, 1)
    assert aghdam.cleared_by_month == {"2022-03": 25.0}
    assert aghdam.released_m2 == {"cancelled": 0.0, "reduced": 10.0, "cleared": 25.0}
    assert everything.finds == {"APM": 4, "ATM": 2, "ERW": 1}
    assert fuzuli.released_share == 1.0 and aghdam.released_share == 35.0 / 150.0
    assert set(figures) == {ALL, "Aghdam", "Fuzuli"}
