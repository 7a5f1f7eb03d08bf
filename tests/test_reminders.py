"""Reminder and digest emails: the right local hour in every time zone and across DST, nothing
for people who did not ask, one-click unsubscribe, the demo coach's digest, real SMTP delivery,
retries, and exactly-once with two schedulers running at the same moment."""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
import time
from collections import Counter
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client

from coaching.demo import demo_email, load_demo_data
from coaching.models import CoachingLink
from coaching.services import invitation_create
from tests.conftest import client_for
from tests.processes import ROOT, manage, worker_env
from tests.smtp_server import free_port, smtp_server
from tracker import throttle
from tracker.models import Goal, ProteinEntry, RunEntry, User, WeightEntry
from tracker.myths import apply_verdict, warning_for_text
from tracker.reminders.models import Delivery, ReminderPreference
from tracker.reminders.schedule import daily_due, in_quiet_hours, week_period, weekly_due
from tracker.reminders.sending import RETRY_AFTER, send_due_reminders
from tracker.reminders.unsubscribe import unsubscribe_token

UTC = dt.UTC


@pytest.fixture(autouse=True)
def _locmem_outbox(settings):
    # Rate-limit counts live in the test database, which each test starts empty.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def make_user(email: str, tz: str, *, is_coach: bool = False, **preferences) -> User:
    user = User.objects.create_user(
        email, "pw", display_name=email.split("@")[0].title(), time_zone=tz, is_coach=is_coach
    )
    if preferences:
        ReminderPreference.objects.create(user=user, **preferences)
    return user


def log_weights(user: User, first: dt.date, last: dt.date, kg: float = 80.0) -> None:
    days = (last - first).days + 1
    WeightEntry.objects.bulk_create(
        WeightEntry(user=user, day=first + dt.timedelta(days=i), weight_kg=kg - 0.05 * i)
        for i in range(days)
    )


def run_ticks(start: dt.datetime, end: dt.datetime, every: dt.timedelta) -> dict[str, list]:
    """Run the scheduler like cron would, every `every` from `start` to `end`; returns, per
    recipient, the UTC times at which they were emailed."""
    sent_at: dict[str, list] = {}
    now = start
    while now <= end:
        before = len(mail.outbox)
        send_due_reminders(now)
        for message in mail.outbox[before:]:
            sent_at.setdefault(message.to[0], []).append(now)
        now += every
    return sent_at


# --- Pure rules ----------------------------------------------------------------------------------


def test_quiet_hours_wrap_past_midnight_and_equal_hours_mean_none():
    assert in_quiet_hours(23, 22, 7) and in_quiet_hours(3, 22, 7) and not in_quiet_hours(7, 22, 7)
    assert in_quiet_hours(13, 12, 14) and not in_quiet_hours(14, 12, 14)
    assert not any(in_quiet_hours(hour, 5, 5) for hour in range(24))


def test_due_from_the_chosen_hour_to_the_end_of_the_day_on_the_chosen_weekday():
    rome = ZoneInfo("Europe/Rome")
    sunday_0759 = dt.datetime(2026, 3, 29, 7, 59, tzinfo=rome)
    assert not daily_due(sunday_0759, 8, 22, 7)
    assert daily_due(sunday_0759 + dt.timedelta(minutes=1), 8, 22, 7)
    assert not daily_due(dt.datetime(2026, 3, 29, 22, 30, tzinfo=rome), 8, 22, 7)  # quiet
    assert weekly_due(dt.datetime(2026, 3, 29, 9, 0, tzinfo=rome), 6, 8, 22, 7)
    assert not weekly_due(dt.datetime(2026, 3, 30, 9, 0, tzinfo=rome), 6, 8, 22, 7)
    assert week_period(dt.date(2026, 1, 1)) == "2026-W01"
    assert week_period(dt.date(2027, 1, 1)) == "2026-W53"  # ISO year, not calendar year


# --- Weigh-in reminder ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_weigh_in_reminder_arrives_at_eight_local_time_in_four_time_zones():
    zones = ["Europe/Rome", "America/New_York", "Asia/Tokyo", "Asia/Kolkata"]
    users = {}
    for i, tz in enumerate(zones):
        user = make_user(f"u{i}@example.com", tz, weigh_in_enabled=True, weigh_in_after_days=2)
        log_weights(user, dt.date(2026, 5, 20), dt.date(2026, 6, 7))
        users[user.email] = user

    sent_at = run_ticks(
        dt.datetime(2026, 6, 8, 12, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 10, 12, 0, tzinfo=UTC),
        dt.timedelta(minutes=15),
    )

    assert set(sent_at) == set(users)
    for email, times in sent_at.items():
        assert len(times) == 1, f"{email} got {len(times)} reminders"
        local = times[0].astimezone(users[email].zoneinfo)
        # Two days after the last weigh-in (7 June), at the first tick from 08:00 local.
        assert local.date() == dt.date(2026, 6, 9), (email, local)
        assert dt.time(8, 0) <= local.time() < dt.time(8, 15), (email, local)
    message = next(m for m in mail.outbox if m.to == ["u0@example.com"])
    assert message.subject == "No weigh-in for 2 days"
    assert "7 June" in message.body


@pytest.mark.django_db
def test_one_reminder_per_silent_stretch_and_a_new_weigh_in_starts_a_new_one():
    user = make_user("ana@example.com", "Europe/Rome", weigh_in_enabled=True, weigh_in_after_days=3)
    log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 2))
    sent = run_ticks(
        dt.datetime(2026, 6, 5, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 12, 0, 0, tzinfo=UTC),
        dt.timedelta(hours=1),
    )
    assert len(sent["ana@example.com"]) == 1  # not one every day of the stretch
    WeightEntry.objects.create(user=user, day=dt.date(2026, 6, 12), weight_kg=79)
    sent = run_ticks(
        dt.datetime(2026, 6, 15, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 16, 0, 0, tzinfo=UTC),
        dt.timedelta(hours=1),
    )
    assert len(sent["ana@example.com"]) == 1


@pytest.mark.django_db
def test_nothing_for_people_who_did_not_turn_reminders_on_or_turned_them_off():
    new_user = make_user("new@example.com", "UTC")  # the defaults: athlete reminders off
    turned_off = make_user("off@example.com", "UTC", weigh_in_enabled=False, checkin_enabled=False)
    for user in (new_user, turned_off):
        log_weights(user, dt.date(2026, 5, 1), dt.date(2026, 5, 10))
        Goal.objects.create(user=user, text="Run a 10k")
    # A coach by default gets the digest only when there is something in it.
    lonely_coach = make_user("coach@example.com", "UTC", is_coach=True)

    run_ticks(
        dt.datetime(2026, 6, 1, 0, 0, tzinfo=UTC),  # a Monday, through a whole week
        dt.datetime(2026, 6, 8, 0, 0, tzinfo=UTC),
        dt.timedelta(hours=1),
    )
    assert mail.outbox == []
    assert not Delivery.objects.filter(user__in=[new_user, turned_off]).exists()
    # The coach's empty digest was considered once that week and skipped, not sent.
    assert list(Delivery.objects.filter(user=lonely_coach).values_list("status", flat=True)) == [
        "skipped"
    ]


@pytest.mark.django_db
def test_quiet_hours_hold_a_reminder_until_they_end():
    user = make_user(
        "ana@example.com",
        "Europe/Rome",
        weigh_in_enabled=True,
        weigh_in_after_days=1,
        weigh_in_hour=6,
        quiet_start=22,
        quiet_end=9,
    )
    log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    sent = run_ticks(
        dt.datetime(2026, 6, 2, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 2, 23, 0, tzinfo=UTC),
        dt.timedelta(minutes=30),
    )
    local = sent["ana@example.com"][0].astimezone(user.zoneinfo)
    assert local.time() == dt.time(9, 0)  # not at 06:00, inside quiet hours


# --- Weekly check-in across DST -----------------------------------------------------------------


@pytest.mark.django_db
def test_weekly_check_in_follows_local_time_across_dst_changes():
    rome = make_user(
        "rome@example.com", "Europe/Rome", checkin_enabled=True, checkin_weekday=6, checkin_hour=8
    )
    new_york = make_user(
        "ny@example.com",
        "America/New_York",
        checkin_enabled=True,
        checkin_weekday=6,
        checkin_hour=8,
    )
    # 02:00 does not exist in Rome on 29 March 2026 (clocks jump to 03:00).
    early = make_user(
        "early@example.com",
        "Europe/Rome",
        checkin_enabled=True,
        checkin_weekday=6,
        checkin_hour=2,
        quiet_start=0,
        quiet_end=0,
    )
    for user in (rome, new_york, early):
        log_weights(user, dt.date(2026, 1, 1), dt.date(2026, 10, 31))

    def sundays(*days: dt.date) -> dict[str, list]:
        sent: dict[str, list] = {}
        for day in days:
            start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=UTC) - dt.timedelta(hours=12)
            for email, times in run_ticks(
                start, start + dt.timedelta(hours=36), dt.timedelta(minutes=10)
            ).items():
                sent.setdefault(email, []).extend(times)
        return sent

    sent = sundays(
        dt.date(2026, 3, 1),  # New York still on EST (UTC−5)
        dt.date(2026, 3, 8),  # New York springs forward that night: EDT (UTC−4)
        dt.date(2026, 3, 22),  # Rome on CET (UTC+1)
        dt.date(2026, 3, 29),  # Rome springs forward: CEST (UTC+2)
        dt.date(2026, 10, 25),  # Rome falls back to CET
    )
    utc_hours = {email: [t.strftime("%m-%d %H:%M") for t in times] for email, times in sent.items()}
    assert utc_hours["ny@example.com"] == [
        "03-01 13:00",
        "03-08 12:00",
        "03-22 12:00",
        "03-29 12:00",
        "10-25 12:00",
    ]
    assert utc_hours["rome@example.com"] == [
        "03-01 07:00",
        "03-08 07:00",
        "03-22 07:00",
        "03-29 06:00",
        "10-25 07:00",
    ]
    # Sent at 03:00 local (01:00 UTC), the first moment that day at or after 02:00.
    assert "03-29 01:00" in utc_hours["early@example.com"]
    for email in ("rome@example.com", "ny@example.com"):
        user = User.objects.get(email=email)
        assert {t.astimezone(user.zoneinfo).strftime("%a %H:%M") for t in sent[email]} == {
            "Sun 08:00"
        }


@pytest.mark.django_db
def test_check_in_email_shows_the_week_in_the_athletes_units_and_follows_up_a_myth_goal():
    user = make_user("ben@example.com", "America/New_York", checkin_enabled=True)
    User.objects.filter(pk=user.pk).update(weight_unit="lb", distance_unit="mi")
    log_weights(user, dt.date(2026, 4, 1), dt.date(2026, 5, 31), kg=90)
    ProteinEntry.objects.bulk_create(
        ProteinEntry(user=user, day=dt.date(2026, 5, 25) + dt.timedelta(days=i), grams=150)
        for i in range(7)
    )
    RunEntry.objects.bulk_create(
        # Two 40-minute runs at effort 6 a week for 4 weeks: qualifying, but not 3 a week.
        RunEntry(
            user=user,
            day=dt.date(2026, 5, 4) + dt.timedelta(days=d),
            distance_km=7,
            duration_s=2400,
            effort=6,
        )
        for d in range(0, 28, 7)
        for _ in range(2)
    )
    goal = Goal(user=user, text="Lose my belly fat with crunches")
    apply_verdict(goal, warning_for_text(goal.text))
    goal.save()
    assert goal.myth is not None

    send_due_reminders(dt.datetime(2026, 5, 31, 22, 5, tzinfo=UTC))  # Sunday 18:05 in New York

    [message] = mail.outbox
    assert message.subject == "Your week in Wholebody"
    text = message.body
    assert "Trend weight: 19" in text and " lb " in text  # ~87 kg shown in pounds
    assert "lb since last week" in text
    assert "Protein, last 7 days:" in text and "g/kg" in text
    assert "Running dose, last 4 weeks: 2.0 qualifying runs a week (fewer than 3 runs a week)" in (
        text
    )
    assert "Lose my belly fat with crunches" in text and "whole body" in text
    assert f"http://127.0.0.1:8000{goal.myth.get_absolute_url()}" in text
    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    assert "Trend weight" in html and "Lose my belly fat with crunches" in html


# --- Unsubscribe ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_one_click_unsubscribe_stops_only_that_kind_and_a_get_changes_nothing():
    user = make_user(
        "ana@example.com",
        "UTC",
        weigh_in_enabled=True,
        weigh_in_after_days=1,
        checkin_enabled=True,
    )
    log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    send_due_reminders(dt.datetime(2026, 6, 3, 9, 0, tzinfo=UTC))
    [message] = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url in message.body and url in message.alternatives[0][0]
    path = urlsplit(url).path

    anonymous = Client(enforce_csrf_checks=True)  # a mail client's POST: no session, no token
    page = anonymous.get(path)
    assert page.status_code == 200 and "Stop weigh-in reminders to ana@example.com" in (
        page.content.decode()
    )
    assert ReminderPreference.objects.get(user=user).weigh_in_enabled  # a link scanner's GET

    done = anonymous.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "no more weigh-in reminders" in done.content.decode()
    preference = ReminderPreference.objects.get(user=user)
    assert not preference.weigh_in_enabled and preference.checkin_enabled

    WeightEntry.objects.create(user=user, day=dt.date(2026, 6, 4), weight_kg=80)
    send_due_reminders(dt.datetime(2026, 6, 9, 9, 0, tzinfo=UTC))
    assert len(mail.outbox) == 1  # the next silent stretch: no reminder


@pytest.mark.django_db
def test_tampered_or_foreign_unsubscribe_links_are_not_found(athlete):
    token = unsubscribe_token(athlete, "weigh_in")
    client = Client()
    assert client.post(f"/reminders/unsubscribe/{token[:-2]}xx/").status_code == 404
    forged = unsubscribe_token(athlete, "no_such_kind")
    assert client.post(f"/reminders/unsubscribe/{forged}/").status_code == 404


# --- Settings ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_one_tap_turns_the_weigh_in_reminder_on(athlete):
    client = client_for(athlete)
    page = client.get("/settings/").content.decode()
    assert "haven't weighed in for 3 days" in page and 'value="weigh_in"' in page
    response = client.post("/reminders/", {"turn_on": "weigh_in"})
    assert response.status_code == 302
    preference = ReminderPreference.objects.get(user=athlete)
    assert preference.weigh_in_enabled and preference.weigh_in_after_days == 3
    assert not preference.checkin_enabled
    assert "Weigh-in reminder: on" in client.get("/settings/").content.decode()


@pytest.mark.django_db
def test_a_reminder_time_inside_quiet_hours_is_refused_and_nothing_is_saved(athlete):
    data = {
        "weigh_in_enabled": "on",
        "weigh_in_after_days": "2",
        "weigh_in_hour": "23",
        "checkin_weekday": "6",
        "checkin_hour": "18",
        "digest_weekday": "0",
        "digest_hour": "7",
        "quiet_start": "22",
        "quiet_end": "7",
    }
    response = client_for(athlete).post("/reminders/", data)
    assert response.status_code == 400
    assert "23:00 is inside your quiet hours (22:00–07:00)" in response.content.decode()
    assert not ReminderPreference.objects.filter(user=athlete).exists()
    data["weigh_in_hour"] = "20"
    assert client_for(athlete).post("/reminders/", data).status_code == 302
    assert ReminderPreference.objects.get(user=athlete).weigh_in_hour == 20


# --- Coach digest --------------------------------------------------------------------------------


def _sections(text: str) -> dict[str, str]:
    parts = text.split("== ")[1:]
    return {part.split(" ==")[0]: part.split(" ==", 1)[1] for part in parts}


@pytest.mark.django_db
def test_the_demo_coachs_digest_explains_who_needs_attention_and_why():
    monday = dt.datetime(2026, 3, 16, 7, 30, tzinfo=UTC)  # 07:30 in London, the coach's zone
    with time_machine.travel(monday, tick=False):
        load_demo_data(stdout_write=lambda *args: None)
        coach = User.objects.get(email=demo_email("coach"))
        invitation_create(coach=coach, email="newclient@example.com")
        outcome = send_due_reminders(monday)

    assert outcome["sent"] == 1
    [message] = mail.outbox
    assert message.to == [demo_email("coach")]
    # Hana Kim runs the full dose but her "Run to slim my thighs" goal is an area goal: flagged.
    assert message.subject == "Your clients this week: 6 need attention"
    sections = _sections(message.body)
    attention = sections["Needs attention"]
    assert "Chloé Martin" in attention and "Losing fast: Losing 1.6 %/week" in attention
    # (her protein, under 1 g/kg; the exact figure moves with the seeded demo data)
    assert "Elena Rossi" in attention and "Low protein: 0." in attention
    assert "Running too light for the goal" in attention  # Elena jogs, in runs too short
    assert "Femi Adeyemi" in attention and "Run spike" in attention
    assert "Maya Lopez" in attention and "“Lose my belly fat with crunches”" in attention
    assert "Ben Carter" not in message.body  # on track: not in any list
    assert "Dev Patel: No weigh-in for 11 days" in sections["Stopped logging"]
    assert "newclient@example.com" in sections["Invitations not yet answered"]
    assert "/coach/clients/" in attention  # each name links to the client page
    html = message.alternatives[0][0]
    assert "Chloé Martin" in html and "newclient@example.com" in html
    # One email for the whole roster, and not again that week.
    send_due_reminders(monday + dt.timedelta(hours=5))
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_next_digest_lists_a_client_whose_flag_cleared_as_improved(coach_user, athlete):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    first_monday = dt.date(2026, 6, 1)
    log_weights(athlete, first_monday - dt.timedelta(days=50), first_monday + dt.timedelta(days=7))
    ProteinEntry.objects.bulk_create(
        # 60 g/day (~0.8 g/kg) the week before the first digest, 150 g/day the week after.
        ProteinEntry(
            user=athlete, day=first_monday + dt.timedelta(days=n), grams=60 if n <= 0 else 150
        )
        for n in range(-6, 8)
    )
    for monday in (first_monday, first_monday + dt.timedelta(days=7)):
        at = dt.datetime.combine(monday, dt.time(8, 0), tzinfo=UTC)
        with time_machine.travel(at, tick=False):
            send_due_reminders(at)
    first, second = mail.outbox
    assert "Ana" in _sections(first.body)["Needs attention"]
    assert "Low protein" in _sections(first.body)["Needs attention"]
    assert second.subject == "Your clients this week: all on track"
    assert "Ana: no longer low protein" in _sections(second.body)["Improved"]


# --- Real SMTP: delivery, retry, exactly once ----------------------------------------------------


@pytest.mark.django_db
def test_a_reminder_through_a_real_smtp_server_is_multipart_with_unsubscribe_headers(settings):
    user = make_user("ana@example.com", "UTC", weigh_in_enabled=True, weigh_in_after_days=1)
    log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    with smtp_server(settings) as inbox:
        assert send_due_reminders(dt.datetime(2026, 6, 3, 9, 0, tzinfo=UTC))["sent"] == 1
    [received] = inbox.messages
    assert inbox.recipients == ["ana@example.com"]
    assert received["Subject"] == "No weigh-in for 2 days"
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = "".join(received["List-Unsubscribe"].split())  # long headers are folded
    assert unsubscribe.startswith("<http://127.0.0.1:8000/reminders/unsubscribe/")
    assert received.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part for part in received.get_payload()}
    assert set(parts) == {"text/plain", "text/html"}
    assert "Log a weigh-in" in parts["text/html"].get_payload(decode=True).decode()


@pytest.mark.django_db
def test_a_reminder_that_could_not_be_sent_is_retried_later_and_sent_once(settings):
    user = make_user("ana@example.com", "UTC", weigh_in_enabled=True, weigh_in_after_days=1)
    log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    now = dt.datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = (
        "127.0.0.1",
        free_port(),
        False,
    )
    assert send_due_reminders(now)["failed"] == 1  # nothing listening: connection refused
    assert Delivery.objects.get().status == "sending"

    with smtp_server(settings) as inbox:
        send_due_reminders(now + dt.timedelta(minutes=5))  # too soon: another may be sending
        assert inbox.messages == []
        send_due_reminders(now + RETRY_AFTER + dt.timedelta(minutes=1))
        send_due_reminders(now + RETRY_AFTER + dt.timedelta(minutes=20))
    assert len(inbox.messages) == 1
    delivery = Delivery.objects.get()
    assert delivery.status == "sent" and delivery.attempts == 2


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_running_at_once_send_each_email_exactly_once(settings):
    users = []
    for i in range(20):
        user = make_user(f"u{i}@example.com", "UTC", weigh_in_enabled=True, weigh_in_after_days=1)
        log_weights(user, dt.date(2026, 6, 1), dt.date(2026, 6, 1))
        users.append(user)
    now = dt.datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    with smtp_server(settings) as inbox:
        original = inbox.handle_DATA

        async def slow_handle_data(server, session, envelope):
            time.sleep(0.02)  # a real server's latency, so the two schedulers overlap
            return await original(server, session, envelope)

        inbox.handle_DATA = slow_handle_data
        barrier = threading.Barrier(2)
        outcomes: list[Counter] = []
        errors: list[BaseException] = []

        def scheduler() -> None:
            try:
                barrier.wait()  # both start together, each on its own database connection
                outcomes.append(send_due_reminders(now))
            except BaseException as exc:
                errors.append(exc)
            finally:
                connection.close()

        threads = [threading.Thread(target=scheduler) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert not errors, errors
    total = sum(outcomes, Counter())
    assert sorted(inbox.recipients) == sorted(user.email for user in users)  # once each
    assert total["sent"] == 20
    assert total["taken"] >= 1  # they really raced for the same rows
    assert Delivery.objects.filter(status="sent").count() == 20


@pytest.mark.django_db
def test_rate_limit_counts_per_key_within_a_window():
    limit = throttle.Limit("t", 2, dt.timedelta(hours=1))
    assert [throttle.allow([(limit, "a@x")]) for _ in range(3)] == [True, True, False]
    assert throttle.allow([(limit, "b@x")])


@pytest.mark.django_db
def test_the_command_sends_what_is_due_now(capsys):
    user = make_user("ana@example.com", "UTC", weigh_in_enabled=True, weigh_in_after_days=1)
    ReminderPreference.objects.filter(user=user).update(weigh_in_hour=0, quiet_start=0, quiet_end=0)
    WeightEntry.objects.create(user=user, day=dt.date.today() - dt.timedelta(days=5), weight_kg=80)
    call_command("send_reminders")
    assert "sent 1" in capsys.readouterr().out
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_scheduler_processes_started_together_send_each_email_once(settings):
    """The cron case: two `manage.py send_reminders` processes (two machines' timers firing at
    the same minute) against the same database and a real SMTP server."""
    today_utc = dt.datetime.now(UTC).date()
    emails = []
    for i in range(12):
        user = make_user(
            f"p{i}@example.com",
            "UTC",
            weigh_in_enabled=True,
            weigh_in_after_days=1,
            weigh_in_hour=0,
            quiet_start=0,
            quiet_end=0,
        )
        WeightEntry.objects.create(user=user, day=today_utc - dt.timedelta(days=3), weight_kg=80)
        emails.append(user.email)
    with smtp_server(settings) as inbox:
        env = worker_env(
            EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(settings.EMAIL_PORT), EMAIL_USE_TLS="false"
        )
        schedulers = [
            subprocess.Popen(manage("send_reminders"), env=env, cwd=ROOT) for _ in range(2)
        ]
        assert [process.wait(timeout=120) for process in schedulers] == [0, 0]
    assert sorted(inbox.recipients) == sorted(emails)
    assert Delivery.objects.filter(status="sent").count() == 12


@pytest.mark.django_db
def test_staff_can_read_the_delivery_and_job_logs_in_the_admin(staff_user, athlete):
    from tracker.jobs.models import Job

    Delivery.objects.create(user=athlete, kind="weigh_in", period="since-2026-06-01")
    Job.objects.create(owner=athlete, label="Import", task_path="x")
    admin = client_for(staff_user)
    for url in (
        "/admin/reminders/delivery/",
        "/admin/reminders/reminderpreference/",
        "/admin/jobs/job/",
        "/admin/jobs/workerheartbeat/",
    ):
        assert admin.get(url).status_code == 200, url
    assert "since-2026-06-01" in admin.get("/admin/reminders/delivery/").content.decode()


@pytest.mark.django_db
def test_the_admin_refuses_url_filters_on_the_hidden_digest_record(staff_user, coach_user):
    Delivery.objects.create(
        user=coach_user, kind="coach_digest", period="2026-W23", record={"7": {"low_protein": "x"}}
    )
    admin = client_for(staff_user)
    response = admin.get("/admin/reminders/delivery/?record__icontains=low_protein")
    assert response.status_code == 400  # DisallowedModelAdminLookup: no filtered count leaks
    assert admin.get("/admin/reminders/delivery/?status=sent").status_code == 200
