"""The athlete's two reminder kinds: "no weigh-in for N days" and the weekly check-in summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker import trends, units
from tracker.l10n import decimal, decimal_text
from tracker.models import Goal, User, WeightEntry
from tracker.reminders.kinds import Due, Email, ReminderKind, register
from tracker.reminders.models import ReminderPreference
from tracker.reminders.schedule import daily_due, week_period, weekly_due
from tracker.selectors import summary_history
from tracker.summary import athlete_summary

WEIGH_IN = "weigh_in"
CHECKIN = "checkin"


def _local_day_joined(user: User) -> dt.date:
    return timezone.localdate(user.date_joined, timezone=user.zoneinfo)


def weigh_in_due(now: dt.datetime) -> Iterator[Due]:
    """People with the reminder on, past their hour, whose last weigh-in (or, before any, the
    day they joined) is at least N local days ago. The period is the start of the silent
    stretch, so each stretch gets one reminder and the next weigh-in starts a new one."""
    newest_day = WeightEntry.objects.filter(user=OuterRef("user")).order_by("-day").values("day")
    preferences = (
        ReminderPreference.objects.filter(weigh_in_enabled=True, user__is_active=True)
        .select_related("user")
        .annotate(last_day=Subquery(newest_day[:1]))
    )
    for pref in preferences:
        user = pref.user
        local_now = now.astimezone(user.zoneinfo)
        if not daily_due(local_now, pref.weigh_in_hour, pref.quiet_start, pref.quiet_end):
            continue
        since = pref.last_day or _local_day_joined(user)
        if (local_now.date() - since).days >= pref.weigh_in_after_days:
            yield Due(user, f"since-{since.isoformat()}")


def weigh_in_compose(user: User, period: str, now: dt.datetime) -> Email | None:
    since = dt.date.fromisoformat(period.removeprefix("since-"))
    today = now.astimezone(user.zoneinfo).date()
    days = (today - since).days
    has_weighed_in = WeightEntry.objects.filter(user=user).exists()
    if has_weighed_in:
        subject = ngettext(
            "No weigh-in for %(days)d day", "No weigh-in for %(days)d days", days
        ) % {"days": days}
    else:
        subject = _("Log your first weigh-in")
    return Email(
        subject=subject,
        template="reminders/email/weigh_in",
        context={
            "days": days,
            "last_day": since if has_weighed_in else None,
            "action_url": reverse("dashboard"),
        },
    )


def checkin_due(now: dt.datetime) -> Iterator[Due]:
    preferences = ReminderPreference.objects.filter(
        checkin_enabled=True, user__is_active=True
    ).select_related("user")
    for pref in preferences:
        local_now = now.astimezone(pref.user.zoneinfo)
        if weekly_due(
            local_now, pref.checkin_weekday, pref.checkin_hour, pref.quiet_start, pref.quiet_end
        ):
            yield Due(pref.user, week_period(local_now.date()))


def _athlete_summary(
    user: User, as_of: dt.date
) -> tuple[trends.ProgressSummary, float | None, tuple[trends.RunPoint, ...]]:
    """The one summary every screen shows (tracker.summary), the trend weight a week ago, and
    the last 4 weeks' runs (the summary's run window), from one windowed load."""
    history = summary_history(user, as_of)
    summary = athlete_summary(history, as_of)
    week_ago = trends.trend_at(trends.trend_series(history.weights), as_of - dt.timedelta(days=7))
    return summary, week_ago, history.runs


# Why the last 4 weeks' running did or did not reach the dose, in words for the email.
DOSE_REASON = {
    trends.DOSE_ENOUGH: gettext_lazy("enough: 3 or more qualifying runs a week"),
    trends.DOSE_TOO_RARE: gettext_lazy("fewer than 3 runs a week"),
    trends.DOSE_TOO_SHORT: gettext_lazy("most runs were under 30 minutes"),
    trends.DOSE_TOO_EASY: gettext_lazy("most runs were at an easy effort"),
    trends.DOSE_INTENSITY_UNKNOWN: gettext_lazy(
        "log an effort (1-10) or heart rate so runs can count"
    ),
}


def _running_dose(
    user: User, runs: tuple[trends.RunPoint, ...], as_of: dt.date
) -> trends.RunningDose | None:
    """The running dose (MYTHS.md 4f) over the 4 weeks to `as_of`, or None without runs."""
    if not runs:
        return None
    max_hr = user.max_heart_rate_for_dose(as_of)
    return trends.running_dose(runs, as_of=as_of, max_hr=max_hr.bpm if max_hr else None)


def checkin_compose(user: User, period: str, now: dt.datetime) -> Email | None:
    as_of = now.astimezone(user.zoneinfo).date()
    summary, week_ago_kg, runs = _athlete_summary(user, as_of)
    unit, dist_unit = user.weight_unit, user.distance_unit
    lines: list[dict[str, Any]] = []
    if summary.trend_weight_kg is not None:
        value = f"{decimal(units.kg_to_display(summary.trend_weight_kg, unit), 1)} {unit}"
        detail = ""
        if week_ago_kg is not None:
            change = units.kg_to_display(summary.trend_weight_kg - week_ago_kg, unit)
            detail = _("%(change)s %(unit)s since last week") % {
                "change": decimal_text(f"{change:+.1f}"),
                "unit": unit,
            }
        lines.append({"label": _("Trend weight"), "value": value, "detail": detail})
    if summary.rate is not None:
        lines.append(
            {
                "label": _("Rate over 28 days"),
                "value": decimal_text(f"{summary.rate.pct_per_week:+.2f}") + " %/" + _("week"),
                "detail": summary.rate.status_text,
            }
        )
    if summary.protein is not None:
        lines.append(
            {
                "label": _("Protein, last 7 days"),
                "value": f"{decimal(summary.protein.g_per_kg, 1)} g/kg",
                "detail": trends.PROTEIN_STATUS_TEXT[summary.protein.status],
            }
        )
    load = summary.acute_chronic
    if load.acute_km > 0 or summary.last_run is not None:
        lines.append(
            {
                "label": _("Running, last 7 days"),
                "value": f"{decimal(units.km_to_display(load.acute_km, dist_unit), 1)} {dist_unit}",
                "detail": _("%(weekly)s %(unit)s a week over the last 4 weeks")
                % {
                    "weekly": decimal(units.km_to_display(load.chronic_weekly_km, dist_unit), 1),
                    "unit": dist_unit,
                },
            }
        )
    dose = _running_dose(user, runs, as_of)
    if dose is not None:
        lines.append(
            {
                "label": _("Running dose, last 4 weeks"),
                "value": _("%(per_week)s qualifying runs a week")
                % {"per_week": decimal(dose.qualifying_per_week, 1)},
                "detail": str(DOSE_REASON.get(dose.verdict, "")),
            }
        )
    myth_goals = list(
        Goal.objects.filter(user=user, myth__isnull=False).active().select_related("myth")
    )
    if not lines and not myth_goals:
        return None  # nothing logged recently: the weigh-in reminder is the right email
    return Email(
        subject=_("Your week in Wholebody"),
        template="reminders/email/checkin",
        context={
            "lines": lines,
            "myth_goals": myth_goals,
            "fat_kg": summary.fat_kg,
            "action_url": reverse("progress"),
        },
    )


register(
    ReminderKind(
        slug=WEIGH_IN,
        label=gettext_lazy("weigh-in reminders"),
        preference_field="weigh_in_enabled",
        due=weigh_in_due,
        compose=weigh_in_compose,
    )
)
register(
    ReminderKind(
        slug=CHECKIN,
        label=gettext_lazy("weekly check-in summaries"),
        preference_field="checkin_enabled",
        due=checkin_due,
        compose=checkin_compose,
    )
)
