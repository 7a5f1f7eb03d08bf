"""Progress-photo processing with Pillow: check an upload, strip it, shrink it, thumbnail it.

Pure: takes the uploaded bytes (a binary file object) and returns new JPEG bytes, or raises
:class:`PhotoError` with a message for the person who uploaded it. No Django, no storage.

Why every photo is re-encoded rather than stored as sent: a phone JPEG carries EXIF metadata -
GPS coordinates of the athlete's home, the device serial, the capture time - and may hide other
data after the image. Decoding to pixels and writing a fresh JPEG keeps only the pixels, so
nothing the camera added survives (the orientation tag is applied to the pixels first, so the
photo stays upright). Downscaling to :data:`MAX_SIDE_PX` keeps a 12-48 MP phone photo at a few
hundred KB, which is all a side-by-side comparison needs.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import IO

from django.utils.translation import gettext as _
from PIL import Image, ImageOps

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 20 * MB
# 64 MP covers every phone camera's normal output; a "decompression bomb" declares a huge
# canvas in a tiny file to exhaust memory when decoded, so refuse it from the header alone.
MAX_PIXELS = 64_000_000
MAX_SIDE_PX = 2048
THUMB_SIDE_PX = 480
JPEG_QUALITY = 85
THUMB_QUALITY = 80
ACCEPTED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "MPO": "JPEG"}
ACCEPTED_TEXT = "JPEG, PNG or WebP"


class PhotoError(ValueError):
    """The upload cannot be a progress photo; the message says why, for the athlete."""


@dataclass(frozen=True)
class ProcessedPhoto:
    image: bytes  # JPEG, at most MAX_SIDE_PX on the long side, no metadata
    thumbnail: bytes  # JPEG, at most THUMB_SIDE_PX on the long side
    width: int
    height: int


def _size_text(size: int) -> str:
    return f"{size / MB:.1f} MB"


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB pixels from any still mode: transparency goes on white (a JPEG has none), CMYK and
    greyscale and palette images are converted."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    # No exif= or icc_profile= arguments: the new file carries pixels only.
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


def process_photo(file: IO[bytes], size: int | None = None) -> ProcessedPhoto:
    """Validate and re-encode one uploaded photo; raises PhotoError with a clear message."""
    if size is None:
        file.seek(0, io.SEEK_END)
        size = file.tell()
    file.seek(0)
    if size == 0:
        raise PhotoError(_("This file is empty."))
    if size > MAX_UPLOAD_BYTES:
        raise PhotoError(
            _("This photo is %(size)s; photos can be up to %(limit)d MB.")
            % {"size": _size_text(size), "limit": MAX_UPLOAD_BYTES // MB}
        )
    with warnings.catch_warnings():
        # Pillow only warns below twice its own limit; any bomb warning is a refusal here.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(file)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
            raise PhotoError(_bomb_text()) from error
        except OSError as error:  # UnidentifiedImageError is one: a PDF, a text file, ...
            raise PhotoError(
                _("This file is not a photo we can read. Upload a %(formats)s image.")
                % {"formats": ACCEPTED_TEXT}
            ) from error
        with image:
            return _process_open(image)


def _bomb_text() -> str:
    return _(
        "This image's dimensions are too large (over %(megapixels)d megapixels). "
        "Upload a normal camera photo."
    ) % {"megapixels": MAX_PIXELS // 1_000_000}


def _process_open(image: Image.Image) -> ProcessedPhoto:
    if image.format not in ACCEPTED_FORMATS:
        if image.format:
            refusal = _("%(kind)s images can't be used. Upload a %(formats)s photo.") % {
                "kind": image.format,
                "formats": ACCEPTED_TEXT,
            }
        else:
            refusal = _("This kind of image can't be used. Upload a %(formats)s photo.") % {
                "formats": ACCEPTED_TEXT
            }
        raise PhotoError(refusal)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoError(_bomb_text())
    if getattr(image, "is_animated", False) and image.format != "MPO":
        # MPO is a phone's stereo/depth JPEG: its first frame is the photo. Anything else with
        # several frames is an animation, which a progress photo cannot be.
        raise PhotoError(_("Animated images can't be progress photos. Upload a still photo."))
    try:
        image.load()
        upright = ImageOps.exif_transpose(image) or image
        pixels = _to_rgb(upright)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise PhotoError(
            _("This photo is damaged or incomplete. Try taking or exporting it again.")
        ) from error
    pixels.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX), Image.Resampling.LANCZOS)
    thumb = pixels.copy()
    thumb.thumbnail((THUMB_SIDE_PX, THUMB_SIDE_PX), Image.Resampling.LANCZOS)
    return ProcessedPhoto(
        image=_jpeg(pixels, JPEG_QUALITY),
        thumbnail=_jpeg(thumb, THUMB_QUALITY),
        width=pixels.width,
        height=pixels.height,
    )
