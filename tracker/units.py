"""Unit conversion between stored metric values and the user's display units.

Values are stored in kg, km, seconds and grams; these helpers convert for display and back for
input. Pure functions, no Django imports.
"""

from __future__ import annotations

import math

KG_PER_LB = 0.45359237
KM_PER_MI = 1.609344
DURATION_FORMAT_MESSAGE = "Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30."


def kg_to_display(kg: float, unit: str) -> float:
    return kg / KG_PER_LB if unit == "lb" else kg


def display_to_kg(value: float, unit: str) -> float:
    return value * KG_PER_LB if unit == "lb" else value


CM_PER_IN = 2.54


def cm_to_display(cm: float, unit: str) -> float:
    return cm / CM_PER_IN if unit == "in" else cm


def display_to_cm(value: float, unit: str) -> float:
    return value * CM_PER_IN if unit == "in" else value


def km_to_display(km: float, unit: str) -> float:
    return km / KM_PER_MI if unit == "mi" else km


def display_to_km(value: float, unit: str) -> float:
    return value * KM_PER_MI if unit == "mi" else value


def format_duration(seconds: float) -> str:
    """h:mm:ss for an hour or more, else m:ss."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def parse_duration(text: str) -> int:
    """Seconds from "h:mm:ss", "mm:ss" or plain minutes ("45", "45.5").

    Raises ValueError with a message fit to show the user.
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError("Enter a duration such as 45:30 or 1:02:15.")
    parts = cleaned.split(":")
    if len(parts) > 3 or any(p.strip() == "" for p in parts):
        raise ValueError(DURATION_FORMAT_MESSAGE)
    try:
        numbers = [int(p) for p in parts[:-1]] + [float(parts[-1])]
    except ValueError:
        raise ValueError(DURATION_FORMAT_MESSAGE) from None
    # float() accepts "nan", "inf" and "1e309"; none of them is a duration.
    if not math.isfinite(numbers[-1]):
        raise ValueError(DURATION_FORMAT_MESSAGE)
    if any(n < 0 for n in numbers):
        raise ValueError("A duration can't be negative.")
    if any(n >= 60 for n in numbers[1:]):
        raise ValueError("Minutes and seconds must be between 0 and 59.")
    if len(numbers) == 1:
        numbers = [numbers[0], 0]  # plain minutes
    try:
        seconds = 0.0
        for n in numbers:
            seconds = seconds * 60 + n
        return round(seconds)
    except OverflowError:  # absurdly many digits; the caller's range check can't see it
        raise ValueError("That duration is far too long.") from None


def format_pace(seconds_per_km: float, unit: str) -> str:
    """Pace as m:ss per km or per mile."""
    per_unit = seconds_per_km * KM_PER_MI if unit == "mi" else seconds_per_km
    minutes, secs = divmod(round(per_unit), 60)
    return f"{minutes}:{secs:02d} /{unit}"
