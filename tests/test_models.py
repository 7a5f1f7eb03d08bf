"""Database constraints on the athlete's data: bad rows are refused by the database itself, not
only by forms, so imports and admin edits can't store them either."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tracker.models import (
    BodyFatEntry,
    Goal,
    Myth,
    ProteinEntry,
    RunEntry,
    User,
    VocabularyTerm,
    WeightEntry,
)

DAY = dt.date(2026, 3, 1)
OLD_DAY = dt.date(1989, 12, 31)


def assert_refused(model, **fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(**fields)
    assert not model.objects.filter(**{k: v for k, v in fields.items() if k != "user"}).exists()


def run_fields(user, **overrides):
    fields = {"user": user, "day": DAY, "distance_km": 10.0, "duration_s": 3000}
    fields.update(overrides)
    return fields


# Weight ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kg", [25.0, 80.0, 350.0])
def test_weight_inside_bounds_is_stored(athlete, kg):
    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=kg)
    assert WeightEntry.objects.get(user=athlete).weight_kg == kg


@pytest.mark.parametrize("kg", [24.9, 350.1, 0.0, -80.0])
def test_weight_outside_bounds_is_refused(athlete, kg):
    assert_refused(WeightEntry, user=athlete, day=DAY, weight_kg=kg)


def test_several_weigh_ins_a_day_are_allowed(athlete):
    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=80.0)
    WeightEntry.objects.create(user=athlete, day=DAY, weight_kg=80.4)
    assert WeightEntry.objects.filter(user=athlete, day=DAY).count() == 2


# Body fat ----------------------------------------------------------------------------------


@pytest.mark.parametrize("percent", [2.0, 18.5, 75.0])
def test_body_fat_inside_bounds_is_stored(athlete, percent):
    BodyFatEntry.objects.create(user=athlete, day=DAY, percent=percent)
    assert BodyFatEntry.objects.get(user=athlete).percent == percent


@pytest.mark.parametrize("percent", [1.9, 75.1, -5.0])
def test_body_fat_outside_bounds_is_refused(athlete, percent):
    assert_refused(BodyFatEntry, user=athlete, day=DAY, percent=percent)


# Protein -----------------------------------------------------------------------------------


@pytest.mark.parametrize("grams", [0.0, 150.0, 500.0])
def test_protein_inside_bounds_is_stored(athlete, grams):
    ProteinEntry.objects.create(user=athlete, day=DAY, grams=grams)
    assert ProteinEntry.objects.get(user=athlete).grams == grams


@pytest.mark.parametrize("grams", [-0.1, 500.1])
def test_protein_outside_bounds_is_refused(athlete, grams):
    assert_refused(ProteinEntry, user=athlete, day=DAY, grams=grams)


def test_protein_one_row_per_user_and_day(athlete, other_athlete):
    ProteinEntry.objects.create(user=athlete, day=DAY, grams=100)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProteinEntry.objects.create(user=athlete, day=DAY, grams=50)
    # Another day, or another user on the same day, is fine.
    ProteinEntry.objects.create(user=athlete, day=DAY - dt.timedelta(days=1), grams=50)
    ProteinEntry.objects.create(user=other_athlete, day=DAY, grams=50)
    assert ProteinEntry.objects.get(user=athlete, day=DAY).grams == 100
    assert ProteinEntry.objects.count() == 3


# Runs --------------------------------------------------------------------------------------


def test_run_inside_bounds_is_stored(athlete):
    RunEntry.objects.create(**run_fields(athlete, distance_km=0.1, duration_s=60))
    RunEntry.objects.create(
        **run_fields(
            athlete,
            distance_km=250.0,
            duration_s=36 * 3600,
            avg_heart_rate=230,
            effort=10,
        )
    )
    RunEntry.objects.create(**run_fields(athlete, avg_heart_rate=30, effort=1))
    assert RunEntry.objects.filter(user=athlete).count() == 3


@pytest.mark.parametrize(
    "overrides",
    [
        {"distance_km": 0.09},
        {"distance_km": 250.1},
        {"distance_km": 0.0},
        {"duration_s": 59},
        {"duration_s": 36 * 3600 + 1},
        {"avg_heart_rate": 29},
        {"avg_heart_rate": 231},
        {"effort": 0},
        {"effort": 11},
    ],
    ids=lambda o: "-".join(f"{k}={v}" for k, v in o.items()),
)
def test_run_outside_bounds_is_refused(athlete, overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        RunEntry.objects.create(**run_fields(athlete, **overrides))
    assert not RunEntry.objects.exists()


def test_run_optional_fields_may_be_empty(athlete):
    run = RunEntry.objects.create(**run_fields(athlete, avg_heart_rate=None, effort=None))
    assert run.avg_heart_rate is None
    assert run.pace_s_per_km == 300


def test_run_external_id_unique_per_user_when_set(athlete, other_athlete):
    RunEntry.objects.create(**run_fields(athlete, external_id="garmin-123"))
    with pytest.raises(IntegrityError), transaction.atomic():
        RunEntry.objects.create(**run_fields(athlete, external_id="garmin-123"))
    # The same id for another athlete is a different run.
    RunEntry.objects.create(**run_fields(other_athlete, external_id="garmin-123"))
    assert RunEntry.objects.filter(external_id="garmin-123").count() == 2


def test_run_empty_external_id_is_not_unique(athlete):
    RunEntry.objects.create(**run_fields(athlete, external_id=""))
    RunEntry.objects.create(**run_fields(athlete, external_id=""))
    assert RunEntry.objects.filter(user=athlete, external_id="").count() == 2


# Dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (WeightEntry, {"weight_kg": 80.0}),
        (BodyFatEntry, {"percent": 20.0}),
        (ProteinEntry, {"grams": 100.0}),
        (RunEntry, {"distance_km": 10.0, "duration_s": 3000}),
    ],
    ids=["weight", "body-fat", "protein", "run"],
)
def test_days_before_1990_are_refused(athlete, model, fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(user=athlete, day=OLD_DAY, **fields)
    model.objects.create(user=athlete, day=dt.date(1990, 1, 1), **fields)
    assert model.objects.filter(user=athlete).count() == 1


# Goals, vocabulary, users ------------------------------------------------------------------


def test_goal_with_target_kind_needs_a_value(athlete):
    with pytest.raises(IntegrityError), transaction.atomic():
        Goal.objects.create(user=athlete, text="Weigh 75 kg", target_kind="weight")
    Goal.objects.create(user=athlete, text="Weigh 75 kg", target_kind="weight", target_value=75)
    Goal.objects.create(user=athlete, text="Feel fitter")
    assert Goal.objects.filter(user=athlete).count() == 2


def test_vocabulary_term_unique_per_language_and_kind(db):
    VocabularyTerm.objects.create(language="en", kind="area", term="zz-test-belly", area="belly")
    with pytest.raises(IntegrityError), transaction.atomic():
        VocabularyTerm.objects.create(
            language="en", kind="area", term="zz-test-belly", area="belly"
        )
    VocabularyTerm.objects.create(language="it", kind="area", term="zz-test-belly", area="belly")
    VocabularyTerm.objects.create(language="en", kind="intent", term="zz-test-belly")
    assert VocabularyTerm.objects.filter(term="zz-test-belly").count() == 3


def test_myth_slug_is_unique(db):
    Myth.objects.create(slug="zz-test-myth", title="Spot", claim="c", reality="r", instead="i")
    with pytest.raises(IntegrityError), transaction.atomic():
        Myth.objects.create(
            slug="zz-test-myth", title="Spot 2", claim="c", reality="r", instead="i"
        )


def test_user_email_is_unique_and_lowercased(athlete):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("ana@example.com", "another-pass-77")
    user = User.objects.create_user("Bea@Example.COM", "another-pass-77")
    assert user.email == "bea@example.com"


def test_user_needs_an_email(db):
    with pytest.raises(ValueError, match="email address is required"):
        User.objects.create_user("", "another-pass-77")


def test_user_with_unknown_zone_falls_back_to_utc(athlete):
    athlete.time_zone = "Not/AZone"
    assert athlete.zoneinfo is dt.UTC
    assert athlete.name == "Ana"
