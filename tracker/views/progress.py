"""The athlete's Progress page: summary cards and trend charts over a selectable range.

The page is built by :func:`tracker.presenters.progress_context`; the coach's client page builds
the same context with ``viewer=coach`` and includes the same template, read-only.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_GET

from tracker.http import AuthedHttpRequest
from tracker.presenters import CHARTS_PARTIAL, PAGE_TEMPLATE, progress_context
from tracker.responses import render_page_or_region


@login_required
@require_GET
def progress(request: AuthedHttpRequest) -> HttpResponse:
    context = progress_context(
        request.user, range_key=request.GET.get("range", ""), viewer=request.user
    )
    return render_page_or_region(request, PAGE_TEMPLATE, CHARTS_PARTIAL, context)
