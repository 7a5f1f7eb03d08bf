"""A throwaway production-settings server with the demo data, for the measuring scripts
(lighthouse.py, screenshots.py): a temporary SQLite database, collected static files, gunicorn
with DEBUG=false on 127.0.0.1 (HTTPS redirect and HSTS off, as a TLS proxy would handle them),
and signed-in session cookies for the demo users."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass(frozen=True)
class Server:
    base: str
    workdir: Path
    env: dict[str, str]

    def session_cookie(self, email: str) -> str:
        """A signed-in session for a demo user, made as django.contrib.auth.login makes it:
        "name=value"."""
        code = (
            "from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY\n"
            "from django.contrib.sessions.backends.db import SessionStore\n"
            "from django.conf import settings\n"
            "from tracker.models import User\n"
            f"u = User.objects.get(email={email!r})\n"
            "s = SessionStore()\n"
            "s[SESSION_KEY] = str(u.pk)\n"
            "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'\n"
            "s[HASH_SESSION_KEY] = u.get_session_auth_hash()\n"
            "s.create()\n"
            "print(settings.SESSION_COOKIE_NAME + '=' + s.session_key)\n"
        )
        return manage(self.env, "shell", "-c", code).strip().splitlines()[-1]


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"The server did not answer at {url}")


@contextmanager
def production_server(port: int, *, keep: bool = False) -> Iterator[Server]:
    workdir = Path(tempfile.mkdtemp(prefix="wholebody-prod-"))
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        SECURE_HSTS_PRELOAD="false",
        PHOTO_ROOT=str(workdir / "photos"),
        MEDIA_ROOT=str(workdir / "media"),
        AXES_ENABLED="false",
    )
    print("Preparing a production-settings server with the demo data…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "sync_content")
    manage(env, "demo_data")
    manage(env, "collectstatic", "--noinput")
    base = f"http://127.0.0.1:{port}"
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "tracker.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"]
    server = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    try:
        _wait_for(base + "/healthz/")
        yield Server(base, workdir, env)
    finally:
        server.terminate()
        server.wait(10)
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
