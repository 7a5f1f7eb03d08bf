"""The pure modules' words (charts, trends, body composition, the running card, the importers'
messages) come out in the active language through the real Django side: the presenters and
the import views, with the compiled catalogues (tests/conftest.py compiles them when stale).
How it works: tracker/texts.py."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.utils import translation

from tracker import selectors
from tracker.models import RunEntry, User, WeightEntry
from tracker.presenters import progress_context, today_panel
from tracker.summary import athlete_summary

TODAY = date(2024, 3, 31)
NOW = datetime(2024, 3, 31, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(NOW, tick=False):
        yield


def _first_days(user: User) -> None:
    """Three days of weigh-ins and one run: the charts say the trend is still settling."""
    for n, kg in ((2, 80.0), (1, 79.6), (0, 79.8)):
        WeightEntry.objects.create(user=user, day=TODAY - timedelta(days=n), weight_kg=kg)
    RunEntry.objects.create(
        user=user, day=TODAY - timedelta(days=1), distance_km=8.0, duration_s=2700
    )


def _charts(user: User) -> dict:
    page = progress_context(user, range_key="4w", viewer=user)["progress"]
    return {panel.key: panel for panel in page.charts} | {"_page": page}


def test_charts_come_out_in_italian(athlete):
    _first_days(athlete)
    with translation.override("it"):
        panels = _charts(athlete)
    weight, running = panels["weight"], panels["running"]
    assert weight.title == "Peso e tendenza"
    layout = weight.figure["layout"]
    assert layout["yaxis"]["title"]["text"] == "Peso (kg)"
    names = [trace["name"] for trace in weight.figure["data"]]
    # The segments to the trend are the weigh-ins' error bars (no trace, no name of their own).
    assert names == ["Pesata (media del giorno)", "Tendenza"]
    assert weight.figure["data"][1]["hovertemplate"] == "%{y:.1f} kg<extra>Tendenza</extra>"
    assert weight.note == (
        "3 giorni registrati finora. La linea di tendenza si assesta dopo circa una settimana "
        "di pesate (mancano 4 giorni): fino ad allora resta vicina alle prime misure."
    )
    assert weight.aria_label.endswith("kg nelle ultime 4 settimane")
    assert running.title == "Distanza di corsa settimanale"
    annotation = running.figure["layout"]["annotations"][0]["text"]
    assert annotation == "Corsa più lunga: 8,0 km (30 mar)"
    assert running.figure["data"][0]["hovertemplate"] == (
        "Settimana del %{x|%-d %b %Y}: %{y:.1f} km<extra></extra>"
    )
    assert panels["protein"].empty_message == "Ancora nessuna proteina registrata in questo periodo"
    assert panels["weight"].table.columns == ("Data", "Pesata (kg)", "Tendenza (kg)")
    page = panels["_page"]
    assert [(option.label, option.short_label) for option in page.ranges][:2] == [
        ("4 settimane", "4 sett"),
        ("3 mesi", "3 mesi"),
    ]


def test_charts_stay_english_in_english(athlete):
    _first_days(athlete)
    with translation.override("en"):
        panels = _charts(athlete)
    weight = panels["weight"]
    assert weight.title == "Weight and trend"
    assert weight.figure["layout"]["yaxis"]["title"]["text"] == "Weight (kg)"
    assert weight.figure["data"][1]["hovertemplate"] == "%{y:.1f} kg<extra>Trend</extra>"
    assert weight.note.startswith("3 days logged so far. The trend line settles")
    assert panels["running"].figure["layout"]["annotations"][0]["text"] == (
        "Longest run: 8.0 km (30 Mar)"
    )


def test_a_page_built_in_one_language_does_not_leak_into_the_next(athlete):
    """Words are translated per build, never cached in a module constant."""
    _first_days(athlete)
    with translation.override("de"):
        assert _charts(athlete)["weight"].figure["layout"]["yaxis"]["title"]["text"] == (
            "Gewicht (kg)"
        )
    with translation.override("pt"):
        assert _charts(athlete)["weight"].title == "Peso e tendência"


def test_running_card_and_trend_words_come_out_in_italian(athlete):
    _first_days(athlete)
    for n in range(8, 15):
        WeightEntry.objects.create(user=athlete, day=TODAY - timedelta(days=n), weight_kg=81.0)
    with translation.override("it"):
        panel = today_panel(athlete)
        card = panel.dose_card
        assert card is not None
        rate = athlete_summary(selectors.summary_history(athlete, TODAY), TODAY).rate
        assert rate is not None
        words = (card.verdict_label, card.headline, card.safety, rate.status_text)
    assert words == (
        "Troppo rare",
        "0,2 corse a settimana: la dose ne richiede 3–5 da 30+ minuti.",
        "Scaldati prima di correre, allungati dopo, usa scarpe da corsa adatte, e fermati a "
        "riposare se qualcosa fa male.",
        "in calo lento",
    )
    assert [words for _, words in card.effort_choices] == [
        "Leggera",
        "Moderata",
        "Intensa",
        "Al massimo",
    ]
    with translation.override("en"):
        card = today_panel(athlete).dose_card
    assert card is not None
    assert card.verdict_label == "Too rare"
    assert card.safety.startswith("Warm up before you run")
