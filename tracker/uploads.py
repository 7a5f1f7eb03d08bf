"""An upload handler that enforces the import size limit while the file streams in.

The import view also checks ``upload.size``, but only after Django has received the whole body:
a 20 GB upload would first be written in full to a temporary file (or held in memory up to
FILE_UPLOAD_MAX_MEMORY_SIZE). This handler runs first in FILE_UPLOAD_HANDLERS and skips a file
as soon as it passes the limit, so the rest is read and discarded instead of stored; the view
then shows the size message (see `was_too_large`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest

from tracker.importers import limits

# Set on the request when a file was skipped for its size, so the view can say why it is missing.
TOO_LARGE_ATTRIBUTE = "wholebody_upload_too_large"


def max_upload_bytes(kind: str = "") -> int:
    """The size limit for an upload to the import of this kind (Apple Health's is larger)."""
    if kind == "apple":
        return getattr(settings, "IMPORT_MAX_APPLE_HEALTH_BYTES", limits.MAX_APPLE_HEALTH_BYTES)
    return getattr(settings, "IMPORT_MAX_UPLOAD_BYTES", limits.MAX_UPLOAD_BYTES)


def _kind_of(request: HttpRequest | None) -> str:
    match = getattr(request, "resolver_match", None)
    return str(match.kwargs.get("kind", "")) if match else ""


def was_too_large(request: HttpRequest) -> bool:
    return hasattr(request, TOO_LARGE_ATTRIBUTE)


def skipped_size(request: HttpRequest) -> int | None:
    """The request body's declared size when a file was skipped (a close upper bound of the
    file's own size: the form fields around it are a few hundred bytes), or None."""
    return getattr(request, TOO_LARGE_ATTRIBUTE, None)


class SizeLimitUploadHandler(FileUploadHandler):
    """Passes chunks on to the next handlers until the file passes the import limit."""

    request_length: int | None = None  # not content_length: new_file() sets that per file

    def handle_raw_input(
        self,
        input_data: object,
        META: dict[str, str],
        content_length: int,
        boundary: str,
        encoding: str | None = None,
    ) -> None:
        self.request_length = content_length or None
        return None  # let the multipart parser read the body as usual

    def new_file(self, *args: object, **kwargs: object) -> None:
        super().new_file(*args, **kwargs)  # type: ignore[arg-type]
        self.limit = max_upload_bytes(_kind_of(self.request))

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            if self.request is not None:
                setattr(self.request, TOO_LARGE_ATTRIBUTE, self.request_length)
            # Django closes (and deletes) what later handlers stored so far and discards the
            # rest of this file's data.
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the memory or temporary-file handler after this one builds the file
