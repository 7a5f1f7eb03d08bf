"""Dates in each language: the named formats of tracker.formats, used by templates and l10n."""

import datetime as dt
import importlib

import pytest
from django.template import Context, Template
from django.utils import translation

from tracker import l10n, texts

DAY = dt.date(2026, 12, 7)
LANGS = ("en", "it", "es", "fr", "de", "pt")


def _render(fmt: str, day: dt.date = DAY) -> str:
    return Template('{{ day|date:"' + fmt + '" }}').render(Context({"day": day}))


def test_every_language_defines_every_named_format():
    names = {
        name
        for name in dir(importlib.import_module("tracker.formats.en.formats"))
        if name.endswith("_FORMAT")
    }
    assert "DAY_MONTH_YEAR_FORMAT" in names
    for lang in LANGS:
        module = importlib.import_module(f"tracker.formats.{lang}.formats")
        assert {n for n in dir(module) if n.endswith("_FORMAT")} == names, lang


@pytest.mark.parametrize(
    ("lang", "sentence", "sentence_year", "short", "short_year", "heading"),
    [
        ("en", "7 Dec", "7 Dec 2026", "7 Dec", "7 Dec 2026", "Monday 7 December"),
        ("it", "7 dicembre", "7 dicembre 2026", "7 dic", "7 dic 2026", "Lunedì 7 dicembre"),
        (
            "es",
            "7 de diciembre",
            "7 de diciembre de 2026",
            "7 dic",
            "7 dic 2026",
            "Lunes 7 de diciembre",
        ),
        ("fr", "7 décembre", "7 décembre 2026", "7 déc.", "7 déc. 2026", "Lundi 7 décembre"),
        ("de", "7. Dezember", "7. Dezember 2026", "7. Dez.", "7. Dez. 2026", "Montag, 7. Dezember"),
        (
            "pt",
            "7 de dezembro",
            "7 de dezembro de 2026",
            "7 dez",
            "7 dez 2026",
            "Segunda-feira, 7 de dezembro",
        ),
    ],
)
def test_named_formats_and_l10n_agree(lang, sentence, sentence_year, short, short_year, heading):
    with translation.override(lang):
        assert _render("DAY_MONTH_FORMAT") == l10n.day_month(DAY) == sentence
        assert _render("DAY_MONTH_YEAR_FORMAT") == l10n.day_month_year(DAY) == sentence_year
        assert _render("SHORT_DAY_MONTH_FORMAT") == l10n.short_day_month(DAY) == short
        assert (
            _render("SHORT_DAY_MONTH_YEAR_FORMAT") == l10n.short_day_month_year(DAY) == short_year
        )
        assert _render("LONG_WEEKDAY_DAY_MONTH_FORMAT") == heading
        # The pure modules' short date (charts, the running card) reads the same.
        assert texts.short_date(DAY) == short


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("lang", LANGS)
def test_short_date_of_pure_modules_matches_templates_every_month(lang, month):
    day = dt.date(2026, month, 3)
    with translation.override(lang):
        assert texts.short_date(day) == _render("SHORT_DAY_MONTH_FORMAT", day)


def test_english_keeps_its_formats():
    with translation.override("en"):
        assert _render("SHORT_DAY_MONTH_YEAR_FORMAT", dt.date(2026, 3, 9)) == "9 Mar 2026"
        assert _render("WEEKDAY_DAY_MONTH_YEAR_FORMAT", dt.date(2026, 3, 8)) == "Sun 8 Mar 2026"
        assert _render("LONG_DAY_MONTH_FORMAT", dt.date(2026, 3, 9)) == "9 March"
        moment = dt.datetime(2026, 3, 9, 14, 5)
        assert _render("DAY_MONTH_YEAR_TIME_FORMAT", moment) == "9 Mar 2026, 14:05"


def test_without_an_active_language_l10n_writes_english():
    with translation.override(None):
        assert l10n.day_month_year(dt.date(2026, 3, 9)) == "9 Mar 2026"


def test_chart_dates_in_german_have_the_ordinal_dot():
    with translation.override("de"):
        assert texts.chart_date_formats() == ("%-d. %b", "%-d. %b %Y")
    with translation.override("it"):
        assert texts.chart_date_formats() == ("%-d %b", "%-d %b %Y")


@pytest.mark.parametrize(
    ("lang", "cell", "hidden"),
    [
        ("de", "Mo, 7. Dez. 2026", "7. Dezember 2026"),
        ("it", "Lun 7 dic 2026", "7 dicembre 2026"),
        ("pt", "Seg, 7 dez 2026", "7 de dezembro de 2026"),
    ],
)
def test_history_page_writes_days_in_the_language(athlete, athlete_client, lang, cell, hidden):
    from django.urls import reverse

    from tracker.models import WeightEntry

    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=80.0)
    athlete.language = lang
    athlete.save(update_fields=["language"])
    with translation.override(lang):
        url = reverse("history", args=["weight"])
    html = athlete_client.get(url).content.decode()
    assert cell in html
    assert hidden in html  # the Edit/Delete buttons' names, as the undo message writes it
    assert "Dec 2026" not in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Monday 7 December 2026"),
        ("de", "Montag, 7. Dezember 2026"),
        ("it", "lunedì 7 dicembre 2026"),
        ("es", "lunes 7 de diciembre de 2026"),
        ("fr", "lundi 7 décembre 2026"),
        ("pt", "segunda-feira, 7 de dezembro de 2026"),
    ],
)
def test_a_weekday_inside_a_sentence_is_written_as_the_language_does(lang, expected):
    """Django's weekday names are capitalised (right for headings and table cells); inside a
    sentence Italian, Spanish, French and Portuguese write them in lower case."""
    template = Template('{% load wholebody %}{{ day|date:"LONG_WEEKDAY_DATE_FORMAT"|in_sentence }}')
    with translation.override(lang):
        assert template.render(Context({"day": DAY})) == expected
