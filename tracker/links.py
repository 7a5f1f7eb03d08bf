"""Absolute links for emails and copyable invitation links, built from settings.SITE_URL.

Never from the request's Host header: a client picks its port (and, behind a lax proxy, its
name), and a password-reset mail must not point anywhere it chose.
"""

from __future__ import annotations

from django.conf import settings


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"
