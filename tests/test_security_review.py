"""Regression tests for the security and correctness review: each test pins one bug found.

Real database, the shared fixtures from conftest.py, and the test client as each actor.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.models import ImportBatch, User

# --- Sign-up: the method check and ?next= -----------------------------------------------------


def test_signup_refuses_other_methods_with_405(athlete):
    # The method decorator sat on the _safe_next helper instead of the view, so the helper
    # returned a 405 response that redirect() tried to reverse: a 500 for a signed-in user.
    for client in (client_for(None), client_for(athlete)):
        assert client.put("/accounts/signup/").status_code == 405
        assert client.delete("/accounts/signup/?next=/today/").status_code == 405


def test_signed_in_signup_ignores_a_next_that_is_not_a_path(athlete):
    # "foo" passes the host check, and redirect("foo") tried to reverse it as a URL name.
    response = client_for(athlete).get("/accounts/signup/?next=foo")
    assert response.status_code == 302
    assert response["Location"] == "/today/"


def test_signup_with_a_url_name_as_next_lands_on_settings(db):
    response = client_for(None).post(
        "/accounts/signup/?next=goal_edit",
        {
            "email": "nia@example.com",
            "display_name": "Nia",
            "password1": "correct-horse-9x",
            "password2": "correct-horse-9x",
        },
    )
    assert response.status_code == 200  # "check your email"
    [message] = mail.outbox
    link = re.search(r"/accounts/signup/confirm/\S+", message.body).group(0)
    assert "goal_edit" not in link
    response = client_for(None).post(link)
    assert response.status_code == 302
    assert response["Location"] == "/settings/"
    assert User.objects.get(email="nia@example.com").is_active


def test_signup_still_follows_a_path_on_this_site_but_not_another_site(athlete):
    client = client_for(athlete)
    response = client.get("/accounts/signup/?next=/coach/invite/abc/")
    assert response["Location"] == "/coach/invite/abc/"
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example/"):
        response = client.get("/accounts/signup/", {"next": target})
        assert response["Location"] == "/today/"


# --- Export file names ------------------------------------------------------------------------


def test_client_export_of_a_non_latin_name_has_a_readable_attachment_header(athlete, coach_user):
    # The header was f'attachment; filename="..."': a name like 李 made Django MIME-encode
    # the whole value ("=?utf-8?b?...?="), which browsers don't read as a download name.
    athlete.display_name = "李小龙"
    athlete.save()
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    response = client_for(coach_user).get(f"/coach/clients/{athlete.pk}/export/")
    assert response.status_code == 200
    header = response["Content-Disposition"]
    assert header.startswith("attachment; filename*=utf-8''wholebody-")
    assert "%E6%9D%8E" in header  # 李, percent-encoded per RFC 5987
    header.encode("ascii")  # no raw non-ASCII bytes in the header


def test_athlete_export_keeps_a_plain_filename(athlete):
    response = client_for(athlete).get("/data/export/")
    assert response["Content-Disposition"].startswith('attachment; filename="wholebody-export-')


# --- Upload size limit while streaming --------------------------------------------------------


def test_an_upload_over_the_limit_is_never_stored_in_full(athlete, settings, monkeypatch):
    # The size was only checked after Django had received and stored the whole file, so any
    # signed-in user could make the server write an arbitrarily large upload to disk first.
    settings.IMPORT_MAX_UPLOAD_BYTES = 1000
    stored: list[int] = []
    original = MemoryFileUploadHandler.file_complete

    def spy(self: MemoryFileUploadHandler, file_size: int) -> object:
        stored.append(file_size)
        return original(self, file_size)

    monkeypatch.setattr(MemoryFileUploadHandler, "file_complete", spy)
    data = b"date,weight\n" + b"2024-01-01,80\n" * 400  # ~5.6 kB
    response = client_for(athlete).post(
        "/data/import/body/", {"file": SimpleUploadedFile("big.csv", data)}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "the limit is 0" in body and "This field is required" not in body
    assert stored == []  # the file was skipped while streaming, never assembled
    assert not ImportBatch.objects.exists()


def test_an_upload_within_the_limit_still_imports(athlete, settings):
    settings.IMPORT_MAX_UPLOAD_BYTES = 1000
    data = b"date,weight\n2024-01-01,80\n"
    response = client_for(athlete).post(
        "/data/import/body/", {"file": SimpleUploadedFile("small.csv", data)}
    )
    assert response.status_code == 302
    assert ImportBatch.objects.filter(owner=athlete).count() == 1


# --- Huge ids in coach URLs -------------------------------------------------------------------

HUGE_ID = "9" * 23  # past a 64-bit integer


def test_huge_client_ids_are_404_not_500(coach_user):
    # Django guards pk=<huge> lookups but not athlete_id=<huge> on a foreign key: OverflowError.
    client = client_for(coach_user)
    for path in (
        f"/coach/clients/{HUGE_ID}/",
        f"/coach/clients/{HUGE_ID}/export/",
        f"/coach/clients/{HUGE_ID}/notes/1/edit/",
        f"/coach/clients/{HUGE_ID}/notes/1/delete/",
    ):
        assert client.get(path).status_code == 404, path
    for path in (f"/coach/clients/{HUGE_ID}/notes/", f"/coach/clients/{HUGE_ID}/notes/1/edit/"):
        assert client.post(path, {"text": "x"}).status_code == 404, path
    assert client.get(f"/coach/clients/{2**63}/").status_code == 404


def test_the_largest_valid_id_is_still_looked_up(coach_user):
    assert client_for(coach_user).get(f"/coach/clients/{2**63 - 1}/").status_code == 404


# --- Constraint races answer with a message, not a 500 ----------------------------------------


def test_protein_edit_losing_a_race_for_the_day_is_a_message(athlete, monkeypatch):
    # ProteinForm checks "one total per day", but a request that takes the day between that
    # check and the save made the database refuse it: an uncaught IntegrityError (500).
    import datetime as dt

    from tracker.forms import ProteinForm
    from tracker.models import ProteinEntry

    today = athlete.local_today()
    mine = ProteinEntry.objects.create(user=athlete, day=today - dt.timedelta(days=1), grams=90)
    ProteinEntry.objects.create(user=athlete, day=today, grams=120)  # the racing request's row
    # As if the check ran before the other request committed its row.
    monkeypatch.setattr(ProteinForm, "validate_unique", lambda self: None)
    response = client_for(athlete).post(
        f"/history/protein/{mine.pk}/edit/", {"grams": "100", "day": today.isoformat()}
    )
    assert response.status_code == 400
    assert "clashes with an entry saved a moment ago" in response.content.decode()
    mine.refresh_from_db()
    assert mine.grams == 90 and mine.day == today - dt.timedelta(days=1)  # nothing partial


def test_two_signups_racing_for_one_email_get_the_same_answer(db, monkeypatch):
    User.objects.create_user("race@example.com", "correct-horse-9")  # the request that won
    # This request looked before the other one saved: it doesn't see the account and inserts.
    monkeypatch.setattr(type(User.objects), "select_for_update", lambda self: User.objects.none())
    response = client_for(None).post(
        "/accounts/signup/",
        {
            "email": "race@example.com",
            "display_name": "Second",
            "password1": "correct-horse-9x",
            "password2": "correct-horse-9x",
        },
    )
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    assert User.objects.filter(email="race@example.com").count() == 1
    assert "_auth_user_id" not in response.wsgi_request.session


def test_myth_evidence_links_must_be_web_links(db):

    from tracker.models import Myth

    myth = Myth.objects.get(slug="spot-reduction-exercise")
    myth.full_clean()  # the shipped content is valid
    citation = myth.citations.first()
    citation.full_clean()
    citation.url = "javascript:alert(1)"
    with pytest.raises(ValidationError, match="must start with https://") as raised:
        citation.full_clean()
    assert set(raised.value.message_dict) == {"url"}  # the editor sees which field
    citation.url, citation.text = "https://doi.org/10.1/x", ""
    with pytest.raises(ValidationError) as raised:
        citation.full_clean()
    assert set(raised.value.message_dict) == {"text"}
