"""Weigh-in times and same-day corrections.

A weigh-in's time is its `created_at`: the device's time when the quick-log post carried one
(an offline-queued weigh-in reaches the server later than it was made), else the server's. The
time is shown only when it falls on the entry's own day in the athlete's zone: an entry logged
for another day, or imported later, has no meaningful time of day.

Someone who types 187.4 lb and then 186.0 lb a minute later is correcting a typo or a wobbly
scale, not weighing twice. Both are kept (the day's mean counts, as before) unless they accept
the offer to replace the earlier one. The offer is made when the new weigh-in is dated today, an
earlier one of the same day was made at most `REPLACE_WINDOW` before it, and the two differ by
more than `REPLACE_THRESHOLD_KG` (kg users) or `REPLACE_THRESHOLD_LB` (lb users), compared as
shown (one decimal) so the threshold means what the person sees. Ordinary morning-to-evening
swings are hours apart; a real change within 15 minutes rarely exceeds a few hundred grams.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from tracker import selectors, units
from tracker.l10n import decimal_text
from tracker.models import User, WeightEntry
from tracker.templatetags.wholebody import weight

REPLACE_WINDOW = dt.timedelta(minutes=15)
REPLACE_THRESHOLD_KG = 0.5
REPLACE_THRESHOLD_LB = 1.0
# A device clock ahead of the server's by more than this is not trusted.
DEVICE_CLOCK_SLACK = dt.timedelta(minutes=5)


def recorded_at(logged_at: dt.datetime | None) -> dt.datetime:
    """When a weigh-in was made: the device's time if it sent a plausible one, else now."""
    now = timezone.now()
    if logged_at is None or logged_at > now + DEVICE_CLOCK_SLACK:
        return now
    return min(logged_at, now)


def local_time(entry: WeightEntry, user: User) -> dt.datetime | None:
    """The entry's time in the athlete's zone, or None when it is not on the entry's day."""
    local = timezone.localtime(entry.created_at, user.zoneinfo)
    return local if local.date() == entry.day else None


def time_text(moment: dt.datetime) -> str:
    """A time of day as the language writes it; English as a 24-hour "07:12" like the rest."""
    if get_language() in (None, "en"):
        return date_format(moment, "H:i")
    return date_format(moment, "TIME_FORMAT")


def entry_time_text(entry: WeightEntry, user: User) -> str:
    """The entry's time of day for display ("07:12"), or "" when it has none."""
    local = local_time(entry, user)
    return time_text(local) if local else ""


def weight_text(weight_kg: float, user: User) -> str:
    """A weight in the athlete's unit and the language's decimals: "187,4 lb"."""
    return decimal_text(weight(weight_kg, user.weight_unit))


def _shown(weight_kg: float, user: User) -> float:
    return round(units.kg_to_display(weight_kg, user.weight_unit), 1)


def differs_a_lot(earlier: WeightEntry, later: WeightEntry, user: User) -> bool:
    threshold = (
        REPLACE_THRESHOLD_LB if user.weight_unit == User.WeightUnit.LB else REPLACE_THRESHOLD_KG
    )
    gap = abs(_shown(earlier.weight_kg, user) - _shown(later.weight_kg, user))
    return round(gap, 1) > threshold


@dataclass(frozen=True)
class ReplaceOffer:
    """Replace `earlier` (made at `time`, weighing `earlier_weight`) with `later`, the
    weigh-in just logged."""

    earlier: WeightEntry
    later: WeightEntry
    time: str
    earlier_weight: str


def replace_offer(later: WeightEntry, user: User) -> ReplaceOffer | None:
    """The offer to replace an earlier weigh-in with `later`, if it looks like a correction."""
    if later.user_id != user.pk or later.day != user.local_today():
        return None
    earlier = (
        WeightEntry.objects.for_user(user)
        .filter(
            day=later.day,
            created_at__lte=later.created_at,
            created_at__gte=later.created_at - REPLACE_WINDOW,
        )
        .exclude(pk=later.pk)
        .order_by("-created_at", "-pk")
        .first()
    )
    return _offer(earlier, later, user)


def _offer(earlier: WeightEntry | None, later: WeightEntry, user: User) -> ReplaceOffer | None:
    """The offer to replace `earlier` (the candidate :func:`replace_offer` found) with `later`."""
    if earlier is None or not differs_a_lot(earlier, later, user):
        return None
    time = entry_time_text(earlier, user)
    if not time:  # made on another local day (a device clock off by hours): no "today's" then
        return None
    return ReplaceOffer(
        earlier=earlier,
        later=later,
        time=time,
        earlier_weight=weight_text(earlier.weight_kg, user),
    )


# Weigh-ins read after logging one dated today: from today on there are a handful at most.
_LOGGED_ROWS = 20


def _is_candidate(entry: WeightEntry, later: WeightEntry) -> bool:
    """Whether `entry` is an earlier weigh-in that `later` may correct (see the module doc)."""
    return (
        entry.pk != later.pk
        and entry.day == later.day
        and later.created_at - REPLACE_WINDOW <= entry.created_at <= later.created_at
    )


def after_logging(later: WeightEntry, user: User) -> tuple[WeightEntry | None, ReplaceOffer | None]:
    """What the weight card shows once `later` is saved: the latest weigh-in and the offer to
    replace the one `later` corrects (or None).

    One query when `later` is today's (the usual quick-log): the weigh-ins from its day on hold
    both the latest one and the candidate, newest first as :func:`replace_offer` reads them.
    """
    if later.user_id != user.pk or later.day != user.local_today():
        return WeightEntry.objects.for_user(user).first(), None
    recent = selectors.weigh_ins_since(user, later.day, _LOGGED_ROWS)
    if not recent or len(recent) == _LOGGED_ROWS:  # deleted meanwhile, or an odd pile of them
        return WeightEntry.objects.for_user(user).first(), replace_offer(later, user)
    earlier = next((entry for entry in recent if _is_candidate(entry, later)), None)
    return recent[0], _offer(earlier, later, user)


def replace_weigh_in(*, earlier: WeightEntry, later: WeightEntry) -> None:
    """Delete `earlier` in favour of `later`. A model delete, like History's Delete, so every
    write hook (the stored athlete summary) sees it exactly as any other delete."""
    with transaction.atomic():
        earlier.delete()
