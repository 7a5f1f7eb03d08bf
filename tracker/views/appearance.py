"""Light, dark or the system's choice: kept in a cookie (a display preference of this browser,
like the device's colour scheme, so it needs no database column), read by the context
processor into ``<html data-theme>``."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

THEME_COOKIE = "wb_theme"
THEMES = {
    "system": gettext_lazy("Same as this device"),
    "light": gettext_lazy("Light"),
    "dark": gettext_lazy("Dark"),
}
ONE_YEAR = 365 * 24 * 3600


def theme_from(request: HttpRequest) -> str:
    """The chosen theme, "system" when unset or unrecognised."""
    value = request.COOKIES.get(THEME_COOKIE, "system")
    return value if value in THEMES else "system"


@require_POST
def theme_update(request: HttpRequest) -> HttpResponse:
    choice = request.POST.get("theme", "")
    response = HttpResponseRedirect(reverse("settings"))
    if choice not in THEMES:
        messages.error(request, _("Choose light, dark or the same as this device."))
        return response
    response.set_cookie(
        THEME_COOKIE,
        choice,
        max_age=ONE_YEAR,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    messages.success(request, _("Appearance: %(theme)s.") % {"theme": str(THEMES[choice]).lower()})
    return response
