"""Tests for the roster (/coach/): the flags, sorting and filtering, and the query budget.

Time is frozen on Monday 31 March 2025 (UTC athletes), so "today", "7 days" and the ISO week are
fixed. Each scenario is built from plain entries, the way the demo command builds its clients.
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
from tracker.history import History
from tracker.models import (
    BodyFatEntry,
    Goal,
    Myth,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)
from tracker.summary import athlete_summary
from tracker.trends import RunPoint

NOW = dt.datetime(2025, 3, 31, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()

pytestmark = pytest.mark.usefixtures("frozen")


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def make_client(coach: User, name: str, **data) -> User:
    athlete = User.objects.create_user(f"{name.lower()}@example.com", "pw", display_name=name)
    CoachingLink.objects.create(coach=coach, athlete=athlete)
    add_data(athlete, **data)
    return athlete


def add_data(
    athlete: User,
    *,
    start_kg: float = 80.0,
    kg_per_week: float = -0.5,  # about 0.65 %/week: inside the band
    weigh_in_days: range = range(50, -1, -1),
    protein_g: float | None = 150.0,  # 1.9 g/kg at ~79 kg
    weekly_km: float = 20.0,
    spike_km: float | None = None,
) -> None:
    """Daily weigh-ins on a straight line, daily protein, and four runs a week."""
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=days_ago(n), weight_kg=start_kg + kg_per_week * (50 - n) / 7)
        for n in weigh_in_days
    )
    if protein_g is not None:
        ProteinEntry.objects.bulk_create(
            ProteinEntry(user=athlete, day=days_ago(n), grams=protein_g) for n in range(50, -1, -1)
        )
    runs = [
        RunEntry(user=athlete, day=days_ago(n), distance_km=weekly_km / 4, duration_s=1800)
        for n in range(50, 7, -1)
        if n % 7 in (1, 3, 5, 6)
    ]
    last_week_km = spike_km if spike_km is not None else weekly_km
    runs += [
        RunEntry(user=athlete, day=days_ago(n), distance_km=last_week_km / 4, duration_s=2400)
        for n in (1, 3, 5, 6)
    ]
    RunEntry.objects.bulk_create(runs)


def flag_codes(coach: User) -> dict[str, set[str]]:
    return {row.athlete.name: {f.code for f in row.flags} for row in roster.roster_rows(coach)}


@pytest.fixture
def spot_myth(db) -> Myth:
    return Myth.objects.create(
        slug="spot-reduction",
        title="You can't burn fat from one spot",
        claim="Crunches burn belly fat.",
        reality="Fat is lost from the whole body.",
        instead="A modest deficit, strength training and protein.",
        area_targeted=True,
    )


# --- Flags -------------------------------------------------------------------------------------


def test_on_track_client_has_no_flags(coach_user):
    make_client(coach_user, "Olive")
    [row] = roster.roster_rows(coach_user)
    assert row.flags == []
    assert row.summary.rate.status == "in_band"
    assert 0.5 <= -row.rate_pct_per_week <= 1.0
    assert row.days_since_weigh_in == 0
    assert 1.6 < row.protein_g_per_kg < 2.2
    assert row.sparkline.count(",") >= 20  # one point per day of the last 28


def test_six_demo_scenarios_each_raise_their_flag(coach_user, spot_myth):
    make_client(coach_user, "Olive")
    make_client(coach_user, "Fast", kg_per_week=-1.4)  # ~1.8 %/week
    make_client(coach_user, "Quiet", weigh_in_days=range(50, 9, -1))  # last 10 days ago
    make_client(coach_user, "Lowpro", protein_g=70.0)  # ~0.9 g/kg
    spot = make_client(coach_user, "Spot")
    Goal.objects.create(
        user=spot, text="lose my belly fat with crunches", myth=spot_myth, myth_area="belly"
    )
    make_client(coach_user, "Spike", weekly_km=12.0, spike_km=40.0)

    assert flag_codes(coach_user) == {
        "Olive": set(),
        "Fast": {roster.FLAG_FAST_LOSS},
        "Quiet": {roster.FLAG_NO_WEIGH_IN},
        "Lowpro": {roster.FLAG_LOW_PROTEIN},
        "Spot": {roster.FLAG_SPOT_REDUCTION},
        "Spike": {roster.FLAG_RUN_SPIKE},
    }


def test_flags_explain_themselves(coach_user, spot_myth):
    make_client(coach_user, "Quiet", weigh_in_days=range(50, 9, -1), protein_g=70.0)
    [row] = roster.roster_rows(coach_user)
    why = {flag.code: flag.explanation for flag in row.flags}
    assert why[roster.FLAG_NO_WEIGH_IN] == "No weigh-in for 10 days (last on 21 Mar)."
    assert "under 1.2 g/kg" in why[roster.FLAG_LOW_PROTEIN]


def test_dismissed_or_finished_spot_reduction_goal_is_not_flagged(coach_user, spot_myth):
    athlete = make_client(coach_user, "Spot")
    Goal.objects.create(user=athlete, text="flat belly", myth=spot_myth, myth_dismissed_at=NOW)
    Goal.objects.create(
        user=athlete, text="lose belly fat", myth=spot_myth, status=Goal.Status.ARCHIVED
    )
    assert flag_codes(coach_user) == {"Spot": set()}


def test_gaining_while_the_goal_is_loss(coach_user):
    gainer = make_client(coach_user, "Gain", kg_per_week=0.5)
    assert flag_codes(coach_user) == {"Gain": set()}  # gaining without a loss goal is fine
    Goal.objects.create(user=gainer, text="Get to 72 kg", target_kind="weight", target_value=72)
    assert flag_codes(coach_user) == {"Gain": {roster.FLAG_GAINING_AGAINST_GOAL}}


def test_gaining_with_a_gain_goal_is_not_flagged(coach_user):
    gainer = make_client(coach_user, "Bulk", kg_per_week=0.3)
    Goal.objects.create(user=gainer, text="Get to 90 kg", target_kind="weight", target_value=90)
    assert flag_codes(coach_user) == {"Bulk": set()}


def test_gaining_with_a_body_fat_goal_is_flagged(coach_user):
    gainer = make_client(coach_user, "Gain", kg_per_week=0.5)
    BodyFatEntry.objects.create(user=gainer, day=days_ago(3), percent=25)
    Goal.objects.create(user=gainer, text="Get to 18 %", target_kind="body_fat", target_value=18)
    assert flag_codes(coach_user) == {"Gain": {roster.FLAG_GAINING_AGAINST_GOAL}}


def test_never_weighed_in_is_flagged(coach_user):
    make_client(coach_user, "New", weigh_in_days=range(0), protein_g=None, weekly_km=4)
    [row] = roster.roster_rows(coach_user)
    assert [f.code for f in row.flags] == [roster.FLAG_NO_WEIGH_IN]
    assert row.last_weigh_in is None and row.sparkline == ""


def test_last_weigh_in_is_exact_beyond_the_recent_window(coach_user):
    athlete = make_client(coach_user, "Gone", weigh_in_days=range(0), protein_g=None)
    WeightEntry.objects.create(user=athlete, day=days_ago(200), weight_kg=80)
    [row] = roster.roster_rows(coach_user)
    assert row.days_since_weigh_in == 200
    assert row.trend_weight_kg is None  # no recent weigh-ins: no current trend


def test_client_flags_is_a_pure_rule_over_plain_data():
    weights = [(days_ago(n), 80 - 1.4 * (40 - n) / 7) for n in range(40, -1, -1)]
    runs = [RunPoint(days_ago(n), 5, 1800) for n in (2, 9, 16, 23)]  # steady: ratio 1.0
    summary = athlete_summary(History.complete(weights=weights, runs=runs), TODAY)
    flags = roster.client_flags(summary, [], weight_unit="lb")
    assert [f.code for f in flags] == [roster.FLAG_FAST_LOSS]
    assert "lb/week" in flags[0].explanation


def test_ended_links_leave_the_roster(coach_user, athlete):
    add_data(athlete)
    link = CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    assert len(roster.roster_rows(coach_user)) == 1
    link.ended_at = NOW
    link.save()
    assert roster.roster_rows(coach_user) == []


# --- The page: sorting, filtering, accessibility ------------------------------------------------


def _names_in_order(html: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/coach/clients/\d+/">([^<]+)</a>', html)


@pytest.fixture
def three_clients(coach_user):
    make_client(coach_user, "Bea", start_kg=70)
    make_client(coach_user, "Abe", start_kg=90, protein_g=60.0)
    make_client(coach_user, "Cy", start_kg=80, kg_per_week=-1.4)
    return coach_user


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Abe", "Bea", "Cy"]),
        ("-name", ["Cy", "Bea", "Abe"]),
        ("trend", ["Bea", "Cy", "Abe"]),
        ("-trend", ["Abe", "Cy", "Bea"]),
        ("rate", ["Cy", "Bea", "Abe"]),  # -1.75, -0.71, -0.56 %/week
        ("protein", ["Abe", "Cy", "Bea"]),
        ("-flags", ["Abe", "Cy", "Bea"]),
        ("bogus", ["Abe", "Cy", "Bea"]),  # falls back to the default, -flags
    ],
)
def test_roster_sorts_by_any_column(three_clients, sort, expected):
    response = client_for(three_clients).get(reverse("roster"), {"sort": sort})
    assert response.status_code == 200
    assert _names_in_order(response.content.decode()) == expected


def test_sorted_column_has_aria_sort_and_a_flipping_link(three_clients):
    html = client_for(three_clients).get(reverse("roster"), {"sort": "trend"}).content.decode()
    assert html.count("aria-sort=") == 1
    assert re.search(r'aria-sort="ascending"[^>]*>\s*<a href="\?sort=-trend"', html)
    assert 'scope="col"' in html


def test_needs_attention_filter(three_clients):
    response = client_for(three_clients).get(reverse("roster"), {"filter": "attention"})
    html = response.content.decode()
    assert set(_names_in_order(html)) == {"Abe", "Cy"}
    assert "Needs attention (2)" in html
    assert "Low protein" in html and "Losing fast" in html


def test_htmx_gets_only_the_table(three_clients, htmx_headers):
    response = client_for(three_clients).get(reverse("roster"), {"sort": "name"}, **htmx_headers)
    html = response.content.decode()
    assert "<table" in html and "<html" not in html
    assert _names_in_order(html) == ["Abe", "Bea", "Cy"]


def test_roster_escapes_names(coach_user):
    make_client(coach_user, "<b>Bold</b>")
    html = client_for(coach_user).get(reverse("roster")).content.decode()
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html


def test_roster_sparkline_is_inline_svg(coach_user):
    make_client(coach_user, "Olive")
    html = client_for(coach_user).get(reverse("roster")).content.decode()
    assert '<svg class="sparkline"' in html and "<polyline points=" in html
    assert "style=" not in html and "<script>" not in html


def test_non_coach_sees_how_to_start(athlete):
    html = client_for(athlete).get(reverse("roster")).content.decode()
    assert "Switch on “I coach athletes”" in html


# --- Query budget ------------------------------------------------------------------------------


def _roster_queries(coach: User, **params: str) -> tuple[int, list[str]]:
    client = client_for(coach)
    client.get(reverse("roster"))  # warm up session and caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("roster"), params)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries]


def _add_clients(coach: User, start: int, count: int) -> None:
    for index in range(start, start + count):
        make_client(coach, f"Client{index:03d}", start_kg=60 + index % 30)


@pytest.mark.parametrize("params", [{}, {"sort": "rate", "filter": "attention"}])
def test_query_count_does_not_grow_with_clients(coach_user, spot_myth, params):
    _add_clients(coach_user, 0, 5)
    five, _ = _roster_queries(coach_user, **params)
    _add_clients(coach_user, 5, 45)
    fifty, sql = _roster_queries(coach_user, **params)
    assert five == fifty
    assert fifty <= 12


def _entry_queries(sql: list[str]) -> list[str]:
    return [q for q in sql if re.search(r'FROM "tracker_(weight|bodyfat|protein|run)entry"', q)]


def test_roster_reads_no_entries_while_summaries_are_current(coach_user):
    _add_clients(coach_user, 0, 3)
    _, sql = _roster_queries(coach_user)  # the warm-up view stored every summary
    assert _entry_queries(sql) == []


def test_roster_recomputes_only_the_changed_client_from_recent_history(coach_user):
    _add_clients(coach_user, 0, 3)
    _roster_queries(coach_user)
    changed = User.objects.get(display_name="Client001")
    WeightEntry.objects.create(user=changed, day=changed.local_today(), weight_kg=70)
    with CaptureQueriesContext(connection) as queries:
        client_for(coach_user).get(reverse("roster"))
    entry_queries = _entry_queries([q["sql"] for q in queries.captured_queries])
    # One query per metric for the stale client only, each bounded by a start day; plus one
    # query for the newest days.
    assert len(entry_queries) == 5
    assert len([q for q in entry_queries if '"day" >=' in q]) == 4
    assert all(f"IN ({changed.pk})" in q for q in entry_queries if '"day" >=' in q)


def test_htmx_history_restore_gets_the_whole_page(three_clients, htmx_headers):
    headers = {**htmx_headers, "HTTP_HX_HISTORY_RESTORE_REQUEST": "true"}
    response = client_for(three_clients).get(reverse("roster"), {"sort": "name"}, **headers)
    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]
