"""Deleting what is only kept for a while: one place for every purge, run daily by
``manage.py housekeeping`` (each purge also runs on its own occasion, see each function)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from tracker import importing, signups
from tracker.jobs.models import Job
from tracker.models import UNDO_WINDOW, DeletedEntry, QuickLogReceipt

# A receipt only has to outlive the phone's retries of one post (on load, on `online`, every
# 20 s), so a month is far beyond any resend that could still arrive.
RECEIPT_KEEP = dt.timedelta(days=30)
FINISHED_JOB_KEEP = dt.timedelta(days=30)


def purge_quick_log_receipts(now: dt.datetime | None = None) -> int:
    """Forget quick-log receipts older than :data:`RECEIPT_KEEP`."""
    cutoff = (now or timezone.now()) - RECEIPT_KEEP
    deleted, _ = QuickLogReceipt.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def purge_expired_undo(now: dt.datetime | None = None) -> int:
    """Delete undo records whose window has passed (a person's next delete clears theirs too)."""
    cutoff = (now or timezone.now()) - UNDO_WINDOW
    deleted, _ = DeletedEntry.objects.filter(deleted_at__lt=cutoff).delete()
    return deleted


def purge_finished_jobs(now: dt.datetime | None = None) -> int:
    """Forget finished background jobs older than :data:`FINISHED_JOB_KEEP` (running and
    queued jobs stay); ``manage.py prune_jobs --days N`` does the same with another age."""
    cutoff = (now or timezone.now()) - FINISHED_JOB_KEEP
    deleted, _ = Job.objects.filter(
        status__in=[Job.Status.SUCCEEDED, Job.Status.FAILED], finished_at__lt=cutoff
    ).delete()
    return deleted


def run(now: dt.datetime | None = None) -> dict[str, int]:
    """Every purge once; how many rows each deleted."""
    return {
        "unconfirmed sign-ups": signups.purge_unconfirmed(now=now),
        "import previews": importing.batches_expire(now=now),
        "quick-log receipts": purge_quick_log_receipts(now),
        "undo records": purge_expired_undo(now),
        "finished jobs": purge_finished_jobs(now),
    }
