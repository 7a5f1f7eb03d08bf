"""Sign-up, login (with throttling), logout, passwords, settings and account deletion."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from coaching.models import CoachingLink, CoachNote, Invitation
from tests.conftest import client_for
from tracker import signups
from tracker.models import BodyFatEntry, Goal, ProteinEntry, RunEntry, User, WeightEntry

PASSWORD = "correct-horse-9"
NEW_PASSWORD = "a-much-better-passphrase-42"


def logged_in_user_id(client) -> str | None:
    return client.session.get(SESSION_KEY)


def login(client, email: str, password: str):
    return client.post(reverse("login"), {"username": email, "password": password})


# Sign up -----------------------------------------------------------------------------------


def confirm_link(message) -> str:
    """The sign-up confirmation path in an email (links are built from SITE_URL)."""
    found = re.search(
        re.escape(settings.SITE_URL) + r"(/accounts/signup/confirm/\S+)", message.body
    )
    assert found, message.body
    return found.group(1)


def test_signup_emails_a_link_that_activates_the_account_and_logs_in(db, client):
    response = client.post(
        reverse("signup"),
        {
            "email": "Nia@Example.com",
            "display_name": "Nia",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 200
    assert "We sent a link to <strong>nia@example.com</strong>" in response.content.decode()
    user = User.objects.get(email="nia@example.com")
    assert user.display_name == "Nia" and user.check_password(NEW_PASSWORD)
    assert not user.is_active and logged_in_user_id(client) is None
    # Not usable before the link is confirmed.
    assert login(client_for(None), "nia@example.com", NEW_PASSWORD).status_code == 200
    [message] = mail.outbox
    assert message.to == ["nia@example.com"]
    link = confirm_link(message)
    # GET only shows a button (mail scanners follow links); POST confirms and logs in.
    page = client.get(link)
    assert page.status_code == 200 and "Confirm and continue" in page.content.decode()
    assert not User.objects.get(pk=user.pk).is_active
    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == reverse("settings")
    assert User.objects.get(pk=user.pk).is_active
    assert logged_in_user_id(client) == str(user.pk)
    page = client.get(response["Location"])
    assert user.time_zone == "UTC"  # posted without the field (no JS): UTC, shown in Settings
    assert "Your time zone is UTC. Choose your units below." in page.content.decode()
    # The link works once.
    assert client_for(None).post(link).status_code == 400
    assert login(client_for(None), "nia@example.com", NEW_PASSWORD).status_code == 302


def test_signing_up_again_before_confirming_replaces_the_pending_details(db, client):
    form = {"email": "nia@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    client.post(reverse("signup"), form)
    first_link = confirm_link(mail.outbox[0])
    client.post(
        reverse("signup"), form | {"password1": "another-pass-99", "password2": "another-pass-99"}
    )
    assert User.objects.filter(email="nia@example.com").count() == 1
    assert client.post(first_link).status_code == 400  # the older link stopped working
    assert client.post(confirm_link(mail.outbox[1])).status_code == 302
    assert User.objects.get(email="nia@example.com").check_password("another-pass-99")


def _unconfirmed(email: str, joined_days_ago: float, **fields) -> User:
    user = User.objects.create_user(email=email, password=NEW_PASSWORD, is_active=False, **fields)
    User.objects.filter(pk=user.pk).update(
        date_joined=timezone.now() - dt.timedelta(days=joined_days_ago)
    )
    return user


def test_expired_unconfirmed_signups_are_purged_and_nothing_else(db, athlete):
    link_days = settings.PASSWORD_RESET_TIMEOUT / 86400
    expired = _unconfirmed("gone@example.com", link_days + 1)
    pending = _unconfirmed("pending@example.com", link_days - 1)  # its link still works
    staff = _unconfirmed("staff@example.com", link_days + 30, is_staff=True)
    switched_off = _unconfirmed("former@example.com", link_days + 30)
    User.objects.filter(pk=switched_off.pk).update(last_login=timezone.now())
    User.objects.filter(pk=athlete.pk).update(date_joined=timezone.now() - dt.timedelta(days=400))

    out = io.StringIO()
    call_command("purge_unconfirmed_signups", stdout=out)

    assert out.getvalue().strip() == "Deleted 1 unconfirmed sign-up."
    remaining = set(User.objects.values_list("email", flat=True))
    assert expired.email not in remaining
    assert {pending.email, staff.email, switched_off.email, athlete.email} <= remaining


def test_signing_up_again_restarts_the_purge_clock_and_purges_expired_ones(db, client):
    link_days = settings.PASSWORD_RESET_TIMEOUT / 86400
    _unconfirmed("nia@example.com", link_days - 1)  # her first link is about to expire
    _unconfirmed("someone-else@example.com", link_days + 5)
    form = {"email": "nia@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}

    client.post(reverse("signup"), form)

    # The other stale sign-up went; two days on, Nia's new link still works.
    assert list(User.objects.values_list("email", flat=True)) == ["nia@example.com"]
    assert signups.purge_unconfirmed(now=timezone.now() + dt.timedelta(days=2)) == 0
    assert client.post(confirm_link(mail.outbox[0])).status_code == 302


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"password1": "short", "password2": "short"}, "This password is too short."),
        ({"password2": "something-else-entirely"}, "The two password fields didn"),
        ({"password1": "password123", "password2": "password123"}, "too common"),
    ],
)
def test_signup_errors(athlete, client, data, message):
    form = {"email": "nia@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    form.update(data)
    before = User.objects.count()
    response = client.post(reverse("signup"), form)
    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")
    assert User.objects.count() == before
    assert logged_in_user_id(client) is None
    assert not mail.outbox


def test_signup_and_login_pages_send_logged_in_users_to_dashboard(athlete_client):
    assert athlete_client.get(reverse("signup"))["Location"] == reverse("dashboard")
    assert athlete_client.get(reverse("login"))["Location"] == reverse("dashboard")
    assert athlete_client.get(reverse("landing"))["Location"] == reverse("dashboard")


# Log in / log out --------------------------------------------------------------------------


def test_login_with_email(athlete, client):
    assert client.get(reverse("login")).status_code == 200
    response = login(client, "ana@example.com", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert logged_in_user_id(client) == str(athlete.pk)


def test_login_email_is_case_insensitive(athlete, client):
    response = login(client, "Ana@Example.com", PASSWORD)
    assert response.status_code == 302


def test_login_wrong_password(athlete, client):
    response = login(client, "ana@example.com", "wrong-password")
    assert response.status_code == 200
    assert "Please enter a correct email address and password." in response.content.decode()
    assert logged_in_user_id(client) is None


def test_login_follows_next(athlete, client):
    response = client.post(
        reverse("login"),
        {"username": "ana@example.com", "password": PASSWORD, "next": "/history/weight/"},
    )
    assert response["Location"] == "/history/weight/"
    response = client.post(
        reverse("login"),
        {"username": "ana@example.com", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("dashboard")


def test_logout_needs_post(athlete_client):
    assert athlete_client.get(reverse("logout")).status_code == 405
    response = athlete_client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("landing")
    assert logged_in_user_id(athlete_client) is None
    assert athlete_client.get(reverse("dashboard")).status_code == 302


def test_login_is_throttled_after_five_failures(athlete, client):
    for _ in range(4):
        response = login(client, "ana@example.com", "wrong-password")
        assert response.status_code == 200
    # django-axes locks the username and address on the fifth failure itself...
    response = login(client, "ana@example.com", "wrong-password")
    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode()
    # ...so the sixth attempt is refused even with the right password.
    response = login(client, "ana@example.com", PASSWORD)
    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode()
    assert logged_in_user_id(client) is None
    assert client.get(reverse("dashboard")).status_code == 302
    # Another account from the same address is not locked out.
    User.objects.create_user("bea@example.com", PASSWORD)
    assert login(client_for(None), "bea@example.com", PASSWORD).status_code == 302


def test_successful_login_resets_the_failure_count(athlete, client):
    for _ in range(4):
        login(client, "ana@example.com", "wrong-password")
    assert login(client, "ana@example.com", PASSWORD).status_code == 302
    other = client_for(None)
    for _ in range(4):
        login(other, "ana@example.com", "wrong-password")
    assert login(other, "ana@example.com", PASSWORD).status_code == 302


# Passwords ---------------------------------------------------------------------------------


def test_password_change(athlete, athlete_client):
    url = reverse("password_change")
    assert client_for(None).get(url).status_code == 302
    response = athlete_client.post(
        url,
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    response = athlete_client.post(
        url,
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == reverse("password_change_done")
    # Still logged in on this device.
    assert athlete_client.get(reverse("dashboard")).status_code == 200
    athlete.refresh_from_db()
    assert athlete.check_password(NEW_PASSWORD)
    assert login(client_for(None), "ana@example.com", NEW_PASSWORD).status_code == 302


def test_password_reset_by_email(athlete, client):
    response = client.post(reverse("password_reset"), {"email": "ana@example.com"})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.com"]
    link = re.search(
        re.escape(settings.SITE_URL) + r"(/accounts/password/reset/\S+/)", message.body
    )
    assert link
    # The link leads to the set-password form (Django swaps the token into the session).
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    set_password_url = response.redirect_chain[-1][0]
    assert "Set a new password" in response.content.decode()
    response = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response["Location"] == reverse("password_reset_complete")
    athlete.refresh_from_db()
    assert athlete.check_password(NEW_PASSWORD)
    # The link works once.
    again = client.get(link.group(1), follow=True)
    assert "This reset link is invalid or has already been used." in again.content.decode()


def test_password_reset_for_unknown_email_sends_nothing_and_leaks_nothing(db, client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


# Settings ----------------------------------------------------------------------------------


def settings_data(**overrides) -> dict[str, str]:
    data = {
        "display_name": "Ana",
        "weight_unit": "kg",
        "distance_unit": "km",
        "time_zone": "UTC",
        "height_cm": "",
    }
    data.update(overrides)
    return data


def test_settings_change_units_changes_display(athlete, athlete_client):
    today = athlete.local_today()
    athlete_client.post(
        reverse("quick_log", args=["weight"]), {"weight": "80", "day": today.isoformat()}
    )
    assert "80.0 kg" in athlete_client.get(reverse("history", args=["weight"])).content.decode()
    response = athlete_client.post(
        reverse("settings"), settings_data(weight_unit="lb", distance_unit="mi")
    )
    assert response["Location"] == reverse("settings")
    athlete.refresh_from_db()
    assert (athlete.weight_unit, athlete.distance_unit) == ("lb", "mi")
    history = athlete_client.get(reverse("history", args=["weight"])).content.decode()
    assert "176.4 lb" in history
    assert "80.0 kg" not in history
    # Stored in kg whatever the display.
    assert WeightEntry.objects.get().weight_kg == 80.0


def test_settings_time_zone(athlete, athlete_client):
    response = athlete_client.post(reverse("settings"), settings_data(time_zone="Pacific/Auckland"))
    assert response.status_code == 302
    athlete.refresh_from_db()
    assert athlete.time_zone == "Pacific/Auckland"


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", "localtime", "../../etc/passwd"])
def test_settings_reject_unknown_time_zone(athlete, athlete_client, zone):
    response = athlete_client.post(reverse("settings"), settings_data(time_zone=zone))
    assert response.status_code == 200
    assert "time_zone" in response.context["form"].errors
    athlete.refresh_from_db()
    assert athlete.time_zone == "UTC"


def test_settings_height_bounds(athlete, athlete_client):
    response = athlete_client.post(reverse("settings"), settings_data(height_cm="300"))
    assert "Height must be between 100 and 250 cm." in response.content.decode()
    athlete.refresh_from_db()
    assert athlete.height_cm is None


def test_settings_need_login(db):
    assert client_for(None).get(reverse("settings")).status_code == 302
    assert client_for(None).post(reverse("delete_account")).status_code == 302


# Account deletion --------------------------------------------------------------------------

DAY = dt.date(2026, 3, 1)


def give_data(user, *, coach, client_of_user, athlete_of_coach) -> None:
    """Entries of every kind, a goal, coaching links both ways, invitations and notes."""
    WeightEntry.objects.create(user=user, day=DAY, weight_kg=80)
    BodyFatEntry.objects.create(user=user, day=DAY, percent=20)
    RunEntry.objects.create(user=user, day=DAY, distance_km=5, duration_s=1500)
    ProteinEntry.objects.create(user=user, day=DAY, grams=120)
    Goal.objects.create(user=user, text="Run a 10k")
    # The user is coached by `coach` and coaches `client_of_user`.
    CoachingLink.objects.create(coach=coach, athlete=user)
    CoachingLink.objects.create(coach=user, athlete=client_of_user)
    Invitation.objects.create(coach=user, expires_at=timezone.now() + dt.timedelta(days=7))
    CoachNote.objects.create(coach=coach, athlete=user, text="Sleeps badly")
    CoachNote.objects.create(coach=user, athlete=client_of_user, text="Strong runner")
    # Rows of others the user only took part in: cleared, not deleted.
    Invitation.objects.create(
        coach=athlete_of_coach,
        expires_at=timezone.now() + dt.timedelta(days=7),
        responded_at=timezone.now(),
        accepted=False,
        responded_by=user,
    )


MODELS = [WeightEntry, BodyFatEntry, RunEntry, ProteinEntry, Goal]


def rows_of(user) -> dict[str, int]:
    counts = {model.__name__: model.objects.filter(user=user).count() for model in MODELS}
    counts["links"] = CoachingLink.objects.filter(coach=user).count() + (
        CoachingLink.objects.filter(athlete=user).count()
    )
    counts["invitations"] = Invitation.objects.filter(coach=user).count()
    counts["notes"] = CoachNote.objects.filter(coach=user).count() + (
        CoachNote.objects.filter(athlete=user).count()
    )
    return counts


@pytest.fixture
def two_users_with_data(athlete, other_athlete, coach_user, staff_user):
    give_data(athlete, coach=coach_user, client_of_user=staff_user, athlete_of_coach=coach_user)
    # The other athlete has a different coach (staff here) and coaches nobody we delete.
    other_client = User.objects.create_user("cleo@example.com", PASSWORD)
    give_data(
        other_athlete, coach=staff_user, client_of_user=other_client, athlete_of_coach=staff_user
    )
    return athlete, other_athlete


def test_delete_account_removes_every_row_of_the_user(two_users_with_data, athlete_client):
    athlete, other = two_users_with_data
    assert all(rows_of(athlete).values())
    others_before = rows_of(other)
    total_invitations = Invitation.objects.count()

    assert athlete_client.get(reverse("delete_account")).status_code == 200
    response = athlete_client.post(
        reverse("delete_account"), {"confirm": "DELETE", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("landing")

    assert not User.objects.filter(pk=athlete.pk).exists()
    assert not any(rows_of(athlete).values())
    assert rows_of(other) == others_before
    # The invitation the user turned down stays with its coach, without the user.
    assert Invitation.objects.count() == total_invitations - 1
    assert not Invitation.objects.filter(responded_by_id=athlete.pk).exists()
    # Logged out, with a confirmation.
    assert logged_in_user_id(athlete_client) is None
    landing = athlete_client.get(response["Location"])
    assert "Your account and all of its data have been deleted." in landing.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"confirm": "delete", "password": PASSWORD}, "Type DELETE in capitals to confirm."),
        ({"confirm": "", "password": PASSWORD}, "This field is required."),
        ({"confirm": "DELETE", "password": "wrong"}, "That password is not right."),
        ({"confirm": "DELETE", "password": ""}, "This field is required."),
        ({}, "This field is required."),
    ],
)
def test_delete_account_needs_delete_and_password(
    two_users_with_data, athlete_client, data, message
):
    athlete, _ = two_users_with_data
    before = rows_of(athlete)
    response = athlete_client.post(reverse("delete_account"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.filter(pk=athlete.pk).exists()
    assert rows_of(athlete) == before
    assert logged_in_user_id(athlete_client) == str(athlete.pk)


def test_delete_account_get_deletes_nothing(athlete, athlete_client):
    response = athlete_client.get(reverse("delete_account"))
    assert "ana@example.com" in response.content.decode()
    assert User.objects.filter(pk=athlete.pk).exists()


def test_signup_returns_to_a_safe_next_url(db, client):
    response = client.post(
        "/accounts/signup/?next=/coach/invite/abc/",
        {
            "email": "new@example.com",
            "display_name": "New",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
            "next": "/coach/invite/abc/",
        },
    )
    assert response.status_code == 200
    link = confirm_link(mail.outbox[0])
    assert "?next=%2Fcoach%2Finvite%2Fabc%2F" in link
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == "/coach/invite/abc/"


def test_signup_ignores_an_offsite_next_url(db, client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.com",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
            "next": "https://evil.example.com/",
        },
    )
    link = confirm_link(mail.outbox[0])
    assert "evil" not in link
    response = client.post(link + "?next=https://evil.example.com/")
    assert response.status_code == 302
    assert response["Location"] == "/settings/"


# Time zone at signup and the "your device is elsewhere" offer -------------------------------


def test_signup_saves_the_time_zone_the_browser_filled_in(db, client):
    response = client.post(
        reverse("signup"),
        {
            "email": "kiri@example.com",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "time_zone": "Pacific/Auckland",
        },
    )
    assert User.objects.get(email="kiri@example.com").time_zone == "Pacific/Auckland"
    response = client.post(confirm_link(mail.outbox[0]), follow=True)
    assert "Your time zone is Pacific/Auckland." in response.content.decode()


def test_signup_refuses_an_unknown_time_zone_and_creates_nothing(db, client):
    response = client.post(
        reverse("signup"),
        {
            "email": "kiri@example.com",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "time_zone": "Mars/Olympus",
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not User.objects.filter(email="kiri@example.com").exists()


def test_accepting_the_time_zone_offer_saves_it_and_returns_to_the_page(athlete, athlete_client):
    response = athlete_client.post(
        reverse("time_zone_update"), {"time_zone": "Pacific/Auckland", "next": "/progress/"}
    )
    assert response["Location"] == "/progress/"
    athlete.refresh_from_db()
    assert athlete.time_zone == "Pacific/Auckland"
    page = athlete_client.get("/progress/").content.decode()
    assert "Time zone set to Pacific/Auckland" in page


def test_time_zone_offer_ignores_bad_zones_and_foreign_next(athlete, athlete_client):
    response = athlete_client.post(
        reverse("time_zone_update"), {"time_zone": "Nowhere", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("dashboard")
    athlete.refresh_from_db()
    assert athlete.time_zone == "UTC"


def test_signed_in_pages_carry_the_offer_with_the_saved_zone(athlete_client):
    page = athlete_client.get(reverse("dashboard")).content.decode()
    assert 'data-tz-offer data-saved-tz="UTC"' in page
    # Settings has its own suggestion next to the field.
    assert "data-tz-offer" not in athlete_client.get(reverse("settings")).content.decode()


# Each role lands where it works ---------------------------------------------------------------


def test_coach_logs_in_to_the_roster_and_athlete_to_today(athlete, coach_user, client):
    response = client.post(reverse("login"), {"username": coach_user.email, "password": PASSWORD})
    assert response["Location"] == reverse("roster")
    assert client.get(reverse("landing"))["Location"] == reverse("roster")
    other = client_for(None)
    response = other.post(reverse("login"), {"username": athlete.email, "password": PASSWORD})
    assert response["Location"] == reverse("dashboard")


def test_login_next_still_wins_for_a_coach(coach_user, client):
    response = client.post(
        reverse("login") + "?next=/goals/", {"username": coach_user.email, "password": PASSWORD}
    )
    assert response["Location"] == "/goals/"


def test_staff_see_an_admin_link_and_others_do_not(athlete_client, staff_user):
    assert 'href="/admin/"' not in athlete_client.get(reverse("dashboard")).content.decode()
    staff_page = client_for(staff_user).get(reverse("dashboard")).content.decode()
    assert 'href="/admin/"' in staff_page
