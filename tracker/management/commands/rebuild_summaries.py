"""Recompute every athlete's stored summary (tracker.summary_store).

Not needed for correctness (a stale or old summary is recomputed when the roster reads it), but
useful after a deploy that changed how summaries are computed, so the first roster views after
it don't pay for the recomputation.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tracker import summary_store


class Command(BaseCommand):
    help = "Recompute and store every athlete's summary (the roster's figures)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch-size", type=int, default=500, help="Athletes recomputed per batch."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count = summary_store.rebuild(batch_size=options["batch_size"])
        self.stdout.write(f"Rebuilt {count} summaries (version {summary_store.VERSION}).")
