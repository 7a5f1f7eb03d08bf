"""Shared pieces of the import parsers: the plain result types, text decoding, CSV reading with
line numbers, number and date parsing, and the validation bounds every import enforces.

Pure Python: no Django imports. Messages are written for the athlete ("Line 14: weight 420 kg
is above the 350 kg limit") and always say where the problem is. They are
:class:`tracker.texts.Text`: made here (in the parse's child process, without Django) and
translated where they are shown, in the athlete's language; numbers in them are
:class:`tracker.texts.Number`, written as the language writes them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, cast

from tracker import bounds, units
from tracker.importers import limits
from tracker.texts import Day, Number, Text, gettext_lazy
from tracker.units import KG_PER_LB, format_duration

__all__ = ["KG_PER_LB"]  # importers read the factor from here with the other helpers
# OWASP's list of characters that make a spreadsheet treat a cell as a formula; our exports put
# a quote before them, and imports of our own files take it off again.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(Exception):
    """The file as a whole can't be imported (wrong format, damaged, too large). The message
    (a Text, translated when shown: ``str(error)``) says what is wrong and, where it can,
    where."""

    @property
    def text(self) -> Text:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, Text) else Text(str(message))


class LimitExceeded(ImportFileError):
    """A limit of the whole import was passed (lines read, activities, bytes unpacked, the parse
    budget): the import stops, even inside a ZIP where one bad file is otherwise only noted."""


class DateOrderNeeded(ImportFileError):
    """Dates such as 03/04/2024 could be day/month or month/day; the athlete must choose."""


@dataclass(frozen=True)
class ImportOptions:
    today: dt.date  # in the athlete's time zone: later dates are refused
    tz: dt.tzinfo = dt.UTC  # timestamps with a zone are converted to the athlete's local day
    weight_unit: str = "auto"  # kg | lb | auto (the file says; else default_weight_unit)
    default_weight_unit: str = "kg"
    default_distance_unit: str = "km"  # for files that don't say (Garmin's activities CSV)
    default_length_unit: str = "cm"  # circumferences in files that don't say (cm | in)
    date_order: str = "auto"  # dmy | mdy | auto (ask when the file is ambiguous)


@dataclass(frozen=True)
class Problem:
    message: Text | str
    line: int | None = None
    where: str = ""  # the file inside a ZIP

    def text(self) -> Text:
        """The problem with its place, translated when shown."""
        message = self.message
        if self.where and self.line is not None:
            return gettext_lazy(
                "%(file)s, line %(line)s: %(message)s",
                file=self.where,
                line=self.line,
                message=message,
            )
        if self.where:
            return in_file(self.where, message if isinstance(message, Text) else Text(message))
        if self.line is not None:
            return gettext_lazy("Line %(line)s: %(message)s", line=self.line, message=message)
        return message if isinstance(message, Text) else Text(message)

    def __str__(self) -> str:
        return str(self.text())

    def english(self) -> str:
        return self.text().english()


def in_file(where: str, message: Text) -> Text:
    """`message` about one file (inside a ZIP, or the upload itself), after its name."""
    return gettext_lazy("%(file)s: %(message)s", file=where, message=message)


def placed(where: str, message: Text) -> Text:
    """`message` after the name of the file it is about, if it has one (a CSV in a ZIP)."""
    return in_file(where, message) if where else message


def joined(reasons: list[Text]) -> Text:
    """Several reasons one line is refused, as one message ("a; b")."""
    text = reasons[0]
    for reason in reasons[1:]:
        text = Text("%(first)s; %(then)s", (("first", text), ("then", reason)))
    return text


def counted_names(counts: list[tuple[Text | str, int]]) -> Text:
    """ "2 Cycling, 1 Walk": names (as the file has them, or our words) with how many of each,
    the numbers in the language's format when shown."""
    parts = [
        Text("%(count)s %(name)s", (("count", Number(n, 0, grouped=True)), ("name", name)))
        for name, n in counts
    ]
    listed = parts[0]
    for part in parts[1:]:
        listed = Text("%(list)s, %(item)s", (("list", listed), ("item", part)))
    return listed


@dataclass
class BodyRow:
    line: int
    day: dt.date
    weight_kg: float | None = None
    body_fat_percent: float | None = None
    method: str = "scale"


@dataclass
class RunRow:
    line: int
    day: dt.date
    distance_km: float
    duration_s: int  # moving time where the source has it, else elapsed
    elapsed_s: int | None = None
    avg_heart_rate: int | None = None
    elevation_gain_m: float | None = None
    effort: int | None = None
    note: str | Text = ""  # translated when the run is saved (runs_common.run_note)
    source: str = "file"  # the RunEntry.Source value
    external_id: str = ""
    where: str = ""
    doubt: Text | None = None  # why an untyped track is probably not a run (None if it is one)


@dataclass
class ProteinRow:
    line: int
    day: dt.date
    grams: float


@dataclass
class MeasurementRow:
    line: int
    day: dt.date
    site: str  # a Measurement.Site value
    side: str  # "", "left" or "right"
    cm: float


@dataclass
class ParseResult:
    format_name: str
    rows: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)  # things skipped on purpose, assumptions
    # Runs set aside as probably not runs (untyped tracks at a ride's speed): the preview lists
    # them and the athlete may import them anyway.
    unsure: list = field(default_factory=list)


# --- Text and CSV ------------------------------------------------------------------------------

EMPTY = gettext_lazy("The file is empty.")
NOT_UTF16 = gettext_lazy("The file claims to be UTF-16 text but isn't.")

# How far a CSV's text is checked for being binary, UTF-16 or another format.
_HEAD_BYTES = 4096
_NOT_BLANK = re.compile(rb"[^ \t\r\n\f\v]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte that isn't UTF-8 is read as Windows-1252 (what spreadsheets
    on Windows still save CSV as), and a byte Windows-1252 leaves undefined as Latin-1. This
    lets text be decoded while it streams, without a first pass to choose the encoding."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    try:
        return chunk.decode("cp1252"), error.end
    except UnicodeDecodeError:
        return chunk.decode("latin-1"), error.end


codecs.register_error("wholebody_cp1252", _cp1252_fallback)


def _sniff_encoding(head: bytes) -> str:
    """The encoding to read a CSV with, judged from its first bytes; binary files and other
    formats get a message naming what they are."""
    if head.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            gettext_lazy("This is a ZIP file, not a CSV file. Unzip it and upload the CSV.")
        )
    if head.startswith(b"\x1f\x8b"):
        raise ImportFileError(
            gettext_lazy("This is a gzip-compressed file. Unpack it and upload the CSV.")
        )
    if len(head) >= 12 and head[8:12] == b".FIT":
        raise ImportFileError(gettext_lazy("This is a FIT activity file; upload it under Runs."))
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head or _control_share(head) > 0.05:
        raise ImportFileError(
            gettext_lazy(
                "This looks like a binary file, not a CSV text file. Export your data as CSV "
                "and upload that."
            )
        )
    return "utf-8-sig"


def decode_text(data: bytes) -> str:
    """The whole file as text; binary files and other formats get a message naming what they
    are. The CSV parsers stream with `TextSource` instead; this is for small texts."""
    if not _NOT_BLANK.search(data):
        raise ImportFileError(EMPTY)
    encoding = _sniff_encoding(data[:_HEAD_BYTES])
    if encoding == "utf-16":
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(NOT_UTF16) from None
    return data.decode("utf-8-sig", errors="wholebody_cp1252")


def _control_share(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls / max(len(head), 1)


def normalise_header(cell: str) -> str:
    """'#Weight (kg) ' → 'weight (kg)': lower case, no leading '#', single spaces."""
    return " ".join(cell.strip().lstrip("\ufeff#").strip().strip('"').lower().split())


def sniff_delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class LineBudget:
    """Lines left to read, blank ones included: one per CSV file, or one shared by all the
    CSVs of a ZIP, so neither many blank lines nor many files can make reading unbounded."""

    def __init__(self, lines: int | None = None, *, in_zip: bool = False) -> None:
        self.limit = limits.MAX_LINES if lines is None else lines
        self.in_zip = in_zip  # the CSVs of a ZIP share it: say so when it runs out
        self.used = 0

    def spend(self) -> None:
        self.used += 1
        if self.used <= self.limit:
            return
        if self.in_zip:
            raise LimitExceeded(
                gettext_lazy(
                    "The CSV files in the ZIP have more than %(limit)s lines together (blank "
                    "lines count), the limit for one import. Split it into smaller files (by "
                    "year, for example) and import each.",
                    limit=Number(self.limit, 0, grouped=True),
                )
            )
        raise LimitExceeded(
            gettext_lazy(
                "The file has more than %(limit)s lines (blank lines count), the limit for one "
                "import. Split it into smaller files (by year, for example) and import each.",
                limit=Number(self.limit, 0, grouped=True),
            )
        )


_LINE_END = re.compile(r"\r\n|\r|\n")


class TextSource:
    """CSV text read line by line, never whole: from a string, from bytes, or from a stream
    that can be opened again (a member of a ZIP, decompressed as it is read). Every line is
    checked against the line-length limit before it is kept."""

    def __init__(
        self,
        *,
        text: str | None = None,
        open_bytes: Callable[[], BinaryIO | io.BufferedIOBase] | None = None,
        encoding: str = "utf-8-sig",
    ) -> None:
        self._text = text
        self._open_bytes = open_bytes
        self.encoding = encoding

    @classmethod
    def of(cls, data: str | bytes | TextSource) -> TextSource:
        if isinstance(data, TextSource):
            return data
        if isinstance(data, str):
            return cls(text=data)
        if not _NOT_BLANK.search(data):
            raise ImportFileError(EMPTY)
        encoding = _sniff_encoding(data[:_HEAD_BYTES])
        return cls(open_bytes=lambda: io.BytesIO(data), encoding=encoding)

    @classmethod
    def from_stream(cls, open_bytes: Callable[[], BinaryIO | io.BufferedIOBase]) -> TextSource:
        """A source over a stream (opened once here to look at its first bytes)."""
        with open_bytes() as stream:
            head = stream.read(_HEAD_BYTES)
        if not _NOT_BLANK.search(head):
            # Blank so far; read_table says "empty" if nothing but blank lines follow.
            return cls(open_bytes=open_bytes)
        return cls(open_bytes=open_bytes, encoding=_sniff_encoding(head))

    def lines(self) -> Iterator[str]:
        """Physical lines with their line ends, each within MAX_LINE_CHARS."""
        if self._text is not None:
            yield from _string_lines(self._text)
            return
        assert self._open_bytes is not None
        cap = limits.MAX_LINE_CHARS
        number = 0
        with self._open_bytes() as raw:
            errors = "strict" if self.encoding == "utf-16" else "wholebody_cp1252"
            stream = io.TextIOWrapper(
                cast(BinaryIO, raw), encoding=self.encoding, errors=errors, newline=""
            )
            try:
                while line := stream.readline(cap + 2):
                    number += 1
                    if len(line.rstrip("\r\n")) > cap:
                        raise _line_too_long(number)
                    yield line
            except UnicodeDecodeError:
                raise ImportFileError(NOT_UTF16) from None
            finally:
                stream.detach()  # the opener's `with` closes the underlying stream


def _line_too_long(number: int) -> ImportFileError:
    return ImportFileError(
        gettext_lazy(
            "Line %(line)s is longer than %(size)s KB, the limit for one line of a CSV. Is this "
            "really a CSV export?",
            line=number,
            size=Number(limits.MAX_LINE_CHARS // 1024, 0, grouped=True),
        )
    )


def _string_lines(text: str) -> Iterator[str]:
    cap = limits.MAX_LINE_CHARS
    position, number, size = 0, 0, len(text)
    while position < size:
        number += 1
        match = _LINE_END.search(text, position, position + cap + 2)
        end = match.end() if match else min(size, position + cap + 1)
        if end - position > cap and not match:
            raise _line_too_long(number)
        yield text[position:end]
        position = end


class TableRows:
    """The data rows below a header as (line number, cells), read again from the source on
    each pass rather than kept: a parser makes two passes (date order, then rows), and
    100,000 rows of 90 cells kept in memory would take gigabytes."""

    def __init__(self, source: TextSource, header_index: int, delimiter: str, count: int) -> None:
        self._source = source
        self._header_index = header_index
        self._delimiter = delimiter
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        lines = self._source.lines()
        for _ in itertools.islice(lines, self._header_index + 1):
            pass
        return _data_rows(lines, self._header_index, self._delimiter, budget=None)


@dataclass
class Table:
    header: list[str]  # normalised
    raw_header: list[str]
    header_line: int
    delimiter: str
    rows: TableRows  # (line number, cells); blank lines dropped
    preamble: list[str]  # lines before the header


_HEADER_SEARCH_LINES = 30


def read_table(
    data: str | bytes | TextSource,
    *,
    is_header: Callable[[list[str]], bool],
    max_rows: int | None = None,
    budget: LineBudget | None = None,
) -> Table:
    """Find the header (the first of the first 30 lines `is_header` accepts), then check the
    rows below it: every line counts towards the line budget (blank lines too), every row
    towards `max_rows` (default MAX_ROWS) and against the column limit. Stops with a message
    at the first limit passed, having kept no more than one row in memory."""
    source = TextSource.of(data)
    budget = budget or LineBudget()
    lines = source.lines()
    preamble: list[str] = []
    found = None
    anything = False
    for index, line in enumerate(lines):
        budget.spend()
        if line.strip():
            anything = True
            found = _header_of(line, is_header)
            if found is not None:
                break
        if index + 1 >= _HEADER_SEARCH_LINES:
            break
        preamble.append(line.rstrip("\r\n"))
    if found is None:
        if not anything and next(lines, None) is None:
            raise ImportFileError(EMPTY)
        raise ImportFileError("no_header")
    delimiter, header, raw_header = found
    index = len(preamble)
    count = 0
    cap = limits.MAX_ROWS if max_rows is None else max_rows
    for _ in _data_rows(lines, index, delimiter, budget=budget):
        count += 1
        if count > cap:
            raise ImportFileError(
                gettext_lazy(
                    "The file has more than %(limit)s rows, the limit for one import. Split it "
                    "into smaller files (by year, for example) and import each.",
                    limit=Number(cap, 0, grouped=True),
                )
            )
    rows = TableRows(source, index, delimiter, count)
    return Table(header, raw_header, index + 1, delimiter, rows, preamble)


def _data_rows(
    lines: Iterator[str], header_index: int, delimiter: str, *, budget: LineBudget | None
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each non-blank row after the header line."""

    def counted() -> Iterator[str]:
        for line in lines:
            if budget is not None:
                budget.spend()
            yield line

    reader = csv.reader(counted(), delimiter=delimiter)
    try:
        for cells in reader:
            line = header_index + 1 + reader.line_num
            if len(cells) > limits.MAX_COLUMNS:
                raise ImportFileError(
                    gettext_lazy(
                        "Line %(line)s has %(fields)s fields; the limit is %(limit)s columns. "
                        "Is this really a CSV export?",
                        line=line,
                        fields=Number(len(cells), 0, grouped=True),
                        limit=Number(limits.MAX_COLUMNS, 0, grouped=True),
                    )
                )
            if not any(c.strip() for c in cells):
                continue
            yield line, cells
    except csv.Error as error:
        raise ImportFileError(
            gettext_lazy(
                "Line %(line)s: the CSV is malformed (%(reason)s). Export it again.",
                line=header_index + 1 + reader.line_num,
                reason=_csv_problem(error),
            )
        ) from None


def _csv_problem(error: csv.Error) -> Text:
    """Our words for the csv module's errors, so no library text reaches the athlete."""
    text = str(error)
    if "field limit" in text:
        return gettext_lazy(
            "a field is longer than %(size)s KB",
            size=Number(csv.field_size_limit() // 1024, 0, grouped=True),
        )
    if "NUL" in text:
        return gettext_lazy("it holds NUL bytes, as binary files do")
    return gettext_lazy("a quote or a line break is out of place")


def _header_of(
    line: str, is_header: Callable[[list[str]], bool]
) -> tuple[str, list[str], list[str]] | None:
    """(delimiter, normalised header, raw header) if `line` is the header, else None."""
    delimiter = sniff_delimiter(line)
    raw = next(csv.reader([line], delimiter=delimiter), [])
    if len(raw) > limits.MAX_COLUMNS:
        return None
    header = [normalise_header(c) for c in raw]
    return (delimiter, header, raw) if is_header(header) else None


def cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def find_column(header: list[str], *names: str, prefix: bool = False) -> int | None:
    """Index of the first header equal to (or, with prefix, starting with) one of `names`."""
    for name in names:
        for i, h in enumerate(header):
            if h == name or (prefix and h.startswith(name)):
                return i
    return None


def unescape_formula(text: str) -> str:
    """Undo the quote our exports put before formula-like text ('=x → =x)."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIXES:
        return text[1:]
    return text


# --- Numbers -----------------------------------------------------------------------------------

UNIT_SUFFIXES = {"", "kg", "kgs", "lb", "lbs", "g", "%", "km", "mi", "m", "s", "bpm"}
_NUMBER = re.compile(r"^([-+]?[\d.,' \u00a0]*\d[\d.,' \u00a0]*)\s*([a-zA-Z%]*)\.?$")


def parse_number(text: str) -> tuple[float, str]:
    """(value, unit suffix) from '80.5', '80,5', '1.234,5', '176.2 lb', '20 %'.

    A lone comma is a decimal comma (European exports); with both separators the last one is
    the decimal point. Raises ValueError for anything else, including nan and infinity.
    """
    match = _NUMBER.match(text.strip())
    if not match:
        raise ValueError(text)
    digits, suffix = match.group(1), match.group(2).lower()
    if suffix not in UNIT_SUFFIXES:
        raise ValueError(text)
    digits = digits.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if "," in digits and "." in digits:
        if digits.rfind(",") > digits.rfind("."):
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif digits.count(",") == 1:
        digits = digits.replace(",", ".")
    elif digits.count(",") > 1:
        digits = digits.replace(",", "")
    value = float(digits)
    if not math.isfinite(value):
        raise ValueError(text)
    return value, suffix


def fmt(value: float, places: int = 1) -> str:
    """80.0 → '80', 80.25 → '80.3': numbers in messages as people write them (no grouping, so
    a value read from a file shows as it was written)."""
    return units.plain_number(value, places).replace(",", "")


# --- Dates -------------------------------------------------------------------------------------

_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_NAMED_FORMATS = (
    "%b %d, %Y, %I:%M:%S %p",  # Strava: "Mar 5, 2024, 7:12:00 AM"
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y, %H:%M:%S",
    "%d %b %Y, %H:%M:%S",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%a %b %d %Y",
)


def detect_date_order(samples: list[str], chosen: str) -> str:
    """'dmy' or 'mdy' for the numeric dates in `samples`, or 'iso' if there are none.

    A first part above 12 proves day/month, a second part above 12 proves month/day; if no
    date decides and the athlete chose 'auto', DateOrderNeeded asks them.
    """
    day_first = month_first = False
    example = ""
    for text in samples:
        match = _NUMERIC.match(text.strip())
        if not match:
            continue
        example = example or text.strip()
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > 12
        month_first |= second > 12
    if not example:
        return "iso"
    if chosen in ("dmy", "mdy"):
        return chosen
    if day_first and month_first:
        raise ImportFileError(
            gettext_lazy(
                "The dates mix day/month and month/day order (both 25/03 and 03/25 style "
                "appear), so they can't be read safely. Fix the dates and upload again."
            )
        )
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    raise DateOrderNeeded(
        gettext_lazy(
            "Dates such as %(example)s could mean day/month or month/day. Choose the date order "
            "used in the file and upload it again.",
            example=example,
        )
    )


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def parse_when(text: str, order: str, *, assume_utc: bool = False) -> dt.datetime | dt.date:
    """A date or a date-time from the formats apps export. Aware if the text (or
    `assume_utc`) says so. Raises ValueError."""
    text = text.strip()
    match = _ISO.match(text)
    if match:
        y, m, d, hh, mm, ss, zone = match.groups()
        if hh is None:
            return dt.date(int(y), int(m), int(d))
        when = dt.datetime(int(y), int(m), int(d), int(hh), int(mm), int(ss or 0))
        return _with_zone(when, zone, assume_utc)
    match = _NUMERIC.match(text)
    if match:
        a, b, y, hh, mm, ss, ampm = match.groups()
        day, month = (int(a), int(b)) if order != "mdy" else (int(b), int(a))
        if hh is None:
            return dt.date(_year(y), month, day)
        hour = int(hh)
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
        when = dt.datetime(_year(y), month, day, hour, int(mm), int(ss or 0))
        return when.replace(tzinfo=dt.UTC) if assume_utc else when
    cleaned = " ".join(text.replace("\u202f", " ").split())
    for fmt_ in _NAMED_FORMATS:
        try:
            when = dt.datetime.strptime(cleaned, fmt_)
        except ValueError:
            continue
        if "%H" not in fmt_ and "%I" not in fmt_:
            return when.date()
        return when.replace(tzinfo=dt.UTC) if assume_utc else when
    raise ValueError(text)


def _with_zone(when: dt.datetime, zone: str | None, assume_utc: bool) -> dt.datetime:
    if zone is None:
        return when.replace(tzinfo=dt.UTC) if assume_utc else when
    zone = zone.upper()
    if zone in ("Z", "UTC", "GMT"):
        return when.replace(tzinfo=dt.UTC)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return when.replace(tzinfo=dt.timezone(sign * offset))


def local_day(when: dt.datetime | dt.date, tz: dt.tzinfo) -> dt.date:
    """The athlete's calendar day: aware times are moved to their zone, naive ones are local."""
    if isinstance(when, dt.datetime):
        if when.tzinfo is not None:
            return when.astimezone(tz).date()
        return when.date()
    return when


DATE_MISSING = gettext_lazy("the date is missing")


def unreadable_date(text: str) -> Text:
    """The problem with a date (or start time) cell no format here reads."""
    return gettext_lazy("“%(value)s” is not a date this import can read", value=text[:40])


def read_day(
    text: str, order: str, options: ImportOptions, *, assume_utc: bool = False
) -> dt.date | Text:
    """The athlete's day a date cell names, or the problem with it (missing, unreadable, in the
    future, before 1990) as the message to show for its line. `assume_utc`: a time without a
    zone is UTC (the file says so)."""
    if not text:
        return DATE_MISSING
    try:
        day = local_day(parse_when(text, order, assume_utc=assume_utc), options.tz)
    except ValueError:
        return unreadable_date(text)
    return check_day(day, options) or day


def check_day(day: dt.date, options: ImportOptions) -> Text | None:
    """The reason a day can't be stored, or None."""
    if day > options.today:
        return gettext_lazy("the date %(date)s is in the future", date=Day.of(day))
    if day < bounds.EARLIEST_DAY:
        return gettext_lazy("the date %(date)s is before 1 January 1990", date=Day.of(day))
    return None


# --- Bounds, with messages in the units the file used ------------------------------------------


def limit_ends(
    bound: bounds.Bound,
    *,
    weight_unit: str = "kg",
    distance_unit: str = "km",
    length_unit: str = "cm",
) -> tuple[Number, Number, str]:
    """A bound's ends in the person's units, as numbers for a message (rounded as
    `Bound.shown` rounds them, written in the language's format when shown), and the unit."""
    prefs = (weight_unit, distance_unit, length_unit)
    low, unit = units.to_display(bound.low, bound.unit, *prefs)
    high, _ = units.to_display(bound.high, bound.unit, *prefs)
    high_places = bound.places if bound.high_places is None else bound.high_places
    return Number(low, bound.places, grouped=True), Number(high, high_places, grouped=True), unit


def weight_problem(kg: float, unit: str) -> Text | None:
    # Rounded to 0.01 kg, as the forms do, so a bound typed in lb is accepted.
    bound = bounds.WEIGHT
    if bound.contains(round(kg, 2)):
        return None
    value = Number(units.kg_to_display(kg, unit))
    low, high, _unit = limit_ends(bound, weight_unit=unit)
    if kg < bound.low:
        return gettext_lazy(
            "weight %(value)s %(unit)s is below the %(limit)s %(unit)s limit",
            value=value,
            unit=unit,
            limit=low,
        )
    return gettext_lazy(
        "weight %(value)s %(unit)s is above the %(limit)s %(unit)s limit",
        value=value,
        unit=unit,
        limit=high,
    )


def body_fat_problem(percent: float) -> Text | None:
    bound = bounds.BODY_FAT
    if bound.contains(percent):
        return None
    low, high, _unit = limit_ends(bound)
    if percent < bound.low:
        return gettext_lazy(
            "body fat %(value)s %% is below the %(limit)s %% limit",
            value=Number(percent),
            limit=low,
        )
    return gettext_lazy(
        "body fat %(value)s %% is above the %(limit)s %% limit",
        value=Number(percent),
        limit=high,
    )


def protein_problem(grams: float) -> Text | None:
    bound = bounds.PROTEIN_DAY
    if bound.contains(grams):
        return None
    if grams < 0:
        return gettext_lazy("protein %(value)s g can't be negative", value=Number(grams))
    return gettext_lazy(
        "protein %(value)s g in one day is above the %(limit)s g limit",
        value=Number(grams),
        limit=limit_ends(bound)[1],
    )


# Durations and paces in messages read like the app shows them (m:ss, h:mm:ss).
clock = format_duration


def run_problems(row: RunRow, distance_unit: str = "km") -> list[Text]:
    """Every bound a run breaks (DESIGN.md: distance, duration, pace, heart rate, elevation,
    effort), distances and paces in the file's unit."""
    found: list[Text] = []
    km, seconds = row.distance_km, row.duration_s
    distance = bounds.RUN_DISTANCE
    if not distance.contains(round(km, 3)):
        low, high, _unit = limit_ends(distance, distance_unit=distance_unit)
        shown = Number(units.km_to_display(km, distance_unit), 2)
        if km < distance.low:
            found.append(
                gettext_lazy(
                    "distance %(value)s %(unit)s is below the %(limit)s %(unit)s limit",
                    value=shown,
                    unit=distance_unit,
                    limit=low,
                )
            )
        else:
            found.append(
                gettext_lazy(
                    "distance %(value)s %(unit)s is above the %(limit)s %(unit)s limit",
                    value=shown,
                    unit=distance_unit,
                    limit=high,
                )
            )
    duration = bounds.RUN_DURATION
    if seconds < duration.low:
        found.append(
            gettext_lazy(
                "duration %(time)s is shorter than %(minutes)s minute",
                time=clock(seconds),
                minutes=Number(duration.low / 60, 0),
            )
        )
    elif seconds > duration.high:
        found.append(
            gettext_lazy(
                "duration %(time)s is longer than %(hours)s hours",
                time=clock(seconds),
                hours=Number(duration.high / 3600, 0),
            )
        )
    if not found and km > 0:
        pace = seconds / km
        if not bounds.PACE.contains(pace):
            ends = bounds.PACE.shown(distance_unit=distance_unit)
            shown_pace = units.format_pace(pace, distance_unit)
            if pace < bounds.PACE.low:
                found.append(
                    gettext_lazy(
                        "pace %(pace)s is faster than the %(limit)s limit",
                        pace=shown_pace,
                        limit=ends.low,
                    )
                )
            else:
                found.append(
                    gettext_lazy(
                        "pace %(pace)s is slower than the %(limit)s limit",
                        pace=shown_pace,
                        limit=ends.high,
                    )
                )
    hr = row.avg_heart_rate
    if hr is not None and not bounds.HEART_RATE.contains(hr):
        low, high, _unit = limit_ends(bounds.HEART_RATE)
        found.append(
            gettext_lazy(
                "average heart rate %(value)s bpm is outside %(low)s–%(high)s",
                value=hr,
                low=low,
                high=high,
            )
        )
    gain = row.elevation_gain_m
    if gain is not None and not bounds.ELEVATION_GAIN.contains(gain):
        low, high, unit = limit_ends(bounds.ELEVATION_GAIN, distance_unit=distance_unit)
        found.append(
            gettext_lazy(
                "elevation gain %(value)s %(unit)s is outside %(low)s–%(high)s %(unit)s",
                value=Number(units.m_to_display_elevation(gain, distance_unit)),
                unit=unit,
                low=low,
                high=high,
            )
        )
    if row.effort is not None and not bounds.EFFORT.contains(row.effort):
        low, high, _unit = limit_ends(bounds.EFFORT)
        found.append(
            gettext_lazy(
                "effort %(value)s is outside %(low)s–%(high)s", value=row.effort, low=low, high=high
            )
        )
    return found
