"""Rate limits for actions that send email or are otherwise worth abusing.

Counts live in the database (`ThrottleEvent`), so every app server sees the same numbers
without a shared cache. Keys are hashed before they are stored. A check and its insert are not
one atomic step, so two simultaneous requests can overshoot a limit by one; that is fine for
stopping a mail relay, which needs many.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from tracker.models import ThrottleEvent

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
# Events older than this are deleted as new ones arrive: longer than every window below.
RETENTION = dt.timedelta(days=2)


@dataclass(frozen=True)
class Limit:
    scope: str
    count: int
    window: dt.timedelta


# Invitation emails: a coach inviting a team in one sitting stays well inside these.
INVITE_PER_SENDER_HOUR = Limit("invite-sender-hour", 10, HOUR)
INVITE_PER_SENDER_DAY = Limit("invite-sender-day", 30, DAY)
INVITE_PER_RECIPIENT_DAY = Limit("invite-recipient-day", 3, DAY)
INVITE_PER_IP_HOUR = Limit("invite-ip-hour", 20, HOUR)
# Password reset and sign-up emails.
RESET_PER_RECIPIENT_HOUR = Limit("reset-recipient-hour", 3, HOUR)
RESET_PER_IP_HOUR = Limit("reset-ip-hour", 10, HOUR)
SIGNUP_MAIL_PER_RECIPIENT_HOUR = Limit("signup-recipient-hour", 3, HOUR)
SIGNUP_MAIL_PER_IP_HOUR = Limit("signup-ip-hour", 10, HOUR)
# Reminder and digest mail: a backstop above what the schedule itself sends in a day.
REMINDER_MAIL_PER_RECIPIENT_DAY = Limit("reminder-recipient-day", 4, DAY)


def _digest(scope: str, key: str) -> str:
    # Keyed with SECRET_KEY so a database dump can't be matched against a list of emails.
    material = f"{settings.SECRET_KEY}\0{scope}\0{key.strip().lower()}".encode()
    return hashlib.sha256(material).hexdigest()


def allow(checks: list[tuple[Limit, str]], *, now: dt.datetime | None = None) -> bool:
    """True, and count one event against each (limit, key), if every limit has room; else False
    and count nothing (a refused attempt doesn't use up the budget further). `now` defaults to
    the clock; the reminder scheduler passes the time it is sending for."""
    now = now or timezone.now()
    digests = [(limit, _digest(limit.scope, key)) for limit, key in checks]
    with transaction.atomic():
        for limit, digest in digests:
            used = ThrottleEvent.objects.filter(
                scope=limit.scope, key=digest, created_at__gt=now - limit.window
            ).count()
            if used >= limit.count:
                return False
        ThrottleEvent.objects.bulk_create(
            [
                ThrottleEvent(scope=limit.scope, key=digest, created_at=now)
                for limit, digest in digests
            ]
        )
        ThrottleEvent.objects.filter(created_at__lt=now - RETENTION).delete()
    return True


def client_ip(request: HttpRequest) -> str:
    """The client's address as the login throttle sees it (honours AXES_PROXY_COUNT)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"
