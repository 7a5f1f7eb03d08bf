"""`sync_content`: shipped content reaches databases migrated long ago, admin edits survive, and
every content write bumps the version the detector's cache is keyed on.

Runs on SQLite and on PostgreSQL (DATABASE_URL).
"""

from __future__ import annotations

import dataclasses

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from tracker import myths
from tracker.models import ContentVersion, Myth, MythTranslation, VocabularyTerm
from tracker.myths.content import TRANSLATED_FIELDS, shipped_content
from tracker.myths.sync import sync_content

NEW_TERM_GOAL = "tirar os pneuzinhos"  # Portuguese arrived after migration 0003
RUNNING_GOAL = "run to slim my thighs"  # the running card arrived after migration 0002


def _migrate(targets: list[tuple[str, str]]):  # noqa: ANN202
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_database_migrated_before_gets_new_content_on_sync_and_keeps_admin_edits():
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    # An install from before content became data: migrated to 0004 with the content those
    # migrations loaded (the frozen copies), then edited by its admin.
    old_apps = _migrate([("tracker", "0001_initial")])
    old_apps.get_model("tracker", "Myth").objects.all().delete()
    old_apps = _migrate([("tracker", "0004_importbatch")])
    OldMyth = old_apps.get_model("tracker", "Myth")
    OldTerm = old_apps.get_model("tracker", "VocabularyTerm")
    toning = OldMyth.objects.get(slug="toning")
    toning.title = "Our own title for toning"
    toning.save()
    OldTerm.objects.create(language="en", kind="fat_area", term="zorbleflab", area="belly")
    assert not OldMyth.objects.filter(slug="running-slims-thighs").exists()

    _migrate(leaves)
    assert myths.warning_for_text(NEW_TERM_GOAL) is None  # the old vocabulary: no Portuguese
    assert myths.warning_for_text(RUNNING_GOAL).myth.slug == "spot-reduction-exercise"

    report = sync_content()

    assert report.myths.created == 1  # the running card
    assert report.terms.created > 1000
    warning = myths.warning_for_text(NEW_TERM_GOAL)
    assert warning is not None and warning.area == "love_handles" and warning.language == "pt"
    running = myths.warning_for_text(RUNNING_GOAL)
    assert running.myth.slug == "running-slims-thighs" and running.relies_on_running
    # The admin's edits are kept; untouched rows follow the shipped files.
    assert Myth.objects.get(slug="toning").title == "Our own title for toning"
    assert "myth toning" in report.kept
    shipped = {m.slug: m for m in shipped_content().myths}
    general = Myth.objects.get(slug="spot-reduction-exercise")
    assert general.title == shipped["spot-reduction-exercise"].title
    assert general.translations.filter(language="pt").exists()
    # Translations stored before the notes were translated (issue 15) still count as unedited:
    # they get the shipped notes and are up to date with the English card.
    assert not [kept for kept in report.kept if "translation" in kept]
    italian = general.translations.get(language="it")
    assert (
        italian.evidence_note
        == shipped["spot-reduction-exercise"].translations["it"]["evidence_note"]
    )
    assert italian.summary and not italian.is_stale
    assert myths.warning_for_text("get rid of my zorbleflab") is not None
    # A second run changes nothing.
    again = sync_content()
    assert (again.myths.created, again.myths.updated, again.terms.created) == (0, 0, 0)
    assert again.terms.updated == 0 and again.translations.updated == 0


def test_sync_updates_unedited_rows_and_never_overwrites_admin_edits(db):
    content = shipped_content()
    general = Myth.objects.get(slug="spot-reduction-exercise")
    italian = general.translations.get(language="it")
    italian.title = "Il titolo del nostro editor"
    italian.save()  # an admin edit
    edited_term = VocabularyTerm.objects.get(language="en", kind="fat_area", term="muffin top")
    edited_term.area = "belly"
    edited_term.save()

    # A new release changes the general card's English and its Italian and Spanish titles,
    # and drops a term.
    changed = []
    for myth in content.myths:
        if myth.slug == "spot-reduction-exercise":
            translations = {
                lang: {**text, "title": text["title"] + " (v2)"}
                for lang, text in myth.translations.items()
            }
            myth = dataclasses.replace(
                myth, claim=myth.claim + " Even with a lot of reps.", translations=translations
            )
        changed.append(myth)
    dropped = next(t for t in content.terms if t.term == "bingo wings")
    release = dataclasses.replace(
        content,
        myths=tuple(changed),
        terms=tuple(t for t in content.terms if t != dropped),
    )
    report = sync_content(content=release)

    general.refresh_from_db()
    assert general.claim.endswith("Even with a lot of reps.")
    assert general.translations.get(language="es").title.endswith("(v2)")
    assert general.translations.get(language="it").title == "Il titolo del nostro editor"
    assert "it translation of spot-reduction-exercise" in report.kept
    edited_term.refresh_from_db()
    assert edited_term.area == "belly"
    assert not VocabularyTerm.objects.get(language="en", kind="fat_area", term="bingo wings").active
    assert report.terms.deactivated == 1
    # The admin's Italian title was written for the old English card: it is now stale.
    assert general.translations.get(language="it").is_stale
    assert not general.translations.get(language="es").is_stale


def _release_with(slug: str, **changes):  # noqa: ANN202
    """The shipped content with one myth changed: its own fields, or `translations`, a
    {language: {field: value}} merged into its translations."""
    content = shipped_content()
    translated = changes.pop("translations", {})
    myths_out = []
    for myth in content.myths:
        if myth.slug == slug:
            translations = {
                lang: {**text, **translated.get(lang, {})}
                for lang, text in myth.translations.items()
            }
            myth = dataclasses.replace(myth, translations=translations, **changes)
        myths_out.append(myth)
    return dataclasses.replace(content, myths=tuple(myths_out))


def test_sync_copies_translated_notes_and_keeps_an_admins_edit(db):
    assert Myth.TRANSLATED_FIELDS == TRANSLATED_FIELDS
    sauna = Myth.objects.get(slug="sauna-belts-and-wraps")
    shipped = next(m for m in shipped_content().myths if m.slug == sauna.slug)
    italian = sauna.translations.get(language="it")
    for name in ("summary", "evidence_note", "safety_note"):
        assert getattr(italian, name) == shipped.translations["it"][name] != ""
    spanish = sauna.translations.get(language="es")
    spanish.safety_note = "Nuestra propia nota de seguridad."
    spanish.save()  # an admin edit of a note

    release = _release_with(
        sauna.slug,
        translations={
            "it": {"evidence_note": "Nota nuova.", "safety_note": "Attenzione, nuova."},
            "es": {"evidence_note": "Nota nueva."},
        },
    )
    report = sync_content(content=release)

    italian.refresh_from_db()
    spanish.refresh_from_db()
    assert (italian.evidence_note, italian.safety_note) == ("Nota nuova.", "Attenzione, nuova.")
    assert spanish.safety_note == "Nuestra propia nota de seguridad."
    assert spanish.evidence_note == shipped.translations["es"]["evidence_note"]
    assert "es translation of sauna-belts-and-wraps" in report.kept
    assert report.translations.updated == 1


def test_a_changed_english_note_marks_its_translations_stale(db):
    shipped = next(m for m in shipped_content().myths if m.slug == "toning")
    sync_content(content=_release_with("toning", evidence_note=shipped.evidence_note + " More."))
    toning = Myth.objects.get(slug="toning")
    assert toning.evidence_note.endswith(" More.")
    assert all(t.is_stale for t in toning.translations.all())
    # A release that ships the translations written from the new English clears it.
    sync_content(
        content=_release_with(
            "toning",
            evidence_note=shipped.evidence_note + " More.",
            translations={"it": {"evidence_note": "Nota aggiornata."}},
        )
    )
    stale = {t.language for t in toning.translations.all() if t.is_stale}
    assert stale == {"es", "fr", "de", "pt"}


def test_sync_content_command_reports_counts(db, capsys):
    call_command("sync_content")
    out = capsys.readouterr().out
    assert "myths: 0 new, 0 updated, 17 unchanged" in out
    assert "vocabulary terms: 0 new" in out


def test_every_content_write_bumps_the_version_in_its_transaction(db):
    before = ContentVersion.current()
    term = VocabularyTerm.objects.get(language="en", kind="fat_area", term="muffin top")
    term.active = False
    term.save()
    after_save = ContentVersion.current()
    assert after_save != before
    VocabularyTerm.objects.filter(pk=term.pk).update(active=True)
    assert ContentVersion.current() != after_save
    with pytest.raises(RuntimeError), transaction.atomic():
        Myth.objects.filter(slug="toning").update(title="Rolled back")
        raise RuntimeError
    # The failed edit's version rolled back with it, so no cache can be keyed on it.
    assert ContentVersion.current() != after_save
    snapshot = ContentVersion.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        MythTranslation.objects.filter(language="pt").delete()
        raise RuntimeError
    assert ContentVersion.current() == snapshot


def test_renamed_myth_slug_reaches_the_detector(db):
    myths.warning_for_text("sauna belt for my belly")  # compile and cache
    myth = Myth.objects.get(slug="sauna-belts-and-wraps")
    myth.slug = "sweat-belts"
    myth.save()
    assert myths.warning_for_text("sauna belt for my belly").myth.slug == "sweat-belts"


def test_myth_check_eval_reports_every_language_including_portuguese(db, capsys):
    from pathlib import Path

    real_set = Path(__file__).resolve().parent / "fixtures" / "goals_real.tsv"
    call_command("myth_check", str(real_set), "--eval")
    lines = capsys.readouterr().out.splitlines()
    languages = {line.split()[0] for line in lines if "precision" in line}
    assert languages == {"overall", "en", "it", "es", "fr", "de", "pt"}


def test_recheck_goals_brings_new_verdicts_to_saved_goals_and_keeps_dismissals(db, capsys):
    from django.utils import timezone

    from tracker.models import Goal, User

    user = User.objects.create_user("rita@example.com", "correct-horse-9")
    # Saved before Portuguese and running shipped: no verdict stored.
    portuguese = Goal.objects.create(user=user, text="tirar os pneuzinhos")
    running = Goal.objects.create(user=user, text="correr 4 vezes por semana para perder 5 kg")
    known = Goal.objects.create(user=user, text="lose my belly fat")
    myths.apply_verdict(known, myths.warning_for_text(known.text))
    known.myth_dismissed_at = timezone.now()
    known.save()

    call_command("sync_content", "--recheck-goals")
    assert "goals rechecked: 2 changed" in capsys.readouterr().out

    portuguese.refresh_from_db()
    assert portuguese.myth.slug == "spot-reduction-exercise"
    assert portuguese.myth_area == "love_handles"
    running.refresh_from_db()
    assert running.myth is None and running.relies_on_running
    known.refresh_from_db()
    assert known.myth_dismissed_at is not None  # same verdict: the "I know" stays
