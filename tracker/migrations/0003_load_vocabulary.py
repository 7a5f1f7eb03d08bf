"""Load the detector's default vocabulary (tracker/myth_vocabulary.py) into the editable table.

Terms an admin already has (same language, kind and term) are left as they are.
"""

from django.db import migrations


def load_vocabulary(apps, schema_editor):
    from tracker.myth_vocabulary import DEFAULT_TERMS

    Myth = apps.get_model("tracker", "Myth")
    VocabularyTerm = apps.get_model("tracker", "VocabularyTerm")
    myths = {m.slug: m for m in Myth.objects.all()}
    VocabularyTerm.objects.bulk_create(
        [
            VocabularyTerm(
                language=t.language,
                kind=t.kind,
                term=t.term,
                area=t.area,
                myth=myths.get(t.myth_slug) if t.myth_slug else None,
            )
            for t in DEFAULT_TERMS
        ],
        batch_size=500,
        ignore_conflicts=True,
    )


def unload_vocabulary(apps, schema_editor):
    apps.get_model("tracker", "VocabularyTerm").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("tracker", "0002_load_myths")]

    operations = [migrations.RunPython(load_vocabulary, unload_vocabulary)]
