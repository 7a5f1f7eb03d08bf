"""The four logged metrics, described once so history, editing and deletion share one code path."""

from __future__ import annotations

from dataclasses import dataclass

from tracker import forms
from tracker.models import BodyFatEntry, Entry, Measurement, ProteinEntry, RunEntry, WeightEntry


@dataclass(frozen=True)
class Metric:
    slug: str  # in URLs: /history/<slug>/
    label: str  # "Weight"
    noun: str  # "weigh-in": used in messages
    model: type[Entry]
    form: type[forms.UserBoundForm]


METRICS: dict[str, Metric] = {
    m.slug: m
    for m in (
        Metric("weight", "Weight", "weigh-in", WeightEntry, forms.WeightForm),
        Metric("body-fat", "Body fat", "body-fat reading", BodyFatEntry, forms.BodyFatForm),
        Metric("runs", "Runs", "run", RunEntry, forms.RunForm),
        Metric("protein", "Protein", "protein day", ProteinEntry, forms.ProteinForm),
        Metric("measurements", "Measurements", "measurement", Measurement, forms.MeasurementForm),
    )
}
