"""``sync_content [--recheck-goals]``: copy the shipped myth cards, translations, citations and
detector vocabulary (tracker/myths/data) into the database. Safe to run on every deploy: rows an
admin edited are kept, and reported. ``--recheck-goals`` then runs the detector over active goals
again, so a goal saved before new terms shipped gets the verdict they give.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.myths.content import ContentError
from tracker.myths.sync import sync_content


class Command(BaseCommand):
    help = "Add new and update unedited myth content and vocabulary from the shipped data files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--recheck-goals",
            action="store_true",
            help="then run the detector over active goals again, so new terms reach them",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = sync_content()
        except ContentError as exc:
            raise CommandError(str(exc)) from exc
        for line in report.lines():
            self.stdout.write(line)
        if report.kept and options["verbosity"] > 1:
            self.stdout.write("Kept admin edits:")
            for item in report.kept:
                self.stdout.write(f"  {item}")
        if options["recheck_goals"]:
            from tracker.myths.glue import recheck_goals

            self.stdout.write(f"goals rechecked: {recheck_goals()} changed")
