"""base.html's links, reversed once per language and script prefix instead of ~20 times a page."""

from __future__ import annotations

import functools

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

register = template.Library()

# The addresses base.html links to on every page (key: the URL name with "_" for ":").
NAV_URL_NAMES = (
    "landing",
    "roster",
    "dashboard",
    "progress",
    "goals",
    "myth_list",
    "settings",
    "my_coach",
    "data_hub",
    "invitations",
    "logout",
    "login",
    "signup",
    "manifest",
    "admin:index",
)


@functools.lru_cache(maxsize=64)
def _nav_urls(language: str | None, script_prefix: str) -> dict[str, str]:
    # Called with that language and prefix active: public addresses carry the language.
    urls = {name.replace(":", "_"): reverse(name) for name in NAV_URL_NAMES}
    urls["history"] = reverse("history", args=["weight"])
    return urls


@register.simple_tag
def nav_urls() -> dict[str, str]:
    """``{% nav_urls as nav %}``: ``nav.dashboard``, ``nav.admin_index``, ``nav.history`` (the
    weight history), ... for the page's language. A tag, not a context processor, so pages
    rendered without a request (the 500 page) have them too."""
    return _nav_urls(get_language(), get_script_prefix())
