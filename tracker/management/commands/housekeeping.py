"""`manage.py housekeeping`: every purge once (run it daily from cron; see the README)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tracker import housekeeping


class Command(BaseCommand):
    help = (
        "Delete what is only kept for a while: expired sign-ups and import previews, old "
        "quick-log receipts, expired undo records and old finished jobs."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for what, deleted in housekeeping.run().items():
            self.stdout.write(f"{what}: {deleted:,} deleted")
