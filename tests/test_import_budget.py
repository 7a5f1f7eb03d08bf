"""The parse budget (issue 13, item 1): each upload is parsed in a child process with a memory
and a time limit, the worker's own memory is untouched, a file over budget gets a plain message
and leaves no preview behind, and unconfirmed previews don't pile up. On the real database
(SQLite or PostgreSQL, as the suite runs)."""

from __future__ import annotations

import datetime as dt
import resource
import time
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import budget_helpers
from tests.hostile_files import fit_file, gpx_points
from tests.test_import_views import upload
from tracker import importing
from tracker.importers import budget, files, limits
from tracker.importers.common import ImportFileError
from tracker.models import ImportBatch

MB = 1024 * 1024


# --- The child process -------------------------------------------------------------------------


def test_a_parse_over_the_memory_budget_is_stopped_with_a_message():
    with pytest.raises(budget.BudgetExceeded, match="more than the 64 MB of memory") as caught:
        budget.run_within_budget(budget_helpers.allocate, 400, memory_bytes=64 * MB, seconds=20)
    assert caught.value.kind == "memory"
    assert (
        budget.run_within_budget(budget_helpers.allocate, 16, memory_bytes=64 * MB, seconds=20)
        == 16 * MB
    )


def test_a_parse_over_the_time_budget_is_stopped_in_time():
    started = time.monotonic()
    with pytest.raises(budget.BudgetExceeded, match="longer than the 1 second one") as caught:
        budget.run_within_budget(budget_helpers.sleep, 30, memory_bytes=64 * MB, seconds=1)
    assert caught.value.kind == "time"
    assert time.monotonic() - started < 5
    assert (
        budget.run_within_budget(budget_helpers.sleep, 0.01, memory_bytes=64 * MB, seconds=5)
        == "woke"
    )


def test_the_worker_keeps_its_memory_when_the_child_uses_a_lot():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    budget.run_within_budget(budget_helpers.allocate, 300, memory_bytes=512 * MB, seconds=20)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert (after - before) * 1024 < 50 * MB


def test_the_childs_file_errors_and_crashes_come_back():
    with pytest.raises(ImportFileError, match="Line 3: nope"):
        budget.run_within_budget(budget_helpers.refuse, memory_bytes=64 * MB, seconds=5)
    with pytest.raises(budget.ChildCrashed, match="KeyError"):
        budget.run_within_budget(budget_helpers.crash, memory_bytes=64 * MB, seconds=5)


def test_limits_scaled_down_in_the_worker_apply_in_the_child(monkeypatch):
    monkeypatch.setattr(limits, "MAX_POINTS_PER_FILE", 10)
    options = importing.ImportOptions(today=dt.date(2025, 1, 1))
    with pytest.raises(ImportFileError, match="more than 10 track points"):
        budget.run_within_budget(
            files.parse_file,
            "runs",
            "x.gpx",
            gpx_points(11),
            options,
            memory_bytes=64 * MB,
            seconds=10,
        )


# --- Through the upload page -------------------------------------------------------------------


@pytest.mark.django_db
def test_an_upload_over_the_time_budget_gets_a_message_and_leaves_no_preview(
    athlete_client, settings
):
    settings.IMPORT_PARSE_SECONDS = 1
    # 40,000 FIT records: inside every limit, but several seconds of decoding.
    response = upload(athlete_client, "runs", "slow.fit", fit_file(records=40_000, sessions=1))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Reading this file took longer than the 1 second one import may take" in page
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_an_upload_over_the_memory_budget_gets_a_message_and_leaves_no_preview(
    athlete_client, settings
):
    settings.IMPORT_PARSE_MEMORY_MB = 16
    response = upload(athlete_client, "runs", "big.gpx", gpx_points(100_000))
    assert response.status_code == 400
    assert "needed more than the 16 MB of memory one import may use" in response.content.decode()
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_a_fit_with_too_many_sessions_leaves_no_preview(athlete_client, monkeypatch):
    # The review's 110,000-session FIT gave a 500 and left a 23.6 MB preview nobody could open.
    monkeypatch.setattr(limits, "MAX_ACTIVITIES_PER_FILE", 20)
    response = upload(athlete_client, "runs", "many.fit", fit_file(sessions=21))
    assert response.status_code == 400
    assert "more than 20 activities (sessions)" in response.content.decode()
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_a_parser_crash_in_the_child_is_a_message_not_a_500(athlete_client):
    with mock.patch("tracker.importing.files.parse_file", budget_helpers.crash_parse):
        response = upload(athlete_client, "body", "w.csv", b"date,weight\n2024-01-01,80\n")
    assert response.status_code == 400
    assert "This file couldn&#x27;t be read" in response.content.decode()
    assert not ImportBatch.objects.exists()


# --- Unconfirmed previews ----------------------------------------------------------------------


def _csv(day: int) -> bytes:
    return f"date,weight\n2024-03-{day:02d},80\n".encode()


@pytest.mark.django_db
def test_open_previews_per_athlete_are_capped(athlete, athlete_client):
    for day in range(1, importing.MAX_OPEN_PREVIEWS + 3):
        assert upload(athlete_client, "body", "w.csv", _csv(day)).status_code == 302
    kept = ImportBatch.objects.filter(owner=athlete).order_by("created_at")
    assert kept.count() == importing.MAX_OPEN_PREVIEWS
    # The newest are kept: the first two uploads' previews are gone.
    assert kept.first().payload["weight"][0]["day"] == "2024-03-03"


@pytest.mark.django_db
def test_expired_previews_are_deleted_by_the_command(athlete, athlete_client, capsys):
    upload(athlete_client, "body", "w.csv", _csv(1))
    upload(athlete_client, "body", "w.csv", _csv(2))
    ImportBatch.objects.filter(payload__weight__0__day="2024-03-01").update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    call_command("expire_import_previews")
    assert "Deleted 1 import preview." in capsys.readouterr().out
    assert ImportBatch.objects.count() == 1
