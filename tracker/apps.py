from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("Tracker")

    def ready(self) -> None:
        from django.utils.translation import gettext, ngettext, pgettext

        from tracker import l10n, texts

        # The pure modules' words translate through Django from here on (see tracker.texts).
        texts.install(gettext, ngettext, pgettext)
        texts.install_number_format(localized_number)
        texts.install_decimal_separator(l10n.separator)
        texts.install_day_format(l10n.day_month_year)


def localized_number(value: float, places: int, grouped: bool) -> str:
    """`value` to at most `places` decimals (trailing zeros dropped) with the active language's
    decimal mark, and its thousands separator if `grouped` (tracker.texts.Number)."""
    from django.utils.formats import number_format

    rounded = round(value, places)
    if rounded == int(rounded):
        rounded = int(rounded)
    return number_format(rounded, use_l10n=True, force_grouping=grouped)
