"""Load the detector's first vocabulary, from a frozen copy, into the editable table.

The copy (tracker/myths/frozen/vocabulary_0003.tsv) is never edited: later terms reach every
database through `manage.py sync_content`. Terms an admin already has (same language, kind and
term) are left as they are.
"""

from pathlib import Path

from django.db import migrations

FROZEN = Path(__file__).resolve().parents[1] / "myths" / "frozen" / "vocabulary_0003.tsv"


def load_vocabulary(apps, schema_editor):
    Myth = apps.get_model("tracker", "Myth")
    VocabularyTerm = apps.get_model("tracker", "VocabularyTerm")
    myths = {m.slug: m for m in Myth.objects.all()}
    rows = FROZEN.read_text(encoding="utf-8").splitlines()[1:]  # after the header
    terms = []
    for row in rows:
        language, kind, area, slug, term = row.split("\t")
        terms.append(
            VocabularyTerm(
                language=language,
                kind=kind,
                term=term,
                area=area,
                myth=myths.get(slug) if slug else None,
            )
        )
    VocabularyTerm.objects.bulk_create(terms, batch_size=500, ignore_conflicts=True)


def unload_vocabulary(apps, schema_editor):
    apps.get_model("tracker", "VocabularyTerm").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("tracker", "0002_load_myths")]

    operations = [migrations.RunPython(load_vocabulary, unload_vocabulary)]
