"""Apple Health exports: the ``export.zip`` the Health app shares ("Export All Health Data"),
or the ``export.xml`` inside it.

Real exports are hundreds of MB to several GB of XML (every heart-rate sample of years), so the
file is streamed: the ZIP member is decompressed as it is read, the XML goes through an
incremental parser, and each top-level element is dropped as soon as it has been looked at.
Memory stays flat whatever the size; only the rows to import are kept (a few per day).

What is read (Apple's documented HealthKit identifiers):
- ``Record`` ``HKQuantityTypeIdentifierBodyMass``: a weigh-in (``unit`` kg or lb);
- ``HKQuantityTypeIdentifierBodyFatPercentage``: a body-fat reading (Apple writes a fraction,
  0.215 for 21.5 %); method "scale", as these come from smart scales;
- ``HKQuantityTypeIdentifierLeanBodyMass``: turned into a body-fat reading when a weigh-in has
  the same time stamp and no body-fat reading does (fat % = 100 × (1 − lean ÷ weight));
- ``HKQuantityTypeIdentifierDietaryProtein``: grams, summed per local day (every app that
  writes food to Health adds to the day);
- ``Workout`` with ``workoutActivityType="HKWorkoutActivityTypeRunning"``: distance from
  ``totalDistance`` or, in newer exports, the ``WorkoutStatistics`` sum of
  ``DistanceWalkingRunning``; duration from ``duration`` (minutes); average heart rate from the
  ``WorkoutStatistics`` of ``HeartRate``. Other workouts are counted and skipped.
Dates carry their offset (``2024-03-05 07:12:00 +0100``) and are filed under the athlete's day.

Apple's export.xml starts with a document type declaration listing its elements; that is
allowed, but an entity declaration or an external reference is refused (defusedxml), so the
XML can't expand or fetch anything.

Pure Python: no Django imports. `progress(done, total)` is called now and then with the bytes
of the upload read so far.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tracker.importers import limits
from tracker.importers.common import (
    KG_PER_LB,
    BodyRow,
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    ProteinRow,
    body_fat_problem,
    check_day,
    counted_names,
    in_file,
    local_day,
    protein_problem,
    weight_problem,
)
from tracker.importers.runs_common import add_run, start_id
from tracker.texts import Day, Number, Text, gettext_lazy, gettext_noop

FORMAT_NAME = gettext_noop("Apple Health export")
BODY_MASS = "HKQuantityTypeIdentifierBodyMass"
BODY_FAT = "HKQuantityTypeIdentifierBodyFatPercentage"
LEAN_MASS = "HKQuantityTypeIdentifierLeanBodyMass"
PROTEIN = "HKQuantityTypeIdentifierDietaryProtein"
RUNNING = "HKWorkoutActivityTypeRunning"
HEART_RATE = "HKQuantityTypeIdentifierHeartRate"
RUN_DISTANCE = "HKQuantityTypeIdentifierDistanceWalkingRunning"
KM_PER_UNIT = {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144, "ft": 0.0003048}
SECONDS_PER_UNIT = {"min": 60.0, "s": 1.0, "sec": 1.0, "h": 3600.0, "hr": 3600.0}
GRAMS_PER_UNIT = {"g": 1.0, "mg": 0.001, "kg": 1000.0, "oz": 28.349523125}
# Records of the types above are a small share of an export; stop at a sane number of rows.
MAX_ROWS = 200_000
PROGRESS_EVERY = 5_000  # elements between progress reports (the job throttles writes)

Progress = Callable[[int, int], None]
_EXTERNAL_DTD = re.compile(rb"<!DOCTYPE\s+[\w:.-]+\s+(?:SYSTEM|PUBLIC)\b")


ENTITIES_REFUSED = gettext_lazy(
    "The export declares XML entities or external references, which Apple Health never "
    "writes; refused for safety."
)
# Per kind of record: the problem when its date can't be read, and the words before a date's.
_UNDATED = {
    BODY_MASS: gettext_lazy("a weigh-in without a readable date was left out"),
    BODY_FAT: gettext_lazy("a body-fat reading without a readable date was left out"),
    PROTEIN: gettext_lazy("a protein entry without a readable date was left out"),
}


def _on_day(kind: str, day: dt.date, reason: Text) -> Text:
    if kind == BODY_MASS:
        return gettext_lazy("weigh-in on %(date)s: %(reason)s", date=Day.of(day), reason=reason)
    if kind == BODY_FAT:
        return gettext_lazy(
            "body-fat reading on %(date)s: %(reason)s", date=Day.of(day), reason=reason
        )
    return gettext_lazy("protein entry on %(date)s: %(reason)s", date=Day.of(day), reason=reason)


def _dated(day: dt.date, reason: Text) -> Text:
    return gettext_lazy("%(date)s: %(reason)s", date=Day.of(day), reason=reason)


class _CountingReader(io.RawIOBase):
    """Wraps the upload to count the bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def seekable(self) -> bool:
        return self.raw.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()


class _BombGuard(io.RawIOBase):
    """Reads the XML out of the ZIP member, refusing it if it unpacks far more than XML does
    (a ZIP bomb); Health exports compress about 10-25 to 1."""

    def __init__(self, member: IO[bytes], compressed: int, name: str) -> None:
        self.member = member
        self.limit = max(compressed, 1) * limits.MAX_COMPRESSION_RATIO + 1024 * 1024
        self.name = name
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self.member.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise ImportFileError(
                in_file(
                    self.name,
                    gettext_lazy(
                        "the export is damaged or incomplete inside the ZIP (was the upload cut "
                        "short?). Export it again from the Health app."
                    ),
                )
            ) from None
        self.count += len(data)
        if self.count > self.limit:
            raise ImportFileError(
                in_file(
                    self.name,
                    gettext_lazy(
                        "unpacks to far more than an export does (over %(ratio)s to 1); refused "
                        "for safety.",
                        ratio=Number(limits.MAX_COMPRESSION_RATIO, 0, grouped=True),
                    ),
                )
            )
        buffer[: len(data)] = data
        return len(data)


def _export_member(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    """export.xml (any folder, any case); not export_cda.xml, the clinical-records file."""
    candidates = [
        info
        for info in archive.infolist()
        if not info.is_dir()
        and info.filename.lower().rsplit("/", 1)[-1] == "export.xml"
        and "__macosx/" not in info.filename.lower()
    ]
    if not candidates:
        raise ImportFileError(
            gettext_lazy(
                "This ZIP has no export.xml, so it is not an Apple Health export. In the Health "
                "app: your profile picture → Export All Health Data, then upload export.zip."
            )
        )
    return min(candidates, key=lambda info: info.filename.count("/"))


def parse_apple_health(
    source: IO[bytes], options: ImportOptions, *, progress: Progress | None = None
) -> ParseResult:
    """Rows from an Apple Health export (ZIP or bare export.xml), streamed from `source`, a
    seekable binary file."""
    source.seek(0, io.SEEK_END)
    total = source.tell()
    source.seek(0)
    head = source.read(4)
    source.seek(0)
    counter = _CountingReader(source)
    if head.startswith(b"PK"):
        try:
            archive = zipfile.ZipFile(io.BufferedReader(counter, 1024 * 1024))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise ImportFileError(
                gettext_lazy("The ZIP file is damaged or incomplete (was the upload cut short?).")
            ) from None
        info = _export_member(archive)
        if info.flag_bits & 0x1:
            raise ImportFileError(gettext_lazy("The export is password-protected; unzip it first."))
        try:
            member = archive.open(info)
        except (zipfile.BadZipFile, NotImplementedError, OSError):
            raise ImportFileError(
                gettext_lazy("The export inside the ZIP uses a compression this import can't read.")
            ) from None
        xml: io.BufferedReader = io.BufferedReader(
            _BombGuard(member, info.compress_size, info.filename), 1024 * 1024
        )
    else:
        xml = io.BufferedReader(counter, 1024 * 1024)
    # Apple's DOCTYPE is internal; one that points at an outside DTD is refused, though the
    # parser would not fetch it anyway.
    if _EXTERNAL_DTD.search(xml.peek(64 * 1024)[: 64 * 1024]):
        raise ImportFileError(ENTITIES_REFUSED)
    reader = _HealthReader(options)

    def report() -> None:
        if progress:
            progress(min(counter.count, total), total)

    reader.read(xml, report)
    report()
    return reader.finish()


def _when(text: str | None) -> dt.datetime | None:
    """Apple's '2024-03-05 07:12:00 +0100'."""
    if not text:
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        return None


def _number(text: str | None) -> float | None:
    try:
        value = float(text or "")
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class _HealthReader:
    def __init__(self, options: ImportOptions) -> None:
        self.options = options
        self.result = ParseResult(FORMAT_NAME)
        # Weigh-ins and body-fat readings by their start time stamp, to pair lean mass with.
        self.weights: dict[str, BodyRow] = {}
        self.fat_times: set[str] = set()
        self.lean: list[tuple[str, float]] = []
        self.protein: dict[dt.date, float] = {}
        self.protein_lines: dict[dt.date, int] = {}
        self.other_workouts: dict[str, int] = {}
        self.rows = 0
        self.elements = 0

    def read(self, xml: IO[bytes], report: Callable[[], None]) -> None:
        depth = 0
        root: Element | None = None
        try:
            for event, element in SafeET.iterparse(
                xml,
                events=("start", "end"),
                forbid_dtd=False,  # Apple declares its elements in an internal DTD
                forbid_entities=True,
                forbid_external=True,
            ):
                if event == "start":
                    if depth == 0:
                        root = element
                        if element.tag != "HealthData":
                            raise ImportFileError(
                                gettext_lazy(
                                    "This XML is not an Apple Health export (it has no "
                                    "<HealthData>)."
                                )
                            )
                    depth += 1
                    continue
                depth -= 1
                if depth != 1:
                    continue
                self.elements += 1
                if element.tag == "Record":
                    self._record(element)
                elif element.tag == "Workout":
                    self._workout(element)
                # Done with it: drop it (and its children) so memory stays flat.
                if root is not None:
                    root.clear()
                if self.elements % PROGRESS_EVERY == 0:
                    report()
        except DefusedXmlException:
            raise ImportFileError(ENTITIES_REFUSED) from None
        except ParseError as error:
            line = error.position[0] if getattr(error, "position", None) else None
            if line:
                message = gettext_lazy(
                    "The export's XML is malformed or cut short (line %(line)s). Export it again "
                    "from the Health app.",
                    line=Number(line, 0, grouped=True),
                )
            else:
                message = gettext_lazy(
                    "The export's XML is malformed or cut short. Export it again from the "
                    "Health app."
                )
            raise ImportFileError(message) from None
        if root is None:
            raise ImportFileError(gettext_lazy("The export is empty."))

    def _count_row(self) -> None:
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise ImportFileError(
                gettext_lazy(
                    "The export has more than %(limit)s weigh-ins, body-fat readings, protein "
                    "entries and runs together, the limit for one import.",
                    limit=Number(MAX_ROWS, 0, grouped=True),
                )
            )

    def _day(self, when: dt.datetime | None, kind: str) -> dt.date | None:
        if when is None:
            self.result.problems.append(Problem(_UNDATED[kind]))
            return None
        day = local_day(when, self.options.tz)
        reason = check_day(day, self.options)
        if reason:
            self.result.problems.append(Problem(_on_day(kind, day, reason)))
            return None
        return day

    def _record(self, element: Element) -> None:
        kind = element.get("type", "")
        if kind not in (BODY_MASS, BODY_FAT, LEAN_MASS, PROTEIN):
            return
        value = _number(element.get("value"))
        unit = (element.get("unit") or "").strip()
        stamp = element.get("startDate", "")
        if value is None:
            self.result.problems.append(
                Problem(gettext_lazy("a %(type)s record has no number", type=kind[24:]))
            )
            return
        if kind == LEAN_MASS:
            factor = KG_PER_LB if unit in ("lb", "lbs") else 1.0
            self.lean.append((stamp, value * factor))
            return
        day = self._day(_when(stamp), kind)
        if day is None:
            return
        if kind == BODY_MASS:
            unit_name = "lb" if unit in ("lb", "lbs") else "kg"
            kg = value * KG_PER_LB if unit_name == "lb" else value
            reason = weight_problem(kg, unit_name)
            if reason:
                self.result.problems.append(Problem(_dated(day, reason)))
                return
            self._count_row()
            row = BodyRow(line=0, day=day, weight_kg=kg)
            self.weights[stamp] = row
            self.result.rows.append(row)
        elif kind == BODY_FAT:
            percent = value * 100 if value <= 1 else value  # Apple writes 0.215 for 21.5 %
            reason = body_fat_problem(percent)
            if reason:
                self.result.problems.append(Problem(_dated(day, reason)))
                return
            self._count_row()
            self.fat_times.add(stamp)
            self.result.rows.append(BodyRow(line=0, day=day, body_fat_percent=percent))
        else:
            grams = value * GRAMS_PER_UNIT.get(unit, 1.0)
            if day not in self.protein:
                self._count_row()
            self.protein[day] = self.protein.get(day, 0.0) + grams

    def _workout(self, element: Element) -> None:
        kind = element.get("workoutActivityType", "")
        if kind != RUNNING:
            name = kind.removeprefix("HKWorkoutActivityType")
            self.other_workouts[name] = self.other_workouts.get(name, 0) + 1
            return
        start = _when(element.get("startDate"))
        if start is None:
            self.result.problems.append(
                Problem(gettext_lazy("a running workout without a date was left out"))
            )
            return
        distance_km = None
        total = _number(element.get("totalDistance"))
        if total:
            distance_km = total * KM_PER_UNIT.get(element.get("totalDistanceUnit", "km"), 1.0)
        heart_rate = None
        for child in element:
            if child.tag != "WorkoutStatistics":
                continue
            if child.get("type") == HEART_RATE:
                heart_rate = _number(child.get("average"))
            elif child.get("type") == RUN_DISTANCE and distance_km is None:
                summed = _number(child.get("sum"))
                if summed:
                    distance_km = summed * KM_PER_UNIT.get(child.get("unit", "km"), 1.0)
        duration = _number(element.get("duration"))
        seconds = (
            duration * SECONDS_PER_UNIT.get(element.get("durationUnit", "min"), 60.0)
            if (duration)
            else None
        )
        end = _when(element.get("endDate"))
        elapsed = (end - start).total_seconds() if end else None
        if not distance_km:
            self.result.problems.append(
                Problem(
                    gettext_lazy(
                        "running workout of %(date)s: no distance recorded, left out",
                        date=Day.of(start.date()),
                    )
                )
            )
            return
        self._count_row()
        add_run(
            self.result,
            self.options,
            where="",
            line=0,
            start=start,
            distance_km=distance_km,
            moving_s=seconds,
            elapsed_s=elapsed,
            avg_heart_rate=heart_rate,
            external_id=start_id(start),
            name=f"Apple Health ({element.get('sourceName', '')[:60]})".replace(" ()", ""),
        )

    def finish(self) -> ParseResult:
        result = self.result
        for stamp, lean_kg in self.lean:
            weigh_in = self.weights.get(stamp)
            if weigh_in is None or stamp in self.fat_times or not weigh_in.weight_kg:
                continue
            percent = 100 * (1 - lean_kg / weigh_in.weight_kg)
            if body_fat_problem(percent) is None:
                self._count_row()
                result.rows.append(BodyRow(line=0, day=weigh_in.day, body_fat_percent=percent))
        for day in sorted(self.protein):
            grams = round(self.protein[day], 1)
            reason = protein_problem(grams)
            if reason:
                result.problems.append(Problem(_dated(day, reason)))
                continue
            result.rows.append(ProteinRow(line=0, day=day, grams=grams))
        if self.other_workouts:
            listed = counted_names(
                [
                    (name or gettext_lazy("unnamed"), n)
                    for name, n in sorted(self.other_workouts.items())
                ]
            )
            result.notes.append(
                gettext_lazy("Skipped workouts that are not runs: %(list)s.", list=listed)
            )
        if self.protein:
            result.notes.append(
                gettext_lazy(
                    "Protein is the sum of every app that writes food to Health, per day; if two "
                    "apps log the same meals, the day counts them twice."
                )
            )
        return result
