"""TCX activity files (Garmin Training Center Database v2, also written by Strava and Polar).

Read with defusedxml directly (there is no well-kept TCX library): each ``<Activity Sport=...>``
is one activity (also the legs of a ``MultiSportSession``); its ``<Id>`` is the start time.
Moving time is the sum of the laps' ``TotalTimeSeconds`` (the device's timer, paused when
auto-pause stops it); elapsed time runs from the first lap's start to the last trackpoint;
distance is the sum of the laps' ``DistanceMeters``; heart rate the laps'
``AverageHeartRateBpm`` weighted by lap time, or the trackpoints' mean;
elevation gain from the trackpoints' ``AltitudeMeters``.
"""

from __future__ import annotations

import datetime as dt
from xml.etree.ElementTree import Element

from tracker.importers.common import ImportFileError, ImportOptions, ParseResult, Problem
from tracker.importers.runs_common import (
    add_run,
    as_utc_aware,
    elevation_gain,
    is_run_type,
    local_name,
    run_external_id,
    safe_xml,
    skip_note,
)


def _child(element: Element, name: str) -> Element | None:
    for child in element:
        if local_name(child.tag) == name:
            return child
    return None


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _text(element: Element, name: str) -> str | None:
    # Not `_child(...) or default`: an Element without children is falsy.
    child = _child(element, name)
    return child.text if child is not None else None


def _number(element: Element | None, *path: str) -> float | None:
    for name in path:
        if element is None:
            return None
        element = _child(element, name)
    if element is None or not (element.text or "").strip():
        return None
    try:
        return float(element.text)
    except ValueError:
        return None


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return as_utc_aware(when)


def parse_tcx(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    result = ParseResult("TCX")
    root = safe_xml(data, where)
    if local_name(root.tag) != "TrainingCenterDatabase":
        raise ImportFileError(f"{where}: this XML file is not TCX (its root is <{root.tag}>).")
    # A multisport file nests its legs: Activities/MultiSportSession/FirstSport/Activity and
    # .../NextSport/Activity; every Activity at any depth is one activity.
    activities = [
        element
        for container in _children(root, "Activities")
        for element in container.iter()
        if local_name(element.tag) == "Activity"
    ]
    if not activities:
        raise ImportFileError(f"{where}: the TCX file has no activity.")
    for number, activity in enumerate(activities):
        label = where if len(activities) == 1 else f"{where} activity {number + 1}"
        sport = activity.get("Sport", "")
        if not is_run_type(sport):
            result.notes.append(skip_note(label, sport))
            continue
        laps = _children(activity, "Lap")
        start = _time(_text(activity, "Id")) or (_time(laps[0].get("StartTime")) if laps else None)
        if start is None:
            result.problems.append(Problem("the activity has no start time", None, label))
            continue
        moving = sum(_number(lap, "TotalTimeSeconds") or 0 for lap in laps)
        distance_m = sum(_number(lap, "DistanceMeters") or 0 for lap in laps)
        weighted = [
            (_number(lap, "AverageHeartRateBpm", "Value"), _number(lap, "TotalTimeSeconds") or 0)
            for lap in laps
        ]
        points = [
            point
            for lap in laps
            for track in _children(lap, "Track")
            for point in _children(track, "Trackpoint")
        ]
        times = [t for t in (_time(_text(p, "Time")) for p in points) if t]
        altitudes = [a for a in (_number(p, "AltitudeMeters") for p in points) if a is not None]
        rates = [r for r in (_number(p, "HeartRateBpm", "Value") for p in points) if r]
        if not distance_m and points:
            distance_m = max((_number(p, "DistanceMeters") or 0) for p in points)
        lap_time = sum(seconds for bpm, seconds in weighted if bpm)
        if lap_time:
            heart_rate = sum((bpm or 0) * seconds for bpm, seconds in weighted) / lap_time
        else:
            heart_rate = sum(rates) / len(rates) if rates else None
        elapsed = (max(times) - min(start, *times)).total_seconds() if times else moving
        external_id = run_external_id(activity_id, number, start)
        add_run(
            result,
            options,
            where=label,
            line=0,
            start=start,
            distance_km=distance_m / 1000,
            moving_s=moving or None,
            elapsed_s=elapsed or None,
            avg_heart_rate=heart_rate,
            elevation_gain_m=elevation_gain(altitudes) if altitudes else None,
            external_id=external_id,
        )
    return result
