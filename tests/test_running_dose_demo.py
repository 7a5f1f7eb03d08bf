"""The demo data shows every running-dose situation the card explains (issue: demo athletes show
each verdict at least once), computed by the same summary the pages use."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from coaching import roster
from coaching.demo import demo_email, load_demo_data
from tracker import selectors
from tracker.models import User
from tracker.summary import athlete_summary
from tracker.trends import diet_signal

NOW = dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def dose_by_persona(db) -> dict[str, tuple[str, str]]:
    with time_machine.travel(NOW, tick=False):
        load_demo_data(stdout_write=lambda *args: None)
        found = {}
        for user in User.objects.filter(email__endswith="@demo.wholebody.app", is_coach=False):
            as_of = user.local_today()
            summary = athlete_summary(selectors.summary_history(user, as_of), as_of)
            found[user.email.split("@")[0]] = (
                summary.running_dose.verdict,
                diet_signal(summary.energy),
            )
        return found


def test_demo_runners_cover_the_verdicts(dose_by_persona):
    assert dose_by_persona["ontrack"] == ("enough", "deficit")
    assert dose_by_persona["maintenance"] == ("enough", "maintenance")
    assert dose_by_persona["lowprotein"][0] == "too_short"
    assert dose_by_persona["quiet"][0] == "intensity_unknown"


def test_demo_coach_sees_the_running_flag_only_for_running_goals(db):
    with time_machine.travel(NOW, tick=False):
        load_demo_data(stdout_write=lambda *args: None)
        rows = roster.roster_rows(User.objects.get(email=demo_email("coach")))
    flagged = {
        row.athlete.email.split("@")[0]
        for row in rows
        if roster.FLAG_RUN_TOO_LIGHT in {flag.code for flag in row.flags}
    }
    # Elena jogs to slim her thighs in runs too short to count. Maya's goal is a sub-30 5k: a
    # race goal, which the fat-loss dose says nothing about. Hana runs the full dose (her diet is
    # the issue, which the card says); Dev's runs have no effort but he has no running goal.
    assert flagged == {"lowprotein"}
