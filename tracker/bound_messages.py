"""Messages that name a limit, in the person's language and units.

The numbers come from `tracker.bounds` (converted and rounded by `Bound.shown`); the sentences
live here, on the Django side, so they can be translated (`tracker/bounds.py` is pure and can't
import gettext). Forms raise what `out_of_range` returns; nobody types a limit into a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tracker import bounds, units
from tracker.bounds import Bound, ShownBound

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise as Promise


class UnitPreferences(Protocol):
    weight_unit: str
    distance_unit: str
    length_unit: str


# Placeholders: %(low)s, %(high)s and %(unit)s, in the person's units.
OUT_OF_RANGE: dict[str, Promise] = {
    "weight": _("Weight must be between %(low)s and %(high)s %(unit)s."),
    "body_fat": _("Body fat must be between %(low)s and %(high)s %(unit)s."),
    "protein_day": _("Protein must be between %(low)s and %(high)s %(unit)s a day."),
    "protein_add": _("Add between %(low)s and %(high)s %(unit)s."),
    "run_distance": _("Distance must be between %(low)s and %(high)s %(unit)s."),
    "run_duration": _("Duration must be between %(low)s minute and %(high)s hours."),
    "heart_rate": _("Average heart rate must be between %(low)s and %(high)s %(unit)s."),
    "elevation_gain": _("Elevation gain must be between %(low)s and %(high)s %(unit)s."),
    "max_heart_rate": _("Max heart rate must be between %(low)s and %(high)s %(unit)s."),
    "resting_heart_rate": _("Resting heart rate must be between %(low)s and %(high)s %(unit)s."),
    "height": _("Height must be between %(low)s and %(high)s %(unit)s."),
}

# A goal's target number, by the bound it is checked against.
GOAL_TARGET: dict[str, Promise] = {
    "weight": _("A weight target must be between %(low)s and %(high)s %(unit)s."),
    "body_fat": _("A body-fat target must be between %(low)s and %(high)s %(unit)s."),
    "run_distance": _("A run target must be between %(low)s and %(high)s %(unit)s."),
    "protein_add": _("A protein target must be between %(low)s and %(high)s %(unit)s a day."),
}

HEIGHT_IMPERIAL = _("Height must be between %(low)s and %(high)s.")
CIRCUMFERENCE = _("%(site)s must be between %(low)s and %(high)s %(unit)s.")
PROTEIN_DAY_TOTAL = _("That would make %(total)s g for the day; the limit is %(high)s g a day.")
PROTEIN_DAY_OVER = _("That would take the day over the %(high)s g limit.")


def shown(bound: Bound, prefs: UnitPreferences | None = None) -> ShownBound:
    """The bound's ends in this person's units (metric without a person)."""
    if bound.unit == "s":  # a duration limit is named in minutes and hours, not h:mm:ss
        return ShownBound(
            units.plain_number(bound.low / 60, 0), units.plain_number(bound.high / 3600, 0), ""
        )
    if prefs is None:
        return bound.shown()
    return bound.shown(
        weight_unit=prefs.weight_unit,
        distance_unit=prefs.distance_unit,
        length_unit=prefs.length_unit,
    )


def params(bound: Bound, prefs: UnitPreferences | None = None) -> dict[str, str]:
    ends = shown(bound, prefs)
    return {"low": ends.low, "high": ends.high, "unit": ends.unit}


def out_of_range(
    bound: Bound,
    prefs: UnitPreferences | None = None,
    *,
    messages: dict[str, Promise] = OUT_OF_RANGE,
) -> ValidationError:
    """The error for a value outside `bound`, naming its ends in the person's units."""
    return ValidationError(messages[bound.name], code="out_of_range", params=params(bound, prefs))


def goal_target_out_of_range(bound: Bound, prefs: UnitPreferences) -> ValidationError:
    return out_of_range(bound, prefs, messages=GOAL_TARGET)


def protein_day_total(total_g: float) -> ValidationError:
    return ValidationError(
        PROTEIN_DAY_TOTAL,
        code="over_daily_limit",
        params={
            "total": units.plain_number(total_g),
            "high": units.plain_number(bounds.PROTEIN_DAY.high, 0),
        },
    )


def protein_day_over() -> str:
    return str(PROTEIN_DAY_OVER) % {"high": units.plain_number(bounds.PROTEIN_DAY.high, 0)}
