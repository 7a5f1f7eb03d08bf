"""The coach's side: coach–athlete links, invitations, and the coach's private notes."""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INVITATION_LIFETIME = dt.timedelta(days=7)


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


class CoachingLinkQuerySet(models.QuerySet):
    def active(self) -> CoachingLinkQuerySet:
        return self.filter(ended_at__isnull=True)


class CoachingLink(models.Model):
    """A coach's access to one athlete, from acceptance until either side ends it."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="client_links"
    )
    athlete = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_links"
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CoachingLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("coaching link")
        verbose_name_plural = _("coaching links")
        constraints = [
            models.CheckConstraint(
                condition=~Q(coach=F("athlete")), name="coaching_no_self_coaching"
            ),
            models.UniqueConstraint(
                fields=["athlete"],
                condition=Q(ended_at__isnull=True),
                name="coaching_one_active_coach_per_athlete",
            ),
        ]
        indexes = [
            # Roster: a coach's active links.
            models.Index(fields=["coach", "ended_at"], name="coaching_link_coach_active"),
        ]

    def __str__(self) -> str:
        return f"{self.coach} coaches {self.athlete}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def pending(self, now: dt.datetime | None = None) -> InvitationQuerySet:
        """Not answered, not withdrawn, not expired: the rows `Invitation.state` calls Pending."""
        return self.filter(
            responded_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now or timezone.now(),
        )


class Invitation(models.Model):
    """A single-use link a coach sends to an athlete; it expires."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        EXPIRED = "expired", _("Expired")

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations_sent"
    )
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    email = models.EmailField(blank=True, help_text=_("Optional: who the link was emailed to."))
    message = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    responded_at = models.DateTimeField(null=True, blank=True)
    accepted = models.BooleanField(null=True, blank=True)  # None until answered
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"Invitation from {self.coach}"

    def state(self, now: dt.datetime | None = None) -> Invitation.State:
        """Where the invitation stands: the one place this is decided (pages, services, digest).
        An answer wins over a later withdrawal or expiry."""
        if self.accepted is True:
            return Invitation.State.ACCEPTED
        if self.accepted is False or self.responded_at is not None:
            return Invitation.State.DECLINED
        if self.revoked_at is not None:
            return Invitation.State.WITHDRAWN
        if self.expires_at <= (now or timezone.now()):
            return Invitation.State.EXPIRED
        return Invitation.State.PENDING

    @property
    def is_usable(self) -> bool:
        return self.state() == Invitation.State.PENDING


class CoachNote(models.Model):
    """A coach's private note about one athlete; never shown to the athlete or other coaches."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes_written"
    )
    athlete = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes_about"
    )
    text = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("coach note")
        verbose_name_plural = _("coach notes")
        indexes = [
            # Client page: a coach's notes about one athlete, newest first.
            models.Index(
                fields=["coach", "athlete", "-created_at"], name="coachnote_coach_athlete"
            ),
        ]

    def __str__(self) -> str:
        return f"Note by {self.coach} on {self.athlete}"
