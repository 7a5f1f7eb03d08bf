"""``myth_check FILE [--eval]``: run the spot-reduction detector over a TSV of goal texts.

Prints ``text<TAB>label<TAB>area`` for every row (label ``myth`` or ``ok``, area ``none`` for
ok rows), using the vocabulary currently in the database. With ``--eval`` and a labelled file
(label and area columns) it also prints precision, recall and F1 overall and per language, and
area accuracy on true positives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.myth_detector import spot_reduction_match
from tracker.myth_eval import evaluate, format_report, parse_tsv_with_header
from tracker.myths import current_vocabulary


class Command(BaseCommand):
    help = "Run the spot-reduction myth detector over a UTF-8 TSV of goal texts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="UTF-8 TSV; the first column is the goal")
        parser.add_argument(
            "--eval", action="store_true", help="also score against label and area columns"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise CommandError(f"No such file: {path}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8 text") from exc
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc

        goals, labelled = parse_tsv_with_header(text)
        vocabulary = current_vocabulary()
        if not vocabulary.terms:
            self.stderr.write("Warning: the myth vocabulary table is empty; nothing will match.")
        predictions = [spot_reduction_match(goal.text, vocabulary) for goal in goals]
        for goal, found in zip(goals, predictions, strict=True):
            label, area = ("myth", found.area) if found else ("ok", "none")
            self.stdout.write(f"{goal.text}\t{label}\t{area}")

        if options["eval"]:
            if not labelled:
                raise CommandError("--eval needs a file with label and area columns")
            self.stdout.write("")
            self.stdout.write(format_report(evaluate(goals, predictions), show_mistakes=False))
