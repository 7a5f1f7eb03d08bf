"""Send every reminder email that is due: claim a delivery row, compose, rate-limit, send.

Exactly once: the (user, kind, period) row is inserted before the email goes out, under a unique
constraint, so of two schedulers racing for the same email one inserts and sends and the other
gets an IntegrityError and moves on. A row left "sending" by a scheduler that died mid-send is
taken over (by one scheduler: a conditional UPDATE) after RETRY_AFTER, up to MAX_ATTEMPTS.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import Counter

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from tracker import throttle
from tracker.i18n import email_language
from tracker.models import User
from tracker.reminders.kinds import REGISTRY, Email, ReminderKind
from tracker.reminders.models import Delivery
from tracker.reminders.unsubscribe import unsubscribe_token

logger = logging.getLogger(__name__)

RETRY_AFTER = dt.timedelta(minutes=15)
MAX_ATTEMPTS = 3


def claim(user: User, kind: str, period: str, now: dt.datetime) -> Delivery | None:
    """The delivery row if this process may send the email, None if another has it."""
    try:
        with transaction.atomic():
            return Delivery.objects.create(user=user, kind=kind, period=period, claimed_at=now)
    except IntegrityError:
        pass
    taken_over = Delivery.objects.filter(
        user=user,
        kind=kind,
        period=period,
        status=Delivery.Status.SENDING,
        claimed_at__lt=now - RETRY_AFTER,
    ).update(claimed_at=now, attempts=F("attempts") + 1)
    if not taken_over:
        return None
    return Delivery.objects.get(user=user, kind=kind, period=period)


def language_of(user: User) -> str:
    """Reminders and digests are written in the recipient's Settings language (else English:
    no page to take one from)."""
    return email_language(user)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def build_message(user: User, kind: ReminderKind, email: Email) -> EmailMultiAlternatives:
    """HTML with a plain-text part, with the List-Unsubscribe headers for one-click unsubscribe
    (RFC 8058). Call inside the recipient's language."""
    unsubscribe_url = absolute(
        reverse("reminder_unsubscribe", args=[unsubscribe_token(user, kind.slug)])
    )
    context = {
        **email.context,
        "user": user,
        "subject": email.subject,
        "site_url": settings.SITE_URL,
        "action_url": absolute(email.context.get("action_url", "/")),
        "settings_url": absolute(reverse("reminder_settings")),
        "unsubscribe_url": unsubscribe_url,
        "kind_label": kind.label,
    }
    text = render_to_string(f"{email.template}.txt", context)
    html = render_to_string(f"{email.template}.html", context)
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def _finish(delivery: Delivery, status: str, note: str = "", record: object = None) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        note=note[:200],
        record=record,
        sent_at=timezone.now() if status == Delivery.Status.SENT else None,
    )


def _deliver(
    delivery: Delivery, user: User, kind: ReminderKind, now: dt.datetime, connection
) -> str:
    with translation.override(language_of(user)):
        email = kind.compose(user, delivery.period, now)
        if email is None:
            _finish(delivery, Delivery.Status.SKIPPED, "nothing to report")
            return "skipped"
        if not throttle.allow([(throttle.REMINDER_MAIL_PER_RECIPIENT_DAY, user.email)], now=now):
            _finish(delivery, Delivery.Status.SKIPPED, "rate limited")
            logger.warning("Reminder %s for user %s rate limited", kind.slug, user.pk)
            return "rate_limited"
        message = build_message(user, kind, email)
    message.connection = connection
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as exc:
        if delivery.attempts >= MAX_ATTEMPTS:
            _finish(delivery, Delivery.Status.FAILED, f"{type(exc).__name__}: {exc}")
        # else: left "sending"; a later run takes it over after RETRY_AFTER.
        logger.warning("Reminder %s to user %s not sent: %s", kind.slug, user.pk, exc)
        return "failed"
    _finish(delivery, Delivery.Status.SENT, record=email.record)
    return "sent"


def send_due_reminders(now: dt.datetime | None = None) -> Counter[str]:
    """Send every email due at `now` (default: the current time); returns counts by outcome."""
    now = now or timezone.now()
    outcome: Counter[str] = Counter()
    connection = mail.get_connection()
    for kind in REGISTRY.values():
        dues = list(kind.due(now))
        if not dues:
            continue
        # Skip at once what is already done or being sent; claim() still decides for the rest.
        settled = set(
            Delivery.objects.filter(
                kind=kind.slug,
                user__in=[due.user.pk for due in dues],
                period__in={due.period for due in dues},
            )
            .filter(~Q(status=Delivery.Status.SENDING) | Q(claimed_at__gte=now - RETRY_AFTER))
            .values_list("user_id", "period")
        )
        for due in dues:
            if (due.user.pk, due.period) in settled:
                continue
            delivery = claim(due.user, kind.slug, due.period, now)
            if delivery is None:
                outcome["taken"] += 1
                continue
            try:
                outcome[_deliver(delivery, due.user, kind, now, connection)] += 1
            except Exception:
                # One person's broken email must not stop everyone else's; retried later.
                logger.exception("Reminder %s for user %s failed", kind.slug, due.user.pk)
                outcome["failed"] += 1
    return outcome
