"""`manage.py prune_jobs [--days 30]`: forget finished jobs older than that (run it daily, with
django-tasks-db's `prune_db_task_results` for the queue rows). Running and queued jobs stay."""

from __future__ import annotations

import datetime as dt
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from tracker.jobs.models import Job


class Command(BaseCommand):
    help = "Delete finished background jobs older than --days (default 30)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--days", type=int, default=30)

    def handle(self, *args: Any, days: int, **options: Any) -> None:
        cutoff = timezone.now() - dt.timedelta(days=max(0, days))
        deleted, _ = Job.objects.filter(
            status__in=[Job.Status.SUCCEEDED, Job.Status.FAILED], finished_at__lt=cutoff
        ).delete()
        self.stdout.write(f"Deleted {deleted} finished job(s) older than {days} days.")
