"""``sync_content``: copy the shipped myth cards, translations, citations and detector vocabulary
(tracker/myths/data) into the database. Safe to run on every deploy: rows an admin edited are
kept, and reported.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tracker.myths.content import ContentError
from tracker.myths.sync import sync_content


class Command(BaseCommand):
    help = "Add new and update unedited myth content and vocabulary from the shipped data files."

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
