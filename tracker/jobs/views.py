"""The status page of one background job, and its htmx-polled partial."""

from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from tracker.http import AuthedHttpRequest
from tracker.jobs.models import Job


def _get_job_for_user(request: HttpRequest, pk: UUID) -> Job:
    # Only the person who started a job sees it; for anyone else it does not exist (404).
    return get_object_or_404(Job, pk=pk, owner=request.user)


@login_required
@require_GET
def job_status(request: AuthedHttpRequest, pk: UUID) -> HttpResponse:
    job = _get_job_for_user(request, pk)
    template = "jobs/job_status.html#status" if request.htmx else "jobs/job_status.html"
    response = render(request, template, {"job": job})
    response["Cache-Control"] = "private, no-store"
    return response
