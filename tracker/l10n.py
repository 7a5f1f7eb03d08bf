"""Numbers in the active language's format (72,4 in Italian), rounded as f-strings round."""

from __future__ import annotations

from django.utils.formats import get_format, number_format


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
