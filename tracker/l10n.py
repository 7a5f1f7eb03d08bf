"""Numbers in the active language's format (72,4 in Italian), rounded as f-strings round."""

from __future__ import annotations

from datetime import date

from django.utils.formats import date_format, get_format, number_format
from django.utils.translation import get_language


def decimal(value: float, digits: int) -> str:
    """`value` to `digits` decimals with the language's decimal separator.

    Django's number_format cuts extra decimals off rather than rounding, so the value is
    rounded here first exactly as ``f"{value:.1f}"`` rounds it."""
    return number_format(f"{value:.{digits}f}", digits)


def separator() -> str:
    """The active language's decimal separator ("," in Italian)."""
    return str(get_format("DECIMAL_SEPARATOR"))


def decimal_text(text: str, sep: str | None = None) -> str:
    """A number already written with a "." (``signed``, the unit filters) in the language's
    format; pass `sep` from :func:`separator` when formatting many numbers at once."""
    sep = separator() if sep is None else sep
    return text if sep == "." else text.replace(".", sep)


# Month names are common nouns in these languages: lower case inside a sentence.
LOWER_CASE_MONTHS = ("it", "es", "fr", "pt")


def _in_sentence(text: str) -> str:
    return text.lower() if get_language() in LOWER_CASE_MONTHS else text


def day_month(day: date) -> str:
    """A day as messages name it: "9 Mar" in English, "9 marzo", "9. März", "9 de marzo"."""
    if get_language() in (None, "en"):
        return date_format(day, "j M")
    return _in_sentence(date_format(day, "MONTH_DAY_FORMAT"))


def day_month_year(day: date) -> str:
    """The same with the year: "9 Mar 2026", "9. März 2026", "9 de marzo de 2026"."""
    if get_language() in (None, "en"):
        return date_format(day, "j M Y")
    return _in_sentence(date_format(day, "DATE_FORMAT"))
