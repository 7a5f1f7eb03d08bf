"""Copy the legacy JSON citations and translations into rows, and record each content row's
source version: the fingerprint of its values when they are still exactly what migrations
0002/0003 loaded (so `sync_content` may update them), or empty when an admin has edited the
row (so sync leaves it alone for good).

Frozen: the fingerprint below is a copy of tracker.myths.content.content_hash, and the shipped
values are the frozen copies 0002 and 0003 loaded.
"""

import hashlib
import json
import uuid
from pathlib import Path

from django.db import migrations

FROZEN = Path(__file__).resolve().parents[1] / "myths" / "frozen"
TEXT_FIELDS = ("title", "summary", "claim", "reality", "instead", "evidence_note", "safety_note")
TRANSLATED = ("title", "claim", "reality", "instead")


def _hash(values):
    encoded = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _myth_values(source):
    values = {name: source[name] for name in TEXT_FIELDS}
    values.update(
        area_targeted=source["area_targeted"], order=source["order"], published=source["published"]
    )
    return values


def copy_rows(apps, schema_editor):
    Myth = apps.get_model("tracker", "Myth")
    Citation = apps.get_model("tracker", "Citation")
    MythTranslation = apps.get_model("tracker", "MythTranslation")
    VocabularyTerm = apps.get_model("tracker", "VocabularyTerm")
    ContentVersion = apps.get_model("tracker", "ContentVersion")

    shipped = {
        item["slug"]: item
        for item in json.loads((FROZEN / "myths_0002.json").read_text(encoding="utf-8"))
    }
    for myth in Myth.objects.all():
        source = shipped.get(myth.slug)
        current = {name: getattr(myth, name) for name in TEXT_FIELDS}
        current.update(area_targeted=myth.area_targeted, order=myth.order, published=myth.published)
        if source is not None:
            shipped_values = _myth_values({**source, "published": True})
            if current == shipped_values:
                myth.source_hash = _hash(current)
        citations = [
            [str(c.get("text", "")), str(c.get("url", ""))] for c in (myth.legacy_evidence or [])
        ]
        if source is not None and citations == [[c["text"], c["url"]] for c in source["evidence"]]:
            myth.citations_hash = _hash(citations)
        myth.save(update_fields=["source_hash", "citations_hash"])
        Citation.objects.bulk_create(
            Citation(myth=myth, order=number, text=text, url=url)
            for number, (text, url) in enumerate(citations, start=1)
            if text.strip()
        )
        english = {name: getattr(myth, name) for name in TRANSLATED}
        for language, item in (myth.legacy_translations or {}).items():
            values = {name: str(item.get(name, "")) for name in TRANSLATED}
            shipped_values = (source or {}).get("translations", {}).get(language)
            unedited = shipped_values is not None and values == {
                name: shipped_values[name] for name in TRANSLATED
            }
            MythTranslation.objects.create(
                myth=myth,
                language=language,
                english_hash=_hash(english),
                source_hash=_hash(values) if unedited else "",
                **values,
            )

    shipped_terms = {}
    for row in (FROZEN / "vocabulary_0003.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        language, kind, area, slug, term = row.split("\t")
        shipped_terms[(language, kind, term)] = {"area": area, "myth": slug, "active": True}
    terms = list(VocabularyTerm.objects.select_related("myth"))
    for term in terms:
        values = {
            "area": term.area,
            "myth": term.myth.slug if term.myth else "",
            "active": term.active,
        }
        if shipped_terms.get((term.language, term.kind, term.term)) == values:
            term.source_hash = _hash(values)
    VocabularyTerm.objects.bulk_update(terms, ["source_hash"], batch_size=500)
    ContentVersion.objects.update_or_create(pk=1, defaults={"number": 1, "token": uuid.uuid4().hex})


def copy_back(apps, schema_editor):
    Myth = apps.get_model("tracker", "Myth")
    for myth in Myth.objects.prefetch_related("citations", "translations"):
        myth.legacy_evidence = [{"text": c.text, "url": c.url} for c in myth.citations.all()]
        myth.legacy_translations = {
            t.language: {name: getattr(t, name) for name in TRANSLATED}
            for t in myth.translations.all()
        }
        myth.save(update_fields=["legacy_evidence", "legacy_translations"])


class Migration(migrations.Migration):
    dependencies = [("tracker", "0006_content_rows")]

    operations = [migrations.RunPython(copy_rows, copy_back)]
