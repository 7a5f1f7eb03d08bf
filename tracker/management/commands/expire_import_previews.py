"""Delete import previews nobody confirmed: those past their two-hour expiry, and each athlete's
beyond the newest few. Uploads do this too; run it from cron (or by hand) on a site where
nobody uploads for a while, so big unconfirmed previews don't sit in the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tracker import importing


class Command(BaseCommand):
    help = "Delete expired (and surplus) unconfirmed import previews."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = importing.batches_expire()
        self.stdout.write(f"Deleted {deleted:,} import preview{'s' if deleted != 1 else ''}.")
