"""Writes that change who coaches whom: invitations, accepting or declining them, ending a link.

Keyword-only functions in the HackSoft style. Each one checks the rules up front and raises
`ValidationError` with a message fit to show a person; the database constraints on
`CoachingLink` (no self-coaching, one active coach per athlete) are the backstop when two
requests race, and `full_clean()` runs before every save.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coaching.models import INVITATION_LIFETIME, CoachingLink, Invitation
from tracker import throttle
from tracker.i18n import email_language
from tracker.models import User

INVITATION_SUBJECT = gettext_lazy("A coaching invitation on Wholebody")


def invitation_create(
    *,
    coach: User,
    email: str = "",
    message: str = "",
    lifetime: dt.timedelta = INVITATION_LIFETIME,
) -> Invitation:
    """A new single-use invitation from `coach`, valid for `lifetime`."""
    if not coach.is_coach:
        raise ValidationError(
            _("Switch on “I coach athletes” in Settings before inviting anyone."),
            code="not_coach",
        )
    if email and email.strip().lower() == coach.email.lower():
        raise ValidationError(_("You can't invite yourself."), code="own_invitation")
    now = timezone.now()
    invitation = Invitation(
        coach=coach,
        email=email.strip().lower(),
        message=message.strip(),
        created_at=now,
        expires_at=now + lifetime,
    )
    invitation.full_clean()
    invitation.save()
    return invitation


def invitation_email_check_quota(*, coach: User, email: str, client_ip: str) -> None:
    """Raise ValidationError unless `coach` may email another invitation to `email` now.

    Anyone can tick "I coach athletes", so without limits the invitation form would send mail
    from our address to any address: limits per sender, per recipient and per client address.
    """
    allowed = throttle.allow(
        [
            (throttle.INVITE_PER_SENDER_HOUR, str(coach.pk)),
            (throttle.INVITE_PER_SENDER_DAY, str(coach.pk)),
            (throttle.INVITE_PER_RECIPIENT_DAY, email),
            (throttle.INVITE_PER_IP_HOUR, client_ip),
        ]
    )
    if not allowed:
        raise ValidationError(
            _(
                "Too many invitation emails for now: you can email %(hour)d an hour and "
                "%(day)d a day, and one address gets at most %(recipient)d a day. Try again "
                "later, or leave the email empty to create a link and send it yourself."
            ),
            code="rate_limited",
            params={
                "hour": throttle.INVITE_PER_SENDER_HOUR.count,
                "day": throttle.INVITE_PER_SENDER_DAY.count,
                "recipient": throttle.INVITE_PER_RECIPIENT_DAY.count,
            },
        )


def invitation_send_email(*, invitation: Invitation, accept_url: str) -> None:
    """Email the invitation link to `invitation.email` through Django's email backend.

    The subject is fixed text: the sender's display name and message could otherwise turn our
    address into a spam or phishing relay. The body says who sent it and marks their message
    as theirs, not ours. It is written in the recipient's language when the address has an
    account, else in the one the coach is using.
    """
    if not invitation.email:
        raise ValidationError(
            _("This invitation has no email address to send to."), code="no_email"
        )
    recipient = User.objects.filter(email=invitation.email).first()
    fallback = invitation.coach.language or translation.get_language()
    with translation.override(email_language(recipient, fallback)):
        context = {"invitation": invitation, "coach": invitation.coach, "accept_url": accept_url}
        body = render_to_string("coaching/invitation_email.txt", context)
        subject = str(INVITATION_SUBJECT)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])


def _check_open(invitation: Invitation) -> None:
    state = invitation.state()
    if state in (Invitation.State.ACCEPTED, Invitation.State.DECLINED):
        raise ValidationError(
            _("This invitation has already been used. Ask your coach for a new link."),
            code="used",
        )
    if state == Invitation.State.WITHDRAWN:
        raise ValidationError(
            _("Your coach withdrew this invitation. Ask them for a new link."), code="revoked"
        )
    if state == Invitation.State.EXPIRED:
        raise ValidationError(
            _("This invitation has expired. Ask your coach for a new link."), code="expired"
        )


def _locked(invitation: Invitation) -> Invitation:
    """Re-read the invitation under a row lock so two clicks can't both spend it."""
    return (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("coach")
        .get(pk=invitation.pk)
    )


def invitation_accept(
    *, invitation: Invitation, athlete: User, replace_current: bool = False
) -> CoachingLink:
    """Accept: `invitation.coach` starts coaching `athlete`, and the invitation is spent.

    An athlete has one active coach. If they already have one, this raises (code "has_coach")
    unless `replace_current` is True, in which case the old link is ended first, by the athlete.
    """
    with transaction.atomic():
        invitation = _locked(invitation)
        _check_open(invitation)
        if invitation.coach_id == athlete.pk:
            raise ValidationError(
                _("This is your own invitation: send the link to the athlete you want to coach."),
                code="own_invitation",
            )
        current = CoachingLink.objects.active().filter(athlete=athlete).first()
        if current is not None:
            if current.coach_id == invitation.coach_id:
                raise ValidationError(
                    _("%(coach)s is already your coach."),
                    code="already_linked",
                    params={"coach": invitation.coach.name},
                )
            if not replace_current:
                raise ValidationError(
                    _(
                        "You already have a coach (%(coach)s). End that coaching link first, "
                        "or choose to switch coaches."
                    ),
                    code="has_coach",
                    params={"coach": current.coach.name},
                )
            coaching_link_end(link=current, ended_by=athlete)
        now = timezone.now()
        link = CoachingLink(coach=invitation.coach, athlete=athlete, started_at=now)
        link.full_clean()
        try:
            # A savepoint, so a lost race leaves the outer transaction usable on PostgreSQL.
            with transaction.atomic():
                link.save()
        except IntegrityError:
            raise ValidationError(
                _("You already have a coach. End that coaching link first."), code="has_coach"
            ) from None
        invitation.responded_at = now
        invitation.accepted = True
        invitation.responded_by = athlete
        invitation.full_clean()
        invitation.save(update_fields=["responded_at", "accepted", "responded_by"])
    return link


def invitation_decline(*, invitation: Invitation, athlete: User) -> Invitation:
    """Decline: the invitation is spent and no link is made."""
    with transaction.atomic():
        invitation = _locked(invitation)
        _check_open(invitation)
        if invitation.coach_id == athlete.pk:
            raise ValidationError(_("You can't answer your own invitation."), code="own_invitation")
        invitation.responded_at = timezone.now()
        invitation.accepted = False
        invitation.responded_by = athlete
        invitation.full_clean()
        invitation.save(update_fields=["responded_at", "accepted", "responded_by"])
    return invitation


def invitation_revoke(*, invitation: Invitation, coach: User) -> Invitation:
    """The coach withdraws an unanswered invitation; the link stops working at once."""
    if invitation.coach_id != coach.pk:
        raise ValidationError(_("Only the coach who sent an invitation can withdraw it."))
    with transaction.atomic():
        invitation = _locked(invitation)
        _check_open(invitation)
        invitation.revoked_at = timezone.now()
        invitation.full_clean()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def coaching_link_end(*, link: CoachingLink, ended_by: User) -> CoachingLink:
    """End an active link; either the coach or the athlete may. The row stays as history."""
    if ended_by.pk not in (link.coach_id, link.athlete_id):
        raise ValidationError(_("Only the coach or the athlete can end this coaching link."))
    with transaction.atomic():
        link = CoachingLink.objects.select_for_update().get(pk=link.pk)
        if link.ended_at is not None:
            raise ValidationError(_("This coaching link has already ended."), code="ended")
        link.ended_at = timezone.now()
        link.ended_by = ended_by
        link.full_clean()
        link.save(update_fields=["ended_at", "ended_by"])
    return link
