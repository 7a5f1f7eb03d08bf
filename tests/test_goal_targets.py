"""Goal number targets on the pages: the start value kept when a target is set, progress and the
projected date at the summary's 28-day rate (the number Progress shows), pounds, Today's line,
the coach's client page, strangers, and flat query counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker import selectors
from tracker.models import Goal, User, WeightEntry
from tracker.summary import athlete_summary

pytestmark = pytest.mark.usefixtures("frozen_time")
TODAY = date(2025, 3, 31)  # FROZEN_NOW


def log_weights(user: User, days: int, *, start_kg: float = 80.0, per_day: float = -0.1) -> None:
    """One weigh-in a day for `days` days up to today, on a straight line."""
    first = TODAY - timedelta(days=days - 1)
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=first + timedelta(days=i), weight_kg=start_kg + per_day * i)
        for i in range(days)
    )


def summary_of(user: User):
    return athlete_summary(selectors.summary_history(user, TODAY), TODAY)


def post_target(client, **fields: str):
    data = {"text": "Get down to 64 kg", "target_kind": "weight", "target_date": ""}
    data.update(fields)
    return client.post(reverse("goals"), data)


def test_setting_a_target_keeps_the_trend_as_its_start(athlete_client, athlete):
    log_weights(athlete, 60)
    trend = summary_of(athlete).trend_weight_kg
    assert post_target(athlete_client, target_value="64").status_code == 302
    goal = Goal.objects.get(user=athlete)
    assert goal.target_start_value == pytest.approx(trend)
    assert goal.target_set_on == TODAY
    # Editing only the text keeps the start; a new number takes a new start.
    goal.target_start_value = 90.0
    goal.save()
    edit = {"text": "Down to 64 kg", "target_kind": "weight", "target_value": "64"}
    athlete_client.post(reverse("goal_edit", args=[goal.pk]), {**edit, "target_date": ""})
    goal.refresh_from_db()
    assert goal.target_start_value == 90.0
    athlete_client.post(
        reverse("goal_edit", args=[goal.pk]), {**edit, "target_value": "65", "target_date": ""}
    )
    goal.refresh_from_db()
    assert goal.target_start_value == pytest.approx(trend)


def test_goals_page_projects_at_the_progress_rate(athlete_client, athlete):
    # 60 days at -0.1 kg a day: the trend falls 0.70 kg a week, the same line Progress shows.
    log_weights(athlete, 60)
    summary = summary_of(athlete)
    assert summary.rate is not None
    assert summary.rate.kg_per_week == pytest.approx(-0.7, abs=0.01)
    post_target(athlete_client, target_value="64", target_date="2025-06-30")
    page = athlete_client.get(reverse("goals")).content.decode()
    progress = athlete_client.get(reverse("progress")).content.decode()
    shown = f"−{abs(summary.rate.kg_per_week):.2f}"
    assert f'{shown} <span class="unit">kg/week' in progress
    assert f"{shown} kg a week" in page
    # Remaining: trend - 64 kg at 0.70 kg a week, from today.
    remaining = summary.trend_weight_kg - 64
    weeks = remaining / -summary.rate.kg_per_week
    import math

    projected = TODAY + timedelta(days=math.ceil(weeks * 7))
    assert f"{projected.day} {projected:%b %Y}" in page
    assert f"{remaining:.1f} kg to go" in page
    assert "On pace" in page or "Ahead" in page or "Behind" in page


def test_too_little_data_says_when(athlete_client, athlete):
    WeightEntry.objects.create(user=athlete, day=TODAY - timedelta(days=2), weight_kg=70)
    WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=69.8)
    post_target(athlete_client, target_value="64")
    page = athlete_client.get(reverse("goals")).content.decode()
    # First weigh-in 29 Mar + 6 days = 4 Apr.
    assert "A projected date appears once your weigh-ins span a week: around 4 Apr 2025" in page
    assert "get there around" not in page


def test_wrong_direction_says_so_kindly(athlete_client, athlete):
    log_weights(athlete, 40, start_kg=70, per_day=0.05)
    post_target(athlete_client, target_value="64")
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "moving away from this target right now" in page
    assert "get there around" not in page


def test_no_weigh_ins_yet(athlete_client, athlete):
    post_target(athlete_client, target_value="64")
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Log your weight to follow this target." in page


def test_too_fast_date_gets_the_safe_rate_note(athlete_client, athlete):
    log_weights(athlete, 60)
    post_target(athlete_client, target_value="60", target_date="2025-04-14")
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Behind" in page
    assert "more than 1 % of your body weight a week" in page


def test_pound_user_sees_pounds(athlete_client, athlete):
    athlete.weight_unit = "lb"
    athlete.save()
    log_weights(athlete, 60)
    post_target(athlete_client, target_value="141")  # 141 lb = 63.96 kg
    goal = Goal.objects.get(user=athlete)
    assert goal.target_value == pytest.approx(141 * 0.45359237)
    summary = summary_of(athlete)
    page = athlete_client.get(reverse("goals")).content.decode()
    lb_per_week = summary.rate.kg_per_week / 0.45359237
    assert f"−{abs(lb_per_week):.2f} lb a week" in page
    remaining_lb = (summary.trend_weight_kg - goal.target_value) / 0.45359237
    assert f"{remaining_lb:.1f} lb to go" in page
    target_block = page.split('class="goal-target"')[1].split("</div>")[0]
    assert " kg" not in target_block


def test_today_shows_the_active_target_in_one_line(athlete_client, athlete):
    log_weights(athlete, 60)
    post_target(athlete_client, target_value="64")
    page = athlete_client.get(reverse("dashboard")).content.decode()
    assert 'id="today-goal-target"' in page
    assert "Target 64.0 kg" in page


def test_body_fat_target(athlete_client, athlete):
    from tracker.models import BodyFatEntry

    log_weights(athlete, 60)
    BodyFatEntry.objects.bulk_create(
        BodyFatEntry(user=athlete, day=TODAY - timedelta(days=7 * i), percent=24 + 0.25 * i)
        for i in range(8)
    )
    athlete_client.post(
        reverse("goals"),
        {
            "text": "20% body fat",
            "target_kind": "body_fat",
            "target_value": "20",
            "target_date": "",
        },
    )
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "points to go" in page
    assert "points a week" in page


def test_coach_sees_the_clients_target_and_strangers_get_404(athlete, coach_user, other_athlete):
    log_weights(athlete, 60)
    post_target(client_for(athlete), target_value="64")
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    coach_user.weight_unit = "lb"
    coach_user.save()
    page = client_for(coach_user).get(reverse("client_detail", args=[athlete.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "lb a week" in text  # in the coach's units
    assert "get there around" in text
    stranger = client_for(other_athlete)
    assert stranger.get(reverse("client_detail", args=[athlete.pk])).status_code == 404
    goal = Goal.objects.get(user=athlete)
    assert stranger.get(reverse("goal_edit", args=[goal.pk])).status_code == 404


def _page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_counts_stay_flat_with_more_targets(athlete, other_athlete):
    for user, count in ((athlete, 1), (other_athlete, 12)):
        log_weights(user, 30 * count)
        Goal.objects.bulk_create(
            Goal(user=user, text=f"goal {i}", target_kind="weight", target_value=60 + i)
            for i in range(count)
        )
    for url in (reverse("goals"), reverse("dashboard")):
        assert _page_queries(client_for(athlete), url) == _page_queries(
            client_for(other_athlete), url
        )


# --- offers: numbers in the goal's words -------------------------------------------------------


def test_goal_words_offer_a_target_that_the_person_confirms(athlete_client, athlete):
    athlete_client.post(
        reverse("goals"),
        {"text": "Get down to 64 kg by 1 Mar", "target_kind": "", "target_value": ""},
    )
    goal = Goal.objects.get(user=athlete)
    assert goal.target_kind == ""  # never set silently
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "<strong>64.0 kg by 1 Mar 2026</strong>" in page
    link = reverse("goal_edit", args=[goal.pk]) + (
        "?target_kind=weight&amp;prefill=1&amp;target_value=64.0&amp;target_date=2026-03-01"
    )
    # 1 March 2025 has passed on 31 March 2025: next year's.
    assert "2026-03-01" in page and link.split("?")[0] in page
    edit = athlete_client.get(
        reverse("goal_edit", args=[goal.pk]),
        {
            "target_kind": "weight",
            "prefill": "1",
            "target_value": "64.0",
            "target_date": "2026-03-01",
        },
    ).content.decode()
    assert "filled in from your goal" in edit
    assert 'value="64.0"' in edit
    assert 'value="2026-03-01"' in edit
    assert '<option value="weight" selected>' in edit


def test_relative_goal_counts_from_the_trend_in_pounds(athlete_client, athlete):
    athlete.weight_unit = "lb"
    athlete.save()
    log_weights(athlete, 60)
    athlete_client.post(
        reverse("goals"), {"text": "lose 5 kg by summer", "target_kind": "", "target_value": ""}
    )
    trend = summary_of(athlete).trend_weight_kg
    expected_lb = (trend - 5) / 0.45359237
    page = athlete_client.get(reverse("goals")).content.decode()
    assert f"<strong>{expected_lb:.1f} lb by 21 Jun 2025</strong>" in page
    assert "11.0 lb less than your trend weight today" in page
    assert "Date assumed: 21 Jun 2025 (the first day of summer in the northern hemisphere)" in page


def test_southern_time_zone_reads_summer_as_december(athlete_client, athlete):
    athlete.time_zone = "Australia/Sydney"
    athlete.save()
    athlete_client.post(
        reverse("goals"), {"text": "20% body fat by summer", "target_kind": "", "target_value": ""}
    )
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "<strong>20.0 % by 21 Dec 2025</strong>" in page
    assert "southern hemisphere" in page


def test_no_offer_for_other_numbers_or_goals_with_a_target(athlete_client, athlete):
    for text in ("run 5 km", "eat 150 g protein"):
        athlete_client.post(reverse("goals"), {"text": text, "target_kind": "", "target_value": ""})
    post_target(athlete_client, target_value="64")
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Track this target" not in page


def test_malformed_prefill_is_ignored(athlete_client, athlete):
    goal = Goal.objects.create(user=athlete, text="get down to 64 kg")
    response = athlete_client.get(
        reverse("goal_edit", args=[goal.pk]),
        {"prefill": "1", "target_kind": "weight", "target_value": "nan", "target_date": "soon"},
    )
    assert response.status_code == 200
    assert '<option value="weight" selected>' in response.content.decode()
    other = client_for(User.objects.create_user("x@example.com", "correct-horse-9"))
    assert other.get(reverse("goal_edit", args=[goal.pk]), {"prefill": "1"}).status_code == 404
