"""Writes in random order never leave a screen showing a number Progress wouldn't (issue 11).

A seeded random sequence of quick-log posts, edits and deletes goes through the real views.
After each write, the summary behind Today, Progress, the coach's client page and the roster row
is compared with the summary computed from the raw entries read back from the database. All
data stays inside the summary's windows, so the two must agree to the last digit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from django.urls import reverse

from coaching import roster
from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker import presenters, selectors
from tracker.history import History
from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry
from tracker.summary import athlete_summary
from tracker.trends import RunPoint

STEPS = 40


def _raw_summary(athlete):
    """The summary from every entry, read plainly (no windows, no selectors)."""
    history = History.complete(
        weights=WeightEntry.objects.filter(user=athlete).values_list("day", "weight_kg"),
        body_fats=BodyFatEntry.objects.filter(user=athlete).values_list("day", "percent", "method"),
        protein_days=ProteinEntry.objects.filter(user=athlete).values_list("day", "grams"),
        runs=[
            RunPoint(day, km, float(s), hr, effort)
            for day, km, s, hr, effort in RunEntry.objects.filter(user=athlete).values_list(
                "day", "distance_km", "duration_s", "avg_heart_rate", "effort"
            )
        ],
        body_fat_method=athlete.body_fat_method,
    )
    return athlete_summary(history, athlete.local_today())


def _same_figures(a, b):
    """Field by field, so a failure names the figure that differs."""
    for field in dataclasses.fields(a):
        assert getattr(a, field.name) == getattr(b, field.name), field.name


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_writes_keep_every_screen_equal_to_the_raw_entries(athlete, coach_user, seed):
    rng = random.Random(seed)
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    web = client_for(athlete)
    today = athlete.local_today()

    def some_day() -> str:
        return (today - dt.timedelta(days=rng.randrange(0, 80))).isoformat()

    for _ in range(STEPS):
        action = rng.choice(["weight", "weight", "protein", "runs", "body-fat", "edit", "delete"])
        if action == "weight":
            data = {"weight": f"{rng.uniform(70, 90):.1f}", "day": some_day()}
            web.post(reverse("quick_log", args=["weight"]), data)
        elif action == "protein":
            data = {"grams": str(rng.choice([10, 20, 30, 45])), "day": some_day()}
            web.post(reverse("quick_log", args=["protein"]), data)
        elif action == "runs":
            minutes = rng.randrange(20, 70)
            data = {
                "distance": f"{minutes / rng.uniform(5, 7):.2f}",
                "duration": f"{minutes}:00",
                "day": some_day(),
                "effort": str(rng.randrange(3, 9)),
            }
            web.post(reverse("quick_log", args=["runs"]), data)
        elif action == "body-fat":
            data = {"percent": f"{rng.uniform(18, 28):.1f}", "method": "scale", "day": some_day()}
            web.post(reverse("quick_log", args=["body-fat"]), data)
        else:
            entry = WeightEntry.objects.filter(user=athlete).order_by("?").first()
            if entry is None:
                continue
            if action == "edit":
                data = {"weight": f"{rng.uniform(70, 90):.1f}", "day": entry.day.isoformat()}
                web.post(reverse("entry_edit", args=["weight", entry.pk]), data)
            else:
                web.post(reverse("entry_delete", args=["weight", entry.pk]))

        expected = _raw_summary(athlete)
        as_of = athlete.local_today()
        today_summary = athlete_summary(selectors.summary_history(athlete, as_of), as_of)
        progress = presenters.progress_context(athlete, range_key="all", viewer=athlete)
        client = presenters.progress_context(athlete, range_key="3m", viewer=coach_user)
        [row] = roster.roster_rows(coach_user)
        for shown in (today_summary, progress["progress"].summary, client["progress"].summary):
            _same_figures(shown, expected)
        _same_figures(row.summary, dataclasses.replace(expected, energy=None))
    # The writes really went through (a form rejecting everything would prove nothing).
    for model in (WeightEntry, ProteinEntry, RunEntry, BodyFatEntry):
        assert model.objects.filter(user=athlete).exists(), model.__name__
