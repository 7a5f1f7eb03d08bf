"""Decimal number fields that accept the person's decimal comma.

`<input type="number">` is unusable with a decimal comma: depending on the browser, "72,4" in a
weight field arrives as 724, as "" or is refused. These fields are text inputs with
`inputmode="decimal"` (the phone still shows a number pad) and the server reads both "72,4" and
"72.4", whatever the interface language. Thousands separators are not accepted: nothing we ask
for needs them, and "1.234" would be ambiguous between languages.
"""

from __future__ import annotations

import math
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy

# Digits with at most one decimal separator, either "," or "."; a sign and an exponent are
# allowed so the bounds check, not the parser, answers "-3" or "1e308".
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
# Spaces a phone keyboard or a paste may bring (including the narrow no-break space).
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def parse_decimal(text: str) -> float | None:
    """72,4 and 72.4 -> 72.4; "" -> None; anything else raises ValueError."""
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError(text)
    number = float(cleaned.replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(text)
    return number


class DecimalTextInput(forms.TextInput):
    """A text input for decimals: the numeric keypad on phones, the value shown with the
    language's decimal separator (72,4 in Italian)."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, float | int) and not isinstance(value, bool):
            return formats.number_format(value, use_l10n=True, force_grouping=False)
        return super().format_value(value)


class LocalizedFloatField(forms.FloatField):
    """A FloatField that accepts the decimal comma as well as the point."""

    widget = DecimalTextInput
    default_error_messages = {
        "invalid": gettext_lazy("Enter a number, such as %(example)s."),
    }

    def to_python(self, value: Any) -> float | None:  # type: ignore[override]
        if value is None or isinstance(value, float | int):
            return None if value is None else float(value)
        try:
            return parse_decimal(str(value))
        except ValueError:
            example = formats.number_format(72.5, decimal_pos=1, use_l10n=True)
            raise ValidationError(
                self.error_messages["invalid"], code="invalid", params={"example": example}
            ) from None
