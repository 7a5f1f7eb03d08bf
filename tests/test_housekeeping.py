"""`manage.py housekeeping`: rows kept only for a while (quick-log receipts, undo records,
finished jobs, expired sign-ups and previews) are deleted once their time is up, and nothing a
person can still use goes."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.factories import weight_entry
from tracker import housekeeping
from tracker.jobs.models import Job
from tracker.models import DeletedEntry, QuickLogReceipt, WeightEntry

JSON = {"HTTP_ACCEPT": "application/json"}
HX = {"HTTP_HX_REQUEST": "true"}


def _quick_log(client, athlete, client_id: str):
    payload = {"weight": "80.4", "day": athlete.local_today().isoformat(), "client_id": client_id}
    return client.post(reverse("quick_log", args=["weight"]), payload, **JSON)


def test_old_receipts_go_and_a_recent_resend_is_still_saved_once(athlete, athlete_client):
    old_id, recent_id = str(uuid.uuid4()), str(uuid.uuid4())
    assert _quick_log(athlete_client, athlete, old_id).json()["status"] == "saved"
    assert _quick_log(athlete_client, athlete, recent_id).json()["status"] == "saved"
    QuickLogReceipt.objects.filter(client_id=old_id).update(
        created_at=timezone.now() - housekeeping.RECEIPT_KEEP - dt.timedelta(minutes=1)
    )

    out = io.StringIO()
    call_command("housekeeping", stdout=out)

    assert "quick-log receipts: 1 deleted" in out.getvalue()
    assert list(QuickLogReceipt.objects.values_list("client_id", flat=True)) == [
        uuid.UUID(recent_id)
    ]
    # The phone retrying its recent post still saves nothing twice.
    weigh_ins = WeightEntry.objects.filter(user=athlete).count()
    assert _quick_log(athlete_client, athlete, recent_id).json()["repeat"] is True
    assert WeightEntry.objects.filter(user=athlete).count() == weigh_ins


def test_undo_records_go_after_the_undo_window_and_undo_still_works_before(athlete, athlete_client):
    today = athlete.local_today()
    expired = weight_entry(athlete, today - dt.timedelta(days=1), weight_kg=80.0)
    fresh = weight_entry(athlete, today, weight_kg=79.6)
    for entry in (expired, fresh):
        response = athlete_client.post(reverse("entry_delete", args=["weight", entry.pk]), **HX)
        assert response.status_code == 200
    old = DeletedEntry.objects.get(data__contains='"weight_kg": 80.0')
    DeletedEntry.objects.filter(pk=old.pk).update(
        deleted_at=timezone.now() - dt.timedelta(minutes=11)
    )

    assert housekeeping.run()["undo records"] == 1

    record = DeletedEntry.objects.get()
    undo = athlete_client.post(reverse("entry_undo", args=["weight", record.pk]), **HX)
    assert undo.status_code == 200
    assert WeightEntry.objects.get(user=athlete).weight_kg == 79.6


def test_finished_jobs_older_than_a_month_go_running_ones_stay(athlete):
    now = timezone.now()
    long_ago = now - dt.timedelta(days=31)
    kept = {
        Job.objects.create(owner=athlete, label="Export", status=Job.Status.RUNNING).pk,
        Job.objects.create(
            owner=athlete, label="Export", status=Job.Status.SUCCEEDED, finished_at=now
        ).pk,
    }
    Job.objects.create(
        owner=athlete, label="Export", status=Job.Status.FAILED, finished_at=long_ago
    )

    assert housekeeping.run()["finished jobs"] == 1
    assert set(Job.objects.values_list("pk", flat=True)) == kept
