"""Entry models skip the check constraints that name a field left out of validation (Django
would compile a query and catch the FieldError for each): the same errors as Django's own
validation, for every entry model, every constraint and any set of left-out fields."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from tracker.metrics import METRICS
from tracker.models import Entry, WeightEntry, check_constraint_fields

pytestmark = pytest.mark.django_db

ENTRY_MODELS = sorted({metric.model for metric in METRICS.values()}, key=lambda m: m.__name__)


def _errors(call) -> dict[str, list[str]] | None:
    try:
        call()
    except ValidationError as error:
        return {key: sorted(str(m) for m in value) for key, value in error.message_dict.items()}
    return None


def _bad_instance(model: type[Entry], user) -> Entry:
    """An instance breaking every check it can: numbers far out of range, a day before 1990."""
    instance = model(user=user, day=dt.date(1980, 1, 1))
    for field in model._meta.concrete_fields:
        if isinstance(field, models.FloatField | models.IntegerField) and not field.primary_key:
            setattr(instance, field.attname, 10**7)
    return instance


@pytest.mark.parametrize("model", ENTRY_MODELS, ids=lambda m: m.__name__)
def test_the_same_errors_as_djangos_validation_for_any_left_out_fields(model, athlete):
    instance = _bad_instance(model, athlete)
    names = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    subsets = [
        set(combo) for size in (0, 1, 2) for combo in itertools.combinations(names, size)
    ] + [set(names)]
    for exclude in subsets:
        ours = _errors(lambda left_out=exclude: instance.validate_constraints(exclude=left_out))
        djangos = _errors(
            lambda left_out=exclude: models.Model.validate_constraints(instance, exclude=left_out)
        )
        assert ours == djangos, (model.__name__, exclude)
    assert _errors(lambda: instance.validate_constraints()) is not None  # nothing left out


def test_a_weigh_in_form_save_checks_no_constraint_it_cannot(athlete, monkeypatch):
    """The quick-log weight form leaves weight_kg and day to its own clean: Django's check of
    those two constraints is not even attempted."""
    from django.db.models import Q

    from tracker.forms import WeightForm

    attempted = []
    check = Q.check
    monkeypatch.setattr(
        Q, "check", lambda self, *a, **k: attempted.append(self) or check(self, *a, **k)
    )
    form = WeightForm({"weight": "80.5", "day": dt.date.today().isoformat()}, user=athlete)
    assert form.is_valid(), form.errors
    assert attempted == []
    assert check_constraint_fields(WeightEntry._meta.constraints[0]) == {"weight_kg"}


def test_a_condition_with_an_expression_is_always_validated():
    constraint = models.CheckConstraint(
        condition=Q(weight_kg__lte=models.F("day")), name="expression"
    )
    assert check_constraint_fields(constraint) == frozenset()
