"""Dashboard quick-log and history pages: htmx partials versus full pages, owner-only access,
pagination, units, constant query counts, and no 500 for any input."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import client_for
from tracker.forms import ProteinAddForm
from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 10)
DAY = "2026-03-09"

VALID_QUICK_LOG = {
    "weight": (WeightEntry, {"weight": "80.4", "day": DAY}),
    "body-fat": (BodyFatEntry, {"percent": "18.5", "method": "scale", "day": DAY}),
    "runs": (RunEntry, {"distance": "10", "duration": "50:00", "day": DAY}),
    "protein": (ProteinEntry, {"grams": "30", "day": DAY}),
}
MESSAGES = {
    "weight": "Logged 80.4 kg for 9 Mar.",
    "body-fat": "Logged 18.5 % body fat for 9 Mar.",
    "runs": (
        "Logged a 10.00 km run for 9 Mar: add how hard it felt (effort) so it can count toward "
        "your running dose."
    ),
    "protein": "30 g of protein on 9 Mar.",
}
CARD_IDS = {
    "weight": 'id="log-weight"',
    "body-fat": 'id="log-body-fat"',
    "runs": 'id="log-runs"',
    "protein": 'id="log-protein"',
}
METRICS = list(VALID_QUICK_LOG)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def make_entry(metric: str, user, day: dt.date = TODAY, **overrides):
    if metric == "weight":
        fields = {"weight_kg": 80.0}
        model = WeightEntry
    elif metric == "body-fat":
        fields = {"percent": 20.0}
        model = BodyFatEntry
    elif metric == "runs":
        fields = {"distance_km": 10.0, "duration_s": 3000}
        model = RunEntry
    else:
        fields = {"grams": 100.0}
        model = ProteinEntry
    fields.update(overrides)
    return model.objects.create(user=user, day=day, **fields)


# Dashboard and quick log -------------------------------------------------------------------


def test_dashboard_shows_all_quick_log_cards(athlete_client):
    response = athlete_client.get(reverse("dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    for card_id in CARD_IDS.values():
        assert card_id in html
    assert "Today" in html


def test_dashboard_needs_login(db):
    response = client_for(None).get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("metric", METRICS)
def test_quick_log_htmx_returns_only_the_card(athlete, athlete_client, htmx_headers, metric):
    model, data = VALID_QUICK_LOG[metric]
    response = athlete_client.post(reverse("quick_log", args=[metric]), data, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith("<section")
    assert CARD_IDS[metric] in html
    # Only the one card.
    for other, card_id in CARD_IDS.items():
        if other != metric:
            assert card_id not in html
    assert MESSAGES[metric] in html
    assert model.objects.filter(user=athlete).count() == 1


@pytest.mark.parametrize("metric", METRICS)
def test_quick_log_plain_post_redirects_and_shows_message(athlete, athlete_client, metric):
    model, data = VALID_QUICK_LOG[metric]
    response = athlete_client.post(reverse("quick_log", args=[metric]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    page = athlete_client.get(response["Location"])
    assert MESSAGES[metric] in page.content.decode()
    assert model.objects.filter(user=athlete).count() == 1


INVALID_QUICK_LOG = {
    "weight": ({"weight": "24.9", "day": DAY}, "Weight must be between 25 and 350 kg."),
    "body-fat": (
        {"percent": "80", "method": "scale", "day": DAY},
        "Body fat must be between 2 and 75 %.",
    ),
    "runs": (
        {"distance": "10", "duration": "1:75", "day": DAY},
        "Minutes and seconds must be between 0 and 59.",
    ),
    "protein": ({"grams": "600", "day": DAY}, "Add between 1 and 500 g."),
}


@pytest.mark.parametrize("metric", METRICS)
def test_quick_log_invalid_plain_post_is_full_page_400(athlete, athlete_client, metric):
    data, message = INVALID_QUICK_LOG[metric]
    response = athlete_client.post(reverse("quick_log", args=[metric]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<html" in html
    assert message in html
    # The other cards are still there, and what was typed is kept.
    for card_id in CARD_IDS.values():
        assert card_id in html
    assert VALID_QUICK_LOG[metric][0].objects.count() == 0


@pytest.mark.parametrize("metric", METRICS)
def test_quick_log_invalid_htmx_post_returns_card_with_error(athlete_client, htmx_headers, metric):
    data, message = INVALID_QUICK_LOG[metric]
    response = athlete_client.post(reverse("quick_log", args=[metric]), data, **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert CARD_IDS[metric] in html
    assert message in html
    assert VALID_QUICK_LOG[metric][0].objects.count() == 0


def test_quick_log_future_day_message(athlete_client):
    response = athlete_client.post(
        reverse("quick_log", args=["weight"]), {"weight": "80", "day": "2026-03-11"}
    )
    assert response.status_code == 400
    assert "The date can&#x27;t be in the future (today is 10 Mar 2026" in response.content.decode()
    assert not WeightEntry.objects.exists()


def test_quick_log_weight_in_pounds(athlete, athlete_client):
    athlete.weight_unit = "lb"
    athlete.save()
    response = athlete_client.post(
        reverse("quick_log", args=["weight"]), {"weight": "176.4", "day": DAY}, follow=True
    )
    assert "Logged 176.4 lb for 9 Mar." in response.content.decode()
    assert WeightEntry.objects.get().weight_kg == pytest.approx(80.014, abs=1e-3)


def test_protein_quick_adds_accumulate(athlete, athlete_client, htmx_headers):
    url = reverse("quick_log", args=["protein"])
    today = TODAY.isoformat()
    athlete_client.post(url, {"grams": "20", "day": today}, **htmx_headers)
    response = athlete_client.post(url, {"grams": "30", "day": today}, **htmx_headers)
    assert "50 g of protein on 10 Mar." in response.content.decode()
    assert "Today: 50 g" in response.content.decode()
    assert ProteinEntry.objects.get(user=athlete, day=TODAY).grams == 50
    response = athlete_client.post(url, {"grams": "460", "day": today}, **htmx_headers)
    assert "That would make 510 g for the day; the limit is 500 g a day." in (
        response.content.decode()
    )
    assert ProteinEntry.objects.get(user=athlete, day=TODAY).grams == 50


def test_quick_log_unknown_metric_and_get(athlete_client):
    assert athlete_client.post(reverse("quick_log", args=["steps"]), {}).status_code == 404
    assert athlete_client.get(reverse("quick_log", args=["weight"])).status_code == 405


def test_quick_log_needs_login(db):
    _, data = VALID_QUICK_LOG["weight"]
    response = client_for(None).post(reverse("quick_log", args=["weight"]), data)
    assert response.status_code == 302
    assert not WeightEntry.objects.exists()


# Hostile input -----------------------------------------------------------------------------

HOSTILE_VALUES = [
    "abc",
    "1e309",
    "nan",
    "-inf",
    "99999999999999999999999999999",
    "0",
    "",
    "١٢٣",
    "💪",
    "<script>alert(1)</script>",
    "\x00",
    "x" * 10_000,
]
FIELDS = {
    "weight": ["weight", "day"],
    "body-fat": ["percent", "method", "day"],
    "runs": ["distance", "duration", "day", "avg_heart_rate", "elevation_gain_m", "effort", "note"],
    "protein": ["grams", "day"],
}


MISSING = object()
OPTIONAL = {"avg_heart_rate", "elevation_gain_m", "effort", "note"}


def hostile_cases(values: list[str]):
    for metric in METRICS:
        base = VALID_QUICK_LOG[metric][1]
        for field in FIELDS[metric]:
            for value in values:
                yield metric, field, value, {**base, field: value}
            yield metric, field, MISSING, {k: v for k, v in base.items() if k != field}
        yield metric, None, MISSING, {}


def acceptable(metric: str, field: str | None, value: object) -> bool:
    """Hostile-looking input that is fine to save: a blank optional field, any note text, or a
    number in bounds written with other digits (Python reads "١٢٣" as 123)."""
    if value == "١٢٣":
        return True
    if field not in OPTIONAL:
        return False
    return value is MISSING or field == "note" or value in {"", " ", "0", "-0"}


@pytest.mark.parametrize(
    ("htmx", "values"),
    [(False, HOSTILE_VALUES), (True, ["nan", "", "x" * 10_000])],
    ids=["plain", "htmx"],
)
def test_no_input_gives_a_500(athlete, athlete_client, htmx, values):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    for metric, field, value, data in hostile_cases(values):
        model = VALID_QUICK_LOG[metric][0]
        # The test client re-raises any exception a view lets through, so a 500 fails here.
        response = athlete_client.post(reverse("quick_log", args=[metric]), data, **headers)
        if model.objects.exists():
            assert acceptable(metric, field, value), (metric, data)
            assert response.status_code == (200 if htmx else 302)
            model.objects.all().delete()
        else:
            assert response.status_code == (200 if htmx else 400), (metric, data)


def test_ten_thousand_char_note_is_refused(athlete_client):
    data = {**VALID_QUICK_LOG["runs"][1], "note": "x" * 10_000}
    response = athlete_client.post(reverse("quick_log", args=["runs"]), data)
    assert response.status_code == 400
    assert "Ensure this value has at most 500 characters (it has 10000)." in (
        response.content.decode()
    )
    assert not RunEntry.objects.exists()


def test_user_text_is_escaped(athlete, athlete_client):
    make_entry("runs", athlete, note="<script>alert(1)</script>")
    html = athlete_client.get(reverse("history", args=["runs"])).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


# History -----------------------------------------------------------------------------------


@pytest.mark.parametrize("metric", METRICS)
def test_history_lists_own_entries_newest_first(athlete, other_athlete, athlete_client, metric):
    make_entry(metric, athlete, day=dt.date(2026, 3, 1))
    make_entry(metric, athlete, day=dt.date(2026, 3, 8))
    make_entry(metric, athlete, day=dt.date(2026, 3, 5))
    theirs = make_entry(metric, other_athlete, day=dt.date(2026, 3, 7))
    response = athlete_client.get(reverse("history", args=[metric]))
    assert response.status_code == 200
    html = response.content.decode()
    days = [html.index(day) for day in ("Sun 8 Mar 2026", "Thu 5 Mar 2026", "Sun 1 Mar 2026")]
    assert days == sorted(days)
    assert f'id="entry-{theirs.pk}"' not in html
    assert "Sat 7 Mar 2026" not in html
    assert "3 entries" in html


def test_history_same_day_newest_logged_first(athlete, athlete_client):
    first = make_entry("weight", athlete, weight_kg=81.0)
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        second = make_entry("weight", athlete, weight_kg=80.0)
    html = athlete_client.get(reverse("history", args=["weight"])).content.decode()
    assert html.index(f'id="entry-{second.pk}"') < html.index(f'id="entry-{first.pk}"')


def test_history_empty_and_unknown_metric(athlete_client):
    response = athlete_client.get(reverse("history", args=["weight"]))
    assert "No weight logged yet." in response.content.decode()
    assert athlete_client.get(reverse("history", args=["steps"])).status_code == 404


def test_history_needs_login(db):
    response = client_for(None).get(reverse("history", args=["weight"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def bulk_weights(user, count: int) -> None:
    start = dt.date(2026, 3, 10)
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=start - dt.timedelta(days=i), weight_kg=80 + (i % 10) / 10)
        for i in range(count)
    )


def test_history_pagination(athlete, athlete_client):
    bulk_weights(athlete, 60)
    url = reverse("history", args=["weight"])
    first = athlete_client.get(url).content.decode()
    assert first.count('<tr id="entry-') == 25
    assert "Page 1 of 3" in first
    assert "Tue 10 Mar 2026" in first  # newest on page 1
    assert "Older" in first
    last = athlete_client.get(url, {"page": 3}).content.decode()
    assert last.count('<tr id="entry-') == 10
    assert "Page 3 of 3" in last
    assert "Newer" in last
    assert "Sat 10 Jan 2026" in last  # the oldest, 59 days back
    # Out-of-range and junk page numbers fall back instead of failing.
    assert "Page 3 of 3" in athlete_client.get(url, {"page": 99}).content.decode()
    assert "Page 1 of 3" in athlete_client.get(url, {"page": "abc"}).content.decode()


def test_history_values_in_users_units(athlete, athlete_client):
    make_entry("weight", athlete, weight_kg=80.0)
    make_entry("runs", athlete, distance_km=16.09344, duration_s=4800)
    assert "80.0 kg" in athlete_client.get(reverse("history", args=["weight"])).content.decode()
    runs = athlete_client.get(reverse("history", args=["runs"])).content.decode()
    assert "16.09 km" in runs
    assert "1:20:00" in runs
    assert "4:58 /km" in runs
    athlete.weight_unit, athlete.distance_unit = "lb", "mi"
    athlete.save()
    assert "176.4 lb" in athlete_client.get(reverse("history", args=["weight"])).content.decode()
    runs = athlete_client.get(reverse("history", args=["runs"])).content.decode()
    assert "10.00 mi" in runs
    assert "8:00 /mi" in runs


def history_query_count(client, metric: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("history", args=[metric]))
    assert response.status_code == 200
    return len(queries)


def bulk_entries(metric: str, user, count: int) -> None:
    start = dt.date(2026, 3, 10)
    days = [start - dt.timedelta(days=i) for i in range(count)]
    if metric == "weight":
        WeightEntry.objects.bulk_create(WeightEntry(user=user, day=d, weight_kg=80) for d in days)
    elif metric == "body-fat":
        BodyFatEntry.objects.bulk_create(BodyFatEntry(user=user, day=d, percent=20) for d in days)
    elif metric == "runs":
        RunEntry.objects.bulk_create(
            RunEntry(user=user, day=d, distance_km=10, duration_s=3000, note="easy") for d in days
        )
    else:
        ProteinEntry.objects.bulk_create(ProteinEntry(user=user, day=d, grams=120) for d in days)


QUERY_COUNTS: dict[str, tuple[int, int]] = {}


@pytest.mark.parametrize("metric", METRICS)
def test_history_query_count_does_not_grow_with_entries(athlete, other_athlete, metric):
    few, many = client_for(athlete), client_for(other_athlete)
    bulk_entries(metric, athlete, 10)
    bulk_entries(metric, other_athlete, 500)
    few_count = history_query_count(few, metric)
    many_count = history_query_count(many, metric)
    QUERY_COUNTS[metric] = (few_count, many_count)
    assert few_count == many_count
    # Session, user, count and one page of rows: a handful, never one per entry.
    assert many_count <= 6


# Edit and delete ---------------------------------------------------------------------------

EDIT_DATA = {
    "weight": ({"weight": "79.5", "day": "2026-03-08"}, "79.5 kg"),
    "body-fat": ({"percent": "17.5", "method": "dexa", "day": "2026-03-08"}, "17.5 %"),
    "runs": ({"distance": "12", "duration": "1:00:00", "day": "2026-03-08"}, "12.00 km"),
    "protein": ({"grams": "140", "day": "2026-03-08"}, "140 g"),
}
BAD_EDIT_DATA = {
    "weight": ({"weight": "351", "day": "2026-03-08"}, "Weight must be between 25 and 350 kg."),
    "body-fat": (
        {"percent": "1", "method": "dexa", "day": "2026-03-08"},
        "Body fat must be between 2 and 75 %.",
    ),
    "runs": (
        {"distance": "12", "duration": "0:30", "day": "2026-03-08"},
        "Duration must be between 1 minute and 36 hours.",
    ),
    "protein": (
        {"grams": "501", "day": "2026-03-08"},
        "Protein must be between 0 and 500 g a day.",
    ),
}


@pytest.mark.parametrize("metric", METRICS)
def test_edit_htmx_get_returns_edit_row(athlete, athlete_client, htmx_headers, metric):
    entry = make_entry(metric, athlete)
    response = athlete_client.get(reverse("entry_edit", args=[metric, entry.pk]), **htmx_headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith(f'<tr id="entry-{entry.pk}" class="editing">')
    assert "<form" in html
    assert 'name="day"' in html


@pytest.mark.parametrize("metric", METRICS)
def test_edit_htmx_post_returns_display_row(athlete, athlete_client, htmx_headers, metric):
    entry = make_entry(metric, athlete)
    data, shown = EDIT_DATA[metric]
    response = athlete_client.post(
        reverse("entry_edit", args=[metric, entry.pk]), data, **htmx_headers
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith(f'<tr id="entry-{entry.pk}">')
    assert "editing" not in html
    assert shown in html
    assert "Sun 8 Mar 2026" in html
    entry.refresh_from_db()
    assert entry.day == dt.date(2026, 3, 8)


@pytest.mark.parametrize("metric", METRICS)
def test_edit_htmx_cancel_returns_display_row(athlete, athlete_client, htmx_headers, metric):
    entry = make_entry(metric, athlete)
    url = reverse("entry_edit", args=[metric, entry.pk])
    html = athlete_client.get(url, {"cancel": "1"}, **htmx_headers).content.decode()
    assert html.strip().startswith(f'<tr id="entry-{entry.pk}">')


@pytest.mark.parametrize("metric", METRICS)
def test_edit_invalid_keeps_entry(athlete, athlete_client, htmx_headers, metric):
    entry = make_entry(metric, athlete)
    url = reverse("entry_edit", args=[metric, entry.pk])
    data, message = BAD_EDIT_DATA[metric]
    response = athlete_client.post(url, data, **htmx_headers)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'class="editing"' in response.content.decode()
    response = athlete_client.post(url, data)
    assert response.status_code == 400
    assert "<html" in response.content.decode()
    assert message in response.content.decode()
    fresh = type(entry).objects.get(pk=entry.pk)
    assert fresh.day == TODAY


@pytest.mark.parametrize("metric", METRICS)
def test_edit_plain_get_and_post(athlete, athlete_client, metric):
    entry = make_entry(metric, athlete)
    url = reverse("entry_edit", args=[metric, entry.pk])
    page = athlete_client.get(url)
    assert page.status_code == 200
    assert "<html" in page.content.decode()
    data, _ = EDIT_DATA[metric]
    response = athlete_client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == reverse("history", args=[metric])
    follow = athlete_client.get(response["Location"]).content.decode()
    assert "for 8 Mar 2026." in follow


def test_edit_protein_to_a_taken_day_is_refused(athlete, athlete_client):
    make_entry("protein", athlete, day=dt.date(2026, 3, 8))
    entry = make_entry("protein", athlete, day=TODAY)
    response = athlete_client.post(
        reverse("entry_edit", args=["protein", entry.pk]), {"grams": "90", "day": "2026-03-08"}
    )
    assert response.status_code == 400
    assert "You already have a protein total for that day" in response.content.decode()
    entry.refresh_from_db()
    assert (entry.day, entry.grams) == (TODAY, 100)


def test_edit_in_pounds_round_trips(athlete, athlete_client):
    athlete.weight_unit = "lb"
    athlete.save()
    entry = make_entry("weight", athlete, weight_kg=80.0)
    url = reverse("entry_edit", args=["weight", entry.pk])
    assert 'value="176.4"' in athlete_client.get(url).content.decode()
    athlete_client.post(url, {"weight": "170", "day": TODAY.isoformat()})
    entry.refresh_from_db()
    assert entry.weight_kg == pytest.approx(77.111, abs=1e-3)


@pytest.mark.parametrize("metric", METRICS)
def test_delete_htmx_answers_with_an_undo_row_and_removes_the_entry(
    athlete, athlete_client, htmx_headers, metric
):
    entry = make_entry(metric, athlete)
    keep = make_entry(metric, athlete, day=dt.date(2026, 3, 1))
    response = athlete_client.post(reverse("entry_delete", args=[metric, entry.pk]), **htmx_headers)
    assert response.status_code == 200
    assert "Undo" in response.content.decode()
    model = type(entry)
    assert not model.objects.filter(pk=entry.pk).exists()
    assert model.objects.filter(pk=keep.pk).exists()
    html = athlete_client.get(reverse("history", args=[metric])).content.decode()
    assert f'id="entry-{entry.pk}"' not in html
    assert f'id="entry-{keep.pk}"' in html


@pytest.mark.parametrize("metric", METRICS)
def test_delete_plain_confirms_then_redirects(athlete, athlete_client, metric):
    entry = make_entry(metric, athlete)
    url = reverse("entry_delete", args=[metric, entry.pk])
    confirm = athlete_client.get(url)
    assert confirm.status_code == 200
    assert "Tuesday 10 March 2026" in confirm.content.decode()
    assert type(entry).objects.filter(pk=entry.pk).exists()
    response = athlete_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("history", args=[metric])
    assert "from 10 Mar 2026." in athlete_client.get(response["Location"]).content.decode()
    assert not type(entry).objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_other_users_entries_are_404(athlete, other_athlete, metric, htmx):
    entry = make_entry(metric, athlete)
    outsider = client_for(other_athlete)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    edit = reverse("entry_edit", args=[metric, entry.pk])
    delete = reverse("entry_delete", args=[metric, entry.pk])
    data, _ = EDIT_DATA[metric]
    assert outsider.get(edit, **headers).status_code == 404
    assert outsider.post(edit, data, **headers).status_code == 404
    assert outsider.get(delete, **headers).status_code == 404
    assert outsider.post(delete, **headers).status_code == 404
    fresh = type(entry).objects.get(pk=entry.pk)
    assert fresh.day == TODAY
    # The owner still can.
    owner = client_for(athlete)
    assert owner.get(edit, **headers).status_code == 200
    assert owner.get(delete).status_code == 200


@pytest.mark.parametrize("metric", METRICS)
def test_anonymous_cannot_edit_or_delete(athlete, metric):
    entry = make_entry(metric, athlete)
    anonymous = client_for(None)
    for url in (
        reverse("entry_edit", args=[metric, entry.pk]),
        reverse("entry_delete", args=[metric, entry.pk]),
    ):
        assert anonymous.get(url).status_code == 302
        assert anonymous.post(url).status_code == 302
    assert type(entry).objects.filter(pk=entry.pk).exists()


def test_entry_of_another_metric_is_404(athlete, athlete_client):
    weight = make_entry("weight", athlete)
    # Same pk, different table: must not touch the weight entry.
    url = reverse("entry_delete", args=["body-fat", weight.pk])
    assert athlete_client.post(url).status_code == 404
    assert athlete_client.get(reverse("entry_edit", args=["steps", weight.pk])).status_code == 404
    assert WeightEntry.objects.filter(pk=weight.pk).exists()


def test_staff_cannot_use_athlete_pages_on_others(athlete, staff_user, coach_user):
    entry = make_entry("weight", athlete)
    for user in (staff_user, coach_user):
        client = client_for(user)
        assert client.get(reverse("entry_edit", args=["weight", entry.pk])).status_code == 404
        assert client.post(reverse("entry_delete", args=["weight", entry.pk])).status_code == 404
    assert WeightEntry.objects.filter(pk=entry.pk).exists()


def test_edit_empty_post_shows_errors(athlete, athlete_client):
    entry = make_entry("weight", athlete)
    response = athlete_client.post(reverse("entry_edit", args=["weight", entry.pk]), {})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    entry.refresh_from_db()
    assert entry.weight_kg == 80.0


def dashboard_query_count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    return len(queries)


def test_dashboard_query_count_does_not_grow_with_entries(athlete, other_athlete):
    for metric in METRICS:
        bulk_entries(metric, athlete, 10)
        bulk_entries(metric, other_athlete, 500)
    assert dashboard_query_count(client_for(athlete)) == dashboard_query_count(
        client_for(other_athlete)
    )


def test_protein_add_racing_past_the_daily_limit_is_refused(athlete, athlete_client, monkeypatch):
    """Another add lands between the form's check and the update: a message, not a 500."""
    ProteinEntry.objects.create(user=athlete, day=TODAY, grams=480)
    # Simulate the race by letting the form's daily-total check see the day as empty.
    monkeypatch.setattr(ProteinAddForm, "clean", forms.Form.clean)
    response = athlete_client.post(
        reverse("quick_log", args=["protein"]), {"grams": "30", "day": TODAY.isoformat()}
    )
    assert response.status_code == 400
    assert "That would take the day over the 500 g limit." in response.content.decode()
    assert ProteinEntry.objects.get(user=athlete, day=TODAY).grams == 480


def test_dashboard_goal_quick_log_saves_and_shows_the_myth_note(athlete, athlete_client):
    response = athlete_client.post(
        "/log/goal/", {"text": "lose my belly fat with crunches"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'id="log-goal"' in html
    assert "Goal saved." in html
    assert "myth-warning" in html  # the note explains, it never blocks
    goal = athlete.goals.get()
    assert goal.myth.slug == "spot-reduction-exercise"
    assert goal.myth_area == "belly"


def test_dashboard_goal_quick_log_without_js_redirects_to_goals(athlete, athlete_client):
    response = athlete_client.post("/log/goal/", {"text": "run a sub-25 5k"})
    assert response.status_code == 302
    assert response["Location"] == "/goals/"
    assert athlete.goals.get().myth is None


def test_dashboard_goal_quick_log_rejects_an_empty_goal(athlete, athlete_client):
    response = athlete_client.post("/log/goal/", {"text": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not athlete.goals.exists()


def test_dashboard_field_ids_are_unique(athlete_client):
    import re
    from collections import Counter

    html = athlete_client.get("/today/").content.decode()
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    # Each card's "Day" label points at its own field.
    assert 'for="id_runs_day"' in html and 'id="id_runs_day"' in html


def test_today_shows_the_trend_strip_once_there_are_weigh_ins(athlete, athlete_client):
    import datetime as dt

    from tracker.models import WeightEntry

    assert "Trend weight" not in athlete_client.get("/today/").content.decode()
    today = athlete.local_today()
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=today - dt.timedelta(days=n), weight_kg=80.0)
        for n in range(14)
    )
    html = athlete_client.get("/today/").content.decode()
    # A flat 80 kg history: the trend is exactly 80.0 and the rate is holding steady.
    assert "Trend weight" in html
    assert "80.0" in html
    assert "Holding steady" in html or "holding steady" in html
