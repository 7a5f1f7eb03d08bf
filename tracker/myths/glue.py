"""Glue between the pure myth detector and the database: the admin-editable vocabulary, compiled
once and recompiled when an admin edits it, and the verdict stored on goals.

The compiled vocabulary is cached per process, keyed by the content version token
(`ContentVersion`), which every content write changes in its own transaction. So an edit made
through any app server is seen by every server on its next check, without a restart or a shared
cache, and a stale cache is impossible even under clock skew or a renamed myth slug.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.utils import timezone

from tracker.models import ContentVersion, Goal, Myth, VocabularyTerm
from tracker.myth_detector import DEFAULT_MYTH_SLUG

_lock = threading.Lock()
_compiled: tuple[str, object] | None = None  # (content version token, CompiledVocabulary)


def current_vocabulary():  # -> CompiledVocabulary
    """The compiled detector vocabulary for the current database contents (one cheap query)."""
    from tracker.myth_detector import VocabularyTerm as Term
    from tracker.myth_detector import compile_vocabulary

    global _compiled
    fingerprint = ContentVersion.current()
    cached = _compiled
    if cached is not None and cached[0] == fingerprint and fingerprint:
        return cached[1]
    with _lock:
        rows = VocabularyTerm.objects.filter(active=True).values_list(
            "language", "kind", "term", "area", "myth__slug"
        )
        compiled = compile_vocabulary(
            Term(language=lang, kind=kind, term=term, area=area, myth_slug=slug or "")
            for lang, kind, term, area, slug in rows
        )
        _compiled = (fingerprint, compiled)
    return compiled


@dataclass(frozen=True)
class MythWarning:
    """What the warning card needs: the myth, where and why, and a better goal."""

    myth: Myth
    area: str
    area_label: str
    language: str
    triggers: tuple[str, ...]
    rewrite: str
    text: dict[str, str]  # the card's text in the goal's language (Myth.localized)
    relies_on_running: bool = False  # the running card: show the athlete's own running dose


def _myth_for(slug: str, language: str) -> Myth | None:
    found = Myth.objects.filter(published=True, slug__in={slug, DEFAULT_MYTH_SLUG})
    if language != "en":
        found = found.prefetch_related("translations")
    myths = {m.slug: m for m in found}
    return myths.get(slug) or myths.get(DEFAULT_MYTH_SLUG)


def warning_for_text(text: str) -> MythWarning | None:
    """The detector's verdict on a goal text, with its myth card, or None."""
    from tracker.myth_detector import AREA_LABELS, spot_reduction_match, whole_body_rewrite

    if not text or not text.strip():
        return None
    match = spot_reduction_match(text, current_vocabulary())
    if match is None:
        return None
    myth = _myth_for(match.myth_slug, match.language)
    if myth is None:
        return None
    return MythWarning(
        myth=myth,
        area=match.area,
        area_label=AREA_LABELS.get(match.area, match.area),
        language=match.language,
        triggers=tuple(match.triggers),
        rewrite=whole_body_rewrite(match.area, match.language, running=match.relies_on_running),
        text=myth.localized(match.language),
        relies_on_running=match.relies_on_running,
    )


def warning_for_goal(goal: Goal) -> MythWarning | None:
    """The stored verdict of a goal as a card (no detection run)."""
    from tracker.myth_detector import AREA_LABELS, whole_body_rewrite

    if goal.myth is None:
        return None
    language = goal.myth_language or "en"
    return MythWarning(
        myth=goal.myth,
        area=goal.myth_area,
        area_label=AREA_LABELS.get(goal.myth_area, goal.myth_area),
        language=language,
        triggers=tuple(goal.myth_triggers or ()),
        rewrite=(
            whole_body_rewrite(goal.myth_area, language, running=goal.relies_on_running)
            if goal.myth_area
            else ""
        ),
        text=goal.myth.localized(language),
        relies_on_running=goal.relies_on_running,
    )


def relies_on_running(text: str) -> bool:
    """Whether a goal text names running as its route, myth or not (see the detector)."""
    from tracker.myth_detector import relies_on_running as detect

    return bool(text and text.strip()) and detect(text, current_vocabulary())


def apply_verdict(goal: Goal, warning: MythWarning | None) -> None:
    """Store the detector's verdict on the goal (not saved here), and whether the goal relies on
    running. A changed verdict undoes an earlier "I know" so a new warning is seen."""
    goal.relies_on_running = relies_on_running(goal.text)
    new_slug = warning.myth.slug if warning else None
    old_slug = goal.myth.slug if goal.myth_id and goal.myth else None
    goal.myth = warning.myth if warning else None
    goal.myth_area = warning.area if warning else ""
    goal.myth_language = warning.language if warning else ""
    goal.myth_triggers = list(warning.triggers) if warning else []
    if new_slug != old_slug or warning is None:
        goal.myth_dismissed_at = None


def dismiss(goal: Goal) -> None:
    goal.myth_dismissed_at = timezone.now()
    goal.save(update_fields=["myth_dismissed_at", "updated_at"])


def recheck_goals(*, batch_size: int = 500) -> int:
    """Run the current detector over every active goal again and store changed verdicts, so
    content shipped later (new terms, a new card) reaches goals saved before it. A goal whose
    verdict is unchanged keeps its "I know". Returns how many goals changed."""
    changed = 0
    fields = ["myth", "myth_area", "myth_language", "myth_triggers", "myth_dismissed_at"]
    fields.append("relies_on_running")
    goals = Goal.objects.active().select_related("myth").order_by("pk")
    for goal in goals.iterator(chunk_size=batch_size):
        before = tuple(getattr(goal, name) for name in fields)
        apply_verdict(goal, warning_for_text(goal.text))
        if tuple(getattr(goal, name) for name in fields) != before:
            goal.save(update_fields=[*fields, "updated_at"])
            changed += 1
    return changed
