"""Progress photos: the athlete's private gallery, upload, side-by-side comparison, the image
files themselves (only through here, to the owner), and deletion.

The coach's read-only copies of the gallery and the files are in ``coaching.photo_views``; both
use :func:`tracker.photo_gallery.gallery_context`, so the two pages show the same thing.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker import uploads
from tracker.forms import PhotoUploadForm
from tracker.http import AuthedHttpRequest
from tracker.l10n import day_month_year
from tracker.models import ProgressPhoto
from tracker.photo_gallery import gallery_context
from tracker.photo_processing import MAX_UPLOAD_BYTES, MB, PhotoError
from tracker.photos import photo_delete, photos_save
from tracker.responses import photo_response


def own_photo_url(photo: ProgressPhoto, size: str) -> str:
    return reverse("photo_file", args=[photo.pk, size])


@login_required
@require_http_methods(["GET", "POST"])
def photos(request: AuthedHttpRequest) -> HttpResponse:
    user = request.user
    form = PhotoUploadForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        user=user,
    )
    status = 200
    if request.method == "POST":
        if uploads.was_too_large(request):
            # The streaming size guard dropped a file far past any photo's size: say so, rather
            # than "choose a photo" for a file the person did choose.
            form.add_error(
                None,
                _("Photos can be up to %(megabytes)d MB each.")
                % {"megabytes": MAX_UPLOAD_BYTES // MB},
            )
            status = 400
        elif form.is_valid():
            day = form.cleaned_data["day"]
            try:
                saved = photos_save(user=user, day=day, photos=form.processed)
            except PhotoError as error:
                form.add_error(None, str(error))
            else:
                count = len(saved)
                messages.success(
                    request,
                    ngettext(
                        "%(count)d photo saved for %(day)s.",
                        "%(count)d photos saved for %(day)s.",
                        count,
                    )
                    % {"count": count, "day": day_month_year(day)},
                )
                return redirect("photos")
            status = 400
        else:
            status = 400
    context = gallery_context(
        user,
        viewer=user,
        photo_url=own_photo_url,
        first=request.GET.get("a"),
        second=request.GET.get("b"),
    )
    context["form"] = form
    return render(request, "tracker/photos.html", context, status=status)


@login_required
@require_GET
def photo_file(request: AuthedHttpRequest, pk: int, size: str) -> FileResponse:
    photo = get_object_or_404(ProgressPhoto, pk=pk, user=request.user)
    return photo_response(photo, size)


@login_required
@require_POST
def photo_delete_view(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    photo = get_object_or_404(ProgressPhoto, pk=pk, user=request.user)
    message = _("Deleted the %(pose)s photo from %(day)s.") % {
        "pose": photo.get_pose_display().lower(),
        "day": day_month_year(photo.day),
    }
    photo_delete(photo)
    messages.success(request, message)
    return redirect("photos")
