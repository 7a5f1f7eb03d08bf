"""The coach's weekly digest email: who needs attention and why, who improved, who stopped
logging, and invitations still open — one email for the whole roster.

The reasons are the roster's own flags (`coaching.roster.client_flags`, with their
explanations), computed for today and for a week ago from one bulk load, so "improved" means a
flag the roster showed last week is gone now. Registered as a reminder kind in `CoachingConfig`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from coaching.models import CoachingLink, Invitation
from coaching.roster import (
    CHRONIC_DAYS,
    FLAG_NO_WEIGH_IN,
    HISTORY_DAYS,
    PROTEIN_WINDOW_DAYS,
    ClientHistory,
    Flag,
    client_flags,
    load_histories,
)
from tracker.models import User
from tracker.reminders.kinds import Due, Email, ReminderKind, register
from tracker.reminders.models import ReminderPreference
from tracker.reminders.schedule import week_period, weekly_due
from tracker.trends import summary_from_trends, trend_series

COACH_DIGEST = "coach_digest"
WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class DigestClient:
    athlete: User
    flags: list[Flag]  # the roster's flags now (attention) or those gone since last week
    new_codes: frozenset[str] = frozenset()  # flags that were not there a week ago

    @property
    def url(self) -> str:
        return reverse("client_detail", args=[self.athlete.pk])


@dataclass(frozen=True)
class CoachDigest:
    coach: User
    client_count: int
    attention: list[DigestClient]
    improved: list[DigestClient]
    stopped_logging: list[DigestClient]
    pending_invitations: list[Invitation]

    @property
    def is_empty(self) -> bool:
        return not self.client_count and not self.pending_invitations


def _flags_as_of(history: ClientHistory, as_of: dt.date, weight_unit: str) -> list[Flag]:
    weights = [(day, kg) for day, kg in history.weights if day <= as_of]
    summary = summary_from_trends(
        trend_series(weights),
        trend_series((day, pct) for day, pct in history.body_fats if day <= as_of),
        [(day, grams) for day, grams in history.protein_days if day <= as_of],
        history.runs,
        as_of,
        with_energy=False,
    )
    last = history.last_weigh_in
    if last is not None and last > as_of:
        # A week ago: the newest weigh-in up to then (older ones are outside the loaded window
        # only if there were none in it, and then the all-time last one is older still).
        last = max((day for day, _ in weights), default=None)
    return client_flags(summary, history.goals, last, weight_unit=weight_unit)


def coach_digest(coach: User, now: dt.datetime) -> CoachDigest:
    """The digest as of `now`, each client judged on their own local day. A fixed number of
    queries however many clients (the roster's bulk loader)."""
    links = list(CoachingLink.objects.active().filter(coach=coach).select_related("athlete"))
    athletes = sorted((link.athlete for link in links), key=lambda athlete: athlete.name.lower())
    attention, improved, stopped = [], [], []
    if athletes:
        today = {athlete.pk: now.astimezone(athlete.zoneinfo).date() for athlete in athletes}
        earliest = min(today.values()) - WEEK
        histories = load_histories(
            athletes,
            earliest - dt.timedelta(days=HISTORY_DAYS),
            protein_since=earliest - dt.timedelta(days=PROTEIN_WINDOW_DAYS - 1),
            runs_since=earliest - dt.timedelta(days=CHRONIC_DAYS - 1),
        )
        for athlete in athletes:
            history = histories[athlete.pk]
            as_of = today[athlete.pk]
            now_flags = _flags_as_of(history, as_of, coach.weight_unit)
            then_codes = {f.code for f in _flags_as_of(history, as_of - WEEK, coach.weight_unit)}
            now_codes = {flag.code for flag in now_flags}
            new_codes = frozenset(now_codes - then_codes)
            no_weigh_in = [flag for flag in now_flags if flag.code == FLAG_NO_WEIGH_IN]
            others = [flag for flag in now_flags if flag.code != FLAG_NO_WEIGH_IN]
            if no_weigh_in:
                stopped.append(DigestClient(athlete, no_weigh_in, new_codes))
            if others:
                attention.append(DigestClient(athlete, others, new_codes))
            gone = then_codes - now_codes
            if gone:
                then_flags = _flags_as_of(history, as_of - WEEK, coach.weight_unit)
                improved.append(DigestClient(athlete, [f for f in then_flags if f.code in gone]))
    pending = list(
        Invitation.objects.filter(
            coach=coach, accepted__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).order_by("expires_at")
    )
    return CoachDigest(coach, len(athletes), attention, improved, stopped, pending)


def digest_due(now: dt.datetime) -> Iterator[Due]:
    """Coaches with the digest on (the default), on their day and hour, outside quiet hours."""
    coaches = (
        User.objects.filter(is_coach=True, is_active=True)
        .filter(Q(reminder_preference__isnull=True) | Q(reminder_preference__digest_enabled=True))
        .select_related("reminder_preference")
    )
    for coach in coaches:
        try:
            pref = coach.reminder_preference  # type: ignore[attr-defined]
        except ReminderPreference.DoesNotExist:
            pref = ReminderPreference(user=coach)
        local_now = now.astimezone(coach.zoneinfo)
        if weekly_due(
            local_now, pref.digest_weekday, pref.digest_hour, pref.quiet_start, pref.quiet_end
        ):
            yield Due(coach, week_period(local_now.date()))


def digest_compose(coach: User, period: str, now: dt.datetime) -> Email | None:
    digest = coach_digest(coach, now)
    if digest.is_empty:
        return None  # no clients and no open invitations: nothing to say
    count = len({c.athlete.pk for c in [*digest.attention, *digest.stopped_logging]})
    if count:
        subject = ngettext(
            "Your clients this week: %(count)d needs attention",
            "Your clients this week: %(count)d need attention",
            count,
        ) % {"count": count}
    else:
        subject = _("Your clients this week: all on track")
    return Email(
        subject=subject,
        template="coaching/email/digest",
        context={"digest": digest, "action_url": reverse("roster")},
    )


def register_digest() -> None:
    register(
        ReminderKind(
            slug=COACH_DIGEST,
            label=gettext_lazy("weekly coach digests"),
            preference_field="digest_enabled",
            due=digest_due,
            compose=digest_compose,
        )
    )
