"""What makes Wholebody installable: the web app manifest, the service worker and the page it
shows when there is no connection.

The manifest and the worker are views rather than static files because they name static assets
by their hashed production names (``static()``), and the worker must be served from the site
root to control every page. Neither holds anything about the person asking.

The manifest is in one language per address: pages link ``/manifest.webmanifest?lang=it`` in
their own language (English without the parameter), so the install prompt and the installed
app's name and shortcuts read in it, and every cache keys each language by its URL; the
response never depends on cookies or headers.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from tracker.i18n import supported

THEME_COLOUR = "#0f766e"
BACKGROUND_COLOUR = "#f6f7f9"

# Fetched when the worker installs, so the offline page looks like the app. Everything else
# under /static/ is cached the first time a page uses it.
PRECACHE_STATIC = (
    "css/app.css",
    "js/app.js",
    "js/quick-log-queue.js",
    "js/offline-log.js",
    "vendor/htmx-2.0.11.min.js",
    "img/logo.svg",
    "img/nav-icons.svg",
    "img/icon-192.png",
)


@require_GET
@cache_control(max_age=86400, public=True)
def manifest(request: HttpRequest) -> JsonResponse:
    requested = request.GET.get("lang", "")
    language = requested if supported(requested) else settings.LANGUAGE_CODE
    with translation.override(language):
        data = _manifest(language)
    return JsonResponse(data, content_type="application/manifest+json")


def _manifest(language: str) -> dict[str, object]:
    return {
        "id": "/",
        "lang": language,
        "dir": "ltr",
        "name": "Wholebody",
        "short_name": "Wholebody",
        "description": _(
            "Track weight, body fat, runs and protein as whole-body trends, with your coach."
        ),
        "start_url": reverse("landing"),  # the landing page sends each role to its home
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
        "shortcuts": [
            {
                "name": _("Log weight"),
                "short_name": _("Weight"),
                "url": reverse("dashboard") + "#log-weight",
                "icons": [{"src": static("img/icon-192.png"), "sizes": "192x192"}],
            },
            {
                "name": _("Log run"),
                "short_name": _("Run"),
                "url": reverse("dashboard") + "#log-runs",
                "icons": [{"src": static("img/icon-192.png"), "sizes": "192x192"}],
            },
        ],
    }


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    urls = [reverse("offline"), *(static(path) for path in PRECACHE_STATIC)]
    # The cache name changes whenever a precached asset's hashed name does, so a deploy
    # replaces the old cache instead of serving stale files next to new pages.
    version = hashlib.sha256("\n".join(urls).encode()).hexdigest()[:12]
    config = {
        "cache": f"wholebody-{version}",
        "offline": reverse("offline"),
        "precache": urls,
        # The static prefix itself: static("") has no manifest entry in production.
        "static": settings.STATIC_URL,
        "queue": static("js/quick-log-queue.js"),
        "dashboard": reverse("dashboard"),
        "shell": reverse("quick_log_shell"),
    }
    response = render(
        request,
        "pwa/sw.js",
        {"config": json.dumps(config)},
        content_type="application/javascript",
    )
    # Browsers check for a new worker on navigation; never let a cache hold an old one.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """Stands alone (no navigation, no session data): the worker stores it for everyone."""
    return render(request, "offline.html")
