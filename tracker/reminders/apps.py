"""App config for reminder and digest emails (a sub-app of tracker with its own migrations)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    name = "tracker.reminders"
    label = "reminders"
    verbose_name = _("Reminders and digests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tracker.reminders import athlete_kinds  # noqa: F401  (registers the athlete kinds)
