"""The roster's "Run dose" column (sortable) and the "running too light for the goal" flag.

Time is frozen on Wednesday 31 January 2024; clients are UTC athletes.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coaching import roster
from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.models import Goal, RunEntry, User, WeightEntry

NOW = dt.datetime(2024, 1, 31, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def client(coach: User, name: str, runs: int, *, minutes: int = 40, goal: str = "") -> User:
    athlete = User.objects.create_user(f"{name.lower()}@example.com", "pw", display_name=name)
    CoachingLink.objects.create(coach=coach, athlete=athlete)
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=ago(n), weight_kg=80 + 0.05 * n) for n in range(30)
    )
    RunEntry.objects.bulk_create(
        RunEntry(user=athlete, day=ago(2 * n), distance_km=6, duration_s=minutes * 60, effort=6)
        for n in range(runs)
    )
    if goal:
        # What apply_verdict stores when the detector sees running in the goal.
        Goal.objects.create(user=athlete, text=goal, relies_on_running=True)
    return athlete


def flags(coach: User) -> dict[str, set[str]]:
    return {row.athlete.name: {f.code for f in row.flags} for row in roster.roster_rows(coach)}


def test_flag_only_for_running_goals_that_the_dose_does_not_meet(coach_user):
    client(coach_user, "Steady", 14, goal="Run 4 times a week to slim my thighs")
    client(coach_user, "Short", 14, minutes=20, goal="Run to slim my thighs")
    client(coach_user, "Idle", 0, goal="Jogging to lose my bum")
    client(coach_user, "Noneed", 2)  # runs little, but no running goal: no flag fatigue
    got = flags(coach_user)
    assert got["Steady"] == set()
    assert got["Short"] == {roster.FLAG_RUN_TOO_LIGHT}
    assert got["Idle"] == {roster.FLAG_RUN_TOO_LIGHT}
    assert roster.FLAG_RUN_TOO_LIGHT not in got["Noneed"]
    [short] = [row for row in roster.roster_rows(coach_user) if row.athlete.name == "Short"]
    [flag] = short.flags
    assert flag.label == "Running too light for the goal"
    assert "too short" in flag.explanation


def test_run_dose_column_shows_and_sorts(coach_user):
    client(coach_user, "Most", 18)  # every other day: 14 in the 28-day window, 3.5 a week
    client(coach_user, "Some", 8)  # 2 a week: too rare
    client(coach_user, "None", 0)
    html = client_for(coach_user).get(reverse("roster") + "?sort=-dose").content.decode()
    assert ">Run dose" in html
    names = re.findall(r'<th scope="row"><a href="[^"]+">(\w+)</a>', html)
    assert names == ["Most", "Some", "None"]  # clients without runs last either way
    assert '3.5/wk<span class="detail">enough</span>' in html
    assert '2/wk<span class="detail">too rare</span>' in html
    ascending = client_for(coach_user).get(reverse("roster") + "?sort=dose").content.decode()
    assert re.findall(r'<th scope="row"><a href="[^"]+">(\w+)</a>', ascending) == [
        "Some",
        "Most",
        "None",
    ]


def test_client_page_shows_the_flag(coach_user):
    athlete = client(coach_user, "Short", 14, minutes=20, goal="Run to slim my thighs")
    html = client_for(coach_user).get(reverse("client_detail", args=[athlete.pk])).content
    assert "Running too light for the goal" in html.decode()


def test_roster_queries_are_flat_in_clients_and_runs(coach_user):
    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            client_for(coach_user).get(reverse("roster"))
        return len(ctx)

    client(coach_user, "One", 3, goal="Run to slim my thighs")
    few = count()
    for n in range(6):
        client(coach_user, f"More{n}", 20, goal="Run to slim my thighs")
    assert count() == few
