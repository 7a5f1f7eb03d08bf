"""tracker.sessions: Django's database sessions, loaded with one plain query. Signed-in pages
work, an expired or unknown session is a new anonymous one, and a session written by Django's
own store loads unchanged (the two share the table)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.conftest import client_for
from tracker.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_the_project_uses_it():
    assert settings.SESSION_ENGINE == "tracker.sessions"


def test_a_signed_in_page_loads_with_it(athlete):
    response = client_for(athlete).get("/today/")
    assert response.status_code == 200
    assert response.wsgi_request.user == athlete


def test_an_expired_session_signs_out(athlete):
    client = client_for(athlete)
    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    response = client.get("/today/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_unknown_and_empty_keys_load_as_new_sessions():
    for key in ("x" * 32, None):
        store = SessionStore(session_key=key)
        assert store.load() == {}
        assert store.session_key is None


def test_it_reads_what_djangos_store_wrote_and_the_other_way_round():
    theirs = DjangoStore()
    theirs["answer"] = 42
    theirs.create()
    theirs["answer"] = 42
    theirs.save()
    assert SessionStore(session_key=theirs.session_key).load() == {"answer": 42}
    ours = SessionStore()
    ours["colour"] = "teal"
    ours.save()
    assert DjangoStore(session_key=ours.session_key).load() == {"colour": "teal"}
