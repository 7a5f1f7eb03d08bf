"""Request middleware: the user's own language and time zone, login redirects that land somewhere
useful, and no caching of personal pages."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.http import HttpResponseClientRedirect

from tracker.i18n import localized_url, supported


class UserLanguageMiddleware:
    """The language a page is shown in (after LocaleMiddleware and authentication).

    - A language prefix in the address (/it/myths/...) wins: a shared link opens in its language.
    - A logged-in user: their Settings language, else the browser's (language cookie, then
      Accept-Language).
    - A public page's plain (English) address, asked for by someone whose setting, cookie or
      browser says another language, redirects to that language's address. English is the last
      resort.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        # The user's setting, read before the view (logging out replaces request.user).
        chosen = user.language if user is not None and user.is_authenticated else ""
        if translation.get_language_from_path(request.path_info) is None:
            if supported(chosen):
                language = chosen
            else:
                language = translation.get_language_from_request(request)
            here = request.get_full_path()
            target = localized_url(here, language)
            if target is not None and target != here:
                # A public page's English address, for someone who reads another language.
                if request.method in ("GET", "HEAD") and not getattr(request, "htmx", None):
                    redirect = HttpResponseRedirect(target)
                    patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
                    return redirect
                # A form posted to the English address is answered in English (and only the
                # English address resolves while English is active).
                language = settings.LANGUAGE_CODE
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        if supported(chosen):
            # Keep the user's language in the cookie too, so the pages after logging out (and
            # the login page next time) are in it.
            remember_language(request, response, chosen)
        return response


def remember_language(request: HttpRequest, response: HttpResponse, language: str) -> None:
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) == language:
        return
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite="Lax",
    )


class UserTimezoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(user.zoneinfo)
        else:
            timezone.deactivate()
        return self.get_response(request)


def _page_path(url: str | None, request: HttpRequest) -> str:
    """The path (and query) of `url` if it is a page on this site, else ""."""
    if not url or not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != request.get_host():
        return ""
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


class LoginRedirectMiddleware:
    """When a session expires mid-page, send the person to the login page in a way that brings
    them back to where they were.

    - A form posted after the session expired: Django's `login_required` sends `next=` the URL
      the form posted to, which only accepts POST, so after logging in the person met a 405 page.
      Point `next` at the page the form was on instead (htmx's HX-Current-URL, else Referer).
    - An htmx request would swap the login page into a fragment; redirect the whole browser.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 302:
            return response
        login_url = resolve_url(settings.LOGIN_URL)
        location = response.get("Location", "")
        if not location.startswith(login_url):
            return response
        if request.method not in ("GET", "HEAD"):
            page = _page_path(
                request.headers.get("HX-Current-URL") or request.headers.get("Referer"), request
            )
            if page and not page.startswith(login_url):
                location = f"{login_url}?{urlencode({'next': page})}"
            else:
                location = login_url
            response["Location"] = location
        if getattr(request, "htmx", None):
            return HttpResponseClientRedirect(location)
        return response


class PrivateCacheMiddleware:
    """Personal pages must not be stored by the browser or a proxy: after logging out (or after
    a coaching link ends) on a shared device, Back would otherwise show the data again."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
