"""Load the shipped myth library (tracker/myth_content.py) so a fresh install has it.

Existing rows with the same slug are left alone: admins may have edited them.
"""

from django.db import migrations


def load_myths(apps, schema_editor):
    from tracker.myth_content import MYTHS

    Myth = apps.get_model("tracker", "Myth")
    for item in MYTHS:
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
    from tracker.myth_content import MYTHS

    Myth = apps.get_model("tracker", "Myth")
    Myth.objects.filter(slug__in=[item["slug"] for item in MYTHS]).delete()


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]

    operations = [migrations.RunPython(load_myths, unload_myths)]
