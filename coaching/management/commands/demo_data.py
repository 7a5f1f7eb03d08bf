"""`manage.py demo_data`: create or reset the demo accounts with months of realistic data."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from coaching.demo import DEMO_PASSWORD, load_demo_data


class Command(BaseCommand):
    help = (
        "Create (or reset) demo accounts: a coach, seven clients, an uncoached athlete, an admin."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        logins = load_demo_data()
        self.stdout.write(self.style.SUCCESS("Demo data ready. Log in at http://127.0.0.1:8000/"))
        self.stdout.write(f"Every demo account's password: {DEMO_PASSWORD}")
        for email, role in logins.items():
            self.stdout.write(f"  {email:<34} {role}")
