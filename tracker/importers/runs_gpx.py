"""GPX activity files (GPX 1.0/1.1, as written by Strava, Garmin Connect and most apps).

Each track is one activity: distance from gpxpy's 2-D length (what Strava reports), moving
time from gpxpy's moving data, elapsed time from the first to the last timestamp, elevation
gain from gpxpy's smoothed climb, and the average heart rate from Garmin's TrackPointExtension
``<gpxtpx:hr>``. Tracks typed as something other than running are skipped with a note.
"""

from __future__ import annotations

import gpxpy
import gpxpy.gpx

from tracker.importers.common import ImportFileError, ImportOptions, ParseResult, Problem
from tracker.importers.runs_common import (
    add_run,
    is_run_type,
    local_name,
    run_external_id,
    safe_xml,
    skip_note,
)


def _heart_rates(track: gpxpy.gpx.GPXTrack) -> list[int]:
    rates: list[int] = []
    for segment in track.segments:
        for point in segment.points:
            for extension in point.extensions:
                for element in extension.iter():
                    if local_name(element.tag) == "hr" and (element.text or "").strip():
                        try:
                            rates.append(int(float(element.text)))
                        except ValueError:
                            continue
    return rates


def parse_gpx(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    """One RunRow per running track; `activity_id` (Strava's, from the file name) wins over
    the start-time id."""
    result = ParseResult("GPX")
    root = safe_xml(data, where)  # refuses DTDs and entities before gpxpy sees the text
    if local_name(root.tag) != "gpx":
        raise ImportFileError(f"{where}: this XML file is not GPX (its root is <{root.tag}>).")
    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig", errors="replace"))
    except gpxpy.gpx.GPXException as error:
        raise ImportFileError(f"{where}: the GPX file can't be read ({error}).") from None
    if not gpx.tracks:
        raise ImportFileError(
            f"{where}: the GPX file has no track (routes and waypoints alone are not activities)."
        )
    for number, track in enumerate(gpx.tracks):
        label = where if len(gpx.tracks) == 1 else f"{where} track {number + 1}"
        if not is_run_type(track.type):
            result.notes.append(skip_note(label, track.type or ""))
            continue
        bounds = track.get_time_bounds()
        if bounds.start_time is None or not track.has_times():
            result.problems.append(
                Problem(
                    "the track has no timestamps, so its date and time are unknown", None, label
                )
            )
            continue
        moving = track.get_moving_data()
        rates = _heart_rates(track)
        uphill = track.get_uphill_downhill().uphill
        has_elevation = any(p.elevation is not None for s in track.segments for p in s.points)
        external_id = run_external_id(activity_id, number, bounds.start_time)
        add_run(
            result,
            options,
            where=label,
            line=0,
            start=bounds.start_time,
            distance_km=(track.length_2d() or 0.0) / 1000,
            moving_s=moving.moving_time if moving else None,
            elapsed_s=track.get_duration(),
            avg_heart_rate=sum(rates) / len(rates) if rates else None,
            elevation_gain_m=uphill if has_elevation else None,
            external_id=external_id,
            name=track.name or "",
        )
    return result
