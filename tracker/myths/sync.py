"""Bring a database's myth content up to the shipped data files, never overwriting admin edits.

Every content row stores `source_hash`, the fingerprint of the shipped values last written into
it (its source version). For each shipped item sync_content:

* creates the row when the database has none (a new myth, translation, citation list or term);
* leaves it alone when its source version is the shipped one already;
* updates it when its current values still hash to its source version, i.e. nobody edited it
  since the last sync (or since migration 0002/0003 loaded it);
* keeps it as it is, and reports it, when an admin edited it (values no longer match their
  source version, or no source version at all: the admin made the row).

Terms that sync once shipped and that the data files no longer list are deactivated, again only
when unedited. Myths, translations and terms an admin added are never touched. The whole sync is
one transaction and bumps the content version once, so app servers recompile the vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from tracker.models import Citation, ContentVersion, Myth, MythTranslation, VocabularyTerm
from tracker.myths.content import (
    MYTH_TEXT_FIELDS,
    TRANSLATED_FIELDS,
    ShippedContent,
    content_hash,
    shipped_content,
    term_values,
    translated_values,
)


@dataclass
class SyncCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_admin_edit: int = 0
    deactivated: int = 0

    def __str__(self) -> str:
        parts = [
            f"{self.created} new",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.kept_admin_edit} kept (edited by an admin)",
        ]
        if self.deactivated:
            parts.append(f"{self.deactivated} retired")
        return ", ".join(parts)


@dataclass
class SyncReport:
    myths: SyncCounts = field(default_factory=SyncCounts)
    citations: SyncCounts = field(default_factory=SyncCounts)
    translations: SyncCounts = field(default_factory=SyncCounts)
    terms: SyncCounts = field(default_factory=SyncCounts)
    kept: list[str] = field(default_factory=list)  # which admin edits were kept

    def lines(self) -> list[str]:
        return [
            f"myths: {self.myths}",
            f"citation lists: {self.citations}",
            f"translations: {self.translations}",
            f"vocabulary terms: {self.terms}",
        ]


def _myth_row_values(myth: Myth) -> dict[str, object]:
    return {
        **{name: getattr(myth, name) for name in MYTH_TEXT_FIELDS},
        "area_targeted": myth.area_targeted,
        "order": myth.order,
        "published": myth.published,
    }


def _is_unedited(current: object, source_hash: str) -> bool:
    return bool(source_hash) and content_hash(current) == source_hash


@transaction.atomic
def sync_content(*, content: ShippedContent | None = None) -> SyncReport:
    """Copy shipped myths, citations, translations and terms into the database (see module)."""
    content = content or shipped_content()
    report = SyncReport()
    existing = {m.slug: m for m in Myth.objects.prefetch_related("citations", "translations")}
    myths_by_slug: dict[str, Myth] = {}
    for source in content.myths:
        values = source.values()
        wanted = content_hash(values)
        myth = existing.get(source.slug)
        if myth is None:
            myth = Myth(slug=source.slug, source_hash=wanted, **values)
            myth.save()
            report.myths.created += 1
            fresh = True
        else:
            fresh = False
            if myth.source_hash == wanted and _myth_row_values(myth) == values:
                report.myths.unchanged += 1
            elif _is_unedited(_myth_row_values(myth), myth.source_hash):
                for name, value in values.items():
                    setattr(myth, name, value)
                myth.source_hash = wanted
                myth.save()
                report.myths.updated += 1
            else:
                report.myths.kept_admin_edit += 1
                report.kept.append(f"myth {source.slug}")
        myths_by_slug[source.slug] = myth
        _sync_citations(myth, source.citation_list(), fresh, report)
        _sync_translations(myth, source, fresh, report)

    _sync_terms(content, report)
    ContentVersion.bump()
    return report


def _sync_citations(myth: Myth, shipped: list[list[str]], fresh: bool, report: SyncReport) -> None:
    wanted = content_hash(shipped)
    rows = list(myth.citations.all()) if not fresh else []
    current = [[c.text, c.url] for c in rows]
    if myth.citations_hash == wanted and current == shipped:
        report.citations.unchanged += 1
        return
    if not fresh and not _is_unedited(current, myth.citations_hash):
        report.citations.kept_admin_edit += 1
        report.kept.append(f"citations of {myth.slug}")
        return
    Citation.objects.filter(myth=myth).delete()
    Citation.objects.bulk_create(
        Citation(myth=myth, order=number, text=text, url=url, source_hash=content_hash([text, url]))
        for number, (text, url) in enumerate(shipped, start=1)
    )
    Myth.objects.filter(pk=myth.pk).update(citations_hash=wanted)
    myth.citations_hash = wanted
    if fresh or not rows:
        report.citations.created += 1
    else:
        report.citations.updated += 1


def _sync_translations(myth: Myth, source, fresh: bool, report: SyncReport) -> None:  # noqa: ANN001
    rows = {t.language: t for t in myth.translations.all()} if not fresh else {}
    english_hash = content_hash(source.english())
    for language, text in source.translations.items():
        values = {name: text[name] for name in TRANSLATED_FIELDS}
        wanted = content_hash(translated_values(values))
        row = rows.get(language)
        if row is None:
            MythTranslation(
                myth=myth,
                language=language,
                source_hash=wanted,
                english_hash=english_hash,
                **values,
            ).save()
            report.translations.created += 1
            continue
        current = {name: getattr(row, name) for name in TRANSLATED_FIELDS}
        if row.source_hash == wanted and current == values:
            report.translations.unchanged += 1
        elif _is_unedited(translated_values(current), row.source_hash):
            for name, value in values.items():
                setattr(row, name, value)
            row.source_hash = wanted
            # Shipped translations are written from the shipped English text; if an admin
            # changed the English card, the translation shows as stale.
            row.english_hash = english_hash
            row.save()
            report.translations.updated += 1
        else:
            report.translations.kept_admin_edit += 1
            report.kept.append(f"{language} translation of {myth.slug}")


def _sync_terms(content: ShippedContent, report: SyncReport) -> None:
    myths = {m.slug: m for m in Myth.objects.all()}
    rows = {(t.language, t.kind, t.term): t for t in VocabularyTerm.objects.select_related("myth")}
    create: list[VocabularyTerm] = []
    update: list[VocabularyTerm] = []
    shipped_keys = set()
    for term in content.terms:
        key = (term.language, term.kind, term.term)
        shipped_keys.add(key)
        values = term_values(term)
        wanted = content_hash(values)
        row = rows.get(key)
        if row is None:
            create.append(
                VocabularyTerm(
                    language=term.language,
                    kind=term.kind,
                    term=term.term,
                    area=term.area,
                    myth=myths.get(term.myth_slug),
                    source_hash=wanted,
                )
            )
            continue
        current = {
            "area": row.area,
            "myth": row.myth.slug if row.myth else "",
            "active": row.active,
        }
        if row.source_hash == wanted and current == values:
            report.terms.unchanged += 1
        elif _is_unedited(current, row.source_hash):
            row.area, row.myth, row.active = term.area, myths.get(term.myth_slug), True
            row.source_hash = wanted
            update.append(row)
            report.terms.updated += 1
        else:
            report.terms.kept_admin_edit += 1
            report.kept.append(f"term {term.term!r} ({term.language}, {term.kind})")
    for key, row in rows.items():
        if key in shipped_keys or not row.source_hash or not row.active:
            continue
        current = {"area": row.area, "myth": row.myth.slug if row.myth else "", "active": True}
        if _is_unedited(current, row.source_hash):
            # Shipped once, dropped from the files since, never edited: retire it.
            row.active = False
            row.source_hash = content_hash({**current, "active": False})
            update.append(row)
            report.terms.deactivated += 1
    if create:
        VocabularyTerm.objects.bulk_create(create, batch_size=500)
        report.terms.created += len(create)
    if update:
        VocabularyTerm.objects.bulk_update(
            update, ["area", "myth", "active", "source_hash"], batch_size=500
        )
