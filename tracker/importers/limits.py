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

from tracker.texts import Number, Text, gettext_lazy

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
) -> list[Text]:
    """The limits as sentences for the import page (the parse budget as the settings set it),
    translated when shown."""

    def number(value: float) -> Number:
        return Number(value, 0, grouped=True)

    return [
        gettext_lazy("Files up to %(size)s MB.", size=number(MAX_UPLOAD_BYTES // MB)),
        gettext_lazy(
            "Up to %(rows)s rows and %(lines)s lines (blank lines count) in a CSV file, with up "
            "to %(columns)s columns and %(line_size)s KB per line.",
            rows=number(MAX_ROWS),
            lines=number(MAX_LINES),
            columns=number(MAX_COLUMNS),
            line_size=number(MAX_LINE_CHARS // 1024),
        ),
        gettext_lazy(
            "Up to %(activities)s activities and %(points)s track points in one GPX, TCX or "
            "FIT file.",
            activities=number(MAX_ACTIVITIES_PER_FILE),
            points=number(MAX_POINTS_PER_FILE),
        ),
        gettext_lazy(
            "ZIP files with up to %(files)s files and %(total)s MB unpacked, no file over "
            "%(member)s MB unpacked or compressed more than %(ratio)s to 1.",
            files=number(MAX_ZIP_MEMBERS),
            total=number(MAX_ZIP_TOTAL_BYTES // MB),
            member=number(MAX_MEMBER_BYTES // MB),
            ratio=number(MAX_COMPRESSION_RATIO),
        ),
        gettext_lazy("XML (GPX, TCX) without document type declarations or entities."),
        gettext_lazy(
            "Reading one file may take up to %(seconds)s seconds and %(megabytes)s MB of memory.",
            seconds=number(parse_seconds),
            megabytes=number(parse_memory_mb),
        ),
    ]
