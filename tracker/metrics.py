"""The four logged metrics, described once so history, editing and deletion share one code path."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms as django_forms
from django.db import models

from tracker import forms
from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry


@dataclass(frozen=True)
class Metric:
    slug: str  # in URLs: /history/<slug>/
    label: str  # "Weight"
    noun: str  # "weigh-in": used in messages
    model: type[models.Model]
    form: type[django_forms.ModelForm]


METRICS: dict[str, Metric] = {
    m.slug: m
    for m in (
        Metric("weight", "Weight", "weigh-in", WeightEntry, forms.WeightForm),
        Metric("body-fat", "Body fat", "body-fat reading", BodyFatEntry, forms.BodyFatForm),
        Metric("runs", "Runs", "run", RunEntry, forms.RunForm),
        Metric("protein", "Protein", "protein day", ProteinEntry, forms.ProteinForm),
    )
}
