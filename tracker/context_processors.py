"""Template context shared by every page."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import Resolver404, resolve

from tracker.views.appearance import THEMES, theme_from


def navigation(request: HttpRequest) -> dict[str, object]:
    """The current URL name, so the nav can mark the active section."""
    match = getattr(request, "resolver_match", None)  # the view's own match, when there is one
    if match is not None:
        url_name = match.url_name or ""
    else:
        try:
            url_name = resolve(request.path_info).url_name or ""
        except Resolver404:
            url_name = ""
    return {"url_name": url_name, "theme": theme_from(request), "theme_choices": THEMES.items()}
