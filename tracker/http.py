"""Request types for view signatures, so the type checker knows what middleware added.

``request.htmx`` comes from django-htmx's middleware; behind ``@login_required`` the user is a
real :class:`~tracker.models.User`, not ``AnonymousUser``. Annotations only: at run time these
are plain ``HttpRequest`` objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

if TYPE_CHECKING:
    from tracker.models import User


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


class AuthedHttpRequest(HtmxHttpRequest):
    """A request that passed ``@login_required``."""

    user: User  # narrower than HttpRequest's: what @login_required guarantees
