"""A quick-log post answers with its own card only (issue 11): no other card's form or facts is
rebuilt, so a weigh-in costs a few queries whatever else the dashboard shows."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tracker.models import Goal, ProteinEntry, RunEntry

CARD_IDS = ("log-weight", "log-protein", "log-runs", "log-body-fat", "log-goal")


@pytest.mark.parametrize(
    ("metric", "data", "card"),
    [
        ("weight", {"weight": "80.4"}, "log-weight"),
        ("protein", {"grams": "30"}, "log-protein"),
        ("body-fat", {"percent": "21.5", "method": "scale"}, "log-body-fat"),
        ("runs", {"distance": "5", "duration": "27:30"}, "log-runs"),
    ],
)
def test_htmx_quick_log_renders_only_its_card(
    athlete, athlete_client, htmx_headers, metric, data, card
):
    today = athlete.local_today()
    RunEntry.objects.create(
        user=athlete, day=today - dt.timedelta(days=1), distance_km=4, duration_s=1500
    )
    ProteinEntry.objects.create(user=athlete, day=today, grams=40)
    Goal.objects.create(user=athlete, text="Run a 10k in the spring")
    with CaptureQueriesContext(connection) as queries:
        response = athlete_client.post(
            reverse("quick_log", args=[metric]), {**data, "day": today.isoformat()}, **htmx_headers
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Logged" in html or "protein on" in html
    assert f'id="{card}"' in html
    assert [other for other in CARD_IDS if other != card and f'id="{other}"' in html] == []
    # None of the other cards' facts were read (goals, runs, protein, the trend strip).
    read = " ".join(q["sql"] for q in queries.captured_queries)
    for table, owner in (("tracker_goal", "log-goal"), ("tracker_runentry", "log-runs")):
        if owner != card:
            assert f'FROM "{table}"' not in read, (card, table)


def test_an_invalid_htmx_quick_log_keeps_the_typed_values(athlete, athlete_client, htmx_headers):
    response = athlete_client.post(
        reverse("quick_log", args=["weight"]), {"weight": "9000"}, **htmx_headers
    )
    html = response.content.decode()
    assert 'id="log-weight"' in html and 'value="9000"' in html
    assert 'id="log-runs"' not in html
