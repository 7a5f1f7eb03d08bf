"""Delete sign-ups whose confirmation link expired unused. Sign-ups do this too; run it from
cron (or by hand) on a site where nobody signs up for a while."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tracker import signups


class Command(BaseCommand):
    help = "Delete accounts whose sign-up confirmation link expired unused."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = signups.purge_unconfirmed()
        self.stdout.write(f"Deleted {deleted:,} unconfirmed sign-up{'s' if deleted != 1 else ''}.")
