from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Tracker"

    def ready(self) -> None:
        from django.utils.translation import gettext, ngettext, pgettext

        from tracker import texts

        # The pure modules' words translate through Django from here on (see tracker.texts).
        texts.install(gettext, ngettext, pgettext)
