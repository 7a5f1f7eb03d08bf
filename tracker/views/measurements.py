"""The athlete's measurements page: log several sites at once, the % change chart beside the
weight trend, per-site trends, the Navy estimate and the area follow-up."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from tracker.forms import MeasurementLogForm
from tracker.http import AuthedHttpRequest
from tracker.l10n import day_month_year
from tracker.measurement_page import measurements_context


@login_required
@require_http_methods(["GET", "POST"])
def measurements(request: AuthedHttpRequest) -> HttpResponse:
    user = request.user
    form = MeasurementLogForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        day = form.cleaned_data["day"]
        count = len(saved)
        messages.success(
            request,
            ngettext(
                "%(count)d measurement saved for %(day)s.",
                "%(count)d measurements saved for %(day)s.",
                count,
            )
            % {"count": count, "day": day_month_year(day)},
        )
        return redirect("measurements")
    context = measurements_context(user, viewer=user)
    context["form"] = form
    status = 400 if request.method == "POST" else 200
    return render(request, "tracker/measurements.html", context, status=status)
