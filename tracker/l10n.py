"""Numbers and dates in the active language's format (72,4 and "9 marzo" in Italian).

Dates use the named formats of :mod:`tracker.formats`, the same ones templates use, so a
message built here and the page around it write a day the same way.

Pages print thousands of numbers (a roster of 200 clients, every sparkline and cell), so the
common case skips Django's general ``number_format``: with thousands grouping off
(``USE_THOUSAND_SEPARATOR``, see the README's Languages section) it writes exactly what
``f"{value:.1f}"`` writes with "." swapped for the language's separator, which is looked up
once per language. The results are the same strings either way (tests/test_l10n_fast.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation
from django.utils.formats import date_format, get_format, number_format
from django.utils.translation import get_language

# The language's decimal separator, by language code (formats don't change while running).
_SEPARATORS: dict[str | None, str] = {}
# f"{value:.1f}" writes plain digits below this (larger floats print like 1e+16 in str()).
_PLAIN_LIMIT = 1e15


@receiver(setting_changed)
def _formats_changed(**kwargs: object) -> None:
    _SEPARATORS.clear()  # a test overriding a format setting


def _fast() -> bool:
    return not settings.USE_THOUSAND_SEPARATOR


def decimal(value: float, digits: int, sep: str | None = None) -> str:
    """`value` to `digits` decimals with the language's decimal separator (or `sep`, from
    :func:`separator`, when formatting many numbers at once).

    Django's number_format cuts extra decimals off rather than rounding, so the value is
    rounded here first exactly as ``f"{value:.1f}"`` rounds it."""
    text = f"{value:.{digits}f}"
    if _fast() and type(value) in (float, int) and abs(value) < _PLAIN_LIMIT:
        return decimal_text(text, sep)
    return number_format(text, digits)


def rounded(value: float, digits: int, sep: str | None = None) -> str:
    """``number_format(round(value, digits), decimal_pos=digits)`` (the unit filters' rounding),
    the same text, without Django's general formatter in the common case."""
    if _fast() and type(value) in (float, int) and abs(value) < _PLAIN_LIMIT:
        return decimal_text(f"{round(value, digits):.{digits}f}", sep)
    return number_format(round(value, digits), decimal_pos=digits)


def separator() -> str:
    """The active language's decimal separator ("," in Italian)."""
    language = get_language()
    sep = _SEPARATORS.get(language)
    if sep is None:
        sep = _SEPARATORS[language] = str(get_format("DECIMAL_SEPARATOR"))
    return sep


def decimal_text(text: str, sep: str | None = None) -> str:
    """A number already written with a "." (``signed``, the unit filters) in the language's
    format; pass `sep` from :func:`separator` when formatting many numbers at once."""
    sep = separator() if sep is None else sep
    return text if sep == "." else text.replace(".", sep)


def named_date(day: date, name: str) -> str:
    """`day` in the named format `name` of the active language (English when none is active:
    Django would otherwise print the format's name as format letters)."""
    if get_language() is None:
        with translation.override(settings.LANGUAGE_CODE):
            return date_format(day, name)
    return date_format(day, name)


def day_month(day: date) -> str:
    """A day as messages name it: "9 Mar" in English, "9 marzo", "9. März", "9 de marzo"."""
    return named_date(day, "DAY_MONTH_FORMAT")


def day_month_year(day: date) -> str:
    """The same with the year: "9 Mar 2026", "9. März 2026", "9 de marzo de 2026"."""
    return named_date(day, "DAY_MONTH_YEAR_FORMAT")


def short_day_month(day: date) -> str:
    """A day in a compact place (a card's last entry, a table): "9 Mar", "9 mar", "7. Dez."."""
    return named_date(day, "SHORT_DAY_MONTH_FORMAT")


def short_day_month_year(day: date) -> str:
    """The same with the year: "9 Mar 2026", "9 mar 2026", "7. Dez. 2026"."""
    return named_date(day, "SHORT_DAY_MONTH_YEAR_FORMAT")


def day_formatter(name: str) -> Callable[[date], str]:
    """A fast `named_date(day, name)` for long lists (three years of table rows): Django
    formats each month once (~0.1 ms a call) and the day number is put into it.

    Only for formats whose day is one ``j`` and that name no weekday; others format each day."""
    fmt = str(get_format(name)) if get_language() is not None else ""
    if not fmt or fmt.count("j") != 1 or "\\j" in fmt or "D" in fmt or "l" in fmt:
        return lambda day: named_date(day, name)
    month_format = fmt.replace("j", "\\\x00")
    months: dict[tuple[int, int], str] = {}

    def format_day(day: date) -> str:
        key = (day.year, day.month)
        text = months.get(key)
        if text is None:
            text = months[key] = date_format(day.replace(day=1), month_format)
        return text.replace("\x00", str(day.day))

    return format_day
