"""The public myth library: every published myth card, one page each."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from tracker.http import HtmxHttpRequest
from tracker.models import Myth


@require_GET
def myth_list(request: HtmxHttpRequest) -> HttpResponse:
    language = get_language()
    all_myths = list(Myth.objects.filter(published=True).prefetch_related("translations"))
    for myth in all_myths:
        # The card in the page's language (English where it has no translation yet). The
        # summary is one sentence, shown whole; a card without one (an admin may add such a
        # card) shows the start of its reality instead.
        myth.text = myth.localized(language)
        myth.blurb = myth.text["summary"] or Truncator(myth.text["reality"]).words(30)
    context = {
        "area_myths": [m for m in all_myths if m.area_targeted],
        "other_myths": [m for m in all_myths if not m.area_targeted],
    }
    return render(request, "tracker/myth_list.html", context)


@require_GET
def myth_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    myth = get_object_or_404(
        Myth.objects.prefetch_related("translations"), slug=slug, published=True
    )
    # The page's language comes from its address (/it/myths/...), so a shared link opens in it.
    text = myth.localized(get_language())
    return render(request, "tracker/myth_detail.html", {"myth": myth, "text": text})
