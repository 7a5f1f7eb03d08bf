"""The reminder choices form on Settings."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.reminders.models import ReminderPreference
from tracker.reminders.schedule import in_quiet_hours


class ReminderPreferenceForm(forms.ModelForm):
    class Meta:
        model = ReminderPreference
        fields = [
            "weigh_in_enabled",
            "weigh_in_after_days",
            "weigh_in_hour",
            "checkin_enabled",
            "checkin_weekday",
            "checkin_hour",
            "digest_enabled",
            "digest_weekday",
            "digest_hour",
            "quiet_start",
            "quiet_end",
        ]
        error_messages = {
            "weigh_in_after_days": {
                "min_value": gettext_lazy("Choose between 1 and 30 days."),
                "max_value": gettext_lazy("Choose between 1 and 30 days."),
            }
        }

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what clean() returns, typed as never None
        start, end = data.get("quiet_start"), data.get("quiet_end")
        if start is None or end is None:
            return data
        for enabled, hour_field in (
            ("weigh_in_enabled", "weigh_in_hour"),
            ("checkin_enabled", "checkin_hour"),
            ("digest_enabled", "digest_hour"),
        ):
            hour = data.get(hour_field)
            if data.get(enabled) and hour is not None and in_quiet_hours(hour, start, end):
                self.add_error(
                    hour_field,
                    _(
                        "%(hour)02d:00 is inside your quiet hours (%(start)02d:00–%(end)02d:00). "
                        "Choose another time or change the quiet hours."
                    )
                    % {"hour": hour, "start": start, "end": end},
                )
        return data
