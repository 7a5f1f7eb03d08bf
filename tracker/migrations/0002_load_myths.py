"""Load the myth library as it was first shipped, from a frozen copy, so a fresh install has it.

The copy (tracker/myths/frozen/myths_0002.json) is never edited: later content reaches every
database, old or new, through `manage.py sync_content`. Existing rows with the same slug are
left alone: admins may have edited them.
"""

import json
from pathlib import Path

from django.db import migrations

FROZEN = Path(__file__).resolve().parents[1] / "myths" / "frozen" / "myths_0002.json"


def load_myths(apps, schema_editor):
    Myth = apps.get_model("tracker", "Myth")
    for item in json.loads(FROZEN.read_text(encoding="utf-8")):
        Myth.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": item["title"],
                "summary": item["summary"],
                "claim": item["claim"],
                "reality": item["reality"],
                "instead": item["instead"],
                "evidence": list(item["evidence"]),
                "evidence_note": item["evidence_note"],
                "safety_note": item["safety_note"],
                "area_targeted": item["area_targeted"],
                "translations": dict(item["translations"]),
                "order": item["order"],
                "published": True,
            },
        )


def unload_myths(apps, schema_editor):
    Myth = apps.get_model("tracker", "Myth")
    slugs = [item["slug"] for item in json.loads(FROZEN.read_text(encoding="utf-8"))]
    Myth.objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]

    operations = [migrations.RunPython(load_myths, unload_myths)]
