from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("Tracker")

    def ready(self) -> None:
        from django.utils.translation import gettext, ngettext, pgettext

        from tracker import texts

        # The pure modules' words translate through Django from here on (see tracker.texts).
        texts.install(gettext, ngettext, pgettext)
