"""Drop the JSON columns that 0007 copied into citation and translation rows."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("tracker", "0007_copy_content_rows")]

    operations = [
        migrations.RemoveField("myth", "legacy_evidence"),
        migrations.RemoveField("myth", "legacy_translations"),
    ]
