"""What makes Wholebody installable: the web app manifest, the service worker and the page it
shows when there is no connection.

The manifest and the worker are views rather than static files because they name static assets
by their hashed production names (``static()``), and the worker must be served from the site
root to control every page. Neither holds anything about the person asking.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

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
    data = {
        "id": "/",
        "name": "Wholebody",
        "short_name": "Wholebody",
        "description": "Weight, body fat, runs and protein as whole-body trends, with your coach.",
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
                "name": "Log weight",
                "short_name": "Weight",
                "url": reverse("dashboard") + "#log-weight",
                "icons": [{"src": static("img/icon-192.png"), "sizes": "192x192"}],
            },
            {
                "name": "Log a run",
                "short_name": "Run",
                "url": reverse("dashboard") + "#log-runs",
                "icons": [{"src": static("img/icon-192.png"), "sizes": "192x192"}],
            },
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


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
