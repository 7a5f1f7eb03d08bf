"""Content as rows with a source version: citations and translations get their own tables (so the
admin edits them in inline forms), every content row records the fingerprint of the shipped
values last written into it, and a content version counter replaces the cache fingerprint.

The old JSON columns are renamed to legacy_* here, copied into rows by 0007 and dropped by 0008
(separate migrations, so PostgreSQL never alters a table with pending row writes).
"""

import django.db.models.deletion
from django.db import migrations, models

import tracker.models


class Migration(migrations.Migration):
    dependencies = [("tracker", "0005_user_body_fat_method_sex")]

    operations = [
        migrations.RenameField("myth", "evidence", "legacy_evidence"),
        migrations.RenameField("myth", "translations", "legacy_translations"),
        migrations.AddField(
            model_name="myth",
            name="source_hash",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Fingerprint of the shipped values last written here; empty = admin-owned.",
                max_length=64,
            ),
        ),
        migrations.AddField(
            model_name="myth",
            name="citations_hash",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="vocabularyterm",
            name="source_hash",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Fingerprint of the shipped values last written here; empty = admin-owned.",
                max_length=64,
            ),
        ),
        migrations.AlterField(
            model_name="vocabularyterm",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("it", "Italian"),
                    ("es", "Spanish"),
                    ("fr", "French"),
                    ("de", "German"),
                    ("pt", "Portuguese"),
                ],
                max_length=2,
            ),
        ),
        migrations.AddField(
            model_name="goal",
            name="relies_on_running",
            field=models.BooleanField(default=False),
        ),
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveBigIntegerField(default=0)),
                ("token", models.CharField(default="", max_length=32)),
            ],
        ),
        migrations.CreateModel(
            name="Citation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "source_hash",
                    models.CharField(
                        blank=True,
                        editable=False,
                        help_text="Fingerprint of the shipped values last written here; empty = admin-owned.",
                        max_length=64,
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "text",
                    models.TextField(
                        help_text="Authors, title, journal, year;volume(issue):pages."
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        blank=True,
                        help_text="A DOI or PubMed link (https://...).",
                        max_length=500,
                        validators=[tracker.models._validate_web_link],
                        verbose_name="link",
                    ),
                ),
                (
                    "myth",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="citations",
                        to="tracker.myth",
                    ),
                ),
            ],
            options={"ordering": ["order", "id"]},
        ),
        migrations.CreateModel(
            name="MythTranslation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "source_hash",
                    models.CharField(
                        blank=True,
                        editable=False,
                        help_text="Fingerprint of the shipped values last written here; empty = admin-owned.",
                        max_length=64,
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("it", "Italian"),
                            ("es", "Spanish"),
                            ("fr", "French"),
                            ("de", "German"),
                            ("pt", "Portuguese"),
                        ],
                        max_length=2,
                    ),
                ),
                ("title", models.CharField(max_length=200)),
                ("claim", models.TextField()),
                ("reality", models.TextField()),
                ("instead", models.TextField(verbose_name="what to do instead")),
                ("english_hash", models.CharField(blank=True, editable=False, max_length=64)),
                (
                    "myth",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="translations",
                        to="tracker.myth",
                    ),
                ),
            ],
            options={
                "ordering": ["language"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("myth", "language"), name="myth_translation_one_per_language"
                    )
                ],
            },
        ),
    ]
