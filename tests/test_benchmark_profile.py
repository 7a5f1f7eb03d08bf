"""`manage.py benchmark --profile SCENARIOS`: where a page's CPU goes, printed after the timings."""

from __future__ import annotations

import pytest

from coaching import benchmark


def test_profile_prints_the_top_functions_of_each_scenario(db):
    data = benchmark.build_synthetic_data(clients=2, days=20, label="profile")
    scenarios = benchmark.build_scenarios(data, rotate=1)
    report = benchmark.profile_scenarios(scenarios, ["roster", "log_weight"], requests=2)
    assert "## roster: 2 requests, by tottime" in report
    assert "## log_weight: 2 requests, by cumulative" in report
    assert report.count("function calls") == 4  # two orders for each of two scenarios
    with pytest.raises(ValueError, match="No such scenario: nope"):
        benchmark.profile_scenarios(scenarios, ["nope"])
