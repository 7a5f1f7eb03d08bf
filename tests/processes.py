"""Helpers for tests that start real processes (workers, schedulers, the dev runner) on the
test database."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def worker_env(**extra: str) -> dict[str, str]:
    """Environment for a child process that uses this test's database."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SQLITE_PATH"}}
    env["DEBUG"] = "true"
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        env["SQLITE_PATH"] = db["NAME"]
    else:
        credentials = db["USER"] + (f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else "")
        host = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
        env["DATABASE_URL"] = f"postgres://{credentials}@{host}/{db['NAME']}"
    env.update(extra)
    return env


def manage(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "manage.py"), *args]


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
