"""The athlete's Progress page: summary cards and trend charts over a selectable range.

The page is built by :func:`tracker.presenters.progress_context`; the coach's client page builds
the same context with ``viewer=coach`` and includes the same template, read-only.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from tracker.http import AuthedHttpRequest
from tracker.presenters import CHARTS_PARTIAL, PAGE_TEMPLATE, data_table_context, progress_context
from tracker.responses import render_data_table, render_page_or_region


def table_url(key: str) -> str:
    return reverse("progress_table", args=[key])


@login_required
@require_GET
def progress(request: AuthedHttpRequest) -> HttpResponse:
    context = progress_context(
        request.user,
        range_key=request.GET.get("range", ""),
        viewer=request.user,
        table_url=table_url,
    )
    return render_page_or_region(request, PAGE_TEMPLATE, CHARTS_PARTIAL, context)


@login_required
@require_GET
def progress_table(request: AuthedHttpRequest, key: str) -> HttpResponse:
    range_key = request.GET.get("range", "")
    context = data_table_context(request.user, key=key, range_key=range_key, viewer=request.user)
    back = reverse("progress") + f"?range={context['progress'].chart_range.key}" if context else ""
    return render_data_table(request, context, back)
