"""Numbers in the active language's format (72,4 in Italian), rounded as f-strings round."""

from __future__ import annotations

from django.utils.formats import number_format


def decimal(value: float, digits: int) -> str:
    """`value` to `digits` decimals with the language's decimal separator.

    Django's number_format cuts extra decimals off rather than rounding, so the value is
    rounded here first exactly as ``f"{value:.1f}"`` rounds it."""
    return number_format(f"{value:.{digits}f}", digits)
