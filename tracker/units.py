"""Unit conversion between stored metric values and the user's display units.

Values are stored in kg, km, seconds and grams; these helpers convert for display and back for
input. Pure functions, no Django imports.
"""

from __future__ import annotations

KG_PER_LB = 0.45359237
KM_PER_MI = 1.609344


def kg_to_display(kg: float, unit: str) -> float:
    return kg / KG_PER_LB if unit == "lb" else kg


def display_to_kg(value: float, unit: str) -> float:
    return value * KG_PER_LB if unit == "lb" else value


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
        raise ValueError("Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30.")
    try:
        if len(parts) == 1:
            return round(float(parts[0]) * 60)
        numbers = [int(p) for p in parts[:-1]] + [float(parts[-1])]
    except ValueError:
        raise ValueError("Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30.") from None
    if any(n < 0 for n in numbers) or any(n >= 60 for n in numbers[1:]):
        raise ValueError("Minutes and seconds must be between 0 and 59.")
    seconds = 0.0
    for n in numbers:
        seconds = seconds * 60 + n
    return round(seconds)


def format_pace(seconds_per_km: float, unit: str) -> str:
    """Pace as m:ss per km or per mile."""
    per_unit = seconds_per_km * KM_PER_MI if unit == "mi" else seconds_per_km
    minutes, secs = divmod(round(per_unit), 60)
    return f"{minutes}:{secs:02d} /{unit}"
