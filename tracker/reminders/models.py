"""What each person chose to receive, and the record of every reminder email sent."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HOURS = [(hour, f"{hour:02d}:00") for hour in range(24)]
WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class ReminderPreference(models.Model):
    """One person's reminder choices; a person without a row has the defaults below.

    Athlete reminders are off until the person turns them on; the coach digest is on for coaches
    (every email carries a one-click unsubscribe). Hours are in the person's own time zone.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    weigh_in_enabled = models.BooleanField(_("Remind me when I stop weighing in"), default=False)
    weigh_in_after_days = models.PositiveSmallIntegerField(
        _("after this many days without a weigh-in"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
    )
    weigh_in_hour = models.PositiveSmallIntegerField(
        _("weigh-in reminder time"), default=8, choices=HOURS
    )
    checkin_enabled = models.BooleanField(_("Send me a weekly check-in summary"), default=False)
    checkin_weekday = models.PositiveSmallIntegerField(
        _("check-in day"), default=6, choices=WEEKDAYS
    )
    checkin_hour = models.PositiveSmallIntegerField(_("check-in time"), default=18, choices=HOURS)
    digest_enabled = models.BooleanField(
        _("Send me a weekly digest of my clients (coaches)"), default=True
    )
    digest_weekday = models.PositiveSmallIntegerField(_("digest day"), default=0, choices=WEEKDAYS)
    digest_hour = models.PositiveSmallIntegerField(_("digest time"), default=7, choices=HOURS)
    # No email from quiet_start up to quiet_end (wrapping past midnight); equal = no quiet hours.
    quiet_start = models.PositiveSmallIntegerField(_("quiet hours from"), default=22, choices=HOURS)
    quiet_end = models.PositiveSmallIntegerField(_("quiet hours until"), default=7, choices=HOURS)

    def __str__(self) -> str:
        return f"Reminder choices of {self.user}"


class Delivery(models.Model):
    """One email of one kind for one person and one period (a day, a week, a silent stretch).

    The row is inserted *before* the email is sent: a second scheduler inserting the same
    (user, kind, period) gets an IntegrityError and sends nothing.
    """

    class Status(models.TextChoices):
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Skipped")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    period = models.CharField(max_length=32)
    status = models.CharField(max_length=10, choices=Status, default=Status.SENDING)
    note = models.CharField(max_length=200, blank=True)
    # What the email reported (e.g. the digest's flags), for the next one to compare with.
    record = models.JSONField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "period"], name="reminders_one_delivery_per_period"
            )
        ]
        # The unique constraint's index also serves "already sent this period?" lookups;
        # this one serves the retry sweep over stuck "sending" rows.
        indexes = [models.Index(fields=["status", "claimed_at"], name="reminders_delivery_retry")]

    def __str__(self) -> str:
        return f"{self.kind} {self.period} for {self.user_id}: {self.status}"
