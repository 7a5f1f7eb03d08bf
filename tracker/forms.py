"""Forms for logging and editing entries, goals and settings.

Values are typed in the user's display units and converted to metric here; every bound from
DESIGN.md gets a message that names the limit in the units the user typed.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker import bound_messages, bounds, units
from tracker.fields import DecimalTextInput, LocalizedFloatField
from tracker.i18n import email_language
from tracker.l10n import day_month_year
from tracker.models import (
    BodyFatEntry,
    Goal,
    Measurement,
    ProgressPhoto,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)
from tracker.photos import process_uploads
from tracker.trends import max_heart_rate

ALL_TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class UserBoundForm(forms.ModelForm):
    """A form that knows whose data it edits: units and 'today' come from that user."""

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        if "day" in self.fields:
            today = user.local_today()
            self.fields["day"].widget = DateInput(
                attrs={"max": today.isoformat(), "min": bounds.EARLIEST_DAY.isoformat()}
            )
            if not self.is_bound and not self.initial.get("day"):
                self.initial["day"] = today

    def _get_validation_exclusions(self) -> set[str]:
        # clean_day already enforces what the models' "day >= 1990" check constraints say;
        # leaving "day" to the model would check it again with a database query per post.
        # (Every constraint naming "day" with another field also names "user", which is never a
        # form field, so Django skips those anyway.)
        exclude: set[str] = super()._get_validation_exclusions()  # type: ignore[misc]  # not in django-stubs
        exclude.add("day")
        return exclude

    def clean_day(self) -> dt.date:
        day: dt.date = self.cleaned_data["day"]
        today = self.user.local_today()
        if day > today:
            raise ValidationError(
                _("The date can't be in the future (today is %(today)s in your time zone)."),
                code="future",
                params={"today": day_month_year(today)},
            )
        if day < bounds.EARLIEST_DAY:
            raise ValidationError(_("Dates before 1 January 1990 can't be logged."), code="too_old")
        return day

    def save(self, commit: bool = True) -> Any:
        instance = super().save(commit=False)
        instance.user = self.user
        if commit:
            instance.save()
        return instance


class WeightForm(UserBoundForm):
    weight = LocalizedFloatField(label=gettext_lazy("Weight"), widget=DecimalTextInput())

    class Meta:
        model = WeightEntry
        fields = ["weight", "day"]

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        unit = user.weight_unit
        self.fields["weight"].label = _("Weight (%(unit)s)") % {"unit": unit}
        self.fields["weight"].widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        if self.instance.pk and not self.is_bound:
            self.initial["weight"] = round(units.kg_to_display(self.instance.weight_kg, unit), 1)

    def clean_weight(self) -> float:
        unit = self.user.weight_unit
        value = self.cleaned_data["weight"]
        kg = units.display_to_kg(value, unit)
        # Compare rounded to 0.01 kg so the exact bound typed in lb is accepted, and accept the
        # rounded bounds the message shows (55.1 lb is 24.99 kg).
        shown = bound_messages.shown(bounds.WEIGHT, self.user)
        if not (bounds.WEIGHT.contains(round(kg, 2)) or bounds.WEIGHT.accepts_shown(value, shown)):
            raise bound_messages.out_of_range(bounds.WEIGHT, self.user)
        return min(max(kg, bounds.WEIGHT.low), bounds.WEIGHT.high)

    def save(self, commit: bool = True) -> WeightEntry:
        self.instance.weight_kg = self.cleaned_data["weight"]
        return super().save(commit)


class BodyFatForm(UserBoundForm):
    class Meta:
        model = BodyFatEntry
        fields = ["percent", "method", "day"]
        labels = {"percent": gettext_lazy("Body fat (%)")}
        field_classes = {"percent": LocalizedFloatField}

    def clean_percent(self) -> float:
        value: float = self.cleaned_data["percent"]
        if not bounds.BODY_FAT.contains(value):
            raise bound_messages.out_of_range(bounds.BODY_FAT)
        return value


def goal_placeholder(user: User) -> str:
    """The goal box's example, in the person's own units."""
    if user.weight_unit == "lb":
        return _("e.g. Run a sub-25 5k, or lose 10 lb by summer")
    return _("e.g. Run a sub-25 5k, or lose 5 kg by summer")


class RunForm(UserBoundForm):
    distance = LocalizedFloatField(label=gettext_lazy("Distance"), widget=DecimalTextInput())
    duration = forms.CharField(
        label=gettext_lazy("Duration"),
        help_text=gettext_lazy("h:mm:ss or mm:ss"),
        widget=forms.TextInput(attrs={"placeholder": "45:30", "inputmode": "numeric"}),
    )

    class Meta:
        model = RunEntry
        fields = [
            "distance",
            "duration",
            "day",
            "avg_heart_rate",
            "elevation_gain_m",
            "effort",
            "note",
        ]
        labels = {
            "avg_heart_rate": gettext_lazy("Average heart rate (bpm)"),
            "elevation_gain_m": gettext_lazy("Elevation gain (m)"),
        }

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        self.fields["distance"].label = _("Distance (%(unit)s)") % {"unit": user.distance_unit}
        self.fields["distance"].widget.attrs["inputmode"] = "decimal"
        self.fields["effort"].widget = forms.Select(
            choices=[("", "—")] + [(n, str(n)) for n in range(1, 11)]
        )
        self.fields["effort"].help_text = _(
            "How hard it felt: 5–6 moderate (you can talk, not sing), 7–8 hard. A run of 30+ "
            "minutes at 5 or more counts toward your running dose."
        )
        if self.instance.pk and not self.is_bound:
            self.initial["distance"] = round(
                units.km_to_display(self.instance.distance_km, user.distance_unit), 2
            )
            self.initial["duration"] = units.format_duration(self.instance.duration_s)
        # Feet beside miles, metres beside kilometres (stored in metres either way).
        elevation = units.elevation_unit(user.distance_unit)
        self.fields["elevation_gain_m"].label = _("Elevation gain (%(unit)s)") % {"unit": elevation}
        if self.instance.pk and not self.is_bound and self.instance.elevation_gain_m is not None:
            self.initial["elevation_gain_m"] = round(
                units.m_to_display_elevation(self.instance.elevation_gain_m, user.distance_unit)
            )

    def clean_distance(self) -> float:
        unit = self.user.distance_unit
        value = self.cleaned_data["distance"]
        km = units.display_to_km(value, unit)
        # The rounded bounds the message shows are accepted too (0.06 mi is 0.097 km).
        bound = bounds.RUN_DISTANCE
        if not (
            bound.contains(round(km, 3))
            or bound.accepts_shown(value, bound_messages.shown(bound, self.user))
        ):
            raise bound_messages.out_of_range(bound, self.user)
        return min(max(km, bound.low), bound.high)

    def clean_duration(self) -> int:
        try:
            seconds = units.parse_duration(self.cleaned_data["duration"])
        except ValueError as error:
            raise ValidationError(_(str(error)), code="invalid") from None
        if not bounds.RUN_DURATION.contains(seconds):
            raise bound_messages.out_of_range(bounds.RUN_DURATION)
        return seconds

    def clean_avg_heart_rate(self) -> int | None:
        value = self.cleaned_data.get("avg_heart_rate")
        if value is not None and not bounds.HEART_RATE.contains(value):
            raise bound_messages.out_of_range(bounds.HEART_RATE)
        return value

    def clean_elevation_gain_m(self) -> float | None:
        value = self.cleaned_data.get("elevation_gain_m")
        if value is None:
            return None
        unit = self.user.distance_unit
        bound = bounds.ELEVATION_GAIN
        metres = units.display_elevation_to_m(value, unit)
        if not (
            bound.contains(metres)
            or bound.accepts_shown(value, bound_messages.shown(bound, self.user))
        ):
            raise bound_messages.out_of_range(bound, self.user)
        return min(max(metres, bound.low), bound.high)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        km, seconds = data.get("distance"), data.get("duration")
        if km and seconds:
            pace = seconds / km
            if not bounds.PACE.contains(pace):
                limits = bound_messages.shown(bounds.PACE, self.user)
                too_fast = pace < bounds.PACE.low
                message = (
                    _(
                        "That is a pace of %(pace)s, faster than the %(limit)s limit. "
                        "Check the distance and the duration."
                    )
                    if too_fast
                    else _(
                        "That is a pace of %(pace)s, slower than the %(limit)s limit. "
                        "Check the distance and the duration."
                    )
                )
                raise ValidationError(
                    message,
                    code="pace",
                    params={
                        "pace": units.format_pace(pace, self.user.distance_unit),
                        "limit": limits.low if too_fast else limits.high,
                    },
                )
        return data

    def save(self, commit: bool = True) -> RunEntry:
        self.instance.distance_km = self.cleaned_data["distance"]
        self.instance.duration_s = self.cleaned_data["duration"]
        return super().save(commit)


class ProteinForm(UserBoundForm):
    """Sets the total for a day (history editing)."""

    class Meta:
        model = ProteinEntry
        fields = ["grams", "day"]
        labels = {"grams": gettext_lazy("Protein (g)")}
        field_classes = {"grams": LocalizedFloatField}

    def clean_grams(self) -> float:
        value: float = self.cleaned_data["grams"]
        if not bounds.PROTEIN_DAY.contains(value):
            raise bound_messages.out_of_range(bounds.PROTEIN_DAY)
        return value

    def validate_unique(self) -> None:
        # The one-row-per-day constraint names `user`, which is not a form field, so Django's
        # own constraint validation skips it; without this check a clash reaches the database.
        super().validate_unique()
        day = self.cleaned_data.get("day")
        if (
            day is not None
            and ProteinEntry.objects.filter(user=self.user, day=day)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            self.add_error(
                "day",
                ValidationError(
                    _("You already have a protein total for that day; edit that one instead."),
                    code="duplicate_day",
                ),
            )


class ProteinAddForm(forms.Form):
    """Adds grams to a day's total (the dashboard's quick increments)."""

    grams = LocalizedFloatField(
        label=gettext_lazy("Add protein (g)"),
        widget=DecimalTextInput(attrs={"placeholder": "30"}),
    )
    day = forms.DateField(widget=DateInput())

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        today = user.local_today()
        self.fields["day"].widget.attrs.update(
            {"max": today.isoformat(), "min": bounds.EARLIEST_DAY.isoformat()}
        )
        if not self.is_bound:
            self.initial.setdefault("day", today)

    clean_day = UserBoundForm.clean_day

    def clean_grams(self) -> float:
        value: float = self.cleaned_data["grams"]
        if not bounds.PROTEIN_ADD.contains(value):
            raise bound_messages.out_of_range(bounds.PROTEIN_ADD)
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        if "grams" in data and "day" in data:
            existing = (
                ProteinEntry.objects.filter(user=self.user, day=data["day"])
                .values_list("grams", flat=True)
                .first()
            ) or 0.0
            if existing + data["grams"] > bounds.PROTEIN_DAY.high:
                raise bound_messages.protein_day_total(existing + data["grams"])
        return data


class GoalForm(forms.ModelForm):
    target_value = LocalizedFloatField(
        label=gettext_lazy("Target"),
        required=False,
    )

    class Meta:
        model = Goal
        fields = ["text", "target_kind", "target_value", "target_date"]
        labels = {
            "text": gettext_lazy("Your goal"),
            "target_kind": gettext_lazy("Measured by"),
            "target_date": gettext_lazy("By (optional)"),
        }
        widgets = {
            "text": forms.TextInput(
                attrs={"placeholder": gettext_lazy("e.g. Run a sub-25 5k, or lose 5 kg by summer")}
            ),
            "target_date": DateInput(),
        }

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["target_value"].help_text = _(
            "Weight in %(weight_unit)s, body fat in %%, run in %(distance_unit)s, "
            "protein in g a day."
        ) % {"weight_unit": user.weight_unit, "distance_unit": user.distance_unit}
        self.fields["text"].widget.attrs["placeholder"] = goal_placeholder(user)
        inst = self.instance
        if inst.pk and not self.is_bound and inst.target_value is not None:
            self.initial["target_value"] = round(
                self._to_display(inst.target_kind, inst.target_value), 1
            )

    def _to_display(self, kind: str, value: float) -> float:
        if kind == Goal.TargetKind.WEIGHT:
            return units.kg_to_display(value, self.user.weight_unit)
        if kind == Goal.TargetKind.RUN:
            return units.km_to_display(value, self.user.distance_unit)
        return value

    def clean_text(self) -> str:
        text = " ".join(self.cleaned_data["text"].split())
        if len(text) < 3:
            raise ValidationError(_("Describe your goal in a few words."), code="too_short")
        return text

    def clean_target_date(self) -> dt.date | None:
        day = self.cleaned_data.get("target_date")
        if day is not None and day < bounds.EARLIEST_DAY:
            raise ValidationError(_("Dates before 1 January 1990 can't be used."), code="too_old")
        return day

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        kind, value = data.get("target_kind", ""), data.get("target_value")
        if kind and value is None:
            self.add_error("target_value", _("Enter the target number, or choose “No number”."))
            return data
        if not kind:
            data["target_value"] = None
            return data
        if value is None:
            return data
        user = self.user
        if kind == Goal.TargetKind.WEIGHT:
            kg = units.display_to_kg(value, user.weight_unit)
            shown = bound_messages.shown(bounds.WEIGHT, user)
            if not (
                bounds.WEIGHT.contains(round(kg, 2)) or bounds.WEIGHT.accepts_shown(value, shown)
            ):
                self.add_error(
                    "target_value", bound_messages.goal_target_out_of_range(bounds.WEIGHT, user)
                )
            data["target_value"] = kg
        elif kind == Goal.TargetKind.BODY_FAT:
            if not bounds.BODY_FAT.contains(value):
                self.add_error(
                    "target_value", bound_messages.goal_target_out_of_range(bounds.BODY_FAT, user)
                )
        elif kind == Goal.TargetKind.RUN:
            km = units.display_to_km(value, user.distance_unit)
            shown = bound_messages.shown(bounds.RUN_DISTANCE, user)
            if not (
                bounds.RUN_DISTANCE.contains(round(km, 3))
                or bounds.RUN_DISTANCE.accepts_shown(value, shown)
            ):
                self.add_error(
                    "target_value",
                    bound_messages.goal_target_out_of_range(bounds.RUN_DISTANCE, user),
                )
            data["target_value"] = km
        elif kind == Goal.TargetKind.PROTEIN and not bounds.PROTEIN_ADD.contains(value):
            self.add_error(
                "target_value", bound_messages.goal_target_out_of_range(bounds.PROTEIN_ADD, user)
            )
        return data


TIME_ZONE_CHOICES = [(tz, tz.replace("_", " ")) for tz in ALL_TIME_ZONES]


class SignupForm(UserCreationForm):
    # app.js sets this from the browser (Intl) before the person types anything; it stays a
    # visible, changeable field so a wrong guess is easy to fix, and it is UTC without JS.
    time_zone = forms.ChoiceField(
        label=gettext_lazy("Time zone"),
        choices=TIME_ZONE_CHOICES,
        initial="UTC",
        required=False,
        help_text=gettext_lazy(
            "Set from this device. Your entries are dated by it; change it if it's wrong."
        ),
        widget=forms.Select(attrs={"data-browser-tz": ""}),
    )

    class Meta:
        model = User
        fields = ["email", "display_name", "time_zone"]
        labels = {"display_name": gettext_lazy("Your name")}

    field_order = ["email", "display_name", "password1", "password2", "time_zone"]

    def clean_time_zone(self) -> str:
        # A form posted without the field (an older page, a script) signs up in UTC.
        return self.cleaned_data.get("time_zone") or "UTC"

    def clean_email(self) -> str:
        # Whether the address already has an account is NOT checked here: the sign-up view
        # answers the same way either way (and mails the existing owner), so the form can't be
        # used to find out who has an account.
        return User.objects.normalize_email(self.cleaned_data["email"])

    def _get_validation_exclusions(self) -> set[str]:
        # Same reason as clean_email: skip the unique checks on email (field and case-insensitive
        # constraint); the view handles an address that is already taken.
        return super()._get_validation_exclusions() | {"email"}  # type: ignore[misc]


class TimeZoneForm(forms.Form):
    """Just the time zone, for the "your device is in another zone" offer."""

    time_zone = forms.ChoiceField(label=gettext_lazy("Time zone"), choices=TIME_ZONE_CHOICES)


def _language_choices() -> list[tuple[str, str | Promise]]:
    # Each language named in itself, so a person can find theirs whatever is showing now.
    return [("", gettext_lazy("Same as my browser")), *settings.LANGUAGES]


class SettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=gettext_lazy("Time zone"), choices=TIME_ZONE_CHOICES)
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=_language_choices,
        required=False,
        help_text=gettext_lazy("Units stay as you set them below, whatever the language."),
    )

    # The heart-rate fields, grouped on the page under their own heading.
    HEART_RATE_FIELDS = ("birth_year", "max_heart_rate", "resting_heart_rate")

    class Meta:
        model = User
        fields = [
            "display_name",
            "language",
            "weight_unit",
            "distance_unit",
            "length_unit",
            "time_zone",
            "height_cm",
            "sex",
            "body_fat_method",
            "is_coach",
            "birth_year",
            "max_heart_rate",
            "resting_heart_rate",
        ]
        field_classes = {"height_cm": LocalizedFloatField}
        labels = {
            "display_name": gettext_lazy("Your name"),
            "height_cm": gettext_lazy("Height (cm)"),
            "birth_year": gettext_lazy("Year of birth"),
            "max_heart_rate": gettext_lazy("Max heart rate (bpm), if measured"),
            "resting_heart_rate": gettext_lazy("Resting heart rate (bpm)"),
        }
        help_texts = {
            "birth_year": gettext_lazy(
                "Estimates your max heart rate (208 − 0.7 × age) when you haven't measured it."
            ),
            "max_heart_rate": gettext_lazy(
                "The highest rate you have seen in a hard race or test. A measured value beats "
                "the estimate, which can be about 10 bpm out either way."
            ),
            "resting_heart_rate": gettext_lazy(
                "Optional: your pulse on waking, for your own reference."
            ),
        }
        widgets = {
            "weight_unit": forms.RadioSelect,
            "distance_unit": forms.RadioSelect,
            "length_unit": forms.RadioSelect,
            "birth_year": forms.NumberInput(attrs={"inputmode": "numeric", "placeholder": "1990"}),
            "max_heart_rate": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "resting_heart_rate": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body_fat_method"] = forms.ChoiceField(
            label=User._meta.get_field("body_fat_method").verbose_name.capitalize(),
            choices=[("", _("Automatic")), *BodyFatEntry.Method.choices],
            required=False,
            help_text=User._meta.get_field("body_fat_method").help_text,
        )
        self.fields["sex"].help_text = _(
            "Used only for the US Navy tape-measure estimate, whose formula differs by sex."
        )
        # Older clients and scripts post settings without it: keep the current unit then.
        self.fields["length_unit"].required = False

        if self.uses_imperial:
            self._use_feet_and_inches()
        for name in self.HEART_RATE_FIELDS:
            # The model fields are positive integers, whose form fields add a ">= 0" check with
            # its own message; the clean_ methods below say the real range instead.
            self.fields[name].validators = []
        latest = self._latest_birth_year()
        self.fields["birth_year"].widget.attrs.update({"min": bounds.BIRTH_YEAR_MIN, "max": latest})
        self.fields["max_heart_rate"].widget.attrs.update(
            {"min": bounds.MAX_HEART_RATE_MIN, "max": bounds.MAX_HEART_RATE_MAX}
        )
        self.fields["resting_heart_rate"].widget.attrs.update(
            {"min": bounds.RESTING_HEART_RATE_MIN, "max": bounds.RESTING_HEART_RATE_MAX}
        )

    def _latest_birth_year(self) -> int:
        return self.instance.local_today().year - bounds.MIN_AGE_YEARS

    def clean_language(self) -> str:
        # Older clients and scripts post settings without it: keep the current language then.
        if "language" not in self.data:
            return self.instance.language
        return self.cleaned_data.get("language") or ""

    def clean_length_unit(self) -> str:
        return self.cleaned_data.get("length_unit") or self.instance.length_unit or "cm"

    @property
    def uses_imperial(self) -> bool:
        """Height in feet and inches for people who weigh in pounds or run in miles."""
        return self.instance.weight_unit == "lb" or self.instance.distance_unit == "mi"

    def _use_feet_and_inches(self) -> None:
        height = self.instance.height_cm
        self.fields["height_cm"] = forms.CharField(
            label=_("Height (ft and in)"),
            required=False,
            help_text=_("For example 5'10\" or 5 ft 10 in."),
            widget=forms.TextInput(attrs={"placeholder": "5'10\"", "autocomplete": "off"}),
        )
        if not self.is_bound:
            self.initial["height_cm"] = (
                units.format_height_imperial(height) if height is not None else ""
            )

    def clean_height_cm(self) -> float | None:
        value = self.cleaned_data.get("height_cm")
        if self.uses_imperial:
            if not value:
                return None
            try:
                value = units.parse_height_imperial(str(value))
            except ValueError as error:
                raise ValidationError(_(str(error)), code="invalid") from None
            low = units.format_height_imperial(bounds.HEIGHT.low)
            high = units.format_height_imperial(bounds.HEIGHT.high)
            # The bounds as the message shows them (whole inches) are accepted too.
            shown = units.format_height_imperial(value)
            if not (bounds.HEIGHT.contains(value) or shown in {low, high}):
                raise ValidationError(
                    bound_messages.HEIGHT_IMPERIAL,
                    code="out_of_range",
                    params={"low": low, "high": high},
                )
            return min(max(value, bounds.HEIGHT.low), bounds.HEIGHT.high)
        if value is not None and not bounds.HEIGHT.contains(value):
            raise bound_messages.out_of_range(bounds.HEIGHT)
        return value

    def clean_birth_year(self) -> int | None:
        value = self.cleaned_data.get("birth_year")
        latest = self._latest_birth_year()
        if value is not None and not bounds.BIRTH_YEAR_MIN <= value <= latest:
            raise ValidationError(
                _("Year of birth must be between %(low)s and %(high)s."),
                code="out_of_range",
                params={"low": bounds.BIRTH_YEAR_MIN, "high": latest},
            )
        return value

    def clean_max_heart_rate(self) -> int | None:
        value = self.cleaned_data.get("max_heart_rate")
        if value is not None and not bounds.MAX_HEART_RATE.contains(value):
            raise bound_messages.out_of_range(bounds.MAX_HEART_RATE)
        return value

    def clean_resting_heart_rate(self) -> int | None:
        value = self.cleaned_data.get("resting_heart_rate")
        if value is not None and not bounds.RESTING_HEART_RATE.contains(value):
            raise bound_messages.out_of_range(bounds.RESTING_HEART_RATE)
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        resting = data.get("resting_heart_rate")
        maximum = max_heart_rate(
            measured=data.get("max_heart_rate"),
            birth_year=data.get("birth_year"),
            as_of=self.instance.local_today(),
        )
        if resting is not None and maximum is not None and resting >= maximum.bpm:
            message = (
                _("Resting heart rate must be below your estimated max heart rate (%(max)s bpm).")
                if maximum.estimated
                else _("Resting heart rate must be below your max heart rate (%(max)s bpm).")
            )
            self.add_error(
                "resting_heart_rate",
                ValidationError(message, code="above_max", params={"max": maximum.bpm}),
            )
        return data


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label=gettext_lazy("Type DELETE to confirm"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    password = forms.CharField(label=gettext_lazy("Your password"), widget=forms.PasswordInput)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_confirm(self) -> str:
        if self.cleaned_data["confirm"].strip() != "DELETE":
            raise ValidationError(_("Type DELETE in capitals to confirm."))
        return "DELETE"

    def clean_password(self) -> str:
        if not self.user.check_password(self.cleaned_data["password"]):
            raise ValidationError(_("That password is not right."))
        return ""


class PhotoUploadForm(UserBoundForm):
    """Front, side and back photos for one day; at least one. The files are checked and
    re-encoded in `clean` (tracker.photo_processing), so a valid form holds processed photos."""

    front = forms.FileField(label=ProgressPhoto.Pose.FRONT.label, required=False)
    side = forms.FileField(label=ProgressPhoto.Pose.SIDE.label, required=False)
    back = forms.FileField(label=ProgressPhoto.Pose.BACK.label, required=False)

    class Meta:
        model = ProgressPhoto
        fields = ["day"]

    POSES = ("front", "side", "back")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for pose in self.POSES:
            # `capture` opens the camera on phones; desktop browsers ignore it.
            self.fields[pose].widget.attrs.update({"accept": "image/*", "capture": "environment"})
        self.processed: dict[str, Any] = {}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        uploads = {pose: data[pose] for pose in self.POSES if data.get(pose)}
        if not uploads and not self.errors:
            raise ValidationError(_("Choose at least one photo (front, side or back)."))
        processed, errors = process_uploads(uploads)
        for pose, message in errors.items():
            self.add_error(pose, message)
        self.processed = processed if not errors else {}
        return data


def _circumference_cm(site: str, value: float, unit: str) -> float:
    """The value in cm, or a ValidationError naming the site's limits in the user's unit."""
    bound = bounds.CIRCUMFERENCE[site]
    cm = units.display_to_cm(value, unit)
    if not bound.contains(round(cm, 1)):
        ends = bound.shown(length_unit=unit)
        raise ValidationError(
            bound_messages.CIRCUMFERENCE,
            code="out_of_range",
            params={
                "site": Measurement.Site(site).label,
                "low": ends.low,
                "high": ends.high,
                "unit": ends.unit,
            },
        )
    return cm


class MeasurementForm(UserBoundForm):
    """Edit one measurement (history page); the value is in the user's length unit."""

    value = LocalizedFloatField(label=gettext_lazy("Circumference"), widget=DecimalTextInput())

    class Meta:
        model = Measurement
        fields = ["site", "side", "value", "day"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit = self.user.length_unit
        self.fields["value"].label = _("Circumference (%(unit)s)") % {"unit": unit}
        self.fields["value"].widget.attrs["inputmode"] = "decimal"
        self.fields["side"].help_text = _("Only for thigh, upper arm and calf.")
        if self.instance.pk and not self.is_bound:
            self.initial["value"] = round(units.cm_to_display(self.instance.cm, unit), 1)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        site, side, value = data.get("site"), data.get("side"), data.get("value")
        if side and site and site not in Measurement.LIMBS:
            self.add_error("side", _("Left and right are only for thigh, upper arm and calf."))
        if site and value is not None:
            try:
                data["cm"] = _circumference_cm(site, value, self.user.length_unit)
            except ValidationError as error:
                self.add_error("value", error)
        return data

    def save(self, commit: bool = True) -> Measurement:
        self.instance.cm = self.cleaned_data["cm"]
        return super().save(commit)


class MeasurementLogForm(forms.Form):
    """Several sites in one go (the quick log): one optional field per site, plus a right-side
    field for each limb for people who measure both sides. At least one value."""

    day = forms.DateField()

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        unit = user.length_unit
        today = user.local_today()
        self.fields["day"].widget = DateInput(
            attrs={"max": today.isoformat(), "min": bounds.EARLIEST_DAY.isoformat()}
        )
        self.fields["day"].initial = today
        for site, label in Measurement.Site.choices:
            name = (
                label
                if site not in Measurement.LIMBS
                else _("%(site)s (left, or both)") % {"site": label}
            )
            self.fields[site] = LocalizedFloatField(
                label=_("%(name)s (%(unit)s)") % {"name": name, "unit": unit}, required=False
            )
            if site in Measurement.LIMBS:
                self.fields[f"{site}_right"] = LocalizedFloatField(
                    label=_("%(site)s (right, optional) (%(unit)s)")
                    % {"site": label, "unit": unit},
                    required=False,
                )

    def clean_day(self) -> dt.date:
        day: dt.date = self.cleaned_data["day"]
        today = self.user.local_today()
        if day > today:
            raise ValidationError(
                _("The date can't be in the future (today is %(today)s in your time zone)."),
                code="future",
                params={"today": day_month_year(today)},
            )
        if day < bounds.EARLIEST_DAY:
            raise ValidationError(_("Dates before 1 January 1990 can't be logged."), code="too_old")
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.readings: list[tuple[str, str, float]] = []
        unit = self.user.length_unit
        for site in Measurement.Site.values:
            right = data.get(f"{site}_right") if site in Measurement.LIMBS else None
            for field, side in (
                (site, "left" if right is not None else ""),
                (f"{site}_right", "right"),
            ):
                value = data.get(field)
                if value is None:
                    continue
                try:
                    self.readings.append((site, side, _circumference_cm(site, value, unit)))
                except ValidationError as error:
                    self.add_error(field, error)
        if not self.readings and not self.errors:
            raise ValidationError(_("Enter at least one measurement."))
        return data

    def save(self) -> list[Measurement]:
        day = self.cleaned_data["day"]
        rows = [
            Measurement(user=self.user, day=day, site=site, side=side, cm=cm)
            for site, side, cm in self.readings
        ]
        for row in rows:
            row.full_clean()
        return Measurement.objects.bulk_create(rows)


class QuickLogSyncForm(forms.Form):
    """The optional fields the offline queue adds to a quick-log post: the id the device gave
    the entry (so a resend is saved once), when it was logged there, and whose account it was
    logged for (a queue left by someone else on a shared phone must not land in this one)."""

    client_id = forms.UUIDField(required=False)
    logged_at = forms.DateTimeField(required=False)
    account = forms.CharField(required=False)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["client_id"].error_messages["invalid"] = gettext_lazy(
            "This entry's id from the device is not valid; log it again."
        )
        self.fields["logged_at"].error_messages["invalid"] = gettext_lazy(
            "The time this was logged on the device is not valid; log it again."
        )

    def clean_account(self) -> str:
        account: str = self.cleaned_data["account"]
        if account and account != str(self.user.pk):
            raise ValidationError(
                gettext_lazy(
                    "This was logged on this device while another account was signed in, "
                    "so it was not saved to yours."
                ),
                code="other_account",
            )
        return account


class LocalizedPasswordResetForm(PasswordResetForm):
    """Django's reset form, mailing each account in its own language (else the page's), with
    the link to the reset page in that language."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        language = email_language(context.get("user"), translation.get_language())
        with translation.override(language):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )
