"""Responses shared by the athlete's and the coach's views (so `coaching` needs no tracker view)."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.http import content_disposition_header

from tracker.http import HtmxHttpRequest
from tracker.models import ProgressPhoto
from tracker.photos import SIZES, open_photo


def render_page_or_region(
    request: HtmxHttpRequest, template_name: str, region: str, context: dict[str, Any]
) -> HttpResponse:
    """The whole page, or only `region` (a ``"template#partial"``) for an htmx request.

    A history-restore request (back button with htmx's cache off) wants the whole page, and
    ``Vary: HX-Request`` keeps browsers from serving a cached region as a page.
    """
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    response = render(request, region if partial else template_name, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


def zip_response(content: bytes, filename: str) -> HttpResponse:
    """A ZIP download of personal data: an attachment that no cache keeps."""
    response = HttpResponse(content, content_type="application/zip")
    # RFC 6266 filename*= for a non-ASCII name (a client called "李" or "Åsa" in the coach's
    # export): a bare f-string header was MIME-encoded or sent as Latin-1, which browsers
    # don't read as an attachment name.
    response["Content-Disposition"] = content_disposition_header(True, filename) or ""
    response["Cache-Control"] = "private, no-store"  # personal health data
    return response


def photo_response(photo: ProgressPhoto, size: str) -> FileResponse:
    """The JPEG, never stored by any cache (a shared device's Back button or disk cache must not
    keep someone's body photos after logout) and never sniffed as anything else."""
    if size not in SIZES:
        raise Http404
    response = FileResponse(open_photo(photo, size), content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = f'inline; filename="{photo.pose}-{photo.day}.jpg"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


TABLE_PARTIAL = "tracker/includes/data_table.html"
TABLE_PAGE = "tracker/data_table.html"


def render_data_table(
    request: HtmxHttpRequest, context: dict[str, Any] | None, back_url: str
) -> HttpResponse:
    """One chart's data table (presenters.data_table_context): the bare table for htmx, which
    opens it inside its <details>; a page of its own without JavaScript. None: 404."""
    if context is None:
        raise Http404("No such chart.")
    if request.htmx:
        return render(request, TABLE_PARTIAL, context)
    return render(request, TABLE_PAGE, {**context, "back_url": back_url})
