"""Shared test factories: one valid entry of each registered metric, with overridable fields.

`FACTORIES` is keyed by the registry's slugs (tracker.metrics.METRICS); a test that needs "an
entry of every metric" iterates over the registry and calls `make_entry`, so a new metric needs
one factory here and nothing else in the tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tracker.models import BodyFatEntry, Measurement, ProteinEntry, RunEntry, User, WeightEntry

Factory = Callable[..., Any]


def weight_entry(user: User, day: dt.date, **fields: Any) -> WeightEntry:
    return WeightEntry.objects.create(user=user, day=day, **{"weight_kg": 80.0, **fields})


def body_fat_entry(user: User, day: dt.date, **fields: Any) -> BodyFatEntry:
    values = {"percent": 18.5, "method": BodyFatEntry.Method.SCALE, **fields}
    return BodyFatEntry.objects.create(user=user, day=day, **values)


def run_entry(user: User, day: dt.date, **fields: Any) -> RunEntry:
    values = {"distance_km": 6.0, "duration_s": 2400, **fields}
    return RunEntry.objects.create(user=user, day=day, **values)


def protein_entry(user: User, day: dt.date, **fields: Any) -> ProteinEntry:
    return ProteinEntry.objects.create(user=user, day=day, **{"grams": 120.0, **fields})


def measurement(user: User, day: dt.date, **fields: Any) -> Measurement:
    values = {"site": Measurement.Site.WAIST, "cm": 84.5, **fields}
    return Measurement.objects.create(user=user, day=day, **values)


FACTORIES: dict[str, Factory] = {
    "weight": weight_entry,
    "body-fat": body_fat_entry,
    "runs": run_entry,
    "protein": protein_entry,
    "measurements": measurement,
}


def make_entry(slug: str, user: User, day: dt.date | None = None, **fields: Any) -> Any:
    """One entry of the metric `slug` for `user` (today in their time zone by default)."""
    return FACTORIES[slug](user, day or user.local_today(), **fields)
