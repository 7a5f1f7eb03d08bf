"""What the run parsers share: safe XML parsing, activity-type names, de-duplication ids, and
turning one activity's measurements into a checked RunRow.

Pure Python. XML goes through defusedxml with document type declarations forbidden, so entity
expansion ("billion laughs") and external entities are refused before any parser sees them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tracker.importers import limits
from tracker.importers.common import (
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    RunRow,
    check_day,
    clock,
    in_file,
    joined,
    local_day,
    run_problems,
)
from tracker.texts import Number, Text, gettext_lazy, gettext_noop

# Activity types that count as runs, as GPX <type>, TCX Sport, FIT sport and Strava name them.
RUN_TYPES = {
    "run",
    "running",
    "trail run",
    "trail running",
    "treadmill",
    "treadmill running",
    "virtual run",
    "virtualrun",
    "track running",
    "street running",
    "indoor running",
    "9",  # Strava's numeric type for a run in older GPX exports
    "laufen",  # Garmin Connect in German
    "laufband",
    "traillauf",
    "treadmill run",
    "outdoor run",
    "indoor run",
}


# Strava's GPX exports write the activity type as a number; the ones people meet most (the
# words translated where a skip note shows them).
STRAVA_TYPE_CODES = {
    "1": gettext_noop("ride"),
    "2": gettext_noop("alpine ski"),
    "3": gettext_noop("backcountry ski"),
    "4": gettext_noop("hike"),
    "5": gettext_noop("ice skate"),
    "6": gettext_noop("inline skate"),
    "7": gettext_noop("Nordic ski"),
    "8": gettext_noop("roller ski"),
    "9": "run",
    "10": gettext_noop("walk"),
    "11": gettext_noop("workout"),
    "12": gettext_noop("snowboard"),
    "13": gettext_noop("snowshoe"),
    "14": gettext_noop("kitesurf"),
    "15": gettext_noop("windsurf"),
    "16": gettext_noop("swim"),
    "17": gettext_noop("virtual ride"),
    "18": gettext_noop("e-bike ride"),
}


def is_run_type(name: str | None) -> bool:
    """True for running activities; an activity with no type at all counts as a run."""
    if name is None or not name.strip():
        return True
    return name.strip().lower().replace("_", " ") in RUN_TYPES


def activity_words(kind: str) -> str:
    """An activity type as words: Strava's numeric codes named, FIT's snake_case spaced ("" for
    none we can name)."""
    kind = kind.strip()
    if kind.isdigit():
        return STRAVA_TYPE_CODES.get(kind, "")
    return kind.replace("_", " ").lower()


def _xml_refused(where: str) -> ImportFileError:
    return ImportFileError(
        in_file(
            where,
            gettext_lazy(
                "the XML declares a document type or entities, which activity files never need "
                "and XML attacks use; refused for safety."
            ),
        )
    )


def _xml_malformed(where: str, error: ParseError) -> ImportFileError:
    line = error.position[0] if getattr(error, "position", None) else None
    if line:
        message = gettext_lazy(
            "the XML is malformed or cut short (line %(line)s); export the file again.", line=line
        )
    else:
        message = gettext_lazy("the XML is malformed or cut short; export the file again.")
    return ImportFileError(in_file(where, message))


def safe_xml(data: bytes, where: str) -> Element:
    """The parsed XML root; DTDs, entities and malformed XML become clear ImportFileErrors."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise _xml_refused(where) from None
    except ParseError as error:
        raise _xml_malformed(where, error) from None


def stream_xml(data: bytes, where: str) -> Iterator[tuple[str, Element, Element | None]]:
    """("start" or "end", element, parent) for each element, read as a stream so the caller
    can drop what it has read (``parent.remove(element)``) and a big file is never held as a
    whole tree; DTDs, entities and malformed XML become clear ImportFileErrors, as in
    `safe_xml`."""
    stack: list[Element] = []
    try:
        events = SafeET.iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True)
        for event, element in events:
            if event == "start":
                parent = stack[-1] if stack else None
                stack.append(element)
            else:
                stack.pop()
                parent = stack[-1] if stack else None
            yield event, element, parent
    except DefusedXmlException:
        raise _xml_refused(where) from None
    except ParseError as error:
        raise _xml_malformed(where, error) from None


def too_many_points(where: str) -> ImportFileError:
    return ImportFileError(
        in_file(
            where,
            gettext_lazy(
                "the file holds more than %(limit)s track points, the limit for one file (36 "
                "hours recorded every second).",
                limit=Number(limits.MAX_POINTS_PER_FILE, 0, grouped=True),
            ),
        )
    )


def too_many_activities(where: str, kind: str = "activities") -> ImportFileError:
    """The refusal of a file with more than the limit of activities: `kind` is "activities",
    "sessions" (FIT) or "tracks" (GPX)."""
    limit = Number(limits.MAX_ACTIVITIES_PER_FILE, 0, grouped=True)
    if kind == "sessions":
        message = gettext_lazy(
            "the file holds more than %(limit)s activities (sessions), the limit for one file. "
            "Export the activities one by one.",
            limit=limit,
        )
    elif kind == "tracks":
        message = gettext_lazy(
            "the file holds more than %(limit)s tracks, the limit for one file. Export the "
            "activities one by one.",
            limit=limit,
        )
    else:
        message = gettext_lazy(
            "the file holds more than %(limit)s activities, the limit for one file. Export the "
            "activities one by one.",
            limit=limit,
        )
    return ImportFileError(in_file(where, message))


def local_name(tag: str) -> str:
    """'{namespace}Lap' → 'Lap'."""
    return tag.rsplit("}", 1)[-1]


def as_utc_aware(when: object) -> dt.datetime | None:
    """A datetime from a run file, with UTC assumed when it carries no zone (as GPX, TCX and
    FIT timestamps are defined); anything else is None."""
    if not isinstance(when, dt.datetime):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def run_external_id(activity_id: str, number: int, start: dt.datetime) -> str:
    """The de-duplication key of one run in a file: the activity id from the export (with the
    run's number when a file holds several), else its UTC start time, so the same run exported
    as GPX and as FIT matches."""
    if not activity_id:
        return start_id(start)
    return f"{activity_id}:{number}" if number else activity_id


def start_id(start: dt.datetime) -> str:
    """A stable id for a file without one of its own: the UTC start to the second. The same run
    exported as GPX by one app and as FIT by another gets the same id."""
    return "start:" + start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def elevation_gain(altitudes: list[float], threshold: float = 2.0) -> float:
    """Total climb, ignoring wiggles below `threshold` metres (GPS and barometer noise)."""
    gain = 0.0
    if not altitudes:
        return gain
    anchor = altitudes[0]
    for altitude in altitudes[1:]:
        if altitude - anchor >= threshold:
            gain += altitude - anchor
            anchor = altitude
        elif altitude < anchor:
            anchor = altitude
    return gain


def add_run(
    result: ParseResult,
    options: ImportOptions,
    *,
    where: str,
    line: int,
    start: dt.datetime | dt.date,
    distance_km: float,
    moving_s: float | None,
    elapsed_s: float | None,
    avg_heart_rate: float | None = None,
    elevation_gain_m: float | None = None,
    external_id: str,
    name: str = "",
    source: str = "file",
    doubt: Text | None = None,
) -> None:
    """Check one activity against the bounds and add it as a row, or as a problem. With a
    `doubt` (an untyped track that is probably not a run) it is set aside in `unsure`, or just
    noted as skipped if it couldn't be saved as a run anyway."""
    duration = moving_s if moving_s else elapsed_s
    if not duration:
        result.problems.append(
            Problem(gettext_lazy("the activity has no duration"), line or None, where)
        )
        return
    day = local_day(start, options.tz)
    reason = check_day(day, options)
    if reason:
        result.problems.append(Problem(reason, line or None, where))
        return
    parts: list[str | Text] = [name.strip()[:200]] if name.strip() else []
    if where:
        parts.append(gettext_lazy("from %(file)s", file=where.rsplit("/", 1)[-1][:200]))
    if elapsed_s and moving_s and round(elapsed_s) - round(moving_s) >= 60:
        parts.append(gettext_lazy("elapsed %(time)s", time=clock(elapsed_s)))
    row = RunRow(
        line=line,
        day=day,
        distance_km=round(distance_km, 3),
        duration_s=round(duration),
        elapsed_s=round(elapsed_s) if elapsed_s else None,
        avg_heart_rate=round(avg_heart_rate) if avg_heart_rate else None,
        elevation_gain_m=round(elevation_gain_m, 1) if elevation_gain_m is not None else None,
        note=run_note(parts),
        source=source,
        external_id=external_id[:200],
        where=where,
        doubt=doubt,
    )
    problems = run_problems(row)
    if doubt:
        if problems:
            result.notes.append(
                in_file(
                    where or name,
                    gettext_lazy(
                        "skipped as probably a ride or another non-running activity: %(reason)s.",
                        reason=doubt,
                    ),
                )
                if where or name
                else gettext_lazy(
                    "An activity was skipped as probably a ride or another non-running "
                    "activity: %(reason)s.",
                    reason=doubt,
                )
            )
        else:
            result.unsure.append(row)
        return
    if problems:
        result.problems.append(Problem(joined(problems), line or None, where))
        return
    result.rows.append(row)


def skip_note(where: str, kind: str) -> Text:
    words = activity_words(kind)
    # Our words for Strava's codes and the common FIT sports ("cycling") are in the catalogues;
    # any other type stays as the file wrote it (gettext returns it unchanged).
    activity = Text(words)
    if not words:
        note = gettext_lazy("skipped, it is a non-running activity, not a run.")
    elif words[:1] in "aeiou":
        note = gettext_lazy(
            "skipped, it is an %(activity)s activity, not a run.", activity=activity
        )
    else:
        note = gettext_lazy("skipped, it is a %(activity)s activity, not a run.", activity=activity)
    return in_file(where, note)


def run_note(parts: list[str | Text]) -> str | Text:
    """The note saved with an imported run ("Morning Run · from x.gpx · elapsed 1:02:03"), as
    words translated when it is saved: the confirm runs in the athlete's language, the parse
    doesn't. The separator has no words, so it is not in the catalogues."""
    if not parts:
        return ""
    note = parts[0]
    for part in parts[1:]:
        note = Text("%(before)s · %(after)s", (("before", note), ("after", part)))
    return note
