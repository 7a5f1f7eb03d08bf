"""The running-dose card on Today, Progress and the coach's client page, and the one-tap effort.

Time is frozen on Wednesday 31 January 2024 (UTC athletes): the dose window is 4-31 January and
"this week" is Monday 29 to Wednesday 31 January.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
import time_machine
from django.urls import reverse

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.models import RunEntry, User, WeightEntry

NOW = dt.datetime(2024, 1, 31, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def add_runs(user: User, count: int, *, minutes: int = 40, effort: int | None = 6) -> None:
    """`count` runs, every other day back from today."""
    RunEntry.objects.bulk_create(
        RunEntry(user=user, day=ago(2 * n), distance_km=6.0, duration_s=minutes * 60, effort=effort)
        for n in range(count)
    )


def add_weights(user: User, kg_per_day: float) -> None:
    """Daily weigh-ins over 60 days on a straight line (the trend follows it closely)."""
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=ago(n), weight_kg=80.0 + kg_per_day * -n) for n in range(60)
    )


def card_text(html: str, dose_id: str) -> str:
    match = re.search(
        rf'<section class="card running-dose[^"]*" id="{dose_id}".*?</section>', html, re.S
    )
    assert match, f"no running-dose card #{dose_id}"
    return " ".join(re.sub(r"<[^>]+>", " ", match[0]).split())


SCENARIOS = {
    # verdict: (runs, weight change per day, words on the card)
    "enough_deficit": (
        {"count": 14},
        -0.05,  # -385 kcal/day
        ["Enough", "3.5 qualifying runs a week", "Deficit: about", "Keep going"],
    ),
    "enough_maintenance": (
        {"count": 14},
        0.0,
        ["Enough", "eating at maintenance: fat will not come off anywhere, thighs included"],
    ),
    "too_short": (
        {"count": 13, "minutes": 20},
        -0.05,
        ["Too short", "13 of 13 runs in 4 weeks were under 30 minutes", "at least 30 minutes"],
    ),
    "too_easy": (
        {"count": 12, "effort": 3},
        -0.05,
        ["Too easy", "12 of 12 runs in 4 weeks were at an easy effort", "Pick up the effort"],
    ),
    "too_rare": ({"count": 5}, -0.05, ["Too rare", "1.2 runs a week", "Run more often"]),
    "intensity_unknown": (
        {"count": 12, "effort": None},
        -0.05,
        ["Effort unknown", "12 of 12 runs in 4 weeks have no effort", "One tap each"],
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_today_and_progress_show_the_card_for_each_verdict(athlete, athlete_client, scenario):
    runs, slope, words = SCENARIOS[scenario]
    add_runs(athlete, **runs)
    add_weights(athlete, slope)
    for url, dose_id in (
        (reverse("dashboard"), "today-dose"),
        (reverse("progress"), "progress-dose"),
    ):
        text = card_text(athlete_client.get(url).content.decode(), dose_id)
        for word in words:
            assert word in text, (url, word, text)
        assert "Warm up before you run" in text  # the safety line, once per page


def test_no_runs_in_four_weeks_but_a_runner(athlete, athlete_client):
    RunEntry.objects.create(user=athlete, day=ago(40), distance_km=5, duration_s=1800, effort=5)
    text = card_text(athlete_client.get(reverse("dashboard")).content.decode(), "today-dose")
    assert "No runs in the last 4 weeks." in text
    assert "Start with 3 runs a week" in text


def test_non_runners_see_no_running_card(athlete, athlete_client):
    add_weights(athlete, -0.05)
    assert "running-dose" not in athlete_client.get(reverse("dashboard")).content.decode()
    assert "running-dose" not in athlete_client.get(reverse("progress")).content.decode()


def test_heart_rate_counts_with_a_birth_year(athlete, athlete_client):
    RunEntry.objects.bulk_create(
        RunEntry(user=athlete, day=ago(2 * n), distance_km=6, duration_s=2400, avg_heart_rate=150)
        for n in range(12)
    )
    html = athlete_client.get(reverse("progress")).content.decode()
    assert "Effort unknown" in card_text(html, "progress-dose")
    athlete.birth_year = 1984  # 2024 - 1984 = 40 -> 180 bpm; 150 / 180 = 83 %: hard
    athlete.save()
    text = card_text(athlete_client.get(reverse("progress")).content.decode(), "progress-dose")
    assert "Enough" in text
    assert "Hard 12" in text
    assert "max of 180 bpm (estimated from the year of birth)" in text


def test_coach_sees_the_same_card_read_only(athlete, coach_user):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    add_runs(athlete, 12, effort=None)
    html = client_for(coach_user).get(reverse("client_detail", args=[athlete.pk])).content.decode()
    text = card_text(html, "client-dose")
    assert "Effort unknown" in text
    assert "Effort is missing on 12 runs: ask Ana to add it." in text
    assert "run_effort" not in html and "/effort/" not in html  # no buttons for the coach


def test_one_tap_effort_with_htmx_refreshes_the_card(athlete, athlete_client, htmx_headers):
    add_runs(athlete, 12, effort=None)
    html = athlete_client.get(reverse("dashboard")).content.decode()
    forms = re.findall(r'action="(/runs/\d+/effort/)"', html)
    assert len(forms) == 5  # the newest five runs that could count
    for run in RunEntry.objects.filter(user=athlete):
        response = athlete_client.post(
            reverse("run_effort", args=[run.pk]),
            {"effort": "5", "dose_id": "today-dose", "next": "/today/"},
            **htmx_headers,
        )
        assert response.status_code == 200
    text = card_text(response.content.decode(), "today-dose")
    assert "Saved: the run of" in text and "was moderate (5 of 10)" in text
    assert "Enough" in text
    assert set(RunEntry.objects.values_list("effort", flat=True)) == {5}


def test_one_tap_effort_without_javascript_redirects_back(athlete, athlete_client):
    add_runs(athlete, 1, effort=None)
    run = RunEntry.objects.get()
    response = athlete_client.post(
        reverse("run_effort", args=[run.pk]), {"effort": "7", "next": "/progress/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/progress/"
    run.refresh_from_db()
    assert run.effort == 7
    # an off-site "next" is ignored
    response = athlete_client.post(
        reverse("run_effort", args=[run.pk]), {"effort": "7", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("dashboard")


@pytest.mark.parametrize("effort", ["0", "11", "", "hard", "5.5"])
def test_bad_effort_saves_nothing(athlete, athlete_client, effort):
    add_runs(athlete, 1, effort=None)
    run = RunEntry.objects.get()
    response = athlete_client.post(reverse("run_effort", args=[run.pk]), {"effort": effort})
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.effort is None
    page = athlete_client.get(response["Location"]).content.decode()
    assert "Choose an effort between 1 and 10." in page


def test_another_users_run_is_404(athlete, other_athlete, athlete_client):
    add_runs(other_athlete, 1, effort=None)
    run = RunEntry.objects.get()
    response = athlete_client.post(reverse("run_effort", args=[run.pk]), {"effort": "5"})
    assert response.status_code == 404
    run.refresh_from_db()
    assert run.effort is None


def test_today_query_count_is_flat_in_runs(athlete, athlete_client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            athlete_client.get(reverse("dashboard"))
        return len(ctx)

    add_runs(athlete, 3, effort=None)
    few = queries()
    RunEntry.objects.bulk_create(
        RunEntry(user=athlete, day=ago(n % 28), distance_km=5, duration_s=2400) for n in range(200)
    )
    assert queries() == few


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"duration": "45:00", "effort": "6"}, "it counts toward your running dose."),
        ({"duration": "20:00", "effort": "6"}, "under 30 minutes, so it doesn't count"),
        ({"duration": "45:00", "effort": "3"}, "an easy effort, so it doesn't count"),
        ({"duration": "45:00"}, "add how hard it felt (effort)"),
    ],
)
def test_quick_log_says_whether_the_run_counted(
    athlete, athlete_client, htmx_headers, fields, words
):
    data = {"distance": "6", "day": TODAY.isoformat(), **fields}
    response = athlete_client.post(reverse("quick_log", args=["runs"]), data, **htmx_headers)
    html = unescape(response.content.decode())
    assert words in html
    assert "run-status" in html  # the card's "Last:" line says it too


def test_run_history_shows_effort_heart_rate_and_whether_it_counted(athlete, athlete_client):
    athlete.max_heart_rate = 190
    athlete.save()
    RunEntry.objects.create(user=athlete, day=ago(1), distance_km=8, duration_s=2700, effort=6)
    RunEntry.objects.create(
        user=athlete, day=ago(2), distance_km=8, duration_s=2700, avg_heart_rate=110
    )  # 58 % of 190: easy
    RunEntry.objects.create(user=athlete, day=ago(3), distance_km=3, duration_s=1200, effort=8)
    html = athlete_client.get(reverse("history", args=["runs"])).content.decode()
    assert ">Running dose</th>" in html
    statuses = re.findall(r'<span class="run-status (\w+)">([^<]+)</span>', html)
    assert statuses == [
        ("counted", "Counts (moderate)"),
        ("easy", "Easy effort"),
        ("short", "Under 30 min"),
    ]
    assert ">110</td>" in html
