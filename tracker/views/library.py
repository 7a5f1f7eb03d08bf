"""The public myth library: every published myth card, one page each."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from tracker.http import HtmxHttpRequest
from tracker.models import Myth


@require_GET
def myth_list(request: HtmxHttpRequest) -> HttpResponse:
    all_myths = list(Myth.objects.filter(published=True))
    context = {
        "area_myths": [m for m in all_myths if m.area_targeted],
        "other_myths": [m for m in all_myths if not m.area_targeted],
    }
    return render(request, "tracker/myth_list.html", context)


@require_GET
def myth_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    myth = get_object_or_404(Myth, slug=slug, published=True)
    return render(request, "tracker/myth_detail.html", {"myth": myth})
