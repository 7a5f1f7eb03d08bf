"""The coach's read-only view of a client's progress photos, and the image files behind it.

Only the active coach gets them; everyone else (a former coach at once, other coaches, staff)
gets 404, like every other client URL. A write attempt by the active coach is 403.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from coaching.views import READ_METHODS, active_link_or_404
from tracker.http import AuthedHttpRequest
from tracker.models import ProgressPhoto
from tracker.photo_gallery import gallery_context
from tracker.responses import photo_response


@login_required
def client_photos(request: AuthedHttpRequest, athlete_id: int) -> HttpResponse:
    link = active_link_or_404(request.user, athlete_id)
    if request.method not in READ_METHODS:
        raise PermissionDenied("Coaches have read-only access to a client's photos.")

    def photo_url(photo: ProgressPhoto, size: str) -> str:
        return reverse("client_photo_file", args=[athlete_id, photo.pk, size])

    context = gallery_context(
        link.athlete,
        viewer=request.user,
        photo_url=photo_url,
        first=request.GET.get("a"),
        second=request.GET.get("b"),
    )
    return render(request, "coaching/client_photos.html", context)


@login_required
@require_GET
def client_photo_file(
    request: AuthedHttpRequest, athlete_id: int, pk: int, size: str
) -> FileResponse:
    link = active_link_or_404(request.user, athlete_id)
    photo = get_object_or_404(ProgressPhoto, pk=pk, user=link.athlete)
    return photo_response(photo, size)
