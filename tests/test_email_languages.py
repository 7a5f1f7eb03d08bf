"""Emails are written in the recipient's language (issue 15): reminders, check-ins and coach
digests in the account's Settings language; password reset and the "you already have an
account" mail in the account's language whatever page asked for them; invitations in the
invitee's language when the address has an account, else in the coach's. Delivered through a
real SMTP server, as the reminder tests do."""

from __future__ import annotations

import datetime as dt
import re
from email.message import Message

import pytest
import time_machine
from django.urls import reverse

from coaching.models import CoachingLink
from coaching.services import invitation_create, invitation_send_email
from tests.smtp_server import smtp_server
from tracker.models import ProteinEntry, User, WeightEntry
from tracker.reminders.models import ReminderPreference
from tracker.reminders.sending import send_due_reminders

UTC = dt.UTC


def _user(email: str, language: str, *, is_coach: bool = False, **preferences) -> User:
    user = User.objects.create_user(
        email, "pw-long-enough-9", display_name=email.split("@")[0].title(), is_coach=is_coach
    )
    user.language = language
    user.save(update_fields=["language"])
    if preferences:
        ReminderPreference.objects.create(user=user, **preferences)
    return user


def _weights(user: User, first: dt.date, last: dt.date, kg: float = 80.0) -> None:
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=first + dt.timedelta(days=i), weight_kg=kg - 0.05 * i)
        for i in range((last - first).days + 1)
    )


def _parts(message: Message) -> dict[str, str]:
    if not message.is_multipart():
        return {message.get_content_type(): message.get_payload(decode=True).decode()}
    return {
        part.get_content_type(): part.get_payload(decode=True).decode()
        for part in message.get_payload()
    }


def _subject(message: Message) -> str:
    from email.header import decode_header, make_header

    return str(make_header(decode_header(message["Subject"])))


@pytest.mark.django_db
def test_weigh_in_reminder_in_italian(settings):
    user = _user("ana@example.com", "it", weigh_in_enabled=True, weigh_in_after_days=1)
    _weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    with smtp_server(settings) as inbox:
        assert send_due_reminders(dt.datetime(2026, 6, 3, 9, 0, tzinfo=UTC))["sent"] == 1
    [received] = inbox.messages
    assert _subject(received) == "Nessuna pesata da 2 giorni"
    parts = _parts(received)
    assert "Registra una pesata" in parts["text/html"]
    assert "1 giugno" in parts["text/plain"]  # the last weigh-in's day, in Italian
    assert "Log a weigh-in" not in parts["text/plain"]


@pytest.mark.django_db
def test_weekly_check_in_in_german_with_decimal_commas(settings):
    user = _user("ben@example.com", "de", checkin_enabled=True)
    _weights(user, dt.date(2026, 4, 1), dt.date(2026, 5, 31), kg=90)
    ProteinEntry.objects.bulk_create(
        ProteinEntry(user=user, day=dt.date(2026, 5, 25) + dt.timedelta(days=i), grams=150)
        for i in range(7)
    )
    with smtp_server(settings) as inbox:
        assert send_due_reminders(dt.datetime(2026, 5, 31, 18, 5, tzinfo=UTC))["sent"] == 1
    [received] = inbox.messages
    assert _subject(received) == "Deine Woche in Wholebody"
    text = _parts(received)["text/plain"]
    assert re.search(r"\b8\d,\d kg\b", text), text  # the trend weight, "87,0 kg"
    assert re.search(r"\b\d,\d g/kg\b", text), text
    assert "Trend weight" not in text


@pytest.mark.django_db
def test_coach_digest_in_italian(settings):
    coach = _user("coach@example.com", "it", is_coach=True)
    athlete = _user("ana@example.com", "en")
    CoachingLink.objects.create(coach=coach, athlete=athlete)
    monday = dt.date(2026, 6, 1)
    _weights(athlete, monday - dt.timedelta(days=40), monday)
    at = dt.datetime.combine(monday, dt.time(8, 0), tzinfo=UTC)
    with smtp_server(settings) as inbox, time_machine.travel(at, tick=False):
        send_due_reminders(at)
    [received] = [m for m in inbox.messages if m["To"] == "coach@example.com"]
    assert _subject(received).startswith("I tuoi clienti questa settimana")
    text = _parts(received)["text/plain"]
    assert "Your clients" not in text


@pytest.mark.django_db
def test_password_reset_mail_in_the_accounts_language_from_an_english_page(settings, client):
    _user("ana@example.com", "it")
    with smtp_server(settings) as inbox:
        response = client.post(reverse("password_reset"), {"email": "ana@example.com"})
    assert response.status_code == 302
    [received] = inbox.messages
    assert _subject(received) == "Reimposta la password di Wholebody"
    text = _parts(received)["text/plain"]
    assert "Ciao" in text
    assert re.search(re.escape(settings.SITE_URL) + r"/it/\S+/password/reset/\S+/", text), text


@pytest.mark.django_db
def test_sign_up_with_an_existing_address_mails_the_owner_in_their_language(settings, client):
    _user("ana@example.com", "de")
    form = {
        "email": "ana@example.com",
        "display_name": "Someone",
        "password1": "another-pass-99",
        "password2": "another-pass-99",
    }
    with smtp_server(settings) as inbox:
        client.post(reverse("signup"), form)
    [received] = inbox.messages
    assert _subject(received) == "Dein Wholebody-Konto"
    assert "Anmelden:" in _parts(received)["text/plain"]


@pytest.mark.django_db
def test_sign_up_on_an_italian_page_keeps_italian_for_the_account_and_its_mail(settings, client):
    form = {
        "email": "nia@example.com",
        "display_name": "Nia",
        "password1": "another-pass-99",
        "password2": "another-pass-99",
    }
    with smtp_server(settings) as inbox:
        client.post("/it" + reverse("signup"), form)
    [received] = inbox.messages
    assert _subject(received) == "Completa la creazione del tuo account Wholebody"
    assert User.objects.get(email="nia@example.com").language == "it"


@pytest.mark.django_db
def test_invitation_in_the_invitees_language_else_the_coachs(settings):
    coach = _user("coach@example.com", "de", is_coach=True)
    _user("ana@example.com", "it")
    with smtp_server(settings) as inbox:
        for email in ("ana@example.com", "new@example.com"):
            invitation = invitation_create(coach=coach, email=email)
            invitation_send_email(invitation=invitation, accept_url="http://x/accept/")
    by_recipient = {m["To"]: m for m in inbox.messages}
    assert _subject(by_recipient["ana@example.com"]) == "Un invito da un coach su Wholebody"
    assert _subject(by_recipient["new@example.com"]) == "Eine Coaching-Einladung auf Wholebody"
    assert "Coach" in _parts(by_recipient["new@example.com"])["text/plain"]
