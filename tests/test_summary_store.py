"""The roster's stored summaries (tracker.summary_store) never lag behind a write (issue 11).

Every write path a person can take through the real views is listed in WRITES. For each, the
roster is viewed first (so the athlete's summary is stored and current), the write is made, and
the test checks that the stored summary was marked changed and that the roster then shows
exactly the summary computed from the raw entries. A new write path that forgets to mark the
summary fails here as soon as it is added to the list; one that writes entries through the
models or querysets is covered by construction (tracker.models.EntryQuerySet / Entry).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coaching import roster
from coaching.models import CoachingLink
from tests.conftest import client_for
from tests.test_coaching_roster import spot_myth  # noqa: F401  # the fixture
from tracker import summary_store
from tracker.models import (
    AthleteSummary,
    BodyFatEntry,
    Goal,
    ImportBatch,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)

NOW = dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _day(days_ago: int) -> dt.date:
    return TODAY - dt.timedelta(days=days_ago)


def _seed(athlete: User) -> None:
    """Six weeks of data in every metric the summary reads, inside its windows."""
    for days_ago in range(0, 42):
        WeightEntry.objects.create(user=athlete, day=_day(days_ago), weight_kg=80 - days_ago / 50)
    for days_ago in range(0, 42, 7):
        BodyFatEntry.objects.create(user=athlete, day=_day(days_ago), percent=24, method="scale")
    for days_ago in range(0, 6):
        ProteinEntry.objects.create(user=athlete, day=_day(days_ago), grams=120)
    for days_ago in range(1, 27, 3):
        RunEntry.objects.create(
            user=athlete, day=_day(days_ago), distance_km=6, duration_s=2400, effort=6
        )
    # A run of 30+ minutes without effort or heart rate: the one-tap effort path edits it.
    RunEntry.objects.create(user=athlete, day=_day(2), distance_km=7, duration_s=2700)


@pytest.fixture
def world(frozen, athlete, coach_user):
    _seed(athlete)
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    return athlete, coach_user


def _row(coach: User) -> roster.RosterRow:
    [row] = roster.roster_rows(coach)
    return row


def _stored(athlete: User) -> AthleteSummary:
    return AthleteSummary.objects.get(user=athlete)


def _same_figures(shown, expected) -> None:
    """Field by field, so a failure names the figure that differs."""
    for field in dataclasses.fields(expected):
        assert getattr(shown, field.name) == getattr(expected, field.name), field.name


def _assert_current(athlete: User, coach: User) -> None:
    """The roster shows, and the table stores, what the raw entries give right now."""
    athlete.refresh_from_db()
    expected = summary_store.fresh(athlete)
    _same_figures(_row(coach).summary, expected)
    stored = _stored(athlete)
    assert stored.computed_generation == stored.generation
    assert stored.as_of == athlete.local_today()
    _same_figures(summary_store.decode(stored.payload), expected)


# --- Every write path --------------------------------------------------------------------------


def _entry(model, athlete: User, **filters):
    return model.objects.filter(user=athlete, **filters).order_by("-day").first()


def _settings(web: Client, athlete: User, **changes: str) -> object:
    data = {
        "display_name": athlete.display_name,
        "weight_unit": athlete.weight_unit,
        "distance_unit": athlete.distance_unit,
        "length_unit": athlete.length_unit,
        "time_zone": athlete.time_zone,
        "height_cm": "",
        "sex": "",
        "body_fat_method": "",
        "birth_year": "",
        "max_heart_rate": "",
        "resting_heart_rate": "",
        **changes,
    }
    return web.post(reverse("settings"), data)


def _import_confirm(web: Client, athlete: User) -> object:
    rows = "".join(f"{_day(d).isoformat()},{78 + d / 10:.1f}\n" for d in (43, 44, 45))
    file = SimpleUploadedFile("weights.csv", f"date,weight_kg\n{rows}".encode())
    response = web.post("/data/import/body/", {"file": file})
    assert response.status_code == 302, response.content.decode()[:500]
    batch = ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    return web.post(f"/data/import/{batch.kind}/{batch.pk}/confirm/")


@dataclass(frozen=True)
class Write:
    name: str
    do: Callable[[Client, User], object]
    # False for writes that can't move a number (a unit setting): then only the mark is checked.
    moves_numbers: bool = True


def _edit(metric: str, model, data: Callable[[object], dict[str, str]]) -> Callable:
    def do(web: Client, athlete: User) -> object:
        entry = _entry(model, athlete)
        return web.post(reverse("entry_edit", args=[metric, entry.pk]), data(entry))

    return do


def _delete(metric: str, model) -> Callable:
    def do(web: Client, athlete: User) -> object:
        entry = _entry(model, athlete)
        return web.post(reverse("entry_delete", args=[metric, entry.pk]))

    return do


WRITES = [
    Write(
        "quick-log weight",
        lambda web, a: web.post(
            reverse("quick_log", args=["weight"]), {"weight": "74.0", "day": TODAY.isoformat()}
        ),
    ),
    Write(
        "quick-log body fat",
        lambda web, a: web.post(
            reverse("quick_log", args=["body-fat"]),
            {"percent": "19.0", "method": "scale", "day": TODAY.isoformat()},
        ),
    ),
    Write(
        "quick-log protein (adds to the day's total)",
        lambda web, a: web.post(
            reverse("quick_log", args=["protein"]), {"grams": "40", "day": TODAY.isoformat()}
        ),
    ),
    Write(
        "quick-log run",
        lambda web, a: web.post(
            reverse("quick_log", args=["runs"]),
            {"distance": "12", "duration": "70:00", "day": TODAY.isoformat(), "effort": "7"},
        ),
    ),
    Write(
        "edit weight",
        _edit("weight", WeightEntry, lambda e: {"weight": "71.5", "day": e.day.isoformat()}),
    ),
    Write(
        "edit body fat",
        _edit(
            "body-fat",
            BodyFatEntry,
            lambda e: {"percent": "30.0", "method": "scale", "day": e.day.isoformat()},
        ),
    ),
    Write(
        "edit protein",
        _edit("protein", ProteinEntry, lambda e: {"grams": "35", "day": e.day.isoformat()}),
    ),
    Write(
        "edit run",
        _edit(
            "runs",
            RunEntry,
            lambda e: {"distance": "15", "duration": "90:00", "day": e.day.isoformat()},
        ),
    ),
    Write("delete weight", _delete("weight", WeightEntry)),
    Write("delete body fat", _delete("body-fat", BodyFatEntry)),
    Write("delete protein", _delete("protein", ProteinEntry)),
    Write("delete run", _delete("runs", RunEntry)),
    Write(
        "one-tap run effort",
        lambda web, a: web.post(
            reverse("run_effort", args=[_entry(RunEntry, a, effort__isnull=True).pk]),
            {"effort": "7"},
        ),
    ),
    Write("import confirm (bulk_create)", _import_confirm),
    Write("settings: time zone", lambda web, a: _settings(web, a, time_zone="Pacific/Kiritimati")),
    Write(
        "time-zone banner",
        lambda web, a: web.post(reverse("time_zone_update"), {"time_zone": "Pacific/Kiritimati"}),
    ),
    Write("settings: max heart rate", lambda web, a: _settings(web, a, max_heart_rate="150")),
    Write("settings: birth year", lambda web, a: _settings(web, a, birth_year="1950")),
    Write("settings: body-fat method", lambda web, a: _settings(web, a, body_fat_method="dexa")),
    Write(
        "settings: units", lambda web, a: _settings(web, a, weight_unit="lb"), moves_numbers=False
    ),
    Write("settings: height", lambda web, a: _settings(web, a, height_cm="172"), False),
    Write(
        "measurements",
        lambda web, a: web.post("/measurements/", {"day": TODAY.isoformat(), "waist": "84"}),
        moves_numbers=False,
    ),
]


@pytest.mark.parametrize("write", WRITES, ids=[write.name for write in WRITES])
def test_every_write_path_marks_the_stored_summary_and_the_roster_follows(world, write):
    athlete, coach = world
    _assert_current(athlete, coach)  # stored by this first roster view
    before_generation = _stored(athlete).generation
    before = summary_store.fresh(athlete)

    response = write.do(client_for(athlete), athlete)

    assert response.status_code in (200, 302), response.content.decode()[:1000]
    assert b"errorlist" not in response.content
    assert _stored(athlete).generation > before_generation, "the write didn't mark the summary"
    athlete.refresh_from_db()
    if write.moves_numbers:
        # Otherwise the check below would pass with the old, stored numbers.
        assert summary_store.fresh(athlete) != before
    _assert_current(athlete, coach)


@pytest.mark.usefixtures("spot_myth")
def test_goal_writes_show_on_the_roster_at_once(world):
    """Goals are read live on every view (not stored), so a new, edited or deleted goal shows
    in the flags of the very next roster view."""
    athlete, coach = world
    web = client_for(athlete)
    assert "spot_reduction" not in {flag.code for flag in _row(coach).flags}

    web.post(reverse("goals"), {"text": "lose my belly fat with crunches", "target_kind": ""})
    goal = Goal.objects.get(user=athlete)
    assert "spot_reduction" in {flag.code for flag in _row(coach).flags}

    web.post(reverse("goal_edit", args=[goal.pk]), {"text": "get stronger", "target_kind": ""})
    assert "spot_reduction" not in {flag.code for flag in _row(coach).flags}

    web.post(reverse("goal_edit", args=[goal.pk]), {"text": "flat belly with sit-ups"})
    assert "spot_reduction" in {flag.code for flag in _row(coach).flags}
    web.post(reverse("goal_delete", args=[goal.pk]))
    assert not Goal.objects.filter(pk=goal.pk).exists()
    assert "spot_reduction" not in {flag.code for flag in _row(coach).flags}


def test_a_new_day_in_the_athletes_time_zone_recomputes(world):
    athlete, coach = world
    athlete.time_zone = "America/Los_Angeles"
    athlete.save()
    _assert_current(athlete, coach)
    stored_day = _stored(athlete).as_of
    # 12:00 UTC is 05:00 in Los Angeles: 20 hours later it is past midnight there.
    with time_machine.travel(NOW + dt.timedelta(hours=20), tick=False):
        athlete.refresh_from_db()
        assert athlete.local_today() == stored_day + dt.timedelta(days=1)
        row = _row(coach)
        assert row.summary.as_of == stored_day + dt.timedelta(days=1)
        # No write in between: only the day moved, and a 7-day-old weigh-in window moved too.
        _assert_current(athlete, coach)


def test_stored_summaries_from_older_code_are_recomputed(world, monkeypatch):
    athlete, coach = world
    _assert_current(athlete, coach)
    AthleteSummary.objects.filter(user=athlete).update(version="old")
    _assert_current(athlete, coach)
    assert _stored(athlete).version == summary_store.VERSION


def test_a_payload_that_is_not_ours_is_never_loaded(world):
    athlete, coach = world
    _assert_current(athlete, coach)
    stored = _stored(athlete)
    tampered = bytearray(bytes(stored.payload))
    tampered[-5] ^= 0xFF
    AthleteSummary.objects.filter(user=athlete).update(payload=bytes(tampered))
    assert summary_store.decode(bytes(tampered)) is None
    _same_figures(_row(coach).summary, summary_store.fresh(athlete))


def test_a_stale_read_racing_a_write_is_stored_as_old(world):
    """A reader that took the generation before a write and read the entries after it stores
    its result under the old generation, so the next read recomputes."""
    athlete, coach = world
    _assert_current(athlete, coach)
    AthleteSummary.mark_changed([athlete.pk])
    athlete = User.objects.select_related("stored_summary").get(pk=athlete.pk)
    # The write lands between the reader's generation read and its entry read.
    WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=60)
    summary_store.summaries([athlete])
    stored = _stored(athlete)
    assert stored.computed_generation == stored.generation - 1
    _assert_current(athlete, coach)


def test_deleting_the_athlete_deletes_the_row(world):
    athlete, coach = world
    _assert_current(athlete, coach)
    athlete_pk = athlete.pk
    athlete.delete()
    assert not AthleteSummary.objects.filter(user_id=athlete_pk).exists()
    assert roster.roster_rows(coach) == []


def test_login_does_not_mark_the_summary(world):
    athlete, coach = world
    _assert_current(athlete, coach)
    generation = _stored(athlete).generation
    response = Client().post(
        reverse("login"), {"username": athlete.email, "password": "correct-horse-9"}
    )
    assert response.status_code == 302
    assert User.objects.get(pk=athlete.pk).last_login is not None
    assert _stored(athlete).generation == generation


# --- Query count flat in N ---------------------------------------------------------------------


def _add_clients(coach: User, start: int, count: int) -> None:
    for index in range(start, start + count):
        client = User.objects.create_user(
            f"c{index}@example.com", "pw-123456789", display_name=f"C{index}"
        )
        WeightEntry.objects.bulk_create(
            WeightEntry(user=client, day=_day(d), weight_kg=70 + index % 9) for d in range(20)
        )
        RunEntry.objects.create(user=client, day=_day(3), distance_km=5, duration_s=1900)
        CoachingLink.objects.create(coach=coach, athlete=client)


def _roster_query_count(coach: User) -> int:
    web = client_for(coach)
    with CaptureQueriesContext(connection) as queries:
        assert web.get(reverse("roster")).status_code == 200
    return len(queries)


def test_roster_query_count_is_flat_in_the_number_of_clients(frozen, coach_user):
    _add_clients(coach_user, 0, 3)
    cold_small = _roster_query_count(coach_user)  # every summary computed and stored
    warm_small = _roster_query_count(coach_user)
    _add_clients(coach_user, 3, 27)
    cold_large = _roster_query_count(coach_user)
    warm_large = _roster_query_count(coach_user)
    assert cold_small == cold_large
    assert warm_small == warm_large
    # Current summaries: no history is read at all.
    assert warm_large < cold_large
    # A write to some clients recomputes just those, still in the same number of queries.
    for athlete in User.objects.filter(display_name__in=["C1", "C7", "C20"]):
        WeightEntry.objects.create(user=athlete, day=TODAY, weight_kg=71)
    assert _roster_query_count(coach_user) == cold_large


# --- rebuild_summaries -------------------------------------------------------------------------


def test_rebuild_summaries_stores_everyone_current(world):
    athlete, coach = world
    AthleteSummary.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_summaries", stdout=out)
    assert "Rebuilt 2 summaries" in out.getvalue()
    stored = _stored(athlete)
    assert stored.computed_generation == stored.generation and stored.version
    with CaptureQueriesContext(connection) as queries:
        row = _row(coach)
    _same_figures(row.summary, summary_store.fresh(athlete))
    assert not [q for q in queries.captured_queries if "tracker_weightentry" in q["sql"]]
