"""Tests for coaching.services: invitations, accepting, declining, ending links, and the database
constraints behind them."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from coaching import services
from coaching.models import CoachingLink, Invitation
from tracker.models import User

NOW = dt.datetime(2025, 3, 31, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def second_coach(db) -> User:
    return User.objects.create_user(
        "carl@example.com", "correct-horse-9", display_name="Carl", is_coach=True
    )


def _codes(error: ValidationError) -> set[str]:
    return {e.code for e in error.error_list}


@time_machine.travel(NOW, tick=False)
def test_invitation_create_sets_expiry_and_token(coach_user):
    invitation = services.invitation_create(coach=coach_user, email="Ana@Example.com ")
    assert invitation.email == "ana@example.com"
    assert invitation.expires_at == NOW + dt.timedelta(days=7)
    assert len(invitation.token) >= 40
    assert invitation.is_usable


def test_invitation_create_needs_coach_mode(athlete):
    with pytest.raises(ValidationError) as info:
        services.invitation_create(coach=athlete)
    assert _codes(info.value) == {"not_coach"}
    assert not Invitation.objects.exists()


def test_invitation_send_email_uses_the_email_backend(coach_user):
    invitation = services.invitation_create(
        coach=coach_user, email="ana@example.com", message="Let's train <together>"
    )
    services.invitation_send_email(invitation=invitation, accept_url="https://x.test/i/abc/")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.com"]
    # A fixed subject: neither the sender's name nor their text can be put in it.
    assert message.subject == "A coaching invitation on Wholebody"
    assert "https://x.test/i/abc/" in message.subject + message.body
    assert "Name they gave: Cora" in message.body and "cora@example.com" in message.body
    assert "(written by them, not by Wholebody)" in message.body
    assert "Let's train <together>" in message.body  # plain text: not HTML-escaped


def test_accept_creates_link_and_spends_invitation(coach_user, athlete):
    invitation = services.invitation_create(coach=coach_user)
    link = services.invitation_accept(invitation=invitation, athlete=athlete)
    assert link.coach == coach_user and link.athlete == athlete and link.is_active
    invitation.refresh_from_db()
    assert invitation.accepted is True
    assert invitation.responded_by == athlete
    assert not invitation.is_usable


def test_coach_cannot_accept_own_invitation(coach_user):
    invitation = services.invitation_create(coach=coach_user)
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(invitation=invitation, athlete=coach_user)
    assert _codes(info.value) == {"own_invitation"}
    assert not CoachingLink.objects.exists()


def test_spent_invitation_cannot_be_reused(coach_user, athlete, other_athlete):
    invitation = services.invitation_create(coach=coach_user)
    services.invitation_accept(invitation=invitation, athlete=athlete)
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(invitation=invitation, athlete=other_athlete)
    assert _codes(info.value) == {"used"}
    assert "already been used" in info.value.messages[0]
    assert CoachingLink.objects.count() == 1


def test_declined_invitation_cannot_be_accepted(coach_user, athlete):
    invitation = services.invitation_create(coach=coach_user)
    services.invitation_decline(invitation=invitation, athlete=athlete)
    invitation.refresh_from_db()
    assert invitation.accepted is False
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(invitation=invitation, athlete=athlete)
    assert _codes(info.value) == {"used"}
    assert not CoachingLink.objects.exists()


def test_expired_invitation_cannot_be_used(coach_user, athlete):
    with time_machine.travel(NOW, tick=False):
        invitation = services.invitation_create(coach=coach_user)
    with time_machine.travel(NOW + dt.timedelta(days=7, seconds=1), tick=False):
        with pytest.raises(ValidationError) as info:
            services.invitation_accept(invitation=invitation, athlete=athlete)
        assert _codes(info.value) == {"expired"}
        with pytest.raises(ValidationError):
            services.invitation_decline(invitation=invitation, athlete=athlete)
    assert not CoachingLink.objects.exists()


def test_revoked_invitation_cannot_be_used(coach_user, athlete):
    invitation = services.invitation_create(coach=coach_user)
    services.invitation_revoke(invitation=invitation, coach=coach_user)
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(invitation=invitation, athlete=athlete)
    assert _codes(info.value) == {"revoked"}


def test_only_the_sender_can_revoke(coach_user, second_coach):
    invitation = services.invitation_create(coach=coach_user)
    with pytest.raises(ValidationError):
        services.invitation_revoke(invitation=invitation, coach=second_coach)


def test_athlete_with_a_coach_is_offered_to_end_the_old_link(coach_user, second_coach, athlete):
    services.invitation_accept(
        invitation=services.invitation_create(coach=coach_user), athlete=athlete
    )
    invitation = services.invitation_create(coach=second_coach)
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(invitation=invitation, athlete=athlete)
    assert _codes(info.value) == {"has_coach"}
    assert "Cora" in info.value.messages[0] and "End that coaching link" in info.value.messages[0]
    assert invitation.__class__.objects.get(pk=invitation.pk).is_usable  # not spent by the error

    link = services.invitation_accept(invitation=invitation, athlete=athlete, replace_current=True)
    assert link.coach == second_coach
    old = CoachingLink.objects.get(coach=coach_user)
    assert old.ended_at is not None and old.ended_by == athlete
    assert CoachingLink.objects.active().filter(athlete=athlete).count() == 1


def test_same_coach_twice_is_refused(coach_user, athlete):
    services.invitation_accept(
        invitation=services.invitation_create(coach=coach_user), athlete=athlete
    )
    with pytest.raises(ValidationError) as info:
        services.invitation_accept(
            invitation=services.invitation_create(coach=coach_user), athlete=athlete
        )
    assert _codes(info.value) == {"already_linked"}


@pytest.mark.parametrize("side", ["coach", "athlete"])
def test_either_side_can_end_a_link_and_history_is_kept(coach_user, athlete, side):
    link = services.invitation_accept(
        invitation=services.invitation_create(coach=coach_user), athlete=athlete
    )
    ender = coach_user if side == "coach" else athlete
    services.coaching_link_end(link=link, ended_by=ender)
    link.refresh_from_db()
    assert link.ended_at is not None and link.ended_by == ender
    assert not CoachingLink.objects.active().exists()
    assert CoachingLink.objects.count() == 1  # kept as history
    with pytest.raises(ValidationError) as info:
        services.coaching_link_end(link=link, ended_by=ender)
    assert _codes(info.value) == {"ended"}


def test_a_stranger_cannot_end_a_link(coach_user, athlete, other_athlete):
    link = services.invitation_accept(
        invitation=services.invitation_create(coach=coach_user), athlete=athlete
    )
    with pytest.raises(ValidationError):
        services.coaching_link_end(link=link, ended_by=other_athlete)
    link.refresh_from_db()
    assert link.is_active


def test_database_refuses_self_coaching(coach_user):
    with pytest.raises(IntegrityError), transaction.atomic():
        CoachingLink.objects.create(coach=coach_user, athlete=coach_user)


def test_database_refuses_two_active_coaches(coach_user, second_coach, athlete):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    with pytest.raises(IntegrityError), transaction.atomic():
        CoachingLink.objects.create(coach=second_coach, athlete=athlete)
    # An ended link doesn't count.
    CoachingLink.objects.update(ended_at=NOW)
    CoachingLink.objects.create(coach=second_coach, athlete=athlete)
