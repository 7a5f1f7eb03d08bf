"""The registry of reminder email kinds: who is due now, and what their email says.

Each app registers its kinds (tracker: weigh-in and check-in; coaching: the coach digest) so the
scheduler in `sending` needs no import of the coaching app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise

from tracker.models import User
from tracker.reminders.models import ReminderPreference


@dataclass(frozen=True)
class Due:
    """`user` should get this kind's email for `period` (a key such as "2026-W13")."""

    user: User
    period: str


@dataclass(frozen=True)
class Email:
    """A composed email: subject, and the context for `<template>.txt` / `<template>.html`."""

    subject: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    # Kept on the Delivery row once sent, for the next email of the kind to compare with.
    record: Any = None


@dataclass(frozen=True)
class ReminderKind:
    slug: str
    label: str | Promise  # "weigh-in reminders", for the unsubscribe page
    preference_field: str  # the ReminderPreference boolean that unsubscribing turns off
    due: Callable[[dt.datetime], Iterable[Due]]
    # None when there is nothing worth sending this period (the delivery is marked skipped).
    compose: Callable[[User, str, dt.datetime], Email | None]


REGISTRY: dict[str, ReminderKind] = {}


def register(kind: ReminderKind) -> ReminderKind:
    REGISTRY[kind.slug] = kind
    return kind


def preference_of(user: User) -> ReminderPreference:
    """The user's saved choices, or the defaults (unsaved) if they never changed them."""
    try:
        return user.reminder_preference
    except ReminderPreference.DoesNotExist:
        return ReminderPreference(user=user)
