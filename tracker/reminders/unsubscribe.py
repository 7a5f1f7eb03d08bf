"""Signed one-click unsubscribe links, one per person and email kind.

The token is the credential (no login needed, as mail clients' one-click POSTs carry no session);
it never expires, because an unsubscribe link in an old email must keep working.
"""

from __future__ import annotations

from django.core import signing

from tracker.models import User

SALT = "wholebody.reminders.unsubscribe"


def unsubscribe_token(user: User, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=SALT, compress=False)


def read_token(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a token, or None if it was not made by us."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    return data["u"], str(data.get("k", ""))
