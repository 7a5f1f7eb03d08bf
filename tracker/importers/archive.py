"""Reading ZIP archives and gzip files within limits, so a ZIP bomb is refused, not unpacked.

The ZIP's own directory is checked first (member count, declared total size of the members the
import wants, per-member size and compression ratio); members are then handed out one at a
time and decompressed only when read, in bounded chunks, so a directory that lies about sizes is
caught while reading and no member is kept once the next one is read. Members the import does
not want (photos, other data) are never decompressed. Nothing is written to disk.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator

from tracker.importers import limits
from tracker.importers.common import ImportFileError, in_file
from tracker.texts import Number, gettext_lazy

CHUNK = 1024 * 1024


def _mb(size: int) -> Number:
    """A size in MB for a message (the words put the unit after it)."""
    return Number(size / limits.MB, 1, grouped=True)


class _Tally:
    """Bytes decompressed from one ZIP so far. A member read twice (a CSV is read once to
    check it and again for its rows) counts once, at the furthest point read."""

    def __init__(self) -> None:
        self.total = 0
        self._furthest: dict[str, int] = {}

    def reached(self, name: str, position: int) -> None:
        before = self._furthest.get(name, 0)
        if position > before:
            self._furthest[name] = position
            self.total += position - before
            if self.total > limits.MAX_ZIP_TOTAL_BYTES:
                raise ImportFileError(
                    gettext_lazy(
                        "The ZIP unpacks to more than %(limit)s MB.",
                        limit=_mb(limits.MAX_ZIP_TOTAL_BYTES),
                    )
                )


class _CheckedStream(io.BufferedIOBase):
    """A member's decompressed bytes, checked against the size and ratio limits as they come
    out (the directory may lie about sizes), with damage reported in our words."""

    def __init__(self, member: Member) -> None:
        super().__init__()
        self._member = member
        self._position = 0
        try:
            self._stream = member.archive.open(member.info)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
            raise member.damaged() from None

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        try:
            chunk = self._stream.read(min(size, CHUNK))
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
            raise self._member.damaged() from None
        self._position += len(chunk)
        info = self._member.info
        _check_member_size(info.filename, self._position, info.compress_size)
        self._member.tally.reached(info.filename, self._position)
        return chunk

    def read1(self, size: int = -1) -> bytes:
        return self.read(CHUNK if size is None or size < 0 else size)

    def close(self) -> None:
        self._stream.close()
        super().close()


class Member:
    """One file inside a ZIP, decompressed only when `open` or `data` reads it."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, tally: _Tally) -> None:
        self.archive = archive
        self.info = info
        self.tally = tally
        self.name = info.filename

    def open(self) -> io.BufferedIOBase:
        """A stream of the decompressed bytes (each call starts again from the beginning)."""
        return _CheckedStream(self)

    @property
    def data(self) -> bytes:
        """The whole member, within the per-file limits."""
        with self.open() as stream:
            return stream.read()

    def damaged(self) -> ImportFileError:
        return ImportFileError(
            in_file(
                self.name,
                gettext_lazy(
                    "this file inside the ZIP is damaged or uses a compression this import "
                    "can't read; zip it again with standard settings."
                ),
            )
        )


def iter_zip(
    data: bytes,
    *,
    wanted: Callable[[str], bool],
    ignored: list[str] | None = None,
    order: Callable[[str], int] | None = None,
) -> Iterator[Member]:
    """The members whose names `wanted` accepts, in archive order (or sorted by `order`,
    archive order among equals), each read only when the caller reads it.

    Raises ImportFileError (naming the member) for a damaged archive or one over the limits;
    the whole archive is refused then, so nothing from it is imported. The names of members
    skipped as unwanted are appended to `ignored`; they are never decompressed.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ImportFileError(
            gettext_lazy(
                "The ZIP file is damaged or incomplete (was the upload or download cut short?)."
            )
        ) from None
    files = [info for info in infos if not info.is_dir()]
    if len(files) > limits.MAX_ZIP_MEMBERS:
        raise ImportFileError(
            gettext_lazy(
                "The ZIP holds %(count)s files; the limit is %(limit)s. Zip just the activities "
                "folder, or split it into several ZIPs.",
                count=Number(len(files), 0, grouped=True),
                limit=Number(limits.MAX_ZIP_MEMBERS, 0, grouped=True),
            )
        )
    chosen: list[zipfile.ZipInfo] = []
    for info in files:
        if wanted(info.filename):
            chosen.append(info)
        elif ignored is not None:
            ignored.append(info.filename)
    declared = sum(info.file_size for info in chosen)
    if declared > limits.MAX_ZIP_TOTAL_BYTES:
        raise ImportFileError(
            gettext_lazy(
                "The ZIP unpacks to %(size)s MB; the limit is %(limit)s MB. Split it into "
                "several ZIPs.",
                size=_mb(declared),
                limit=_mb(limits.MAX_ZIP_TOTAL_BYTES),
            )
        )
    if order is not None:
        chosen.sort(key=lambda info: order(info.filename))
    tally = _Tally()
    for info in chosen:
        name = info.filename
        if info.flag_bits & 0x1:
            raise ImportFileError(
                in_file(name, gettext_lazy("the file is password-protected; unzip it first."))
            )
        _check_member_size(name, info.file_size, info.compress_size)
        yield Member(archive, info, tally)


def _check_member_size(name: str, size: int, compressed: int) -> None:
    if size > limits.MAX_MEMBER_BYTES:
        raise ImportFileError(
            in_file(
                name,
                gettext_lazy(
                    "unpacks to more than %(limit)s MB, the limit for one file.",
                    limit=_mb(limits.MAX_MEMBER_BYTES),
                ),
            )
        )
    if size > max(compressed, 1) * limits.MAX_COMPRESSION_RATIO and size > 64 * 1024:
        raise ImportFileError(
            in_file(
                name,
                gettext_lazy(
                    "compressed more than %(ratio)s to 1, which is how ZIP bombs look; refused "
                    "for safety.",
                    ratio=Number(limits.MAX_COMPRESSION_RATIO, 0, grouped=True),
                ),
            )
        )


def gunzip(name: str, data: bytes) -> bytes:
    """A .gz file's content, within the per-file size and compression-ratio limits."""
    limit = min(limits.MAX_MEMBER_BYTES, max(len(data), 1) * limits.MAX_COMPRESSION_RATIO)
    limit = max(limit, 64 * 1024)  # tiny files compress well without being bombs
    decompressor = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error:
        raise ImportFileError(in_file(name, gettext_lazy("the gzip data is damaged."))) from None
    if len(out) > limit or decompressor.unconsumed_tail:
        _check_member_size(name, limit + 1, len(data))
        raise ImportFileError(  # pragma: no cover
            in_file(name, gettext_lazy("unpacks to more than the limit."))
        )
    if not decompressor.eof:
        raise ImportFileError(
            in_file(name, gettext_lazy("the gzip file is incomplete (cut short?)."))
        )
    return out
