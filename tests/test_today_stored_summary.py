"""Today reads the athlete's stored summary (tracker.summary_store) instead of recomputing it.

The stored summary is the very value Progress computes (energy balance included, for the
running card), so Today's figures don't change; what changes is the work: a current summary
costs one query, and only a write or a new day makes Today recompute (and store) it.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from tests.conftest import client_for
from tracker import presenters, selectors, summary_store
from tracker.models import AthleteSummary, RunEntry, WeightEntry
from tracker.summary import athlete_summary

NOW = dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def world(athlete):
    with time_machine.travel(NOW, tick=False):
        today = NOW.date()
        for days_ago in range(60):
            day = today - dt.timedelta(days=days_ago)
            WeightEntry.objects.create(user=athlete, day=day, weight_kg=82 - days_ago / 40)
        for days_ago in range(1, 27, 3):
            RunEntry.objects.create(
                user=athlete,
                day=today - dt.timedelta(days=days_ago),
                distance_km=6,
                duration_s=2400,
                effort=6,
            )
        yield athlete


def _recomputes(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = selectors.summary_histories

    def counting(days):
        calls.append(len(days))
        return real(days)

    monkeypatch.setattr(summary_store.selectors, "summary_histories", counting)
    return calls


def test_today_panel_is_the_summary_progress_computes(world):
    with time_machine.travel(NOW, tick=False):
        as_of = world.local_today()
        expected = athlete_summary(selectors.summary_history(world, as_of), as_of)
        assert expected.energy is not None or expected.running_dose is not None
        panel = presenters.today_panel(world)
        stored = summary_store.decode(AthleteSummary.objects.get(user=world).payload)
        assert stored == expected  # energy balance included: the running card shows it
        assert panel.dose_card is not None


def test_a_current_summary_is_not_recomputed_and_a_write_makes_today_recompute(world, monkeypatch):
    recomputes = _recomputes(monkeypatch)
    web = client_for(world)
    with time_machine.travel(NOW, tick=False):
        assert web.get(reverse("dashboard")).status_code == 200
        assert recomputes == [1]  # the first view stores it
        assert web.get(reverse("dashboard")).status_code == 200
        assert recomputes == [1]  # current: read, not recomputed
        WeightEntry.objects.create(user=world, day=NOW.date(), weight_kg=70)
        page = web.get(reverse("dashboard")).content.decode()
        assert recomputes == [1, 1]
        as_of = world.local_today()
        expected = athlete_summary(selectors.summary_history(world, as_of), as_of)
        assert summary_store.summary_of(world) == expected
        assert "Trend weight" in page


def test_a_new_day_makes_today_recompute(world, monkeypatch):
    recomputes = _recomputes(monkeypatch)
    web = client_for(world)
    with time_machine.travel(NOW, tick=False):
        web.get(reverse("dashboard"))
    with time_machine.travel(NOW + dt.timedelta(days=1), tick=False):
        web.get(reverse("dashboard"))
        stored = AthleteSummary.objects.get(user=world)
        assert stored.as_of == NOW.date() + dt.timedelta(days=1)
    assert recomputes == [1, 1]
