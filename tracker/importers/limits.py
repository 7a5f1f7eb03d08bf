"""The limits every import enforces, in one place so the page, the README and the code agree.

They keep one upload from exhausting a server: the upload size is checked before parsing; CSV
text is read line by line with every line (blank ones too), its length and its number of fields
counted; archives are checked member by member before and while they are decompressed (so a ZIP
bomb is refused long before it fills memory); activity files are capped in activities and track
points; and the whole parse runs in a child process with a memory and a time budget (see
`budget`), so whatever slips past the counts still cannot take a worker down.

The values are read at call time (``limits.MAX_ROWS``, not a default argument), so tests can
scale them down.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_UPLOAD_BYTES = 50 * MB  # one uploaded file, as sent
# An Apple Health export.zip holds years of heart-rate samples; it is read in the background,
# streamed, so it may be far bigger than any other upload.
MAX_APPLE_HEALTH_BYTES = 2048 * MB
MAX_ROWS = 100_000  # data rows in one CSV (or activities in one ZIP)
MAX_LINES = 200_000  # lines in one CSV, blank ones included (or in all the CSVs of one ZIP)
MAX_LINE_CHARS = 64 * 1024  # characters in one line of a CSV
MAX_COLUMNS = 500  # fields in one CSV row
MAX_ZIP_MEMBERS = 2_000  # files inside one ZIP
MAX_ZIP_TOTAL_BYTES = 500 * MB  # everything inside one ZIP, uncompressed
MAX_MEMBER_BYTES = 100 * MB  # one file inside a ZIP (or one .gz), uncompressed
MAX_COMPRESSION_RATIO = 100  # uncompressed size ÷ compressed size, per member
MAX_ACTIVITIES_PER_FILE = 1_000  # sessions, tracks or activities in one FIT, GPX or TCX file
# Track points (FIT records, GPX trkpt, TCX Trackpoint) in one activity file: 36 hours, the
# longest run the app accepts, recorded every second is 129,600.
MAX_POINTS_PER_FILE = 150_000
MAX_PROBLEMS_KEPT = 500  # problems listed in a preview; the rest are counted

# The parse of one upload runs in a child process with these budgets (the defaults of the
# IMPORT_PARSE_MEMORY_MB and IMPORT_PARSE_SECONDS settings).
PARSE_MEMORY_BYTES = 512 * MB  # memory the parse may add on top of what the worker holds
PARSE_SECONDS = 20  # wall-clock time, below gunicorn's 30 s worker timeout


def describe_limits(
    *, parse_seconds: int = PARSE_SECONDS, parse_memory_mb: int = PARSE_MEMORY_BYTES // MB
) -> list[str]:
    """The limits as sentences for the import page (the parse budget as the settings set it)."""
    return [
        f"Files up to {MAX_UPLOAD_BYTES // MB} MB.",
        f"Up to {MAX_ROWS:,} rows and {MAX_LINES:,} lines (blank lines count) in a CSV file, "
        f"with up to {MAX_COLUMNS:,} columns and {MAX_LINE_CHARS // 1024:,} KB per line.",
        f"Up to {MAX_ACTIVITIES_PER_FILE:,} activities and {MAX_POINTS_PER_FILE:,} track "
        "points in one GPX, TCX or FIT file.",
        f"ZIP files with up to {MAX_ZIP_MEMBERS:,} files and {MAX_ZIP_TOTAL_BYTES // MB} MB "
        f"unpacked, no file over {MAX_MEMBER_BYTES // MB} MB unpacked or compressed more "
        f"than {MAX_COMPRESSION_RATIO} to 1.",
        "XML (GPX, TCX) without document type declarations or entities.",
        f"Reading one file may take up to {parse_seconds} seconds and {parse_memory_mb} MB "
        "of memory.",
    ]
