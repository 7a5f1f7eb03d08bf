"""Progress photos in the database and the private photo storage: save, read, delete.

Writes that touch both the database and the storage live here so that nothing is half done: a
batch of uploads is checked completely (every file processed, the per-pose limit counted)
before anything is written, files written for a batch that then fails are removed again, and
deleting a photo or an account removes its files too. Views call these functions after deciding
who may see what; nothing here checks permissions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import IO

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.utils.translation import gettext as _

from tracker.l10n import day_month_year
from tracker.models import ProgressPhoto, User
from tracker.photo_processing import PhotoError, ProcessedPhoto, process_photo

MAX_PER_DAY_AND_POSE = 3
SIZES = ("full", "thumb")


def photo_storage() -> Storage:
    return storages["photos"]


def process_uploads(
    files: Mapping[str, IO[bytes]],
) -> tuple[dict[str, ProcessedPhoto], dict[str, str]]:
    """Process every uploaded file; returns (processed by field, error message by field)."""
    processed: dict[str, ProcessedPhoto] = {}
    errors: dict[str, str] = {}
    for field, upload in files.items():
        try:
            processed[field] = process_photo(upload, getattr(upload, "size", None))
        except PhotoError as error:
            errors[field] = str(error)
    return processed, errors


def over_limit(user: User, day: dt.date, poses: Iterable[str]) -> list[str]:
    """The poses that already have the maximum number of photos on `day`."""
    counts: dict[str, int] = {}
    for pose in ProgressPhoto.objects.filter(user=user, day=day).values_list("pose", flat=True):
        counts[pose] = counts.get(pose, 0) + 1
    return [pose for pose in poses if counts.get(pose, 0) >= MAX_PER_DAY_AND_POSE]


def photos_save(
    *, user: User, day: dt.date, photos: Mapping[str, ProcessedPhoto]
) -> list[ProgressPhoto]:
    """Store already-processed photos (pose -> photo) for `day`, all or nothing.

    Raises PhotoError when a pose would pass :data:`MAX_PER_DAY_AND_POSE`; the count is taken
    inside the transaction (SQLite's IMMEDIATE mode and the row lock on PostgreSQL keep two
    uploads from both squeezing in a fourth).
    """
    storage = photo_storage()
    written: list[str] = []
    try:
        with transaction.atomic():
            # Lock the user's row so concurrent uploads for one athlete count one at a time.
            User.objects.select_for_update().filter(pk=user.pk).first()
            full = over_limit(user, day, photos)
            if full:
                names = ", ".join(str(ProgressPhoto.Pose(p).label).lower() for p in full)
                raise PhotoError(
                    _("You already have %(count)d %(poses)s photos for %(day)s. Delete one first.")
                    % {
                        "count": MAX_PER_DAY_AND_POSE,
                        "poses": names,
                        "day": day_month_year(day),
                    }
                )
            saved = []
            for pose, photo in photos.items():
                stem = f"{user.pk}/{uuid.uuid4().hex}"
                image_name = storage.save(f"{stem}.jpg", ContentFile(photo.image))
                written.append(image_name)
                thumb_name = storage.save(f"{stem}-thumb.jpg", ContentFile(photo.thumbnail))
                written.append(thumb_name)
                row = ProgressPhoto(
                    user=user,
                    day=day,
                    pose=pose,
                    image_name=image_name,
                    thumbnail_name=thumb_name,
                    width=photo.width,
                    height=photo.height,
                )
                row.full_clean()
                row.save()
                saved.append(row)
            return saved
    except BaseException:
        for name in written:
            storage.delete(name)
        raise


def open_photo(photo: ProgressPhoto, size: str) -> IO[bytes]:
    """The stored JPEG of a photo ("full" or "thumb"), opened for reading."""
    name = photo.image_name if size == "full" else photo.thumbnail_name
    return photo_storage().open(name, "rb")


def photo_delete(photo: ProgressPhoto) -> None:
    """Delete the row, then its files once the deletion has committed."""
    names = [photo.image_name, photo.thumbnail_name]
    photo.delete()
    transaction.on_commit(lambda: _delete_files(names))


def photos_delete_for_user(user: User) -> None:
    """Remove every photo file of `user` (their rows go with the user's CASCADE)."""
    names = [
        name
        for pair in ProgressPhoto.objects.filter(user=user).values_list(
            "image_name", "thumbnail_name"
        )
        for name in pair
    ]
    transaction.on_commit(lambda: _delete_files(names))


def _delete_files(names: Iterable[str]) -> None:
    storage = photo_storage()
    for name in names:
        storage.delete(name)
