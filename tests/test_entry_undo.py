"""Deleting a history entry offers Undo (issue 18): the row says what went, Undo brings the very
same entry back within ten minutes, only for its owner, and the page's entry count follows."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coaching import roster
from coaching.models import CoachingLink
from tests.conftest import FROZEN_NOW, _normalised, client_for
from tests.test_summary_random_writes import _raw_summary, _same_figures
from tracker.models import AthleteSummary, DeletedEntry, ProteinEntry, RunEntry, WeightEntry

HX = {"HTTP_HX_REQUEST": "true"}
TODAY = dt.date.fromisoformat(FROZEN_NOW[:10])


def _count_in(html: str) -> str:
    match = re.search(r'<span id="history-count"[^>]*>(.*?)</span>', html, re.S)
    assert match, html
    return match.group(1).strip()


def _delete(client, metric: str, pk: int):
    return client.post(reverse("entry_delete", args=[metric, pk]), **HX)


def _undo_url(html: str) -> str:
    match = re.search(r'hx-post="(/history/[^"]+/undo/\d+/)"', html)
    assert match, html
    return match.group(1)


def test_delete_says_what_went_and_undo_restores_the_same_entry(athlete, frozen_time):
    web = client_for(athlete)
    keep = WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=81.0)
    gone = WeightEntry.objects.create(user=athlete, day=dt.date(2025, 3, 3), weight_kg=80.4)
    created_at = gone.created_at
    page = web.get(reverse("history", args=["weight"])).content.decode()
    assert _count_in(page) == "· 2 entries"

    response = _delete(web, "weight", gone.pk)
    html = response.content.decode()
    assert "Deleted 80.4 kg weigh-in of 3 Mar" in html
    assert 'hx-swap-oob="true"' in html and _count_in(html) == "· 1 entry"
    assert list(WeightEntry.objects.filter(user=athlete)) == [keep]

    response = web.post(_undo_url(html), **HX)
    html = response.content.decode()
    assert response.status_code == 200
    restored = WeightEntry.objects.get(user=athlete, day=dt.date(2025, 3, 3))
    assert (restored.pk, restored.weight_kg, restored.created_at) == (gone.pk, 80.4, created_at)
    assert f'id="entry-{restored.pk}"' in html and "Delete" in html
    assert _count_in(html) == "· 2 entries"
    assert not DeletedEntry.objects.exists()  # one undo per delete
    assert web.post(_undo_url(_delete(web, "weight", keep.pk).content.decode())).status_code == 302


def test_undo_keeps_every_summary_equal_to_the_raw_entries(athlete, coach_user, frozen_time):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    web = client_for(athlete)
    for back in range(0, 20, 2):
        WeightEntry.objects.create(
            user=athlete, day=TODAY - dt.timedelta(days=back), weight_kg=80 + back / 10
        )
    ProteinEntry.objects.create(user=athlete, day=TODAY, grams=140)
    run = RunEntry.objects.create(user=athlete, day=TODAY, distance_km=8, duration_s=2700, effort=6)
    latest = WeightEntry.objects.get(user=athlete, day=TODAY)
    before = _raw_summary(athlete)
    for metric, entry in (("weight", latest), ("runs", run)):
        html = _delete(web, metric, entry.pk).content.decode()
        [row] = roster.roster_rows(coach_user)
        _same_figures(row.summary, _raw_summary(athlete))
        assert _raw_summary(athlete) != before
        generation = AthleteSummary.objects.get(user=athlete).generation
        web.post(_undo_url(html), **HX)
        # The undo marks the stored summary changed like any write; the roster recomputes it.
        assert AthleteSummary.objects.get(user=athlete).generation > generation
        [row] = roster.roster_rows(coach_user)
        _same_figures(row.summary, _raw_summary(athlete))
    _same_figures(_raw_summary(athlete), before)


def test_strangers_get_404_and_the_entry_stays_deleted(athlete, other_athlete, frozen_time):
    gone = WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.4)
    url = _undo_url(_delete(client_for(athlete), "weight", gone.pk).content.decode())
    assert client_for(other_athlete).post(url, **HX).status_code == 404
    # The owner's record under another metric's address is not found either.
    other_metric = url.replace("/weight/", "/protein/")
    assert client_for(athlete).post(other_metric, **HX).status_code == 404
    assert not WeightEntry.objects.exists()
    assert client_for(None).post(url).status_code == 302  # to the login page


def test_undo_after_ten_minutes_is_refused_with_a_message(athlete, frozen_time):
    web = client_for(athlete)
    gone = WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.4)
    url = _undo_url(_delete(web, "weight", gone.pk).content.decode())
    frozen_time.shift(dt.timedelta(minutes=11))
    html = web.post(url, **HX).content.decode()
    assert "Too late to undo: a delete can be undone for 10 minutes." in html
    assert _count_in(html) == ""
    assert not WeightEntry.objects.exists()
    # Without htmx: the same message on the history page.
    gone = WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.4)
    url = _undo_url(_delete(web, "weight", gone.pk).content.decode())
    frozen_time.shift(dt.timedelta(minutes=11))
    page = web.post(url, follow=True).content.decode()
    assert "Too late to undo" in page and not WeightEntry.objects.exists()


def test_undo_refused_when_a_newer_protein_total_took_the_day(athlete, frozen_time):
    web = client_for(athlete)
    gone = ProteinEntry.objects.create(user=athlete, day=TODAY, grams=120)
    url = _undo_url(_delete(web, "protein", gone.pk).content.decode())
    ProteinEntry.objects.create(user=athlete, day=TODAY, grams=30)
    html = unescape(web.post(url, **HX).content.decode())
    assert "Couldn't undo: a newer entry takes that day." in html
    assert list(ProteinEntry.objects.values_list("grams", flat=True)) == [30]


def test_delete_and_undo_queries_do_not_grow_with_entries(athlete, frozen_time):
    web = client_for(athlete)
    WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80)

    def round_trip() -> list[str]:
        entry = WeightEntry.objects.filter(user=athlete, day=TODAY).get()
        with CaptureQueriesContext(connection) as queries:
            html = _delete(web, "weight", entry.pk).content.decode()
            assert web.post(_undo_url(html), **HX).status_code == 200
        # Savepoint names carry a counter; the statements must not differ otherwise.
        return [
            re.sub(r'"s\d+_x\d+"', "?", _normalised(q["sql"])) for q in queries.captured_queries
        ]

    few = round_trip()
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=TODAY - dt.timedelta(days=d), weight_kg=80)
        for d in range(1, 200)
    )
    assert round_trip() == few
    assert len(few) <= 25  # both requests together, summary bumps included


def test_history_cells_carry_their_column_names_for_phone_cards(athlete, frozen_time):
    RunEntry.objects.create(user=athlete, day=TODAY, distance_km=8, duration_s=2700)
    html = client_for(athlete).get(reverse("history", args=["runs"])).content.decode()
    assert 'data-label="Distance"' in html and 'data-label="Date"' in html
    assert "style=" not in html


@pytest.mark.parametrize("metric", ["weight", "runs"])
def test_roster_cells_carry_their_column_names(athlete, coach_user, metric):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    html = client_for(coach_user).get(reverse("roster")).content.decode()
    for label in ("Last weigh-in", "Trend weight", "28-day rate", "Flags"):
        assert f'data-label="{label}"' in html


def test_without_javascript_delete_goes_through_the_confirm_page(athlete, frozen_time):
    web = client_for(athlete)
    entry = WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=80.4)
    url = reverse("entry_delete", args=["weight", entry.pk])
    html = web.get(reverse("history", args=["weight"])).content.decode()
    assert f'<form method="get" action="{url}"' in html  # the button opens the confirm page
    assert "will be removed for good" in web.get(url).content.decode()
    assert web.post(url).status_code == 302
    assert not WeightEntry.objects.exists()
