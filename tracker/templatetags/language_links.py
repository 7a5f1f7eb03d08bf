"""hreflang alternates and the language switcher's data for the page being shown."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils import translation

from tracker.i18n import alternates, strip_language_prefix

register = template.Library()


@register.simple_tag
def hreflang_alternates(request: HttpRequest | str) -> list[dict[str, str]]:
    """Absolute addresses of this public page in every language, plus x-default; [] elsewhere,
    and without a request (the 500 page is rendered without one: `request` is then "").
    Built from SITE_URL, never from the request's Host header."""
    if not isinstance(request, HttpRequest):
        return []
    return [
        {"code": code, "href": settings.SITE_URL + path} for code, path in alternates(request.path)
    ]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context: dict[str, Any]) -> dict[str, Any]:
    request: HttpRequest | None = context.get("request")
    here = "/"
    if request is not None:
        # set_language resolves `next` as English and redirects to the same page in the
        # chosen language (or the same address, for app pages).
        here = strip_language_prefix(request.path)
        if request.GET:
            here += "?" + request.GET.urlencode()
    current = translation.get_language()
    return {
        "languages": [
            {"code": code, "name": name, "current": code == current}
            for code, name in settings.LANGUAGES
        ],
        "next": here,
        "csrf_token": context.get("csrf_token"),
    }


# Our language -> the name its vendored plotly locale registers (static/vendor/plotly-locales-*,
# see scripts/vendor_plotly_locales.py); English is plotly's own.
PLOTLY_LOCALES = {"it": "it", "es": "es", "fr": "fr", "de": "de", "pt": "pt-BR"}
PLOTLY_LOCALES_DIR = "vendor/plotly-locales-3.7.0"


@register.simple_tag
def plotly_locale() -> dict[str, str] | None:
    """The plotly locale of the page's language and its static URL, or None for English."""
    language = translation.get_language()
    name = PLOTLY_LOCALES.get(language)
    if name is None:
        return None
    return {"name": name, "src": static(f"{PLOTLY_LOCALES_DIR}/{language}.js")}
