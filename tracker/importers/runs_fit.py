"""FIT activity files (Garmin, Wahoo, Coros, Suunto, Zwift; Strava's originals), via fitdecode.

Each ``session`` message is one activity: ``sport``, ``start_time``, ``total_distance`` (m),
``total_timer_time`` (moving, s), ``total_elapsed_time`` (s), ``total_ascent`` (m) and
``avg_heart_rate``. A file without sessions (some watches write them last, so a cut-short
file loses them) falls back to its ``record`` messages, and so does a session without a
distance. CRCs are checked: a damaged or truncated file is refused with a message, unless a
complete session summary came before the damage (Strava's Android app writes it first), which
is then used with a note. Sessions and records are capped per file (`limits`); records are
kept as small tuples of numbers, not as decoded messages.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import fitdecode

from tracker.importers import limits
from tracker.importers.common import ImportFileError, ImportOptions, ParseResult, Problem, in_file
from tracker.importers.runs_common import (
    add_run,
    as_utc_aware,
    elevation_gain,
    is_run_type,
    run_external_id,
    skip_note,
    start_id,
    too_many_activities,
    too_many_points,
)
from tracker.texts import Text, gettext_lazy


def _value(frame: fitdecode.FitDataMessage, name: str):
    try:
        return frame.get_value(name, fallback=None)
    except (KeyError, ValueError):
        return None


def _read_frames(data: bytes, where: str) -> tuple[dict[str, list], Text | None]:
    """The file's session, record and sport messages, plus a note if the file was damaged
    after its summary. Garmin's SDK reads a FIT file up to the point of damage; so do we, but
    only a complete session message is trusted: without one a damaged file is refused."""
    found: dict[str, list] = {"session": [], "record": [], "sport": [], "file_id": []}
    damage: Text | None = None
    record_count = 0
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as fit:
            for frame in fit:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA or frame.name not in found:
                    continue
                if frame.name == "record":
                    # Kept as a small Record, not as the decoded message (ten times the size).
                    record_count += 1
                    if record_count > limits.MAX_POINTS_PER_FILE:
                        raise too_many_points(where)
                    record = _record(frame)
                    if record is not None:
                        found["record"].append(record)
                    continue
                if frame.name == "session" and (
                    len(found["session"]) >= limits.MAX_ACTIVITIES_PER_FILE
                ):
                    raise too_many_activities(where, "sessions")
                found[frame.name].append(frame)
    except fitdecode.FitHeaderError:
        raise ImportFileError(
            in_file(where, gettext_lazy("this is not a FIT file (its header is wrong)."))
        ) from None
    except fitdecode.FitCRCError:
        # A wrong checksum means some byte changed, possibly inside the summary: refuse.
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy(
                    "the FIT file is damaged (its checksum doesn't match). Export it again from "
                    "the watch or app."
                ),
            )
        ) from None
    except fitdecode.FitEOFError:
        damage = gettext_lazy("it is cut short")
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError):
        damage = gettext_lazy("part of it can't be read")
    if damage and not found["session"]:
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy(
                    "the FIT file is damaged (%(damage)s) and holds no complete activity summary "
                    "before the damage, so its numbers can't be trusted. Export it again from "
                    "the watch or app.",
                    damage=damage,
                ),
            )
        )
    note = None
    if damage:
        note = in_file(
            where,
            gettext_lazy(
                "the file is damaged (%(damage)s); the activity summary written before the "
                "damage was used, as Garmin's own tools do.",
                damage=damage,
            ),
        )
    return found, note


def _file_type(found: dict[str, list]) -> str:
    for frame in found["file_id"]:
        kind = _value(frame, "type")
        if kind is not None:
            return str(kind)
    return ""


def parse_fit(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    result = ParseResult("FIT")
    found, damage_note = _read_frames(data, where)
    if damage_note:
        result.notes.append(damage_note)
    file_type = _file_type(found)
    if file_type in ("weight", "blood_pressure", "monitoring_b", "monitoring_a"):
        if file_type == "weight":
            message = gettext_lazy(
                "this FIT file is a weight-scale file, not a run. Upload it under Weight and "
                "body fat."
            )
        else:
            message = gettext_lazy("this FIT file is not an activity file, not a run.")
        raise ImportFileError(in_file(where, message))
    sessions = found["session"]
    records: list[Record] = found["record"]
    sport_name = next(
        (str(_value(f, "sport")) for f in found["sport"] if _value(f, "sport") is not None), None
    )
    if not sessions:
        return _from_records(result, options, records, sport_name, where, activity_id)
    starts = [as_utc_aware(_value(s, "start_time")) for s in sessions]
    for number, session in enumerate(sessions):
        label = where if len(sessions) == 1 else f"{where} session {number + 1}"
        sport = _value(session, "sport")
        sport = str(sport) if sport is not None else None
        if not is_run_type(sport):
            result.notes.append(skip_note(label, sport or ""))
            continue
        start = starts[number] or as_utc_aware(_value(session, "timestamp"))
        if start is None:
            result.problems.append(
                Problem(gettext_lazy("the session has no start time"), None, label)
            )
            continue
        distance_m = float(_value(session, "total_distance") or 0)
        moving = _value(session, "total_timer_time")
        elapsed = _value(session, "total_elapsed_time")
        own: list[Record] = []
        if not distance_m:
            # Only here: matching every session against every record would take sessions
            # times records steps for a file of many sessions.
            later = min((s for s in starts[number + 1 :] if s and s > start), default=None)
            own = [r for r in records if r.time >= start and (later is None or r.time < later)]
        if not distance_m and own:
            # Some watches (a Suunto Ambit3 here) leave the session's distance out and close
            # its times a lap early; the records carry the whole activity.
            distance_m = max((r.distance for r in own if r.distance is not None), default=0.0)
            span = (own[-1].time - own[0].time).total_seconds()
            if span > float(elapsed or 0):
                moving = elapsed = span
                result.notes.append(
                    in_file(
                        label,
                        gettext_lazy(
                            "the file's summary has no distance; distance and time come from "
                            "its recorded points."
                        ),
                    )
                )
        ascent = _value(session, "total_ascent")
        add_run(
            result,
            options,
            where=label,
            line=0,
            start=start,
            distance_km=distance_m / 1000,
            moving_s=moving,
            elapsed_s=elapsed,
            avg_heart_rate=_value(session, "avg_heart_rate"),
            elevation_gain_m=float(ascent) if ascent is not None else None,
            external_id=run_external_id(activity_id, number, start),
        )
    return result


@dataclass
class Record:
    time: dt.datetime
    distance: float | None
    heart_rate: float | None
    altitude: float | None


def _record(frame: fitdecode.FitDataMessage) -> Record | None:
    when = as_utc_aware(_value(frame, "timestamp"))
    if when is None:
        return None
    distance = _value(frame, "distance")
    altitude = _value(frame, "enhanced_altitude")
    if altitude is None:
        altitude = _value(frame, "altitude")
    rate = _value(frame, "heart_rate")
    return Record(
        when,
        float(distance) if distance is not None else None,
        float(rate) if rate else None,
        float(altitude) if altitude is not None else None,
    )


def _from_records(
    result: ParseResult,
    options: ImportOptions,
    records: list[Record],
    sport: str | None,
    where: str,
    activity_id: str,
) -> ParseResult:
    if not is_run_type(sport):
        result.notes.append(skip_note(where, sport or ""))
        return result
    if not records:
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy("the FIT file has no activity data (no session or timed records)."),
            )
        )
    times = [r.time for r in records]
    distances = [r.distance for r in records if r.distance is not None]
    rates = [r.heart_rate for r in records if r.heart_rate]
    altitudes = [r.altitude for r in records if r.altitude is not None]
    elapsed = (max(times) - min(times)).total_seconds()
    add_run(
        result,
        options,
        where=where,
        line=0,
        start=min(times),
        distance_km=(max(distances) if distances else 0) / 1000,
        moving_s=None,
        elapsed_s=elapsed,
        avg_heart_rate=sum(rates) / len(rates) if rates else None,
        elevation_gain_m=elevation_gain(altitudes) if altitudes else None,
        external_id=activity_id or start_id(min(times)),
    )
    return result
