"""Every form's bounds (inside, at and outside each limit) in the user's own units, with the
message the user sees."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tracker.forms import (
    BodyFatForm,
    DeleteAccountForm,
    GoalForm,
    ProteinAddForm,
    ProteinForm,
    RunForm,
    SettingsForm,
    SignupForm,
    WeightForm,
)
from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry

# Late on 10 March in UTC is already 11 March in Auckland (UTC+13 in March).
NOW = dt.datetime(2026, 3, 10, 23, 30, tzinfo=dt.UTC)
TODAY_UTC = "2026-03-10"
DAY = "2026-03-01"


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def lb_user(athlete):
    athlete.weight_unit = "lb"
    athlete.save()
    return athlete


@pytest.fixture
def mi_user(athlete):
    athlete.distance_unit = "mi"
    athlete.save()
    return athlete


def errors_of(form) -> list[str]:
    assert not form.is_valid()
    return [message for messages in form.errors.values() for message in messages]


# Weight ------------------------------------------------------------------------------------

WEIGHT_KG_MESSAGE = "Weight must be between 25 and 350 kg."
WEIGHT_LB_MESSAGE = "Weight must be between 55.1 and 771.6 lb."


@pytest.mark.parametrize(
    ("typed", "kg"), [("25", 25.0), ("25.0", 25.0), ("80.4", 80.4), ("350", 350.0)]
)
def test_weight_in_kg_inside_and_at_bounds(athlete, typed, kg):
    form = WeightForm({"weight": typed, "day": DAY}, user=athlete)
    assert form.is_valid(), form.errors
    entry = form.save()
    assert entry.weight_kg == pytest.approx(kg)
    assert entry.user == athlete
    assert entry.day == dt.date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["24.9", "350.1", "0", "-80", "1e308"])
def test_weight_in_kg_outside_bounds(athlete, typed):
    form = WeightForm({"weight": typed, "day": DAY}, user=athlete)
    assert errors_of(form) == [WEIGHT_KG_MESSAGE]


@pytest.mark.parametrize(
    ("typed", "kg"),
    [
        ("55.1", 25.0),  # the lower bound as the message shows it (24.99 kg, stored as 25)
        ("55.12", 25.0021),
        ("176.4", 80.0136),
        ("771.6", 349.9919),
        ("771.62", 350.0),
    ],
)
def test_weight_in_lb_inside_and_at_bounds(lb_user, typed, kg):
    form = WeightForm({"weight": typed, "day": DAY}, user=lb_user)
    assert form.is_valid(), form.errors
    entry = form.save()
    assert entry.weight_kg == pytest.approx(kg, abs=1e-3)
    # Never stored outside the database bounds, even after rounding tolerance.
    assert 25.0 <= entry.weight_kg <= 350.0


@pytest.mark.parametrize("typed", ["55.0", "55", "771.7", "800", "25"])
def test_weight_in_lb_outside_bounds(lb_user, typed):
    form = WeightForm({"weight": typed, "day": DAY}, user=lb_user)
    assert errors_of(form) == [WEIGHT_LB_MESSAGE]


def test_weight_form_shows_existing_entry_in_users_unit(lb_user):
    entry = WeightEntry.objects.create(user=lb_user, day=dt.date(2026, 3, 1), weight_kg=80.0)
    form = WeightForm(instance=entry, user=lb_user)
    assert form.initial["weight"] == 176.4
    assert form.fields["weight"].label == "Weight (lb)"


@pytest.mark.parametrize("typed", ["nan", "inf", "-inf", "1e309", "abc", "", "80kg"])
def test_weight_rejects_non_numbers(athlete, typed):
    form = WeightForm({"weight": typed, "day": DAY}, user=athlete)
    assert "weight" in form.errors
    assert not WeightEntry.objects.exists()


# Body fat ----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2", "18.5", "75"])
def test_body_fat_inside_and_at_bounds(athlete, typed):
    form = BodyFatForm({"percent": typed, "method": "scale", "day": DAY}, user=athlete)
    assert form.is_valid(), form.errors
    assert form.save().percent == float(typed)


@pytest.mark.parametrize("typed", ["1.9", "75.1", "0", "100"])
def test_body_fat_outside_bounds(athlete, typed):
    form = BodyFatForm({"percent": typed, "method": "scale", "day": DAY}, user=athlete)
    assert errors_of(form) == ["Body fat must be between 2 and 75 %."]


def test_body_fat_unknown_method(athlete):
    form = BodyFatForm({"percent": "20", "method": "xray", "day": DAY}, user=athlete)
    assert "method" in form.errors


# Protein -----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["0", "150", "500"])
def test_protein_total_inside_and_at_bounds(athlete, typed):
    form = ProteinForm({"grams": typed, "day": DAY}, user=athlete)
    assert form.is_valid(), form.errors
    assert form.save().grams == float(typed)


@pytest.mark.parametrize("typed", ["-1", "500.1", "10000"])
def test_protein_total_outside_bounds(athlete, typed):
    form = ProteinForm({"grams": typed, "day": DAY}, user=athlete)
    assert errors_of(form) == ["Protein must be between 0 and 500 g a day."]


def test_protein_total_second_row_for_a_day_is_refused(athlete):
    ProteinEntry.objects.create(user=athlete, day=dt.date(2026, 3, 1), grams=100)
    form = ProteinForm({"grams": "50", "day": DAY}, user=athlete)
    assert errors_of(form) == [
        "You already have a protein total for that day; edit that one instead."
    ]


def test_protein_total_edit_keeps_its_own_day(athlete):
    entry = ProteinEntry.objects.create(user=athlete, day=dt.date(2026, 3, 1), grams=100)
    form = ProteinForm({"grams": "120", "day": DAY}, instance=entry, user=athlete)
    assert form.is_valid(), form.errors
    form.save()
    entry.refresh_from_db()
    assert entry.grams == 120


@pytest.mark.parametrize("typed", ["1", "30", "500"])
def test_protein_add_inside_and_at_bounds(athlete, typed):
    form = ProteinAddForm({"grams": typed, "day": DAY}, user=athlete)
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("typed", ["0", "0.5", "-20", "500.5"])
def test_protein_add_outside_bounds(athlete, typed):
    form = ProteinAddForm({"grams": typed, "day": DAY}, user=athlete)
    assert errors_of(form) == ["Add between 1 and 500 g."]


def test_protein_add_respects_the_daily_total(athlete):
    ProteinEntry.objects.create(user=athlete, day=dt.date(2026, 3, 1), grams=480)
    assert ProteinAddForm({"grams": "20", "day": DAY}, user=athlete).is_valid()
    form = ProteinAddForm({"grams": "30", "day": DAY}, user=athlete)
    assert errors_of(form) == ["That would make 510 g for the day; the limit is 500 g a day."]
    # Another day has its own total.
    assert ProteinAddForm({"grams": "30", "day": "2026-03-02"}, user=athlete).is_valid()


def test_protein_add_daily_total_is_per_user(athlete, other_athlete):
    ProteinEntry.objects.create(user=other_athlete, day=dt.date(2026, 3, 1), grams=480)
    assert ProteinAddForm({"grams": "100", "day": DAY}, user=athlete).is_valid()


# Runs --------------------------------------------------------------------------------------


def run_data(**overrides) -> dict[str, str]:
    data = {"distance": "10", "duration": "50:00", "day": DAY}
    data.update(overrides)
    return data


def test_run_valid_with_all_fields(athlete):
    form = RunForm(
        run_data(avg_heart_rate="150", elevation_gain_m="120", effort="6", note="Easy"),
        user=athlete,
    )
    assert form.is_valid(), form.errors
    run = form.save()
    assert (run.distance_km, run.duration_s, run.avg_heart_rate, run.effort) == (10, 3000, 150, 6)
    assert run.source == RunEntry.Source.MANUAL


@pytest.mark.parametrize(
    ("distance", "duration"),
    [
        ("0.1", "1:00"),  # shortest distance, shortest duration: 10:00 /km
        ("250", "36:00:00"),  # longest distance and duration: 8:38 /km
        ("1", "2:30"),  # fastest pace
        ("1", "30:00"),  # slowest pace
    ],
)
def test_run_at_bounds(athlete, distance, duration):
    form = RunForm(run_data(distance=distance, duration=duration), user=athlete)
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("distance", ["0.09", "250.1", "0", "-5"])
def test_run_distance_outside_bounds_km(athlete, distance):
    form = RunForm(run_data(distance=distance, duration="30:00"), user=athlete)
    assert "Distance must be between 0.1 and 250 km." in errors_of(form)


def test_run_distance_in_miles(mi_user):
    form = RunForm(run_data(distance="6.2", duration="50:00"), user=mi_user)
    assert form.is_valid(), form.errors
    assert form.save().distance_km == pytest.approx(9.978, abs=1e-3)
    # The bounds as the message shows them are accepted.
    assert RunForm(run_data(distance="0.06", duration="1:00"), user=mi_user).is_valid()
    assert RunForm(run_data(distance="155.3", duration="36:00:00"), user=mi_user).is_valid()


@pytest.mark.parametrize("distance", ["0.05", "155.4", "200"])
def test_run_distance_outside_bounds_miles(mi_user, distance):
    form = RunForm(run_data(distance=distance, duration="30:00"), user=mi_user)
    assert "Distance must be between 0.06 and 155.3 mi." in errors_of(form)


@pytest.mark.parametrize("duration", ["0:59", "0.5", "36:00:01", "40:00:00"])
def test_run_duration_outside_bounds(athlete, duration):
    form = RunForm(run_data(distance="1", duration=duration), user=athlete)
    assert "Duration must be between 1 minute and 36 hours." in errors_of(form)


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        ("1:75", "Minutes and seconds must be between 0 and 59."),
        ("abc", "Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30."),
        ("::", "Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30."),
        ("-5", "A duration can't be negative."),
        ("nan", "Use h:mm:ss or mm:ss, for example 1:02:15 or 45:30."),
        ("1e308", "That duration is far too long."),
        ("", "This field is required."),
    ],
)
def test_run_duration_malformed(athlete, duration, message):
    form = RunForm(run_data(duration=duration), user=athlete)
    assert form.errors["duration"] == [message]


def test_run_pace_too_fast(athlete):
    form = RunForm(run_data(distance="10", duration="24:59"), user=athlete)
    assert errors_of(form) == [
        "That is a pace of 2:30 /km, faster than the 2:30 /km limit. "
        "Check the distance and the duration."
    ]


def test_run_pace_too_slow(athlete):
    form = RunForm(run_data(distance="1", duration="30:01"), user=athlete)
    assert errors_of(form) == [
        "That is a pace of 30:01 /km, slower than the 30:00 /km limit. "
        "Check the distance and the duration."
    ]


def test_run_pace_limit_in_miles(mi_user):
    # 10 mi in 40 minutes is 4:00 /mi, i.e. 2:29 /km.
    form = RunForm(run_data(distance="10", duration="40:00"), user=mi_user)
    assert errors_of(form) == [
        "That is a pace of 4:00 /mi, faster than the 4:01 /mi limit. "
        "Check the distance and the duration."
    ]


@pytest.mark.parametrize("hr", ["30", "230"])
def test_run_heart_rate_at_bounds(athlete, hr):
    assert RunForm(run_data(avg_heart_rate=hr), user=athlete).is_valid()


@pytest.mark.parametrize("hr", ["29", "231"])
def test_run_heart_rate_outside_bounds(athlete, hr):
    form = RunForm(run_data(avg_heart_rate=hr), user=athlete)
    assert errors_of(form) == ["Average heart rate must be between 30 and 230 bpm."]


@pytest.mark.parametrize("hr", ["99999999999999999999", "-1", "150.5", "nan"])
def test_run_heart_rate_nonsense(athlete, hr):
    form = RunForm(run_data(avg_heart_rate=hr), user=athlete)
    assert "avg_heart_rate" in form.errors


@pytest.mark.parametrize(
    ("elevation", "valid"), [("0", True), ("10000", True), ("-1", False), ("10001", False)]
)
def test_run_elevation_bounds(athlete, elevation, valid):
    form = RunForm(run_data(elevation_gain_m=elevation), user=athlete)
    assert form.is_valid() is valid
    if not valid:
        assert form.errors["elevation_gain_m"] == ["Elevation gain must be between 0 and 10,000 m."]


@pytest.mark.parametrize(
    ("effort", "valid"), [("1", True), ("10", True), ("0", False), ("11", False)]
)
def test_run_effort_bounds(athlete, effort, valid):
    assert RunForm(run_data(effort=effort), user=athlete).is_valid() is valid


def test_run_note_length_limit(athlete):
    assert RunForm(run_data(note="x" * 500), user=athlete).is_valid()
    assert "note" in RunForm(run_data(note="x" * 501), user=athlete).errors


def test_run_edit_form_shows_values_in_users_units(mi_user):
    run = RunEntry.objects.create(
        user=mi_user, day=dt.date(2026, 3, 1), distance_km=16.09344, duration_s=3735
    )
    form = RunForm(instance=run, user=mi_user)
    assert form.initial["distance"] == 10.0
    assert form.initial["duration"] == "1:02:15"


# Dates -------------------------------------------------------------------------------------

FORMS_WITH_DAYS = [
    (WeightForm, {"weight": "80"}),
    (BodyFatForm, {"percent": "20", "method": "scale"}),
    (RunForm, {"distance": "10", "duration": "50:00"}),
    (ProteinForm, {"grams": "100"}),
    (ProteinAddForm, {"grams": "30"}),
]
FORM_IDS = ["weight", "body-fat", "run", "protein", "protein-add"]


@pytest.mark.parametrize(("form_class", "data"), FORMS_WITH_DAYS, ids=FORM_IDS)
def test_user_ahead_of_utc_may_log_their_today(athlete, form_class, data):
    athlete.time_zone = "Pacific/Auckland"
    form = form_class({**data, "day": "2026-03-11"}, user=athlete)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == dt.date(2026, 3, 11)


@pytest.mark.parametrize(("form_class", "data"), FORMS_WITH_DAYS, ids=FORM_IDS)
def test_utc_user_cannot_log_tomorrow(athlete, form_class, data):
    assert form_class({**data, "day": TODAY_UTC}, user=athlete).is_valid()
    form = form_class({**data, "day": "2026-03-11"}, user=athlete)
    assert form.errors["day"] == [
        "The date can't be in the future (today is 10 Mar 2026 in your time zone)."
    ]


def test_user_behind_utc_cannot_log_utc_today(athlete):
    athlete.time_zone = "America/Los_Angeles"  # 15:30 on 10 March there
    assert WeightForm({"weight": "80", "day": TODAY_UTC}, user=athlete).is_valid()
    athlete.time_zone = "Pacific/Honolulu"
    assert WeightForm({"weight": "80", "day": TODAY_UTC}, user=athlete).is_valid()
    athlete.time_zone = "Pacific/Auckland"
    form = WeightForm({"weight": "80", "day": "2026-03-12"}, user=athlete)
    assert form.errors["day"] == [
        "The date can't be in the future (today is 11 Mar 2026 in your time zone)."
    ]


@pytest.mark.parametrize(("form_class", "data"), FORMS_WITH_DAYS, ids=FORM_IDS)
def test_dates_before_1990_are_refused(athlete, form_class, data):
    assert form_class({**data, "day": "1990-01-01"}, user=athlete).is_valid()
    form = form_class({**data, "day": "1989-12-31"}, user=athlete)
    assert form.errors["day"] == ["Dates before 1 January 1990 can't be logged."]


@pytest.mark.parametrize("day", ["", "2026-02-30", "yesterday", "99999-01-01", "0001-01-01"])
def test_bad_dates_are_refused(athlete, day):
    form = WeightForm({"weight": "80", "day": day}, user=athlete)
    assert "day" in form.errors


def test_unbound_form_defaults_to_users_today(athlete):
    athlete.time_zone = "Pacific/Auckland"
    form = WeightForm(user=athlete)
    assert form.initial["day"] == dt.date(2026, 3, 11)
    assert form.fields["day"].widget.attrs["max"] == "2026-03-11"
    assert ProteinAddForm(user=athlete).initial["day"] == dt.date(2026, 3, 11)


# Goals (form only) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "valid"),
    [
        ("weight", "25", True),
        ("weight", "350", True),
        ("weight", "24.9", False),
        ("weight", "350.1", False),
        ("body_fat", "2", True),
        ("body_fat", "75", True),
        ("body_fat", "1.9", False),
        ("body_fat", "75.1", False),
        ("run", "0.1", True),
        ("run", "250", True),
        ("run", "0.09", False),
        ("run", "250.1", False),
        ("protein", "1", True),
        ("protein", "500", True),
        ("protein", "0", False),
        ("protein", "500.1", False),
    ],
)
def test_goal_target_bounds(athlete, kind, value, valid):
    form = GoalForm(
        {"text": "Get fitter this spring", "target_kind": kind, "target_value": value},
        user=athlete,
    )
    assert form.is_valid() is valid, form.errors


def test_goal_target_messages(athlete):
    def message(kind, value):
        form = GoalForm(
            {"text": "Get fitter", "target_kind": kind, "target_value": value}, user=athlete
        )
        return form.errors["target_value"]

    assert message("weight", "10") == ["A weight target must be between 25 and 350 kg."]
    assert message("body_fat", "80") == ["A body-fat target must be between 2 and 75 %."]
    assert message("run", "300") == ["A run target must be between 0.1 and 250 km."]
    assert message("protein", "600") == ["A protein target must be between 1 and 500 g a day."]
    assert message("weight", "") == ["Enter the target number, or choose “No number”."]


def test_goal_targets_in_users_units(lb_user):
    lb_user.distance_unit = "mi"
    form = GoalForm(
        {"text": "Weigh 165 lb", "target_kind": "weight", "target_value": "165"}, user=lb_user
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["target_value"] == pytest.approx(74.84, abs=0.01)
    form = GoalForm(
        {"text": "Weigh less", "target_kind": "weight", "target_value": "55.0"}, user=lb_user
    )
    assert form.errors["target_value"] == ["A weight target must be between 55.1 and 771.6 lb."]
    form = GoalForm({"text": "Run far", "target_kind": "run", "target_value": "26.2"}, user=lb_user)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["target_value"] == pytest.approx(42.165, abs=0.01)
    form = GoalForm({"text": "Run far", "target_kind": "run", "target_value": "156"}, user=lb_user)
    assert form.errors["target_value"] == ["A run target must be between 0.06 and 155.3 mi."]


def test_goal_text_and_date(athlete):
    form = GoalForm({"text": "  a  ", "target_kind": ""}, user=athlete)
    assert form.errors["text"] == ["Describe your goal in a few words."]
    form = GoalForm(
        {"text": "Feel good", "target_kind": "", "target_value": "80", "target_date": "1989-1-1"},
        user=athlete,
    )
    assert form.errors["target_date"] == ["Dates before 1 January 1990 can't be used."]
    form = GoalForm({"text": "Feel  good", "target_kind": "", "target_value": "80"}, user=athlete)
    assert form.is_valid()
    assert form.cleaned_data["text"] == "Feel good"
    # A number without a kind is dropped rather than stored meaningless.
    assert form.cleaned_data["target_value"] is None


@pytest.mark.parametrize("value", ["nan", "inf", "1e309"])
def test_goal_target_rejects_non_finite(athlete, value):
    form = GoalForm(
        {"text": "Get fitter", "target_kind": "weight", "target_value": value}, user=athlete
    )
    assert "target_value" in form.errors


# Account forms -----------------------------------------------------------------------------


def test_settings_form_time_zone_and_height(athlete):
    def form(**overrides):
        data = {"weight_unit": "kg", "distance_unit": "km", "time_zone": "Europe/Rome"}
        data.update(overrides)
        return SettingsForm(data, instance=athlete)

    assert form().is_valid()
    assert "time_zone" in form(time_zone="Mars/Olympus_Mons").errors
    assert "time_zone" in form(time_zone="localtime").errors
    assert form(height_cm="100").is_valid()
    assert form(height_cm="250").is_valid()
    assert form(height_cm="99.5").errors["height_cm"] == ["Height must be between 100 and 250 cm."]
    assert form(height_cm="251").errors["height_cm"] == ["Height must be between 100 and 250 cm."]
    assert "weight_unit" in form(weight_unit="stone").errors


def test_signup_form_does_not_reveal_an_existing_email(athlete):
    # The view answers the same way for a taken address (and mails its owner), so the form must
    # not say "already exists"; it only normalises the address.
    form = SignupForm(
        {
            "email": " ANA@Example.com ",
            "password1": "a-long-passphrase-7",
            "password2": "a-long-passphrase-7",
        }
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["email"] == "ana@example.com"


def test_delete_account_form(athlete):
    assert DeleteAccountForm(
        {"confirm": "DELETE", "password": "correct-horse-9"}, user=athlete
    ).is_valid()
    form = DeleteAccountForm({"confirm": "delete", "password": "correct-horse-9"}, user=athlete)
    assert form.errors["confirm"] == ["Type DELETE in capitals to confirm."]
    form = DeleteAccountForm({"confirm": "DELETE", "password": "wrong"}, user=athlete)
    assert form.errors["password"] == ["That password is not right."]


def test_body_fat_entry_form_saves_for_the_form_user_only(athlete, other_athlete):
    form = BodyFatForm(
        {"percent": "20", "method": "dexa", "day": DAY, "user": other_athlete.pk}, user=athlete
    )
    assert form.is_valid()
    form.save()
    assert BodyFatEntry.objects.get().user == athlete


def test_protein_total_edit_to_a_taken_day_is_refused(athlete):
    ProteinEntry.objects.create(user=athlete, day=dt.date(2026, 3, 1), grams=100)
    entry = ProteinEntry.objects.create(user=athlete, day=dt.date(2026, 3, 2), grams=80)
    form = ProteinForm({"grams": "80", "day": DAY}, instance=entry, user=athlete)
    assert form.errors["day"] == [
        "You already have a protein total for that day; edit that one instead."
    ]
