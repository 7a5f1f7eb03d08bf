"""Store every email lowercased, then forbid two accounts whose emails differ only by case.

An existing database may already hold such a pair (the admin could create "VICTIM@x" beside
"victim@x"). Merging accounts is a human decision, so the migration stops and names every clash
instead of guessing; once an operator has renamed or removed one of each pair it runs through.
"""

from collections import defaultdict

from django.db import migrations


def lowercase_emails(apps, schema_editor):
    User = apps.get_model("tracker", "User")
    by_address = defaultdict(list)
    for pk, email in User.objects.values_list("pk", "email"):
        by_address[email.strip().lower()].append((pk, email))
    clashes = {address: rows for address, rows in by_address.items() if len(rows) > 1}
    if clashes:
        listing = "; ".join(
            f"{address}: " + ", ".join(f"user {pk} ({email})" for pk, email in rows)
            for address, rows in sorted(clashes.items())
        )
        raise RuntimeError(
            "Some accounts have emails that differ only by letter case, so they can't be made "
            f"unique. Rename or delete one account of each group, then migrate again: {listing}"
        )
    for address, [(pk, email)] in by_address.items():
        if email != address:
            User.objects.filter(pk=pk).update(email=address)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("tracker", "0012_measurements"),
    ]

    operations = [migrations.RunPython(lowercase_emails, migrations.RunPython.noop)]
