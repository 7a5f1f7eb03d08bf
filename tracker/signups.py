"""Sign-ups nobody confirmed. An account is created inactive at sign-up and only works once the
emailed link is opened; if it never is, the row (an email address and a password hash) should
not stay in the database for ever. Kept for as long as its link can still be used."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from tracker.models import User


def purge_unconfirmed(*, now: dt.datetime | None = None) -> int:
    """Delete accounts whose sign-up link expired unused; the number deleted.

    Only accounts that never logged in and are not staff: an account an admin switched off keeps
    its history (it has logged in, or staff created it on purpose)."""
    now = now or timezone.now()
    # A repeated sign-up restarts the clock (it sends a new link and resets date_joined).
    expired = now - dt.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
    stale = User.objects.filter(
        is_active=False,
        last_login__isnull=True,
        is_staff=False,
        is_superuser=False,
        date_joined__lt=expired,
    )
    # Count accounts only: the total also counts rows deleted with them (stored summaries).
    _total, per_model = stale.delete()
    return per_model.get(User._meta.label, 0)
