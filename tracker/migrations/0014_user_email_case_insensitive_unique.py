"""Forbid two accounts whose emails differ only by case (0013 lowercased them first; a separate
migration so PostgreSQL doesn't alter the table in the transaction that updated its rows)."""

import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("tracker", "0013_lowercase_emails")]

    operations = [
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                name="user_email_case_insensitive_unique",
                violation_error_message="A user with this email address already exists.",
            ),
        ),
    ]
