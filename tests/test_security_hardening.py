"""Regression tests for the production attack review (issue 13, items 2–8): each test fails on
the code before its fix.

Real database, the test client as each actor; the concurrent-confirm race uses two real
database connections (threads) on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib import admin
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, connections, transaction
from django.urls import reverse
from django.utils import timezone

from coaching.models import CoachNote, Invitation
from tests.conftest import client_for
from tracker import importing, throttle
from tracker.models import ImportBatch, ThrottleEvent, User, WeightEntry

PASSWORD = "correct-horse-9"


def login(client, email: str, password: str):
    return client.post(reverse("login"), {"username": email, "password": password})


# 2. One login throttle per account -----------------------------------------------------------


def test_letter_case_does_not_buy_more_login_attempts(athlete):
    client = client_for(None)
    for spelling in ["Ana@example.com", "ANA@example.com", "ana@EXAMPLE.com", "aNa@example.com"]:
        assert login(client, spelling, "wrong-password").status_code == 200
    # The fifth failure, in yet another spelling, locks the account's one counter...
    assert login(client, "AnA@Example.Com", "wrong-password").status_code == 429
    # ...so the right password is refused in every spelling, lowercase included.
    for spelling in ["ana@example.com", "Ana@example.com", "ANA@EXAMPLE.COM"]:
        response = login(client, spelling, PASSWORD)
        assert response.status_code == 429, spelling
    assert "_auth_user_id" not in client.session
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"ana@example.com"}


# 3. The same file confirmed from two previews at once ----------------------------------------


def _weights_csv(rows: int) -> bytes:
    start = dt.date(2024, 1, 1)
    lines = ["date,weight"] + [
        f"{start + dt.timedelta(days=i)},{70 + (i % 50) / 10:.1f}" for i in range(rows)
    ]
    return "\n".join(lines).encode()


def _preview(client, data: bytes) -> ImportBatch:
    file = SimpleUploadedFile("weights.csv", data)
    response = client.post("/data/import/body/", {"file": file, "weight_unit": "kg"})
    assert response.status_code == 302, response.content.decode()[:1500]
    return ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="the READ COMMITTED race needs PostgreSQL (SQLite serialises every writer)",
)
def test_one_file_confirmed_from_two_previews_at_once_is_saved_once():
    athlete = User.objects.create_user("ana@example.com", PASSWORD)
    client = client_for(athlete)
    data = _weights_csv(1000)
    batches = [_preview(client, data), _preview(client, data)]
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def confirm(batch: ImportBatch) -> None:
        try:
            start.wait()
            outcomes.append(importing.batch_confirm(batch=batch))
        except Exception as error:  # reported by the assertion below
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(isinstance(outcome, dict) for outcome in outcomes), outcomes
    assert WeightEntry.objects.filter(user=athlete).count() == 1000
    added = sorted(outcome["added"]["weight"] for outcome in outcomes)  # type: ignore[index]
    assert added == [0, 1000]


# 4. Mail rate limits and an invitation mail that can't be used as a relay ----------------------


def _invite(client, email: str, message: str = ""):
    return client.post(reverse("invitations"), {"email": email, "message": message})


def test_invitation_emails_are_limited_per_sender(coach_user):
    client = client_for(coach_user)
    for number in range(throttle.INVITE_PER_SENDER_HOUR.count):
        assert _invite(client, f"person{number}@example.com").status_code == 302
    response = _invite(client, "one-more@example.com")
    assert response.status_code == 400
    assert "Too many invitation emails for now" in response.content.decode()
    assert len(mail.outbox) == throttle.INVITE_PER_SENDER_HOUR.count
    assert not Invitation.objects.filter(email="one-more@example.com").exists()
    # A link without an email is still fine: nothing is sent.
    assert _invite(client, "").status_code == 302


def test_invitation_emails_are_limited_per_recipient_across_senders(db):
    senders = [
        User.objects.create_user(f"coach{n}@example.com", PASSWORD, is_coach=True)
        for n in range(throttle.INVITE_PER_RECIPIENT_DAY.count + 1)
    ]
    codes = [_invite(client_for(sender), "victim@example.com").status_code for sender in senders]
    assert codes == [302] * throttle.INVITE_PER_RECIPIENT_DAY.count + [400]
    assert len(mail.outbox) == throttle.INVITE_PER_RECIPIENT_DAY.count


def test_invitation_emails_are_limited_per_client_address(db):
    limit = throttle.INVITE_PER_IP_HOUR.count
    senders = [
        User.objects.create_user(f"coach{n}@example.com", PASSWORD, is_coach=True)
        for n in range(limit // throttle.INVITE_PER_SENDER_HOUR.count + 1)
    ]
    sent = 0
    for sender in senders:
        client = client_for(sender)
        for _ in range(throttle.INVITE_PER_SENDER_HOUR.count):
            if _invite(client, f"p{sent}@example.com").status_code == 302:
                sent += 1
    assert sent == limit  # every sender shares 127.0.0.1


def test_invitation_mail_keeps_sender_text_out_of_the_subject(coach_user):
    coach_user.display_name = "Your bank: verify at https://evil.example"
    coach_user.save()
    _invite(client_for(coach_user), "ana@example.com", "Click https://evil.example now")
    [message] = mail.outbox
    assert message.subject == "A coaching invitation on Wholebody"
    assert "evil" not in message.subject
    assert "Name they gave: Your bank: verify at https://evil.example" in message.body
    assert "Their message to you (written by them, not by Wholebody)" in message.body


def test_limits_expire_after_their_window(coach_user, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    client = client_for(coach_user)
    for number in range(throttle.INVITE_PER_SENDER_HOUR.count):
        _invite(client, f"person{number}@example.com")
    assert _invite(client, "later@example.com").status_code == 400
    time_machine.shift(dt.timedelta(hours=1, minutes=1))
    assert _invite(client, "later@example.com").status_code == 302


def test_password_reset_mail_is_limited_per_address_without_saying_so(athlete):
    for n in range(throttle.RESET_PER_RECIPIENT_HOUR.count + 2):
        client = client_for(None)
        response = client.post(
            reverse("password_reset"),
            {"email": "ana@example.com"},
            REMOTE_ADDR=f"10.0.0.{n + 1}",
        )
        # The same answer every time, so the page tells nobody anything.
        assert response.status_code == 302
        assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == throttle.RESET_PER_RECIPIENT_HOUR.count


def test_password_reset_is_limited_per_client_address(athlete):
    client = client_for(None)
    codes = [
        client.post(reverse("password_reset"), {"email": f"x{n}@example.com"}).status_code
        for n in range(throttle.RESET_PER_IP_HOUR.count + 1)
    ]
    assert codes == [302] * throttle.RESET_PER_IP_HOUR.count + [429]


def test_throttle_stores_no_email_or_address(athlete):
    client_for(None).post(reverse("password_reset"), {"email": "ana@example.com"})
    keys = list(ThrottleEvent.objects.values_list("key", flat=True))
    assert keys and all(re.fullmatch(r"[0-9a-f]{64}", key) for key in keys)


# 5. Admin URL filters can't read hidden fields -----------------------------------------------


@pytest.fixture
def staff_client(staff_user):
    return client_for(staff_user)


@pytest.mark.parametrize(
    ("url", "lookup"),
    [
        ("/admin/coaching/coachnote/", "text__regex=^a"),
        ("/admin/coaching/coachnote/", "text__startswith=a"),
        ("/admin/coaching/coachnote/", "text=secret"),
        ("/admin/coaching/invitation/", "token__regex=^a"),
        ("/admin/coaching/invitation/", "token__gt=a"),
        ("/admin/tracker/user/", "password__regex=^argon2"),
        ("/admin/tracker/user/", "notes_written__text__regex=^a"),
        ("/admin/tracker/user/", "invitations_sent__token__startswith=a"),
    ],
)
def test_admin_refuses_lookups_on_hidden_fields(staff_client, coach_user, athlete, url, lookup):
    CoachNote.objects.create(coach=coach_user, athlete=athlete, text="a private note")
    response = staff_client.get(f"{url}?{lookup}")
    assert response.status_code == 400


def test_admin_still_filters_on_visible_fields(staff_client, coach_user):
    assert staff_client.get("/admin/coaching/invitation/?accepted__exact=1").status_code == 200
    assert staff_client.get("/admin/tracker/user/?is_coach__exact=1").status_code == 200


def test_every_admin_that_hides_a_field_refuses_lookups_on_it():
    """An admin that hides a field with plain `exclude` (no lookup guard) fails this test."""
    checked = 0
    for model, model_admin in admin.site._registry.items():
        hidden = set(getattr(model_admin, "hidden_fields", ())) | set(model_admin.exclude or ())
        for field in hidden:
            assert field in getattr(model_admin, "hidden_fields", ()), (model, field)
            for lookup in (field, f"{field}__regex", f"{field}__startswith"):
                assert not model_admin.lookup_allowed(lookup, "a", None), (model, lookup)
            checked += 1
    assert checked >= 3  # coach notes' text, invitation tokens, password hashes


# 6. Emails that differ only by case ----------------------------------------------------------


def test_admin_cannot_create_an_email_that_differs_only_by_case(athlete, staff_client):
    response = staff_client.post(
        "/admin/tracker/user/add/",
        {"email": "ANA@Example.com", "password1": "x-long-pass-77", "password2": "x-long-pass-77"},
    )
    assert response.status_code == 200
    assert "A user with this email address already exists." in response.content.decode()
    assert User.objects.count() == 2  # ana and the staff user
    assert login(client_for(None), "ana@example.com", PASSWORD).status_code == 302


def test_admin_stores_a_new_email_lowercased(staff_client):
    staff_client.post(
        "/admin/tracker/user/add/",
        {
            "email": " Nia@Example.COM ",
            "password1": "x-long-pass-77",
            "password2": "x-long-pass-77",
        },
    )
    assert User.objects.filter(email="nia@example.com").exists()


def test_database_refuses_an_email_that_differs_only_by_case(athlete):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(email="ANA@example.com")])


@pytest.mark.django_db(transaction=True)
def test_email_migration_lowercases_and_reports_clashes():
    """The data migration on rows an older database could hold: the constraint is dropped for
    the test (as before migration 0014), then restored."""
    from importlib import import_module

    from django.apps import apps

    lowercase_emails = import_module("tracker.migrations.0013_lowercase_emails").lowercase_emails
    [constraint] = [c for c in User._meta.constraints if c.name.startswith("user_email_case")]
    with connection.schema_editor() as editor:
        editor.remove_constraint(User, constraint)
    try:
        User.objects.bulk_create([User(email="Mixed@Example.com", password="!")])
        lowercase_emails(apps, None)
        assert User.objects.filter(email="mixed@example.com").exists()

        User.objects.bulk_create([User(email="MIXED@example.com", password="!")])
        with pytest.raises(RuntimeError, match="differ only by letter case") as error:
            lowercase_emails(apps, None)
        assert "mixed@example.com: user" in str(error.value)
        assert "(MIXED@example.com)" in str(error.value)
        User.objects.filter(email="MIXED@example.com").delete()
    finally:
        with connection.schema_editor() as editor:
            editor.add_constraint(User, constraint)


# 7. Personal pages are not cached ------------------------------------------------------------


@pytest.mark.parametrize("path", ["/today/", "/progress/", "/history/weight/", "/settings/"])
def test_personal_pages_are_not_stored(athlete_client, path):
    response = athlete_client.get(path)
    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives


def test_client_page_is_not_stored(coach_user, athlete):
    from coaching.models import CoachingLink

    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    response = client_for(coach_user).get(f"/coach/clients/{athlete.pk}/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_public_pages_stay_cacheable(db):
    response = client_for(None).get("/myths/")
    assert "no-store" not in response.get("Cache-Control", "")


# 8. Rough edges ------------------------------------------------------------------------------


def test_form_posted_after_the_session_expired_returns_to_its_page(athlete):
    client = client_for(None)
    response = client.post(
        "/log/weight/", {"weight": "70"}, HTTP_REFERER="http://testserver/goals/?x=1"
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fgoals%2F%3Fx%3D1"
    # Logging in from there lands on the page, not on a POST-only URL (a 405 before).
    response = client.post(
        response["Location"],
        {"username": "ana@example.com", "password": PASSWORD, "next": "/goals/?x=1"},
    )
    assert response["Location"] == "/goals/?x=1"
    assert client.get(response["Location"]).status_code == 200


def test_htmx_post_after_the_session_expired_redirects_the_whole_page(athlete):
    response = client_for(None).post(
        "/log/weight/",
        {"weight": "70"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/today/",
    )
    assert response["HX-Redirect"] == "/accounts/login/?next=%2Ftoday%2F"


def test_expired_session_post_ignores_an_offsite_referer(athlete):
    response = client_for(None).post(
        "/log/weight/", {"weight": "70"}, HTTP_REFERER="https://evil.example/today/"
    )
    assert response["Location"] == "/accounts/login/"


def test_second_confirm_says_the_import_was_already_saved(athlete, athlete_client):
    batch = _preview(athlete_client, _weights_csv(3))
    url = f"/data/import/body/{batch.pk}/confirm/"
    assert athlete_client.post(url).status_code == 302
    response = athlete_client.post(url, follow=True)
    assert response.status_code == 200
    assert "That import was already saved." in response.content.decode()
    assert WeightEntry.objects.filter(user=athlete).count() == 3
    # The preview page and cancel say the same rather than offering to save it again.
    preview = athlete_client.get(f"/data/import/body/{batch.pk}/", follow=True)
    assert "That import was already saved." in preview.content.decode()
    cancel = athlete_client.post(f"/data/import/body/{batch.pk}/cancel/", follow=True)
    assert "That import was already saved." in cancel.content.decode()
    assert WeightEntry.objects.filter(user=athlete).count() == 3
    # Still 404 for anyone else.
    other = User.objects.create_user("otto@example.com", PASSWORD)
    assert client_for(other).post(url).status_code == 404


def _signup(client, email: str):
    return client.post(
        reverse("signup"),
        {
            "email": email,
            "display_name": "X",
            "password1": "pass-phrase-77x",
            "password2": "pass-phrase-77x",
        },
    )


def test_signup_answers_the_same_for_a_registered_email(athlete):
    new = _signup(client_for(None), "nobody@example.com")
    taken = _signup(client_for(None), "Ana@Example.com")
    assert new.status_code == taken.status_code == 200

    def page(response, email):
        text = response.content.decode().replace(email, "EMAIL")
        text = re.sub(r'"X-CSRFToken": "[^"]+"', "", text)  # a per-session token
        # ...also in the footer's language switcher form (masked differently on each page).
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)

    assert page(new, "nobody@example.com") == page(taken, "ana@example.com")
    # The owner of the registered address hears about it; their account is untouched.
    existing_mail = next(m for m in mail.outbox if m.to == ["ana@example.com"])
    assert "you already have one" in existing_mail.body
    assert f"{settings.SITE_URL}/accounts/password/reset/" in existing_mail.body
    assert User.objects.get(email="ana@example.com").check_password(PASSWORD)
    assert User.objects.filter(email="ana@example.com").count() == 1


def test_signup_mail_is_rate_limited(db):
    client = client_for(None)
    codes = [
        _signup(client, "nia@example.com").status_code
        for _ in range(throttle.SIGNUP_MAIL_PER_RECIPIENT_HOUR.count + 1)
    ]
    assert codes == [200] * throttle.SIGNUP_MAIL_PER_RECIPIENT_HOUR.count + [429]
    assert len(mail.outbox) == throttle.SIGNUP_MAIL_PER_RECIPIENT_HOUR.count


def test_reset_link_comes_from_site_url_not_the_host_header(athlete):
    client_for(None).post(
        reverse("password_reset"), {"email": "ana@example.com"}, HTTP_HOST="testserver:6666"
    )
    [message] = mail.outbox
    assert "6666" not in message.body
    assert f"{settings.SITE_URL}/accounts/password/reset/" in message.body


def test_invitation_links_come_from_site_url(coach_user):
    response = client_for(coach_user).post(
        reverse("invitations"), {"email": "ana@example.com"}, HTTP_HOST="testserver:6666"
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert f"{settings.SITE_URL}/coach/invite/" in message.body and "6666" not in message.body


def test_deleting_the_account_deletes_its_login_records(athlete, athlete_client):
    login(client_for(None), "Ana@example.com", "wrong-password")
    login(client_for(None), "ana@example.com", PASSWORD)
    AccessLog.objects.create(username="ana@example.com", ip_address="10.0.0.9", user_agent="x")
    AccessLog.objects.create(username="otto@example.com", ip_address="10.0.0.8", user_agent="y")
    response = athlete_client.post(
        reverse("delete_account"), {"confirm": "DELETE", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username__iexact="ana@example.com").exists()
    assert not AccessLog.objects.filter(username__iexact="ana@example.com").exists()
    assert AccessLog.objects.filter(username="otto@example.com").exists()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"AXES_PROXY_COUNT": "1"}, ["HTTP_X_FORWARDED_PROTO", "https"]),
        ({"SECURE_PROXY_SSL_HEADER": "true"}, ["HTTP_X_FORWARDED_PROTO", "https"]),
    ],
)
def test_forwarded_proto_is_trusted_only_behind_a_proxy(env, expected):
    from tests.test_settings_env import production_key, run_python

    script = "import json, tracker.settings as s; print(json.dumps(s.SECURE_PROXY_SSL_HEADER))"
    result = run_python(
        ["-c", script],
        DEBUG="false",
        SECRET_KEY=production_key(),
        ALLOWED_HOSTS="wholebody.example.com",
        **env,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
