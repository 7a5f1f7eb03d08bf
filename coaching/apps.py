from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoachingConfig(AppConfig):
    name = "coaching"
    verbose_name = _("Coaching")

    def ready(self) -> None:
        # The weekly digest is a reminder kind: the scheduler (in tracker) finds it registered.
        from coaching.digest import register_digest

        register_digest()
