"""Compile locale/*/LC_MESSAGES/django.po into the .mo files Django reads.

Uses gettext's msgfmt (Django's compilemessages) when it is installed, else polib, so `make run`
works on a fresh machine without gettext. The .mo files are build output (not committed)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


def compile_with_polib(locale_dir: Path) -> list[Path]:
    """Write a .mo beside every .po under `locale_dir` (fuzzy entries left out, as msgfmt does)."""
    import polib  # type: ignore[import-untyped]  # no stubs published

    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        mo_path = po_path.with_suffix(".mo")
        catalogue.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


class Command(BaseCommand):
    help = "Compile the translation catalogues (msgfmt if installed, else pure Python)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--python", action="store_true", help="Use the pure-Python compiler even with msgfmt."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if shutil.which("msgfmt") and not options["python"]:
            call_command("compilemessages", verbosity=0)
            return
        for locale_dir in settings.LOCALE_PATHS:
            written = compile_with_polib(Path(locale_dir))
            self.stdout.write(f"Compiled {len(written)} catalogues in {locale_dir} (polib).")
