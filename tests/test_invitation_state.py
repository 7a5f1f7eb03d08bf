"""An invitation's state is decided in one place (issue 11): `Invitation.state()` for one row
and `Invitation.objects.pending()` for many agree on every kind of invitation."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from coaching.models import Invitation


def test_state_and_the_pending_queryset_agree(coach_user, athlete):
    now = timezone.now()
    later, earlier = now + dt.timedelta(days=3), now - dt.timedelta(days=1)
    rows = {
        Invitation.State.PENDING: Invitation(coach=coach_user, expires_at=later),
        Invitation.State.EXPIRED: Invitation(coach=coach_user, expires_at=earlier),
        Invitation.State.WITHDRAWN: Invitation(coach=coach_user, expires_at=later, revoked_at=now),
        Invitation.State.ACCEPTED: Invitation(
            coach=coach_user,
            expires_at=later,
            responded_at=now,
            accepted=True,
            responded_by=athlete,
        ),
        # An answer wins over a later expiry.
        Invitation.State.DECLINED: Invitation(
            coach=coach_user, expires_at=earlier, responded_at=now, accepted=False
        ),
    }
    for invitation in rows.values():
        invitation.save()
    for state, invitation in rows.items():
        assert invitation.state(now) == state
        assert invitation.is_usable == (state == Invitation.State.PENDING)
    pending = set(Invitation.objects.filter(coach=coach_user).pending(now))
    assert pending == {rows[Invitation.State.PENDING]}
