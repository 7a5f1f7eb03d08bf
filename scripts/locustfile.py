"""Locust users for ``scripts/loadtest.py``: athletes who look at Progress and log weigh-ins, and
coaches who open the roster.

Each user starts from a session the load-test script created for its own account (so the run
measures the app, not 50 simultaneous argon2 logins), fetches the dashboard for its CSRF cookie,
then loops. A weigh-in only counts as a success when the answer says "Logged", so a form error
can't pass for a saved row.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import threading

import urllib3
from locust import HttpUser, between, task

ATHLETE_SESSIONS = json.loads(os.environ.get("LOADTEST_ATHLETE_SESSIONS", "[]"))
COACH_SESSIONS = json.loads(os.environ.get("LOADTEST_COACH_SESSIONS", "[]"))

# The script's server uses a throwaway self-signed certificate on 127.0.0.1.
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

_lock = threading.Lock()
_athletes = itertools.cycle(ATHLETE_SESSIONS)
_coaches = itertools.cycle(COACH_SESSIONS)


def _start_session(user: HttpUser, session_key: str) -> None:
    user.client.verify = False
    user.client.cookies.set("sessionid", session_key, domain="127.0.0.1", path="/")
    with user.client.get("/today/", name="dashboard", catch_response=True) as response:
        if response.status_code != 200 or "csrftoken" not in user.client.cookies:
            response.failure(f"session not accepted: HTTP {response.status_code}")


class Athlete(HttpUser):
    wait_time = between(0.5, 1.5)
    weight = 9

    def on_start(self) -> None:
        with _lock:
            session_key = next(_athletes)
        _start_session(self, session_key)

    @task(3)
    def progress(self) -> None:
        self.client.get("/progress/", name="progress")

    @task(2)
    def log_weight(self) -> None:
        # Yesterday in UTC is never in the future, whatever the athlete's time zone.
        day = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
        form = {"weight": f"{random.uniform(70, 80):.1f}", "day": day.isoformat()}
        headers = {
            "HX-Request": "true",
            "X-CSRFToken": self.client.cookies.get("csrftoken", ""),
            "Referer": f"{self.host}/today/",
        }
        with self.client.post(
            "/log/weight/", form, headers=headers, name="log weight", catch_response=True
        ) as response:
            if response.status_code != 200 or "Logged" not in response.text:
                response.failure(f"weigh-in not saved: HTTP {response.status_code}")


class Coach(HttpUser):
    wait_time = between(0.5, 1.5)
    fixed_count = len(COACH_SESSIONS)

    def on_start(self) -> None:
        with _lock:
            session_key = next(_coaches)
        _start_session(self, session_key)

    @task
    def roster(self) -> None:
        self.client.get("/coach/", name="roster")
