"""`manage.py send_reminders`: send every reminder and digest email that is due now.

Production: run it every 5-15 minutes from cron or a systemd timer, on one machine or several
(each email goes out once, whichever runs first). Development: `--every 300` keeps it running
and sends every 5 minutes (`runall` does this).
"""

from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from tracker.reminders.sending import send_due_reminders


class Command(BaseCommand):
    help = "Send the reminder and digest emails that are due now."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running and check again every SECONDS (0: once, for cron).",
        )

    def handle(self, *args: Any, every: int, **options: Any) -> None:
        try:
            while True:
                outcome = send_due_reminders()
                if outcome or options["verbosity"] > 1:
                    summary = ", ".join(f"{key} {n}" for key, n in sorted(outcome.items()))
                    self.stdout.write(f"Reminders: {summary or 'nothing due'}")
                if every <= 0:
                    return
                close_old_connections()
                time.sleep(every)
        except KeyboardInterrupt:
            return
