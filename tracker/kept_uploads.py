"""Uploads kept between requests: a file waiting for the athlete to say how its dates are
written, or an Apple Health export waiting for a background worker.

The file goes to the default storage (shared by every app server and worker, see MEDIA_ROOT in
settings), never into process memory. The page gets a signed token naming it, bound to its
owner and import kind and valid for two hours, so nobody can point the import at another
person's file or at an arbitrary path.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import IO

from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

SALT = "wholebody.kept-upload"
MAX_AGE_S = 2 * 60 * 60
FOLDER = "imports"


@dataclass(frozen=True)
class KeptUpload:
    name: str  # in the storage
    filename: str  # as uploaded

    def open(self) -> IO[bytes]:
        return default_storage.open(self.name, "rb")

    def discard(self) -> None:
        if default_storage.exists(self.name):
            default_storage.delete(self.name)


# Files older than this are removed when the same person keeps another one: a date-order
# question nobody answered, or an export whose job never ran. Longer than MAX_AGE_S so a
# queued Apple Health export isn't taken from under a busy worker.
STALE_AFTER = dt.timedelta(days=1)


def _remove_stale(owner_id: int) -> None:
    folder = f"{FOLDER}/{owner_id}"
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    cutoff = timezone.now() - STALE_AFTER
    for name in files:
        path = f"{folder}/{name}"
        try:
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError):
            continue


def keep(upload: UploadedFile, *, owner_id: int, kind: str) -> tuple[KeptUpload, str]:
    """Store the upload (streamed in chunks) and return it with its signed token."""
    _remove_stale(owner_id)
    name = default_storage.save(f"{FOLDER}/{owner_id}/{uuid.uuid4().hex}", upload)
    kept = KeptUpload(name=name, filename=(upload.name or "upload")[-255:])
    token = signing.dumps(
        {"owner": owner_id, "kind": kind, "name": name, "filename": kept.filename}, salt=SALT
    )
    return kept, token


def find(token: str, *, owner_id: int, kind: str) -> KeptUpload | None:
    """The kept upload a token names, if the token is genuine, fresh, the requester's own and
    for this import kind, and the file is still there; else None."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_S)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if data.get("owner") != owner_id or data.get("kind") != kind:
        return None
    kept = KeptUpload(name=str(data["name"]), filename=str(data["filename"]))
    return kept if default_storage.exists(kept.name) else None
