"""Shared fixtures: a few fixed users rather than factories, and clients logged in as them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from django.test import Client

    from tracker.models import User


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # noqa: ANN001
    """After the test database is migrated, ship the current content into it, as a deployment
    does with `manage.py sync_content` (migrations only load the first, frozen content)."""
    from tracker.myths.sync import sync_content

    with django_db_blocker.unblock():
        sync_content()


def _user_model() -> type[User]:
    # Imported late so the pure-Python test modules also run without Django (-p no:django).
    from tracker.models import User

    return User


@pytest.fixture
def athlete(db) -> User:
    return _user_model().objects.create_user(
        "ana@example.com", "correct-horse-9", display_name="Ana"
    )


@pytest.fixture
def other_athlete(db) -> User:
    return _user_model().objects.create_user(
        "otto@example.com", "correct-horse-9", display_name="Otto"
    )


@pytest.fixture
def coach_user(db) -> User:
    return _user_model().objects.create_user(
        "cora@example.com", "correct-horse-9", display_name="Cora", is_coach=True
    )


@pytest.fixture
def staff_user(db) -> User:
    return _user_model().objects.create_user(
        "sam@example.com", "correct-horse-9", display_name="Sam", is_staff=True, is_superuser=True
    )


def client_for(user: User | None) -> Client:
    from django.test import Client

    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def athlete_client(athlete) -> Client:
    return client_for(athlete)


@pytest.fixture
def htmx_headers() -> dict[str, str]:
    return {"HTTP_HX_REQUEST": "true"}
