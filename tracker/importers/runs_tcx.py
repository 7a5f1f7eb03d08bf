"""TCX activity files (Garmin Training Center Database v2, also written by Strava and Polar).

Read with defusedxml directly (there is no well-kept TCX library): each ``<Activity Sport=...>``
is one activity (also the legs of a ``MultiSportSession``); its ``<Id>`` is the start time.
Moving time is the sum of the laps' ``TotalTimeSeconds`` (the device's timer, paused when
auto-pause stops it); elapsed time runs from the first lap's start to the last trackpoint;
distance is the sum of the laps' ``DistanceMeters``; heart rate the laps'
``AverageHeartRateBpm`` weighted by lap time, or the trackpoints' mean;
elevation gain from the trackpoints' ``AltitudeMeters``. The file is read
once, as a stream, with activities and trackpoints capped per file (`limits`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from tracker.importers import limits
from tracker.importers.common import ImportFileError, ImportOptions, ParseResult, Problem, in_file
from tracker.importers.runs_common import (
    add_run,
    as_utc_aware,
    elevation_gain,
    is_run_type,
    local_name,
    run_external_id,
    skip_note,
    stream_xml,
    too_many_activities,
    too_many_points,
)
from tracker.texts import gettext_lazy


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
        return float(element.text or "")
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


@dataclass
class _Points:
    """What an activity's trackpoints add up to, kept as plain numbers while the points
    themselves are dropped from the XML."""

    times: list[dt.datetime] = field(default_factory=list)
    altitudes: list[float] = field(default_factory=list)
    rates: list[float] = field(default_factory=list)
    max_distance_m: float = 0.0

    def add(self, point: Element) -> None:
        when = _time(_text(point, "Time"))
        if when:
            self.times.append(when)
        altitude = _number(point, "AltitudeMeters")
        if altitude is not None:
            self.altitudes.append(altitude)
        rate = _number(point, "HeartRateBpm", "Value")
        if rate:
            self.rates.append(rate)
        self.max_distance_m = max(self.max_distance_m, _number(point, "DistanceMeters") or 0)


def parse_tcx(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    """Read once, as a stream: trackpoints are summed into `_Points` and dropped as they are
    read, each activity is checked when it ends and then dropped too."""
    result = ParseResult("TCX")
    root: Element | None = None
    activities: list[tuple[Element, _Points]] = []
    current: _Points | None = None
    points = 0
    # A multisport file nests its legs: Activities/MultiSportSession/FirstSport/Activity and
    # .../NextSport/Activity; every Activity at any depth inside Activities is one activity.
    inside_activities = 0
    for event, element, parent in stream_xml(data, where):
        name = local_name(element.tag)
        if root is None:
            if name != "TrainingCenterDatabase":
                raise ImportFileError(
                    in_file(
                        where,
                        gettext_lazy(
                            "this XML file is not TCX (its root is <%(root)s>).", root=element.tag
                        ),
                    )
                )
            root = element
            continue
        if name == "Activities":
            inside_activities += 1 if event == "start" else -1
            continue
        if event == "start":
            if name == "Activity" and inside_activities and current is None:
                if len(activities) >= limits.MAX_ACTIVITIES_PER_FILE:
                    raise too_many_activities(where)
                current = _Points()
            continue
        if name == "Trackpoint" and current is not None and parent is not None:
            points += 1
            if points > limits.MAX_POINTS_PER_FILE:
                raise too_many_points(where)
            current.add(element)
            parent.remove(element)
        elif name == "Activity" and current is not None and parent is not None:
            # The activity keeps its laps' summaries (small); its trackpoints are gone.
            activities.append((element, current))
            current = None
            parent.remove(element)
    if not activities:
        raise ImportFileError(in_file(where, gettext_lazy("the TCX file has no activity.")))
    for number, (activity, summary) in enumerate(activities):
        label = where if len(activities) == 1 else f"{where} activity {number + 1}"
        sport = activity.get("Sport", "")
        if not is_run_type(sport):
            result.notes.append(skip_note(label, sport))
            continue
        laps = _children(activity, "Lap")
        start = _time(_text(activity, "Id")) or (_time(laps[0].get("StartTime")) if laps else None)
        if start is None:
            result.problems.append(
                Problem(gettext_lazy("the activity has no start time"), None, label)
            )
            continue
        moving = sum(_number(lap, "TotalTimeSeconds") or 0 for lap in laps)
        distance_m = sum(_number(lap, "DistanceMeters") or 0 for lap in laps)
        weighted = [
            (_number(lap, "AverageHeartRateBpm", "Value"), _number(lap, "TotalTimeSeconds") or 0)
            for lap in laps
        ]
        times, altitudes, rates = summary.times, summary.altitudes, summary.rates
        if not distance_m:
            distance_m = summary.max_distance_m
        lap_time = sum(seconds for bpm, seconds in weighted if bpm)
        heart_rate: float | None
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
