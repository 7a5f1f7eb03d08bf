"""The translation catalogues in locale/: complete, up to date with the marked strings, and
compilable without gettext."""

from __future__ import annotations

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tracker.management.commands.compile_catalogues import compile_with_polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# What a copy of the project needs for makemessages: the sources it scans and what runs it.
SOURCES = ("tracker", "coaching", "templates", "locale", "manage.py", "Makefile")


def catalogue(code: str, root: Path = LOCALE) -> polib.POFile:
    return polib.pofile(str(root / code / "LC_MESSAGES" / "django.po"))


def msgid_set(po: polib.POFile) -> set[tuple[str, str, str]]:
    return {(e.msgctxt or "", e.msgid, e.msgid_plural or "") for e in po if not e.obsolete}


def test_every_language_has_a_catalogue():
    for code in LANGUAGES:
        assert (LOCALE / code / "LC_MESSAGES" / "django.po").is_file(), code


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_message_is_untranslated_or_fuzzy(code):
    po = catalogue(code)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    """`make messages` run on a copy of the project: the catalogues as they should be now."""
    if shutil.which("xgettext") is None:
        pytest.skip("gettext is not installed (apt-get install gettext)")
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    subprocess.run(
        ["make", "--no-print-directory", "-s", "-o", "setup", "messages", f"PY={sys.executable}"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "true"},
    )
    return copy / "locale"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogues_are_up_to_date_with_the_marked_strings(code, regenerated):
    """Compares msgid sets, not bytes (makemessages rewrites the header's date every run)."""
    committed = msgid_set(catalogue(code))
    current = msgid_set(catalogue(code, regenerated))
    missing = sorted(m[1] for m in current - committed)
    gone = sorted(m[1] for m in committed - current)
    assert not missing and not gone, (
        f"locale/{code} is stale: run `make messages` and translate. "
        f"New strings: {missing[:5]} ({len(missing)}); no longer used: {gone[:5]} ({len(gone)})"
    )


def test_catalogues_compile_without_gettext(tmp_path):
    """The fallback for machines without msgfmt: a .mo that gettext reads, fuzzy entries left
    out as msgfmt would."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "it"}
    po.append(polib.POEntry(msgid="Settings", msgstr="Impostazioni"))
    po.append(polib.POEntry(msgid="Draft", msgstr="Bozza", flags=["fuzzy"]))
    po.append(
        polib.POEntry(
            msgid="%(n)s run",
            msgid_plural="%(n)s runs",
            msgstr_plural={0: "%(n)s corsa", 1: "%(n)s corse"},
        )
    )
    target = tmp_path / "it" / "LC_MESSAGES"
    target.mkdir(parents=True)
    po.save(str(target / "django.po"))
    assert compile_with_polib(tmp_path) == [target / "django.mo"]
    with open(target / "django.mo", "rb") as mo:
        translations = gettext.GNUTranslations(mo)
    assert translations.gettext("Settings") == "Impostazioni"
    assert translations.gettext("Draft") == "Draft"
    assert translations.ngettext("%(n)s run", "%(n)s runs", 3) == "%(n)s corse"
