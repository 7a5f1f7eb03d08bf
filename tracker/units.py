"""Unit conversion and number formatting: the one place that turns stored values into text.

Values are stored in kg, km, m, cm, seconds and grams; these helpers convert for display and back
for input, and write numbers, durations and paces the way every page, form message and import
problem shows them. Pure functions, no Django imports (messages that need translating are built
on the Django side from what these return).
"""

from __future__ import annotations

import math
import re

from tracker.texts import gettext_noop

KG_PER_LB = 0.45359237
KM_PER_MI = 1.609344
CM_PER_INCH = 2.54
M_PER_FOOT = 0.3048
DURATION_FORMAT_MESSAGE = gettext_noop("Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30.")


def kg_to_display(kg: float, unit: str) -> float:
    return kg / KG_PER_LB if unit == "lb" else kg


def display_to_kg(value: float, unit: str) -> float:
    return value * KG_PER_LB if unit == "lb" else value


def cm_to_display(cm: float, unit: str) -> float:
    return cm / CM_PER_INCH if unit == "in" else cm


def display_to_cm(value: float, unit: str) -> float:
    return value * CM_PER_INCH if unit == "in" else value


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

    Raises ValueError with a message fit to show the user (English, marked for the catalogues:
    show it through gettext).
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(gettext_noop("Enter a duration such as 45:30 or 1:02:15."))
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
        raise ValueError(gettext_noop("A duration can't be negative."))
    if any(n >= 60 for n in numbers[1:]):
        raise ValueError(gettext_noop("Minutes and seconds must be between 0 and 59."))
    if len(numbers) == 1:
        numbers = [numbers[0], 0]  # plain minutes
    try:
        seconds = 0.0
        for n in numbers:
            seconds = seconds * 60 + n
        return round(seconds)
    except OverflowError:  # absurdly many digits; the caller's range check can't see it
        raise ValueError(gettext_noop("That duration is far too long.")) from None


def format_pace(seconds_per_km: float, unit: str) -> str:
    """Pace as m:ss per km or per mile."""
    per_unit = seconds_per_km * KM_PER_MI if unit == "mi" else seconds_per_km
    minutes, secs = divmod(round(per_unit), 60)
    return f"{minutes}:{secs:02d} /{unit}"


# --- Height and elevation for people who use pounds and miles ----------------------------------

HEIGHT_FORMAT_MESSAGE = gettext_noop(
    "Type your height like 5'10\" or 5 ft 10 in (or 70 in, or 178 cm)."
)

_HEIGHT_FEET_INCHES = re.compile(
    r"""^\s*(?P<ft>\d+(?:\.\d+)?)\s*(?:'|’|′|ft|feet|foot)\s*
        (?:(?P<in>\d+(?:\.\d+)?)\s*(?:"|”|″|''|in|inches|inch)?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEIGHT_SINGLE = re.compile(
    r"""^\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>"|”|″|''|in|inches|inch|cm)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEIGHT_TWO_NUMBERS = re.compile(r"^\s*(?P<ft>\d)\s+(?P<in>\d{1,2}(?:\.\d+)?)\s*$")


def parse_height_imperial(text: str) -> float:
    """Centimetres from what a pounds-and-miles user types: 5'10", 5' 10, 5 ft 10 in, 5ft,
    "5 10", 70 in or 70" (inches), or 178 cm. A bare number is feet below 9, inches below 100,
    centimetres above. Raises ValueError with a message fit to show the user."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ValueError(HEIGHT_FORMAT_MESSAGE)
    match = _HEIGHT_FEET_INCHES.match(cleaned) or _HEIGHT_TWO_NUMBERS.match(cleaned)
    if match:
        feet = float(match.group("ft"))
        inches = float(match.group("in") or 0)
        if inches >= 12:
            raise ValueError(gettext_noop("Inches must be between 0 and 11 (5'10\", not 5'14\")."))
        return (feet * 12 + inches) * CM_PER_INCH
    match = _HEIGHT_SINGLE.match(cleaned)
    if not match:
        raise ValueError(HEIGHT_FORMAT_MESSAGE)
    value = float(match.group("value"))
    unit = (match.group("unit") or "").lower()
    if unit == "cm" or (not unit and value >= 100):
        return value
    if unit or value >= 9:
        return value * CM_PER_INCH  # inches
    return value * 12 * CM_PER_INCH  # a bare 6 is six feet


def format_height_imperial(cm: float) -> str:
    """5'10" for 177.8 cm: whole inches, as people quote their height."""
    total_inches = round(cm / CM_PER_INCH)
    feet, inches = divmod(total_inches, 12)
    return f"{feet}'{inches}\""


def m_to_display_elevation(m: float, distance_unit: str) -> float:
    """Elevation in feet for mile users, metres otherwise."""
    return m / M_PER_FOOT if distance_unit == "mi" else m


def display_elevation_to_m(value: float, distance_unit: str) -> float:
    return value * M_PER_FOOT if distance_unit == "mi" else value


def elevation_unit(distance_unit: str) -> str:
    return "ft" if distance_unit == "mi" else "m"


def g_per_kg_to_display(g_per_kg: float, weight_unit: str) -> float:
    """Protein per kg of body weight as per kg or per lb of body weight."""
    return g_per_kg * KG_PER_LB if weight_unit == "lb" else g_per_kg


def protein_rate_text(g_per_kg: float, weight_unit: str) -> str:
    """A protein band edge as the charts label it ("1.6 g/kg", "0.73 g/lb"): 2 decimals, no
    trailing zeros, so the card, the badge, the chart and its description all agree."""
    return f"{round(g_per_kg_to_display(g_per_kg, weight_unit), 2):g} g/{weight_unit}"


# --- One conversion for any stored unit, and numbers as people write them ---------------------


def to_display(
    value: float,
    stored_unit: str,
    weight_unit: str = "kg",
    distance_unit: str = "km",
    length_unit: str = "cm",
) -> tuple[float, str]:
    """A stored value and its unit as this person reads them: kg → lb, km → mi, m → ft (for
    mile users), cm → in, s/km → s/mi; other units (%, g, bpm, s) are the same everywhere."""
    if stored_unit == "kg":
        return kg_to_display(value, weight_unit), weight_unit
    if stored_unit == "km":
        return km_to_display(value, distance_unit), distance_unit
    if stored_unit == "m":
        return m_to_display_elevation(value, distance_unit), elevation_unit(distance_unit)
    if stored_unit == "cm":
        return cm_to_display(value, length_unit), length_unit
    if stored_unit == "s/km":
        per_unit = value * KM_PER_MI if distance_unit == "mi" else value
        return per_unit, f"/{distance_unit}"
    return value, stored_unit


def plain_number(value: float, places: int = 1) -> str:
    """A number as people write it in a sentence: 80.0 → "80", 80.25 → "80.3", 10000 →
    "10,000" (thousands grouped, trailing zeros dropped)."""
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def exact_number(value: float | int | None) -> str:
    """A number for a file that is read back: repr() is the shortest text that reads back as
    the same float, so an export imports back to identical values ("" for no value)."""
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)
