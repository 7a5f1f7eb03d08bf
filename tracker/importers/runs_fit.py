"""FIT activity files (Garmin, Wahoo, Coros, Suunto, Zwift; Strava's originals), via fitdecode.

Each ``session`` message is one activity: ``sport``, ``start_time``, ``total_distance`` (m),
``total_timer_time`` (moving, s), ``total_elapsed_time`` (s), ``total_ascent`` (m) and
``avg_heart_rate``. A file without sessions (some watches write them last, so a cut-short
file loses them) falls back to its ``record`` messages. CRCs are checked: a damaged or
truncated file gets a message, never partial numbers.
"""

from __future__ import annotations

import io

import fitdecode

from tracker.importers.common import ImportFileError, ImportOptions, ParseResult, Problem
from tracker.importers.runs_common import (
    add_run,
    as_utc_aware,
    elevation_gain,
    is_run_type,
    run_external_id,
    skip_note,
    start_id,
)


def _value(frame: fitdecode.FitDataMessage, name: str):
    try:
        return frame.get_value(name, fallback=None)
    except (KeyError, ValueError):
        return None


def parse_fit(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    result = ParseResult("FIT")
    sessions: list[fitdecode.FitDataMessage] = []
    records: list[fitdecode.FitDataMessage] = []
    sport_name: str | None = None
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as fit:
            for frame in fit:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                if frame.name == "session":
                    sessions.append(frame)
                elif frame.name == "record":
                    records.append(frame)
                elif frame.name == "sport":
                    sport_name = str(_value(frame, "sport") or "") or sport_name
    except fitdecode.FitHeaderError:
        raise ImportFileError(f"{where}: this is not a FIT file (its header is wrong).") from None
    except fitdecode.FitCRCError:
        raise ImportFileError(
            f"{where}: the FIT file is damaged (its checksum doesn't match)."
        ) from None
    except fitdecode.FitEOFError:
        raise ImportFileError(f"{where}: the FIT file is incomplete (cut short).") from None
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError) as error:
        raise ImportFileError(f"{where}: the FIT file can't be read ({error}).") from None
    if sessions:
        for number, session in enumerate(sessions):
            label = where if len(sessions) == 1 else f"{where} session {number + 1}"
            sport = _value(session, "sport")
            sport = str(sport) if sport is not None else None
            if not is_run_type(sport):
                result.notes.append(skip_note(label, sport or ""))
                continue
            start = as_utc_aware(_value(session, "start_time")) or as_utc_aware(
                _value(session, "timestamp")
            )
            if start is None:
                result.problems.append(Problem("the session has no start time", None, label))
                continue
            external_id = run_external_id(activity_id, number, start)
            ascent = _value(session, "total_ascent")
            add_run(
                result,
                options,
                where=label,
                line=0,
                start=start,
                distance_km=float(_value(session, "total_distance") or 0) / 1000,
                moving_s=_value(session, "total_timer_time"),
                elapsed_s=_value(session, "total_elapsed_time"),
                avg_heart_rate=_value(session, "avg_heart_rate"),
                elevation_gain_m=float(ascent) if ascent is not None else None,
                external_id=external_id,
            )
        return result
    return _from_records(result, options, records, sport_name, where, activity_id)


def _from_records(
    result: ParseResult,
    options: ImportOptions,
    records: list[fitdecode.FitDataMessage],
    sport: str | None,
    where: str,
    activity_id: str,
) -> ParseResult:
    if not is_run_type(sport):
        result.notes.append(skip_note(where, sport or ""))
        return result
    times = [t for t in (as_utc_aware(_value(r, "timestamp")) for r in records) if t]
    if not times:
        raise ImportFileError(
            f"{where}: the FIT file has no activity data (no session or timed records)."
        )
    distances = [d for d in (_value(r, "distance") for r in records) if d is not None]
    rates = [h for h in (_value(r, "heart_rate") for r in records) if h]
    altitudes = [
        a
        for a in (_value(r, "enhanced_altitude") or _value(r, "altitude") for r in records)
        if a is not None
    ]
    elapsed = (max(times) - min(times)).total_seconds()
    add_run(
        result,
        options,
        where=where,
        line=0,
        start=min(times),
        distance_km=float(max(distances) if distances else 0) / 1000,
        moving_s=None,
        elapsed_s=elapsed,
        avg_heart_rate=sum(rates) / len(rates) if rates else None,
        elevation_gain_m=elevation_gain([float(a) for a in altitudes]) if altitudes else None,
        external_id=activity_id or start_id(min(times)),
    )
    return result
