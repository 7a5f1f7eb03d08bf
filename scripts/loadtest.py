#!/usr/bin/env python
"""Load test: gunicorn (2 workers) on 127.0.0.1 driven by locust, on SQLite or PostgreSQL.

    make load-setup                                         # locust: requirements-load.txt
    .venv/bin/python scripts/loadtest.py                    # SQLite, 60 s, 50 users
    .venv/bin/python scripts/loadtest.py --db postgres      # PostgreSQL at 127.0.0.1:5432

It builds demo-sized data (one coach, 60 clients with 200 days each) in a database of its own
(a SQLite file in a temporary directory, or the ``wholebody_load`` PostgreSQL database, created
and dropped here), serves it with production settings (DEBUG off, HTTPS with a throwaway
self-signed certificate, whitenoise static files), and runs locust headless for a fixed time:
athletes viewing Progress and logging weigh-ins, coaches viewing the roster. Then it checks:

- zero failed requests (a weigh-in counts only when the answer says "Logged");
- zero lost writes: weigh-in rows after = rows before + successful weigh-in POSTs;
- no "database is locked" and no tracebacks in the server log.

It prints throughput and latency percentiles, optionally writes them as JSON, exits non-zero
when a check fails, and stops gunicorn (only the process it started) in every case. Loopback
only; bounded in time. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/wholebody_load"
PASSWORD = "load-test-" + secrets.token_urlsafe(8)  # real accounts, though the run uses sessions


def _run(args: list[str], env: dict[str, str], **kwargs: Any) -> str:
    result = subprocess.run(
        args, cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kwargs
    )
    return result.stdout


def _manage(env: dict[str, str], *args: str) -> str:
    return _run([sys.executable, "manage.py", *args], env)


def _shell(env: dict[str, str], code: str) -> str:
    return _manage(env, "shell", "-c", code).strip()


def _postgres(url: str, statement: str) -> None:
    """Run one statement on the server's maintenance database (CREATE/DROP DATABASE)."""
    import psycopg

    maintenance = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(statement)


def _weight_rows(env: dict[str, str]) -> int:
    code = "from tracker.models import WeightEntry; print(WeightEntry.objects.count())"
    return int(_shell(env, code).splitlines()[-1])


def _wait_until_up(url: str, timeout: float = 30.0) -> None:
    context = ssl._create_unverified_context()  # our own self-signed certificate
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, context=context, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout:.0f} s")


def _stats(prefix: Path) -> dict[str, dict[str, str]]:
    with open(f"{prefix}_stats.csv", newline="") as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def _self_signed_certificate(workdir: Path) -> tuple[Path, Path]:
    key, cert = workdir / "key.pem", workdir / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={HOST}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return key, cert


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL, help="Database the test creates.")
    parser.add_argument("--duration", type=int, default=60, help="Seconds of load (max 600).")
    parser.add_argument("--users", type=int, default=50, help="Concurrent locust users.")
    parser.add_argument("--coach-users", type=int, default=5, help="How many of them coach.")
    parser.add_argument("--clients", type=int, default=60, help="Athletes in the data set.")
    parser.add_argument("--days", type=int, default=200, help="Days of history each.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", dest="json_path", help="Also write the results here.")
    options = parser.parse_args()
    if not 1 <= options.duration <= 600:
        parser.error("--duration must be between 1 and 600 seconds")

    workdir = Path(tempfile.mkdtemp(prefix="wholebody-load-"))
    base_url = f"https://{HOST}:{options.port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "CSRF_TRUSTED_ORIGINS": base_url,
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": "",
        "SQLITE_PATH": str(workdir / "load.sqlite3"),
    }
    if options.db == "postgres":
        env["DATABASE_URL"] = options.pg_url
        name = options.pg_url.rsplit("/", 1)[1]
        _postgres(options.pg_url, f'DROP DATABASE IF EXISTS "{name}"')
        _postgres(options.pg_url, f'CREATE DATABASE "{name}"')

    server: subprocess.Popen[bytes] | None = None
    server_log = workdir / "gunicorn.log"
    try:
        print(f"[{options.db}] migrating, collecting static files, building data ...", flush=True)
        _manage(env, "migrate", "--noinput")
        _manage(env, "collectstatic", "--noinput")
        started = time.perf_counter()
        # Sessions are made here, as Client.force_login makes them: 50 simultaneous argon2
        # logins would otherwise fill the first seconds and the p95 with password hashing.
        logins = json.loads(
            _shell(
                env,
                "import json\n"
                "from django.conf import settings\n"
                "from django.test import Client\n"
                "from coaching.benchmark import build_synthetic_data\n"
                f"d = build_synthetic_data(clients={options.clients}, days={options.days}, "
                f"password={PASSWORD!r}, label='load')\n"
                "def session(user):\n"
                "    client = Client()\n"
                "    client.force_login(user)\n"
                "    return client.cookies[settings.SESSION_COOKIE_NAME].value\n"
                "print(json.dumps({'coach': session(d.coach), "
                "'athletes': [session(a) for a in d.athletes]}))",
            ).splitlines()[-1]
        )
        print(
            f"  built {options.clients} clients x {options.days} days in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )
        key, cert = _self_signed_certificate(workdir)
        with open(server_log, "wb") as log:
            server = subprocess.Popen(
                [
                    str(BIN / "gunicorn"),
                    "tracker.wsgi:application",
                    "--workers",
                    str(options.workers),
                    "--bind",
                    f"{HOST}:{options.port}",
                    "--certfile",
                    str(cert),
                    "--keyfile",
                    str(key),
                    "--timeout",
                    "60",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped by its id below
            )
        _wait_until_up(f"{base_url}/healthz/")
        rows_before = _weight_rows(env)
        print(
            f"  gunicorn up ({options.workers} workers); {rows_before} weigh-in rows; "
            f"locust: {options.users} users for {options.duration} s ...",
            flush=True,
        )
        locust_env = {
            **env,
            "LOADTEST_COACH_SESSIONS": json.dumps([logins["coach"]] * options.coach_users),
            "LOADTEST_ATHLETE_SESSIONS": json.dumps(logins["athletes"]),
            "LOADTEST_COACH_USERS": str(options.coach_users),
        }
        prefix = workdir / "locust"
        subprocess.run(
            [
                str(BIN / "locust"),
                "-f",
                str(ROOT / "scripts" / "locustfile.py"),
                "--headless",
                "--users",
                str(options.users),
                "--spawn-rate",
                str(options.users),
                "--run-time",
                f"{options.duration}s",
                "--stop-timeout",
                "10",
                "--host",
                base_url,
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env=locust_env,
            check=False,  # locust exits 1 on any failure; the checks below say which
            timeout=options.duration + 120,
        )
        rows_after = _weight_rows(env)
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        if options.db == "postgres":
            _postgres(options.pg_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    stats = _stats(prefix)
    total = stats["Aggregated"]
    log_text = server_log.read_text(errors="replace")
    weigh_ins = stats.get("log weight", {})
    saved = int(weigh_ins.get("Request Count", 0)) - int(weigh_ins.get("Failure Count", 0))
    result = {
        "database": options.db,
        "users": options.users,
        "duration_s": options.duration,
        "workers": options.workers,
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "throughput_rps": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "per_request": {
            name: {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "p50_ms": float(row["50%"]),
                "p95_ms": float(row["95%"]),
            }
            for name, row in stats.items()
            if name != "Aggregated"
        },
        "weight_rows_before": rows_before,
        "weight_rows_after": rows_after,
        "weigh_ins_saved": saved,
        # Acknowledged weigh-ins missing from the table. (Rows beyond the acknowledged ones are
        # POSTs still in flight when locust stopped its users: saved, but never answered.)
        "lost_writes": max(0, rows_before + saved - rows_after),
        "unanswered_writes": max(0, rows_after - rows_before - saved),
        "database_locked_errors": log_text.count("database is locked"),
        "server_tracebacks": log_text.count("Traceback"),
    }
    print(json.dumps(result, indent=2))
    if options.json_path:
        Path(options.json_path).write_text(json.dumps(result, indent=2) + "\n")
    problems = [
        f"{result['failures']} failed requests" if result["failures"] else "",
        f"{result['lost_writes']} lost writes" if result["lost_writes"] else "",
        "'database is locked' in the server log" if result["database_locked_errors"] else "",
        "tracebacks in the server log" if result["server_tracebacks"] else "",
    ]
    problems = [problem for problem in problems if problem]
    if problems:
        print("FAILED: " + "; ".join(problems) + f" (server log: {server_log})")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("OK: no errors, no lost writes.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
