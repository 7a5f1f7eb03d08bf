"""The same athlete on the same day shows the same numbers on every screen (issue 11).

Today, Progress (every range), the coach's client page and the coach's roster row all take their
figures from `tracker.summary.athlete_summary`. These tests load the demo data and compare, for
each demo athlete, the summaries behind the four screens and the figures the pages print.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from coaching import roster
from coaching.demo import demo_email
from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker import charts, presenters, selectors
from tracker.models import User
from tracker.summary import athlete_summary

# Late in the day in UTC, so athletes east and west of London are on different dates.
NOW = dt.datetime(2026, 3, 18, 22, 30, tzinfo=dt.UTC)

CARD = re.compile(
    r'<li class="card stat"[^>]*>\s*<span class="label">(?P<label>.*?)</span>\s*'
    r'<span class="value">(?P<value>.*?)</span>.*?<span class="detail">(?P<detail>.*?)</span>',
    re.S,
)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def cards(page: str) -> dict[str, tuple[str, str]]:
    """label → (value with unit, detail) of every summary card on a page."""
    return {_text(m["label"]): (_text(m["value"]), _text(m["detail"])) for m in CARD.finditer(page)}


def roster_cells(page: str, name: str) -> list[str]:
    row = re.search(
        rf"<tr>\s*<th scope=\"row\"><a [^>]*>{re.escape(name)}</a></th>(.*?)</tr>", page, re.S
    )
    assert row, f"{name} not on the roster"
    return [_text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row[1], re.S)]


def _number(text: str) -> float:
    return float(re.search(r"[+−-]?\d+(?:\.\d+)?", text)[0].replace("−", "-"))


@pytest.fixture
def demo(db):
    with time_machine.travel(NOW, tick=False):
        call_command("demo_data", stdout=io.StringIO())
        yield User.objects.get(email=demo_email("coach"))


def _athletes() -> list[User]:
    return list(
        User.objects.filter(email__endswith="@demo.wholebody.app", is_coach=False, is_staff=False)
    )


def test_the_four_screens_share_one_summary_for_every_demo_athlete(demo):
    coach = demo
    rows = {row.athlete.pk: row for row in roster.roster_rows(coach)}
    athletes = _athletes()
    assert len(athletes) >= 6
    for athlete in athletes:
        as_of = athlete.local_today()
        today = athlete_summary(selectors.summary_history(athlete, as_of), as_of)
        for range_key in charts.RANGES:
            page = presenters.progress_context(athlete, range_key=range_key, viewer=athlete)
            assert page["progress"].summary == today, (athlete.name, range_key)
            client = presenters.progress_context(
                athlete, range_key=range_key, viewer=coach, id_prefix="client"
            )
            assert client["progress"].summary == today, (athlete.name, range_key)
        if athlete.pk in rows:
            # The roster's row is the athlete's stored summary: the very same value.
            assert rows[athlete.pk].summary == today
        else:
            assert not CoachingLink.objects.filter(athlete=athlete, ended_at=None).exists()


def test_every_shared_figure_prints_the_same_on_every_screen(demo):
    coach = demo
    roster_page = client_for(coach).get(reverse("roster")).content.decode()
    compared_rows = 0
    for athlete in _athletes():
        athlete_web = client_for(athlete)
        today = cards(athlete_web.get(reverse("dashboard")).content.decode())
        progress = cards(athlete_web.get(reverse("progress")).content.decode())
        assert set(today) == {"Trend weight", "28-day rate", "Protein", "This week"}
        for label, shown in today.items():
            assert progress[label] == shown, (athlete.name, label)
        for range_key in charts.RANGES:
            other = cards(
                athlete_web.get(reverse("progress"), {"range": range_key}).content.decode()
            )
            assert other == progress, (athlete.name, range_key)

        if not CoachingLink.objects.filter(athlete=athlete, ended_at=None).exists():
            continue
        # The coach reads in their own units: give them the athlete's to compare the text.
        coach.weight_unit, coach.distance_unit = athlete.weight_unit, athlete.distance_unit
        coach.save(update_fields=["weight_unit", "distance_unit"])
        client_page = client_for(coach).get(reverse("client_detail", args=[athlete.pk]))
        assert cards(client_page.content.decode()) == progress, athlete.name

        if coach.weight_unit != "kg" or coach.distance_unit != "km":
            continue  # the roster page above was rendered in kilograms and kilometres
        cells = roster_cells(roster_page, athlete.name)
        trend_value, _ = progress["Trend weight"]
        assert cells[1] == ("—" if trend_value == "—" else trend_value), athlete.name
        rate_value, rate_detail = progress["28-day rate"]
        if rate_value == "—":
            assert cells[3] == "—"
        else:
            assert _number(cells[3]) == _number(rate_detail), athlete.name  # % per week
        protein_value, _ = progress["Protein"]
        if protein_value == "—":
            assert cells[4] == "—"
        else:  # one decimal on the roster, two on the card
            assert abs(_number(cells[4]) - _number(protein_value)) <= 0.05 + 1e-9, athlete.name
        compared_rows += 1
    assert compared_rows >= 4
