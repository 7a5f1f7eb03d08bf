"""How the pure modules' words get translated without importing Django (tracker.texts).

Pure tests: no database and no Django import; they also pass with ``-p no:django``. The
Django side (the same words in Italian through the real translator) is in
tests/test_pure_translations.py.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker import texts
from tracker.charts import weight_figure

ITALIAN = {
    "Line %(line)s: %(reason)s": "Riga %(line)s: %(reason)s",
    "weight %(value)s is above the limit": "peso %(value)s oltre il limite",
    "Weight (%(unit)s)": "Peso (%(unit)s)",
    "Trend": "Tendenza",
}
ITALIAN_PLURAL = {"%(count)s run": ("%(count)s corsa", "%(count)s corse")}


def _fake_gettext(message: str) -> str:
    return ITALIAN.get(message, message)


def _fake_ngettext(singular: str, plural: str, count: int) -> str:
    forms = ITALIAN_PLURAL.get(singular, (singular, plural))
    return forms[0] if count == 1 else forms[1]


def _fake_pgettext(context: str, message: str) -> str:
    return {"Nov": "nov"}.get(message, message) if context == "month abbreviation" else message


@pytest.fixture
def english() -> Iterator[None]:
    """What a process without Django sees (the import parser's child, -p no:django)."""
    previous = texts.install(*texts.english())
    yield
    texts.install(*previous)


@pytest.fixture
def italian() -> Iterator[None]:
    """A stand-in for Django's translator with the catalogue's Italian."""
    previous = texts.install(_fake_gettext, _fake_ngettext, _fake_pgettext)
    yield
    texts.install(*previous)


def test_without_a_translator_the_english_is_unchanged(english):
    assert texts.gettext("Weight (%(unit)s)") == "Weight (%(unit)s)"
    assert texts.ngettext("%(count)s run", "%(count)s runs", 2) == "%(count)s runs"
    assert texts.short_date(date(2024, 11, 28)) == "28 Nov"
    text = texts.gettext_lazy("Line %(line)s: %(reason)s", line=14, reason="bad")
    assert str(text) == "Line 14: bad"


def test_a_short_date_translates_its_own_month_only():
    asked: list[tuple[str, str]] = []

    def recording_pgettext(context: str, message: str) -> str:
        asked.append((context, message))
        return _fake_pgettext(context, message)

    previous = texts.install(_fake_gettext, _fake_ngettext, recording_pgettext)
    try:
        months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun") + (
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        )
        for month, msgid in enumerate(months, start=1):
            asked.clear()
            name = _fake_pgettext("month abbreviation", msgid)  # "nov" for November
            assert texts.short_date(date(2024, month, 3)) == f"3 {name}"
            assert [message for _, message in asked] == ["%(day)s %(month)s", msgid]
    finally:
        texts.install(*previous)


def test_a_figure_is_built_in_the_installed_language(italian):
    figure = weight_figure([(date(2024, 3, 1), 80.0)], [(date(2024, 3, 1), 80.0)], "kg")
    assert figure["layout"]["yaxis"]["title"]["text"] == "Peso (kg)"
    trend = figure["data"][1]
    assert trend["name"] == "Tendenza"
    # Only the words change: plotly's placeholder and the unit stay as they are.
    assert trend["hovertemplate"] == "%{y:.1f} kg<extra>Tendenza</extra>"


def test_a_lazy_text_is_translated_where_it_is_shown_not_where_it_was_made(english):
    # Made where no translator is installed (the import parser's child process) ...
    reason = texts.gettext_lazy("weight %(value)s is above the limit", value="420 kg")
    message = texts.gettext_lazy("Line %(line)s: %(reason)s", line=14, reason=reason)
    carried = pickle.loads(pickle.dumps(message))
    assert str(carried) == "Line 14: weight 420 kg is above the limit"
    # ... and shown where one is: the parameters go in after translation, nested text too.
    previous = texts.install(_fake_gettext, _fake_ngettext, _fake_pgettext)
    try:
        assert str(carried) == "Riga 14: peso 420 kg oltre il limite"
        assert f"{carried}" == "Riga 14: peso 420 kg oltre il limite"
        assert carried.english() == "Line 14: weight 420 kg is above the limit"
        runs = texts.ngettext_lazy("%(count)s run", "%(count)s runs", 3, count=3)
        assert str(runs) == "3 corse"
        assert texts.short_date(date(2024, 11, 28)) == "28 nov"
    finally:
        texts.install(*previous)


def test_an_import_message_round_trips_through_pickle_and_json_with_its_numbers(english):
    from tracker.importers.common import ImportFileError, Problem, weight_problem

    reason = weight_problem(420.5, "kg")
    assert reason is not None
    problem = Problem(reason, 12, "export.zip/weight.csv")
    # The child process sends it pickled (an error with a Text inside, too) ...
    carried = pickle.loads(pickle.dumps(problem)).text()
    error = pickle.loads(pickle.dumps(ImportFileError(carried)))
    english = "export.zip/weight.csv, line 12: weight 420.5 kg is above the 350 kg limit"
    assert str(carried) == carried.english() == str(error) == english
    # ... and the preview keeps it as JSON, made a Text again when it is shown.
    stored = json.loads(json.dumps(texts.to_data(carried)))
    assert texts.from_data(stored) == carried
    assert texts.from_data("Line 3: words stored before") == "Line 3: words stored before"
    # Numbers are written the language's way when shown, and only then.
    previous_number = texts.install_number_format(
        lambda value, places, grouped: (
            texts.Number(value, places, grouped).english().replace(",", " ").replace(".", ",")
        )
    )
    previous = texts.install(_fake_gettext, _fake_ngettext, _fake_pgettext)
    try:
        limit = texts.gettext_lazy(
            "Line %(line)s: %(reason)s",
            line=3,
            reason=texts.gettext_lazy(
                "weight %(value)s is above the limit", value=texts.Number(100000.5, grouped=True)
            ),
        )
        assert str(texts.from_data(json.loads(json.dumps(texts.to_data(limit))))) == (
            "Riga 3: peso 100 000,5 oltre il limite"
        )
        assert limit.english() == "Line 3: weight 100,000.5 is above the limit"
    finally:
        texts.install(*previous)
        texts.install_number_format(previous_number)


def test_a_text_with_a_context_is_told_apart_and_kept(italian):
    waist = texts.pgettext_lazy("tape site in a sentence", "waist")
    assert texts.from_data(texts.to_data(waist)) == waist and waist.context


PURE_MODULE_MARKS = [
    "Weight (%(unit)s)",  # charts: axis title
    "weight %(value)s %(unit)s is above the %(limit)s %(unit)s limit",  # importers
    "Left out %(count)s other file in the ZIP that holds no weights.",  # importers: plural
    "Week of %(week)s: %(count)s counted",  # charts: hover template
    "Smart scale (BIA)",  # body_composition: gettext_noop in a dict
    "%(count)d day logged so far.",  # charts: ngettext
]


@pytest.mark.parametrize("msgid", PURE_MODULE_MARKS)
def test_makemessages_extracts_the_pure_modules_marks(msgid):
    catalogue = Path(__file__).resolve().parent.parent / "locale/it/LC_MESSAGES/django.po"
    assert re.search(rf'^msgid "{re.escape(msgid)}"$', catalogue.read_text(), re.MULTILINE)


def test_month_abbreviations_are_told_apart_from_django_own_month_names():
    catalogue = Path(__file__).resolve().parent.parent / "locale/it/LC_MESSAGES/django.po"
    assert 'msgctxt "month abbreviation"\nmsgid "May"\nmsgstr "mag"' in catalogue.read_text()


def test_a_day_inside_a_text_is_iso_in_logs_and_round_trips_as_data(english):
    day = texts.Day.of(date(2031, 1, 1))
    message = texts.gettext_lazy("the date %(date)s is in the future", date=day)
    assert message.english() == "the date 2031-01-01 is in the future"
    stored = json.loads(json.dumps(texts.to_data(message)))
    assert stored["params"]["date"] == {"day": "2031-01-01"}
    assert texts.from_data(stored) == pickle.loads(pickle.dumps(message)) == message
    previous = texts.install_day_format(lambda d: f"{d.day}/{d.month}/{d.year}")
    try:
        assert str(message) == "the date 1/1/2031 is in the future"
    finally:
        texts.install_day_format(previous)
