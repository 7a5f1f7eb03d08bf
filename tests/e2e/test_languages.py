"""Every main page in each language at phone width (390×844): no English UI strings left (the
visible text against the English msgids of the catalogue), nothing scrolls sideways, charts
draw; and a decimal comma typed in a weight field saves the decimal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import polib
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.support import horizontal_overflow, make_user, wait_for_charts
from tests.e2e.test_pages import MAIN_PAGES, _demo_users

pytestmark = pytest.mark.e2e
LOCALE = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["it", "es", "fr", "de", "pt"]
# Words that are the same in every language or are names, not UI text.
NOT_UI = {
    "Wholebody",
    "Strava",
    "Garmin",
    "Apple Health",
    "Google Fit",
    "Fitbit",
    "GPX",
    "FIT",
    "CSV",
    "ZIP",
    "TCX",
    "DEXA",
    "BMI",
    "OK",
    "Admin",
    "Coach",
    "Email",
    "Trend",
    "Sprint",
}
# Words an English msgid shares with correct text in one language: not leftovers there.
SAME_IN_LANGUAGE = {
    # "note" is the plural of "nota": the coach's notes are "Note" ("Aggiungi una nota").
    "it": {"Note", "note"},
    # German uses the loan word "Waist Trainer" for the product (the waist-trainer myth's claim).
    "de": {"Waist"},
    # "Continue treinando ..." is Portuguese ("keep training"), in the myth's advice.
    "pt": {"Continue"},
    # ... and French too ("Continue à entraîner la zone ...", informal imperative).
    "fr": {"Continue"},
}
# The language switcher names each language in itself, on purpose.
LANGUAGE_NAMES = {"English", "Italiano", "Español", "Français", "Deutsch", "Português"}


# The page's visible text without the parts marked as another language on purpose (a myth
# card in its goal's language, the switcher's language names).
VISIBLE_UI_TEXT = """() => {
  let text = document.body.innerText;
  const page = document.documentElement.lang;
  for (const el of document.body.querySelectorAll("[lang]")) {
    if (el.lang !== page && el.innerText) text = text.split(el.innerText).join(" ");
  }
  return text;
}"""


def english_ui_strings(code: str) -> list[str]:
    """The catalogue's English msgids that would betray an untranslated UI string: whole
    phrases without placeholders or markup, whose translation differs from the English."""
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    found = []
    for entry in po:
        text = entry.msgid.strip()
        if entry.obsolete or entry.msgid_plural or "%" in text or "{" in text or "<" in text:
            continue
        if text == entry.msgstr.strip() or text in NOT_UI or text in LANGUAGE_NAMES:
            continue
        if text in SAME_IN_LANGUAGE.get(code, ()):
            continue
        if len(text) < 4 or not re.search(r"[A-Za-z]{3}", text):
            continue
        found.append(text)
    return found


def leftovers(visible: str, english: list[str]) -> list[str]:
    return [
        text for text in english if re.search(r"(?<![\w])" + re.escape(text) + r"(?![\w])", visible)
    ]


def visit_in(browsing, users, language: str) -> tuple[dict[str, list[str]], list[str], int]:
    """(English leftovers per page, overflow problems, charts drawn) for one language."""
    for who in ("athlete", "coach"):
        users[who].language = language
        users[who].save(update_fields=["language"])
    pages = {}
    for who, user in users.items():
        context = browsing.context(viewport=PHONE, user=user)
        context.set_extra_http_headers({"Accept-Language": language})
        pages[who] = context.new_page()
    english = english_ui_strings(language)
    found: dict[str, list[str]] = {}
    overflow: list[str] = []
    charts = 0
    for main_page in MAIN_PAGES:
        page = pages[main_page.who]
        path = main_page.path.format(athlete_id=users["athlete"].pk)
        if main_page.who == "anonymous":
            path = f"/{language}{path}"  # public pages: the language's own address
        response = page.goto(path)
        assert response is not None and response.status == 200, f"{path} in {language}"
        assert page.evaluate("() => document.documentElement.lang") == language, path
        if page.locator("[data-figure]").count():
            charts += wait_for_charts(page)
        # (No `prepare` step: those find controls by their English names.)
        visible = page.evaluate(VISIBLE_UI_TEXT)
        left = leftovers(visible, english)
        if left:
            found[f"{main_page.name} ({path})"] = left
        problem = horizontal_overflow(page)
        if problem:
            overflow.append(f"{main_page.name} ({path}): {json.dumps(problem)}")
    return found, overflow, charts


@pytest.fixture
def users(browsing) -> dict[str, Any]:
    return _demo_users()


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_are_in_the_language_and_charts_draw(browsing, users, language):
    """What holds already: every page answers in the language (html lang), and the charts draw
    with the language's plotly locale."""
    page = browsing.page(viewport=PHONE, user=users["athlete"])
    users["athlete"].language = language
    users["athlete"].save(update_fields=["language"])
    page.goto("/progress/")
    assert wait_for_charts(page) > 0
    locale = page.evaluate("() => document.querySelector('[data-figure]')._context.locale")
    assert locale.lower().startswith(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_ui_strings_remain(browsing, users, language):
    found, _overflow, _charts = visit_in(browsing, users, language)
    assert not found, f"English left in {language}:\n" + json.dumps(found, indent=1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_scrolls_sideways_in_long_languages(browsing, users, language):
    _found, overflow, _charts = visit_in(browsing, users, language)
    assert not overflow, "\n".join(overflow)


def test_a_decimal_comma_typed_in_the_weight_field_saves_the_decimal(browsing):
    from tracker.models import WeightEntry

    user = make_user("giulia@example.com", language="it")
    page = browsing.page(viewport=PHONE, user=user)
    page.goto("/today/")
    card = page.locator("#log-weight")
    field = card.locator('input[name="weight"]')
    expect(field).to_have_attribute("inputmode", "decimal")
    field.fill("72,4")
    with page.expect_response(re.compile(r"/log/weight/$")):
        card.locator('button[type="submit"]').first.click()
    expect(card.get_by_role("status")).to_contain_text("72,4")
    assert WeightEntry.objects.get(user=user).weight_kg == pytest.approx(72.4)
