"""Reading ZIP archives and gzip files within limits, so a ZIP bomb is refused, not unpacked.

The ZIP's own directory is checked first (member count, declared total size, per-member size
and compression ratio); each member is then read in bounded chunks, so a directory that lies
about sizes is caught while reading. Nothing is written to disk.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.importers import limits
from tracker.importers.common import ImportFileError

CHUNK = 1024 * 1024


@dataclass
class Member:
    name: str
    data: bytes


def _mb(size: int) -> str:
    return f"{size / limits.MB:,.1f} MB"


def iter_zip(
    data: bytes, *, wanted: Callable[[str], bool], ignored: list[str] | None = None
) -> Iterator[Member]:
    """The members whose names `wanted` accepts, decompressed, in archive order.

    Raises ImportFileError (naming the member) for a damaged archive or one over the limits;
    the whole archive is refused then, so nothing from it is imported. The names of members
    skipped as unwanted are appended to `ignored`.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ImportFileError(
            "The ZIP file is damaged or incomplete (was the upload or download cut short?)."
        ) from None
    files = [info for info in infos if not info.is_dir()]
    if len(files) > limits.MAX_ZIP_MEMBERS:
        raise ImportFileError(
            f"The ZIP holds {len(files):,} files; the limit is {limits.MAX_ZIP_MEMBERS:,}. "
            "Zip just the activities folder, or split it into several ZIPs."
        )
    declared = sum(info.file_size for info in files)
    if declared > limits.MAX_ZIP_TOTAL_BYTES:
        raise ImportFileError(
            f"The ZIP unpacks to {_mb(declared)}; the limit is "
            f"{_mb(limits.MAX_ZIP_TOTAL_BYTES)}. Split it into several ZIPs."
        )
    total = 0
    for info in files:
        name = info.filename
        if not wanted(name):
            if ignored is not None:
                ignored.append(name)
            continue
        if info.flag_bits & 0x1:
            raise ImportFileError(f"{name}: the file is password-protected; unzip it first.")
        _check_member_size(name, info.file_size, info.compress_size)
        chunks: list[bytes] = []
        size = 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    # The directory may lie about sizes; count what actually comes out.
                    _check_member_size(name, size, info.compress_size)
                    if total > limits.MAX_ZIP_TOTAL_BYTES:
                        raise ImportFileError(
                            f"The ZIP unpacks to more than {_mb(limits.MAX_ZIP_TOTAL_BYTES)}."
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as e:
            raise ImportFileError(
                f"{name}: this file inside the ZIP is damaged or uses an unsupported "
                f"compression ({e})."
            ) from None
        yield Member(name, b"".join(chunks))


def _check_member_size(name: str, size: int, compressed: int) -> None:
    if size > limits.MAX_MEMBER_BYTES:
        raise ImportFileError(
            f"{name}: unpacks to more than {_mb(limits.MAX_MEMBER_BYTES)}, the limit for one file."
        )
    if size > max(compressed, 1) * limits.MAX_COMPRESSION_RATIO and size > 64 * 1024:
        raise ImportFileError(
            f"{name}: compressed more than {limits.MAX_COMPRESSION_RATIO} to 1, which is how "
            "ZIP bombs look; refused for safety."
        )


def gunzip(name: str, data: bytes) -> bytes:
    """A .gz file's content, within the per-file size and compression-ratio limits."""
    limit = min(limits.MAX_MEMBER_BYTES, max(len(data), 1) * limits.MAX_COMPRESSION_RATIO)
    limit = max(limit, 64 * 1024)  # tiny files compress well without being bombs
    decompressor = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error:
        raise ImportFileError(f"{name}: the gzip data is damaged.") from None
    if len(out) > limit or decompressor.unconsumed_tail:
        _check_member_size(name, limit + 1, len(data))
        raise ImportFileError(f"{name}: unpacks to more than the limit.")  # pragma: no cover
    if not decompressor.eof:
        raise ImportFileError(f"{name}: the gzip file is incomplete (cut short?).")
    return out
