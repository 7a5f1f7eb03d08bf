"""Writes in random order never leave a screen showing a number Progress wouldn't (issue 11).

A seeded random sequence of writes goes through the real views: quick-log posts, edits and
deletes of every metric, import confirms, settings changes (time zone, body-fat method, heart
rate, birth year), goal changes, and the clock moving past midnight in the athlete's time zone.
After each step, the summary behind Today, Progress, the coach's client page and the roster row
(which comes from the stored summary, tracker.summary_store), and the stored summary itself, are
compared with the summary computed from the raw entries read back from the database. All data
stays inside the summary's windows, so they must agree to the last digit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coaching import roster
from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker import presenters, selectors, summary_store
from tracker.history import History
from tracker.models import (
    AthleteSummary,
    BodyFatEntry,
    Goal,
    ImportBatch,
    ProteinEntry,
    RunEntry,
    WeightEntry,
)
from tracker.summary import athlete_summary
from tracker.trends import RunPoint

STEPS = 40
START = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.UTC)
ENTRY_KINDS = {
    "weight": WeightEntry,
    "body-fat": BodyFatEntry,
    "protein": ProteinEntry,
    "runs": RunEntry,
}


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
        max_heart_rate=athlete.max_heart_rate,
        birth_year=athlete.birth_year,
    )
    return athlete_summary(history, athlete.local_today())


def _same_figures(a, b):
    """Field by field, so a failure names the figure that differs."""
    for field in dataclasses.fields(a):
        assert getattr(a, field.name) == getattr(b, field.name), field.name


def _settings(web, athlete, **changes: str) -> None:
    data = {
        "display_name": athlete.display_name,
        "weight_unit": athlete.weight_unit,
        "distance_unit": athlete.distance_unit,
        "length_unit": athlete.length_unit,
        "time_zone": athlete.time_zone,
        "body_fat_method": athlete.body_fat_method,
        "birth_year": athlete.birth_year or "",
        "max_heart_rate": athlete.max_heart_rate or "",
        "resting_heart_rate": "",
        **changes,
    }
    response = web.post(reverse("settings"), data)
    assert response.status_code == 302, response.content.decode()[:1000]


def _import(web, rows: list[tuple[str, str]]) -> None:
    body = "date,weight_kg\n" + "".join(f"{day},{kg}\n" for day, kg in rows)
    file = SimpleUploadedFile("weights.csv", body.encode())
    response = web.post("/data/import/body/", {"file": file})
    assert response.status_code == 302, response.content.decode()[:1000]
    batch = ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    confirmed = web.post(f"/data/import/{batch.kind}/{batch.pk}/confirm/")
    assert confirmed.status_code == 302


ACTIONS = (
    ["weight"] * 3
    + ["protein", "runs", "body-fat"] * 2
    + ["edit", "delete", "delete-other", "import"]
    + ["time-zone", "body-fat-method", "heart-rate", "goal", "next-day"]
)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_writes_keep_every_screen_equal_to_the_raw_entries(athlete, coach_user, seed):
    rng = random.Random(seed)
    with time_machine.travel(START, tick=False) as clock:
        _random_writes(rng, clock, athlete, coach_user)


def _random_writes(rng, clock, athlete, coach_user) -> None:
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    web = client_for(athlete)
    seen: set[str] = set()
    held: set[str] = set()

    def some_day() -> str:
        today = athlete.local_today()
        return (today - dt.timedelta(days=rng.randrange(0, 80))).isoformat()

    for _ in range(STEPS):
        athlete.refresh_from_db()
        action = rng.choice(ACTIONS)
        seen.add(action)
        if action == "weight":
            data = {"weight": f"{rng.uniform(70, 90):.1f}", "day": some_day()}
            response = web.post(reverse("quick_log", args=["weight"]), data)
            assert b"errorlist" not in response.content, data
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
            if rng.random() < 0.5:
                data["avg_heart_rate"] = str(rng.randrange(110, 175))
            web.post(reverse("quick_log", args=["runs"]), data)
        elif action == "body-fat":
            method = rng.choice(["scale", "scale", "dexa"])
            data = {"percent": f"{rng.uniform(18, 28):.1f}", "method": method, "day": some_day()}
            response = web.post(reverse("quick_log", args=["body-fat"]), data)
            assert b"errorlist" not in response.content, data
        elif action in ("edit", "delete"):
            entry = WeightEntry.objects.filter(user=athlete).order_by("?").first()
            if entry is None:
                continue
            if action == "edit":
                data = {"weight": f"{rng.uniform(70, 90):.1f}", "day": entry.day.isoformat()}
                web.post(reverse("entry_edit", args=["weight", entry.pk]), data)
            else:
                web.post(reverse("entry_delete", args=["weight", entry.pk]))
        elif action == "delete-other":
            metric = rng.choice(["body-fat", "protein", "runs"])
            entry = ENTRY_KINDS[metric].objects.filter(user=athlete).order_by("?").first()
            if entry is not None:
                web.post(reverse("entry_delete", args=[metric, entry.pk]))
        elif action == "import":
            rows = [(some_day(), f"{rng.uniform(70, 90):.1f}") for _ in range(rng.randrange(1, 4))]
            _import(web, rows)
        elif action == "time-zone":
            zone = rng.choice(["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Tokyo"])
            _settings(web, athlete, time_zone=zone)
        elif action == "body-fat-method":
            _settings(web, athlete, body_fat_method=rng.choice(["", "scale", "dexa"]))
        elif action == "heart-rate":
            _settings(
                web,
                athlete,
                max_heart_rate=rng.choice(["", "160", "195"]),
                birth_year=rng.choice(["", "1960", "1995"]),
            )
        elif action == "goal":
            goal = Goal.objects.filter(user=athlete).first()
            if goal is None:
                web.post(reverse("goals"), {"text": "lose 5 kg", "target_kind": ""})
            else:
                web.post(reverse("goal_delete", args=[goal.pk]))
        else:  # the clock moves on: maybe past midnight where the athlete lives
            clock.shift(dt.timedelta(hours=rng.choice([5, 11, 24])))

        athlete.refresh_from_db()
        expected = _raw_summary(athlete)
        as_of = athlete.local_today()
        today_summary = athlete_summary(selectors.summary_history(athlete, as_of), as_of)
        progress = presenters.progress_context(athlete, range_key="all", viewer=athlete)
        client = presenters.progress_context(athlete, range_key="3m", viewer=coach_user)
        [row] = roster.roster_rows(coach_user)
        for shown in (today_summary, progress["progress"].summary, client["progress"].summary):
            _same_figures(shown, expected)
        _same_figures(row.summary, expected)  # the stored summary, energy balance included
        stored = AthleteSummary.objects.get(user=athlete)
        assert stored.computed_generation == stored.generation and stored.as_of == as_of
        _same_figures(summary_store.decode(stored.payload), expected)
        held |= {name for name, model in ENTRY_KINDS.items() if model.objects.exists()}
    # The writes really went through (a form rejecting everything would prove nothing).
    assert held == set(ENTRY_KINDS)
    assert {"import", "time-zone", "next-day", "delete-other"} <= seen
