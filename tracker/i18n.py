"""Which language a request is shown in, and the same page's address in another language.

Public pages (landing, myth library and pages, login, sign-up, password reset) live under
`i18n_patterns`: English at the plain address, other languages under /it/, /es/, ... so a shared
link opens in its language. App pages keep one address and show the user's language.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_from_path

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)


def supported(code: str | None) -> bool:
    return bool(code) and code in LANGUAGE_CODES


def email_language(recipient: object | None, fallback: str | None = None) -> str:
    """The language of an email to `recipient` (an account, or None for an address without
    one): their Settings language, else `fallback` (the language of the page that caused the
    mail, or the inviting coach's), else the site's. Mail is read long after the request, so
    it never follows the sender's page unless the recipient has chosen nothing."""
    language = getattr(recipient, "language", "") or ""
    if supported(language):
        return language
    if fallback and supported(fallback):
        return fallback
    return settings.LANGUAGE_CODE


def strip_language_prefix(path: str) -> str:
    """/it/myths/x/ -> /myths/x/; a path without a language prefix comes back unchanged."""
    code = get_language_from_path(path)
    if code is None:
        return path
    rest = path[len(code) + 1 :]
    return rest if rest.startswith("/") else "/" + rest


def localized_url(url: str, language: str) -> str | None:
    """`url` (a path on this site, optionally with a query) as it reads in `language`, or None
    when it is not a language-prefixed page (app pages, unknown paths)."""
    parts = urlsplit(url)
    neutral = strip_language_prefix(parts.path or "/")
    # Resolve as English: the prefix pattern only matches the active language's prefix.
    with translation.override(settings.LANGUAGE_CODE):
        try:
            match = resolve(neutral)
        except Resolver404:
            return None
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    if not name:
        return None
    paths = {}
    for code in (settings.LANGUAGE_CODE, language):
        with translation.override(code):
            try:
                paths[code] = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return None
    if language != settings.LANGUAGE_CODE and paths[language] == paths[settings.LANGUAGE_CODE]:
        return None  # the same address in every language: not a prefixed page
    return urlunsplit(("", "", paths[language], parts.query, ""))


def alternates(path: str) -> list[tuple[str, str]]:
    """(hreflang, path) for every language of a prefixed page, plus x-default (the English
    address); empty for pages that have one address."""
    if localized_url(path, _other_language()) is None:
        return []
    links: list[tuple[str, str]] = []
    for code in LANGUAGE_CODES:
        target = localized_url(path, code)
        if target is not None:
            links.append((code, target))
    english = dict(links).get(settings.LANGUAGE_CODE)
    if english is not None:
        links.append(("x-default", english))
    return links


def _other_language() -> str:
    return next(code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE)
