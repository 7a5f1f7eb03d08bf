"""Settings read from the environment: typed helpers fail loudly, production refuses the
development key, and `check --deploy` is clean under production variables."""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.settings import DEV_SECRET_KEY, envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent

# envbool / envint / envlist / envstr -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1", True),
        ("true", True),
        ("TRUE", True),
        (" yes ", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("off", False),
    ],
)
def test_envbool_reads_booleans(monkeypatch, raw, value):
    monkeypatch.setenv("WB_FLAG", raw)
    assert envbool("WB_FLAG", not value) is value


@pytest.mark.parametrize("default", [True, False])
def test_envbool_default_when_unset_or_empty(monkeypatch, default):
    monkeypatch.delenv("WB_FLAG", raising=False)
    assert envbool("WB_FLAG", default) is default
    monkeypatch.setenv("WB_FLAG", "")
    assert envbool("WB_FLAG", default) is default


@pytest.mark.parametrize("raw", ["maybe", "2", "truee", "y", "-1"])
def test_envbool_refuses_other_values(monkeypatch, raw):
    monkeypatch.setenv("WB_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match=f"WB_FLAG must be a boolean .*got '{raw}'"):
        envbool("WB_FLAG", False)


@pytest.mark.parametrize(("raw", "value"), [("0", 0), ("587", 587), ("-3", -3), (" 42 ", 42)])
def test_envint_reads_integers(monkeypatch, raw, value):
    monkeypatch.setenv("WB_NUMBER", raw)
    assert envint("WB_NUMBER", 7) == value


def test_envint_default_when_unset_or_empty(monkeypatch):
    monkeypatch.delenv("WB_NUMBER", raising=False)
    assert envint("WB_NUMBER", 7) == 7
    monkeypatch.setenv("WB_NUMBER", "")
    assert envint("WB_NUMBER", 7) == 7


@pytest.mark.parametrize("raw", ["abc", "1.5", "1e3", "12 days", "0x10"])
def test_envint_refuses_other_values(monkeypatch, raw):
    monkeypatch.setenv("WB_NUMBER", raw)
    with pytest.raises(ImproperlyConfigured, match="WB_NUMBER must be an integer"):
        envint("WB_NUMBER", 7)


def test_envlist_and_envstr(monkeypatch):
    monkeypatch.setenv("WB_HOSTS", " a.example.com, ,b.example.com ,")
    assert envlist("WB_HOSTS", ["x"]) == ["a.example.com", "b.example.com"]
    monkeypatch.setenv("WB_HOSTS", "")
    assert envlist("WB_HOSTS", ["x"]) == []
    monkeypatch.delenv("WB_HOSTS")
    assert envlist("WB_HOSTS", ["x"]) == ["x"]
    assert envstr("WB_HOSTS", "fallback") == "fallback"


# Subprocesses: a fresh interpreter without pytest, so TESTING is off ------------------------


def production_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def run_python(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """Run Python in the project with only the given variables (no DJANGO_*, no PYTEST_*)."""
    clean_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_development_secret_key():
    result = run_python(["-c", "import tracker.settings"], DEBUG="false")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY is the development key while DEBUG is off." in result.stderr


def test_production_refuses_development_key_set_explicitly():
    result = run_python(["-c", "import tracker.settings"], DEBUG="false", SECRET_KEY=DEV_SECRET_KEY)
    assert result.returncode != 0
    assert "SECRET_KEY is the development key" in result.stderr


def test_production_settings_with_real_key():
    script = (
        "import json, tracker.settings as s; print(json.dumps({"
        "'DEBUG': s.DEBUG, 'SESSION_COOKIE_SECURE': s.SESSION_COOKIE_SECURE, "
        "'CSRF_COOKIE_SECURE': s.CSRF_COOKIE_SECURE, 'SECURE_SSL_REDIRECT': s.SECURE_SSL_REDIRECT, "
        "'SECURE_HSTS_SECONDS': s.SECURE_HSTS_SECONDS, 'ALLOWED_HOSTS': s.ALLOWED_HOSTS, "
        "'HASHER': s.PASSWORD_HASHERS[0]}))"
    )
    result = run_python(
        ["-c", script],
        DEBUG="false",
        SECRET_KEY=production_key(),
        ALLOWED_HOSTS="wholebody.example.com",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "ALLOWED_HOSTS": ["wholebody.example.com"],
        "HASHER": "django.contrib.auth.hashers.Argon2PasswordHasher",
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "maybe"}, "DEBUG must be a boolean"),
        ({"DEBUG": "true", "EMAIL_PORT": "smtp"}, "EMAIL_PORT must be an integer"),
        ({"DEBUG": "true", "TIME_ZONE": "Mars/Olympus_Mons"}, "TIME_ZONE is not a known IANA"),
    ],
    ids=["bool", "int", "time-zone"],
)
def test_bad_environment_values_fail_at_startup(env, message):
    result = run_python(["-c", "import tracker.settings"], **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_check_deploy_is_clean_with_production_variables():
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DEBUG="false",
        SECRET_KEY=production_key(),
        ALLOWED_HOSTS="wholebody.example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
