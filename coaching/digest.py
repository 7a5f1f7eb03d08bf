"""The coach's weekly digest email: who needs attention and why, who improved, who stopped
logging, and invitations still open — one email for the whole roster.

The reasons are the roster's own rows and flags (`coaching.roster.roster_rows`, with their
explanations), so the digest says exactly what the roster page says. Each digest records the
flags it reported; "improved" means a flag the previous digest reported is gone now, and flags it
did not report are marked new. Registered as a reminder kind in `CoachingConfig`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from coaching.models import Invitation
from coaching.roster import FLAG_NO_WEIGH_IN, Flag, roster_rows
from tracker.models import User
from tracker.reminders.kinds import Due, Email, ReminderKind, register
from tracker.reminders.models import Delivery, ReminderPreference
from tracker.reminders.schedule import week_period, weekly_due

COACH_DIGEST = "coach_digest"


@dataclass(frozen=True)
class DigestClient:
    athlete: User
    flags: list[Flag]  # the roster's flags now (attention), or those gone since the last digest
    new_codes: frozenset[str] = frozenset()  # flags the previous digest did not report

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
    # What this digest reported, per client id: {"123": {"low_protein": "Low protein"}}.
    reported: dict[str, dict[str, str]]

    @property
    def is_empty(self) -> bool:
        return not self.client_count and not self.pending_invitations


def _previous_report(coach: User, period: str) -> dict[str, dict[str, str]] | None:
    """The flags the coach's last sent digest reported, or None before the first one."""
    previous = (
        Delivery.objects.filter(user=coach, kind=COACH_DIGEST, status=Delivery.Status.SENT)
        .exclude(period=period)
        .order_by("-claimed_at")
        .values_list("record", flat=True)
        .first()
    )
    return previous if isinstance(previous, dict) else None


def coach_digest(coach: User, now: dt.datetime, *, period: str = "") -> CoachDigest:
    """The digest as of `now`: the roster's rows (a fixed number of queries however many
    clients), compared with what the previous digest reported."""
    rows = sorted(roster_rows(coach), key=lambda row: row.athlete.name.lower())
    before = _previous_report(coach, period)
    attention, improved, stopped = [], [], []
    reported: dict[str, dict[str, str]] = {}
    for row in rows:
        key = str(row.athlete.pk)
        reported[key] = {flag.code: flag.label for flag in row.flags}
        codes = set(reported[key])
        # Before a first digest nothing is "new": there is nothing to compare with.
        new_codes = frozenset(codes - set(before.get(key, {}))) if before else frozenset()
        no_weigh_in = [flag for flag in row.flags if flag.code == FLAG_NO_WEIGH_IN]
        others = [flag for flag in row.flags if flag.code != FLAG_NO_WEIGH_IN]
        if no_weigh_in:
            stopped.append(DigestClient(row.athlete, no_weigh_in, new_codes))
        if others:
            attention.append(DigestClient(row.athlete, others, new_codes))
        last_time = (before or {}).get(key, {})
        gone = {code: label for code, label in last_time.items() if code not in codes}
        if gone:
            improved.append(
                DigestClient(row.athlete, [Flag(code, label, "") for code, label in gone.items()])
            )
    pending = list(Invitation.objects.filter(coach=coach).pending(now).order_by("expires_at"))
    return CoachDigest(coach, len(rows), attention, improved, stopped, pending, reported)


def digest_due(now: dt.datetime) -> Iterator[Due]:
    """Coaches with the digest on (the default), on their day and hour, outside quiet hours."""
    coaches = (
        User.objects.filter(is_coach=True, is_active=True)
        .filter(Q(reminder_preference__isnull=True) | Q(reminder_preference__digest_enabled=True))
        .select_related("reminder_preference")
    )
    for coach in coaches:
        try:
            pref = coach.reminder_preference
        except ReminderPreference.DoesNotExist:
            pref = ReminderPreference(user=coach)
        local_now = now.astimezone(coach.zoneinfo)
        if weekly_due(
            local_now, pref.digest_weekday, pref.digest_hour, pref.quiet_start, pref.quiet_end
        ):
            yield Due(coach, week_period(local_now.date()))


def digest_compose(coach: User, period: str, now: dt.datetime) -> Email | None:
    digest = coach_digest(coach, now, period=period)
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
        record=digest.reported,
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
