"""The myth warning on the web: the card on saved goals in every language, the live check while
typing, vocabulary edits taking effect on the next request, and the public myth library."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from tests.conftest import client_for
from tracker import myths
from tracker.models import Goal, Myth, VocabularyTerm
from tracker.myth_detector import AREA_LABELS, whole_body_rewrite

# text, myth slug, area, language
MYTH_GOALS = [
    ("lose my belly fat with crunches", "spot-reduction-exercise", "belly", "en"),
    ("dimagrire le cosce", "spot-reduction-exercise", "thighs", "it"),
    ("quitar la papada", "double-chin", "chin_face", "es"),
    ("perdre du ventre avec des abdos", "spot-reduction-exercise", "belly", "fr"),
    ("Bauchfett weg mit Sit-ups", "spot-reduction-exercise", "belly", "de"),
]
OK_GOALS = ["build bigger glutes", "run a sub-25 5k"]
CARD = 'class="myth-warning"'


def check(client, text: str, **headers: str):
    return client.get(reverse("goal_check"), {"text": text}, HTTP_HX_REQUEST="true", **headers)


def assert_card(page: str, slug: str, area: str, language: str, triggers) -> None:
    myth = Myth.objects.get(slug=slug)
    text = myth.localized(language)
    assert text["claim"] != myth.claim or language == "en"  # every myth is translated
    # A short note: the title in the goal's language; the explanation is on the myth's page.
    assert escape(text["title"]) in page
    for key in ("claim", "reality"):
        assert escape(text[key]) not in page
    # "Read the evidence" opens the myth's page in the goal's language (its own address).
    prefix = "" if language == "en" else f"/{language}"
    assert f'href="{prefix}/myths/{slug}/"' in page
    for word in triggers:
        assert f"<mark>{escape(word)}</mark>" in page
    assert escape(AREA_LABELS[area]) in page
    assert escape(whole_body_rewrite(area, language)) in page


# --- saved goals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "slug", "area", "language"), MYTH_GOALS)
def test_myth_goal_saves_with_verdict_and_localized_card(
    athlete_client, text, slug, area, language
):
    response = athlete_client.post(reverse("goals"), {"text": text, "target_kind": ""})
    assert response.status_code == 302  # the warning never blocks saving
    goal = Goal.objects.get()
    assert goal.myth.slug == slug
    assert goal.myth_area == area
    assert goal.myth_language == language
    assert goal.myth_triggers
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Myth warning" in page
    assert CARD in page
    assert_card(page, slug, area, language, goal.myth_triggers)
    assert reverse("goal_dismiss", args=[goal.pk]) in page


@pytest.mark.parametrize("text", OK_GOALS)
def test_ok_goal_has_no_myth_and_no_badge(athlete_client, text):
    assert athlete_client.post(reverse("goals"), {"text": text}).status_code == 302
    goal = Goal.objects.get()
    assert goal.myth is None
    assert goal.myth_triggers == []
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "Myth warning" not in page
    assert CARD not in page


def test_card_falls_back_to_english_without_translation(athlete_client, athlete):
    myth = Myth.objects.get(slug="spot-reduction-exercise")
    myth.translations.filter(language="it").delete()
    athlete_client.post(reverse("goals"), {"text": "dimagrire le cosce"})
    page = athlete_client.get(reverse("goals")).content.decode()
    assert escape(myth.title) in page
    assert escape(whole_body_rewrite("thighs", "it")) in page


def test_sauna_belt_goal_gets_its_own_myth_and_safety_note(athlete_client):
    athlete_client.post(reverse("goals"), {"text": "sauna belt to lose belly fat"})
    goal = Goal.objects.get()
    assert goal.myth.slug == "sauna-belts-and-wraps"
    page = athlete_client.get(reverse("goals")).content.decode()
    assert "<strong>Safety:</strong>" in page


# --- live check -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "slug", "area", "language"), MYTH_GOALS)
def test_live_check_returns_card_partial(athlete_client, text, slug, area, language):
    response = check(athlete_client, text)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert "<body" not in body
    assert CARD in body
    warning = myths.warning_for_text(text)
    assert warning.myth.slug == slug
    assert_card(body, slug, area, language, warning.triggers)
    assert "data-fill-goal=" in body  # the "Use this wording" button, in the goal's language
    assert "I know" not in body  # nothing to dismiss before saving


@pytest.mark.parametrize("text", [*OK_GOALS, "", "   "])
def test_live_check_is_empty_for_ok_text(athlete_client, text):
    response = check(athlete_client, text)
    assert response.status_code == 200
    assert response.content.decode().strip() == ""


def test_live_check_without_text_param(athlete_client):
    response = athlete_client.get(reverse("goal_check"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.content.decode().strip() == ""


def test_live_check_truncates_long_text(athlete_client):
    long_myth = "lose my belly fat " + "and keep going " * 40
    assert len(long_myth) > 300
    response = check(athlete_client, long_myth)
    assert response.status_code == 200
    assert CARD in response.content.decode()
    # The myth words only after the cut-off are not looked at.
    response = check(athlete_client, "a" * 300 + " lose my belly fat")
    assert response.status_code == 200
    assert CARD not in response.content.decode()
    response = check(athlete_client, "x" * 100_000)
    assert response.status_code == 200


def test_live_check_anonymous_redirects_to_login(db):
    # htmx request: the whole page goes to the login form (HX-Redirect), not the fragment.
    response = check(client_for(None), "lose belly fat")
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith(reverse("login"))


def test_live_check_needs_get(athlete_client):
    assert athlete_client.post(reverse("goal_check"), {"text": "x"}).status_code == 405


def test_live_check_does_not_echo_markup(athlete_client):
    body = check(athlete_client, "<script>alert(1)</script> lose my belly fat").content.decode()
    assert CARD in body
    assert "<script" not in body
    assert "alert(1)" not in body


def test_live_check_query_count_is_small(athlete_client):
    check(athlete_client, "lose my belly fat")  # the first check may compile the vocabulary
    with CaptureQueriesContext(connection) as ctx:
        response = check(athlete_client, "dimagrire le cosce")
    assert CARD in response.content.decode()
    # session, user, content version, the myth, its translation
    assert len(ctx.captured_queries) <= 5
    with CaptureQueriesContext(connection) as ctx:
        check(athlete_client, "run a sub-25 5k")
    assert len(ctx.captured_queries) <= 3  # no myth: session, user, content version


# --- vocabulary edits apply on the next request ---------------------------------------------------

SLANG = "get rid of my zorbleflab"


def test_new_term_then_deactivated_then_deleted(athlete_client):
    assert CARD not in check(athlete_client, SLANG).content.decode()

    term = VocabularyTerm.objects.create(
        language="en", kind="area", term="zorbleflab", area="belly"
    )
    body = check(athlete_client, SLANG).content.decode()
    assert CARD in body
    assert "<mark>zorbleflab</mark>" in body
    assert escape(AREA_LABELS["belly"]) in body

    term.active = False
    term.save()
    assert CARD not in check(athlete_client, SLANG).content.decode()

    term.active = True
    term.save()
    assert CARD in check(athlete_client, SLANG).content.decode()

    term.delete()
    assert CARD not in check(athlete_client, SLANG).content.decode()


def test_deleting_a_default_term_changes_the_verdict(athlete_client):
    assert CARD in check(athlete_client, "quitar la papada").content.decode()
    deleted, _ = VocabularyTerm.objects.filter(language="es", term="papada").delete()
    assert deleted
    assert CARD not in check(athlete_client, "quitar la papada").content.decode()


def test_editing_a_term_changes_the_verdict(athlete_client):
    term = VocabularyTerm.objects.get(language="es", kind="fat_area", term="papada")
    term.term = "zorblepapa"
    term.save()
    assert CARD not in check(athlete_client, "quitar la papada").content.decode()
    assert CARD in check(athlete_client, "quitar la zorblepapa").content.decode()


def test_vocabulary_edit_applies_on_goal_save(athlete_client):
    VocabularyTerm.objects.create(language="en", kind="area", term="zorbleflab", area="belly")
    athlete_client.post(reverse("goals"), {"text": SLANG})
    goal = Goal.objects.get()
    assert goal.myth.slug == "spot-reduction-exercise"
    assert goal.myth_area == "belly"


# --- myth library ---------------------------------------------------------------------------------


def test_myth_list_shows_all_published_grouped(db):
    response = client_for(None).get(reverse("myth_list"))
    assert response.status_code == 200
    page = response.content.decode()
    published = list(Myth.objects.filter(published=True))
    assert len(published) == 17
    more = page.index("More myths")
    for myth in published:
        link = f'<a href="/myths/{myth.slug}/">{escape(myth.title)}</a>'
        assert link in page
        assert (page.index(link) < more) == myth.area_targeted


def test_unpublished_myth_is_hidden(db):
    Myth.objects.filter(slug="toning").update(published=False)
    client = client_for(None)
    assert "/myths/toning/" not in client.get(reverse("myth_list")).content.decode()
    assert client.get("/myths/toning/").status_code == 404


def test_goal_card_does_not_link_to_an_unpublished_myth(athlete_client):
    athlete_client.post(reverse("goals"), {"text": "quitar la papada"})
    Myth.objects.filter(slug="double-chin").update(published=False)
    page = athlete_client.get(reverse("goals")).content.decode()
    assert CARD in page  # the stored verdict still explains itself
    assert "/myths/double-chin/" not in page
    # New checks fall back to the general spot-reduction card.
    body = check(athlete_client, "quitar la papada").content.decode()
    assert "/myths/spot-reduction-exercise/" in body


def test_unknown_myth_is_404(db):
    assert client_for(None).get("/myths/no-such-myth/").status_code == 404


@pytest.mark.parametrize("slug", ["spot-reduction-exercise", "sauna-belts-and-wraps", "toning"])
def test_myth_detail_page(db, slug):
    myth = Myth.objects.get(slug=slug)
    response = client_for(None).get(f"/myths/{slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    for text in (myth.title, myth.claim, myth.reality, myth.instead, myth.evidence_note):
        assert escape(text) in page
    citations = list(myth.citations.all())
    assert citations
    for cite in citations:
        assert escape(cite.text) in page
        assert f'<a href="{escape(cite.url)}"' in page
    assert ("<strong>Safety:</strong>" in page) == bool(myth.safety_note)
    if slug == "sauna-belts-and-wraps":
        assert escape(myth.safety_note) in page


def test_myth_pages_readable_when_logged_in(athlete_client):
    assert athlete_client.get(reverse("myth_list")).status_code == 200
    assert athlete_client.get("/myths/double-chin/").status_code == 200


# --- the card's notes in the reader's language (issue 15) -----------------------------------------


def _shipped_italian(slug: str) -> dict[str, str]:
    from tracker.myths.content import shipped_content

    return next(m for m in shipped_content().myths if m.slug == slug).translations["it"]


def test_italian_myth_page_shows_the_italian_evidence_and_safety_notes(db):
    myth = Myth.objects.get(slug="sauna-belts-and-wraps")
    italian = _shipped_italian(myth.slug)
    page = client_for(None).get(f"/it/myths/{myth.slug}/").content.decode()
    assert escape(italian["evidence_note"]) in page
    assert escape(italian["safety_note"]) in page
    assert escape(myth.evidence_note) not in page
    assert escape(myth.safety_note) not in page
    assert "Please don't train" not in page and "largely sweat" not in page


def test_a_translation_without_notes_shows_the_english_ones(db):
    """An admin-added translation may lack the notes: the page shows the English ones."""
    myth = Myth.objects.get(slug="sauna-belts-and-wraps")
    myth.translations.filter(language="it").update(evidence_note="", safety_note="", summary="")
    page = client_for(None).get(f"/it/myths/{myth.slug}/").content.decode()
    assert escape(_shipped_italian(myth.slug)["title"]) in page
    assert escape(myth.evidence_note) in page
    assert escape(myth.safety_note) in page
    library = client_for(None).get("/it/myths/").content.decode()
    assert escape(myth.summary) in library


def test_italian_library_shows_the_italian_summaries(db):
    page = client_for(None).get("/it/myths/").content.decode()
    for myth in Myth.objects.filter(published=True):
        summary = _shipped_italian(myth.slug)["summary"]
        assert escape(summary) in page, myth.slug
        assert escape(myth.summary) not in page, myth.slug


def test_warning_card_for_an_italian_goal_has_the_italian_safety_note(athlete_client):
    athlete_client.post(reverse("goals"), {"text": "fascia sauna per dimagrire la pancia"})
    goal = Goal.objects.get()
    assert (goal.myth.slug, goal.myth_language) == ("sauna-belts-and-wraps", "it")
    italian = _shipped_italian(goal.myth.slug)
    for page in (
        athlete_client.get(reverse("goals")).content.decode(),
        check(athlete_client, goal.text).content.decode(),
    ):
        assert '<p class="safety" lang="it"><strong>Sicurezza:</strong> ' in page
        assert escape(italian["safety_note"]) in page
        assert escape(goal.myth.safety_note) not in page
        assert escape(goal.myth.evidence_note) not in page
