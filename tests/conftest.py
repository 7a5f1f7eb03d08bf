"""Shared fixtures: a few fixed users rather than factories, and clients logged in as them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from django.test import Client

    from tracker.models import User


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request leaves its language active in the thread (UserLanguageMiddleware activates the
    user's); start every test in English so forms and messages built outside a request don't
    inherit the previous test's language."""
    yield
    try:
        from django.conf import settings
        from django.utils import translation
    except ImportError:  # the pure-Python modules' tests run without Django
        return
    if settings.configured:
        translation.activate("en")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # noqa: ANN001
    """After the test database is migrated, ship the current content into it, as a deployment
    does with `manage.py sync_content` (migrations only load the first, frozen content)."""
    from tracker.myths.sync import sync_content

    with django_db_blocker.unblock():
        sync_content()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove this process's throwaway photo folder (settings put one per test process)."""
    import shutil

    from django.conf import settings

    if not settings.configured:
        return
    location = settings.STORAGES.get("photos", {}).get("OPTIONS", {}).get("location", "")
    if "wholebody-test-photos-" in str(location):
        shutil.rmtree(location, ignore_errors=True)


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


# --- Shared helpers: frozen time and flat query counts -------------------------------------

# One fixed instant for tests that need "today" not to move: a Monday, midday UTC.
FROZEN_NOW = "2025-03-31T12:00:00+00:00"


@pytest.fixture
def frozen_time():
    """Freeze the clock at FROZEN_NOW (time-machine, no ticking) for the test's duration."""
    import time_machine

    with time_machine.travel(FROZEN_NOW, tick=False) as traveller:
        yield traveller


def _normalised(sql: str) -> str:
    # Literals differ between data sizes (ids, dates, IN lists); the statements must not.
    import re

    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+(\.\d+)?\b", "?", sql)
    return re.sub(r"\((\?(, )?)+\)", "(?)", sql)


def assert_same_sql(small, large) -> None:
    """Run `small()` and `large()` (the same request over a small and a large data set) and
    fail, printing both lists of queries, unless they send the same statements."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    captured = []
    for run in (small, large):
        with CaptureQueriesContext(connection) as queries:
            run()
        captured.append([q["sql"] for q in queries.captured_queries])
    few, many = ([_normalised(sql) for sql in run] for run in captured)
    if few != many:
        listing = "\n".join(
            f"--- {name} ({len(sqls)} queries)\n" + "\n".join(f"  {sql}" for sql in sqls)
            for name, sqls in (("small", captured[0]), ("large", captured[1]))
        )
        raise AssertionError(f"The SQL depends on the data size:\n{listing}")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the translation catalogues (build products, not in git) when a .po is newer
    than its .mo, before any test loads one: Python's gettext caches a loaded .mo for the
    whole process, so compiling later in the session can't reach a worker that already read
    the old file. One process at a time (xdist workers start together)."""
    import fcntl
    import tempfile
    from pathlib import Path

    locale_dir = Path(__file__).resolve().parent.parent / "locale"
    pos = list(locale_dir.glob("*/LC_MESSAGES/django.po"))

    def stale() -> bool:
        return any(
            not po.with_suffix(".mo").exists()
            or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
            for po in pos
        )

    if not stale():
        return
    try:
        from django.conf import settings
        from django.core.management import call_command

        settings.LOCALE_PATHS  # noqa: B018 - only a session with Django settings compiles
    except Exception:  # the pure tests run without Django (-p no:django)
        return
    with open(Path(tempfile.gettempdir()) / "wholebody-compilemessages.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stale():
            call_command(
                "compilemessages",
                locale=[po.parent.parent.name for po in pos],
                ignore_patterns=[".venv", "node_modules", "staticfiles"],
                verbosity=0,
            )
