"""The limits every import enforces, in one place so the page, the README and the code agree.

They keep one upload from exhausting a server: the upload size is checked before parsing, rows
are counted while reading, and archives are checked member by member before and while they are
decompressed (so a ZIP bomb is refused long before it fills memory).
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_UPLOAD_BYTES = 50 * MB  # one uploaded file, as sent
MAX_ROWS = 100_000  # data rows in one CSV (or activities in one ZIP)
MAX_ZIP_MEMBERS = 2_000  # files inside one ZIP
MAX_ZIP_TOTAL_BYTES = 500 * MB  # everything inside one ZIP, uncompressed
MAX_MEMBER_BYTES = 100 * MB  # one file inside a ZIP (or one .gz), uncompressed
MAX_COMPRESSION_RATIO = 100  # uncompressed size ÷ compressed size, per member
MAX_PROBLEMS_KEPT = 500  # problems listed in a preview; the rest are counted


def describe_limits() -> list[str]:
    """The limits as sentences for the import page."""
    return [
        f"Files up to {MAX_UPLOAD_BYTES // MB} MB.",
        f"Up to {MAX_ROWS:,} rows in a CSV file.",
        f"ZIP files with up to {MAX_ZIP_MEMBERS:,} files and {MAX_ZIP_TOTAL_BYTES // MB} MB "
        f"unpacked, no file over {MAX_MEMBER_BYTES // MB} MB unpacked or compressed more "
        f"than {MAX_COMPRESSION_RATIO} to 1.",
        "XML (GPX, TCX) without document type declarations or entities.",
    ]
