"""Template texts (pages, partials, emails) come out in the active language, with their numbers,
names and links in place; English stays as it was."""

from __future__ import annotations

import datetime as dt
import re

from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from coaching.models import CoachingLink, Invitation
from tests.conftest import client_for
from tests.test_python_translations import compiled_catalogues  # noqa: F401 (autouse fixture)
from tracker.models import WeightEntry


def _get(client: Client, url: str, language: str) -> str:
    # The language is active for the request whether it is chosen by LocaleMiddleware (from the
    # Accept-Language header) or by the test's override.
    with translation.override(language):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_landing_page_in_italian_and_english(db):
    italian = _get(Client(), "/", "it")
    assert "Crea un account gratuito" in italian
    assert '<html lang="it"' in italian
    assert "Create a free account" not in italian
    assert "Perché è diversa" in italian and "La corsa, senza illusioni" in italian
    english = _get(Client(), "/", "en")
    assert "Create a free account" in english
    assert "See your real progress, not the daily noise" in english


def test_today_quick_log_and_navigation_in_german(athlete):
    page = _get(client_for(athlete), "/today/", "de")
    assert "Gewicht eintragen" in page
    assert "<span>Fortschritt</span>" in page
    assert "Noch kein Wiegen" in page
    assert "Log weight" not in page


def test_history_counts_entries_with_plurals_in_spanish(athlete):
    for days_ago in (1, 2):
        WeightEntry.objects.create(
            user=athlete, day=dt.date.today() - dt.timedelta(days=days_ago), weight_kg=70.0
        )
    page = _get(client_for(athlete), "/history/weight/", "es")
    assert "2 registros" in page
    assert "Más recientes primero" in page


def test_coach_roster_plural_and_invitation_state_label_in_portuguese(coach_user, athlete):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    Invitation.objects.create(
        coach=coach_user, expires_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC), email="old@example.com"
    )
    Invitation.objects.create(
        coach=coach_user, expires_at=dt.datetime(2100, 1, 1, tzinfo=dt.UTC), email="new@example.com"
    )
    client = client_for(coach_user)
    roster = _get(client, "/coach/", "pt")
    assert "1 cliente ativo" in roster
    invitations = _get(client, "/coach/invitations/", "pt")
    with translation.override("pt"):
        expired, pending = str(Invitation.State.EXPIRED.label), str(Invitation.State.PENDING.label)
    # The state is compared by its value and shown by its label, so it reads in the language
    # and the pending link still gets its copy button (with its words for the script).
    assert f">{expired}<" in invitations
    assert f'badge warn">{pending}<' in invitations
    assert 'data-text-copied="Copiado"' in invitations


def test_emails_follow_the_language():
    context = {"name": "Ana", "activate_url": "https://example.com/a"}
    with translation.override("pt"):
        text = render_to_string("registration/signup_activate_email.txt", context)
    assert text.startswith("Olá, Ana,")
    assert "https://example.com/a" in text
    with translation.override("en"):
        text = render_to_string("registration/signup_activate_email.txt", context)
    assert text.startswith("Hi Ana,")
    with translation.override("fr"):
        subject = render_to_string("registration/password_reset_subject.txt", {})
    assert subject.strip() == "Réinitialise ton mot de passe Wholebody"


def test_links_keep_next_and_script_words_come_from_the_page(db):
    page = _get(Client(), "/accounts/login/?next=/coach/invite/abc/", "fr")
    # The sign-up link sits inside a translated sentence and still carries ?next=.
    assert re.search(
        r'Première visite\u00a0\? <a href="(/fr)?/accounts/signup/\?next=/coach/invite/abc/">', page
    )
    with translation.override("fr"):
        html = render_to_string(
            "tracker/import_upload.html#upload_form", {"form": {}, "kind": {"slug": "body"}}
        )
    # import.js reads its progress words from these attributes.
    assert 'data-text-failed="L\'envoi a échoué (connexion perdue\u00a0?). Réessaie."' in html
