"""The language switcher: Django's set_language (a POST with CSRF, works without JS), which also
saves the choice to a logged-in user's Settings."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from tracker.i18n import supported


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    # The switcher posts `next` as the page's English address (see includes/language_switcher
    # .html); resolving it as English lets set_language redirect to the same page in the new
    # language whatever language is active for this request.
    with translation.override(settings.LANGUAGE_CODE):
        response = django_set_language(request)
    language = request.POST.get("language", "")
    user = request.user
    if user.is_authenticated and supported(language) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return response
