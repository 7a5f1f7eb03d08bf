"""Authentication glue: the username django-axes counts login failures against."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from tracker.models import UserManager


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The submitted login email, normalised the way accounts store it.

    Login matches emails case-insensitively; without this, every spelling ("Victim@x",
    "VICTIM@x") got five fresh tries and a correct password still logged in while the
    lowercase spelling was locked.
    """
    raw = (credentials or {}).get("username")
    if raw is None:
        raw = request.POST.get("username", "")
    return UserManager.normalize_email(str(raw))
