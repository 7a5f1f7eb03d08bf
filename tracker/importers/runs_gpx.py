"""GPX activity files (GPX 1.0 and 1.1, as Strava, Garmin, Suunto, Runkeeper and phone apps
write them).

Read from the safe XML tree directly rather than through gpxpy, because real files break the
schema in ways a strict reader refuses: GPX 1.0 files that use 1.1 extensions (heart rate in
Garmin's ``TrackPointExtension``), a track point without coordinates (a Garmin eTrex writes one
before it has a fix), child elements out of order. Such a point is left out and the preview
says so; the rest of the track still counts. The XML is read once, as a stream (DTDs and
entities refused), with tracks and points capped per file (`limits`).

Each ``<trk>`` is one activity:
- distance: great-circle (haversine) distance between consecutive points of each segment;
- moving time: the time between consecutive points moving at 0.5 m/s or more (standing
  pauses and the gaps between segments don't count); elapsed: first to last timestamp;
- average heart rate: point values weighted by the time to the next point;
- elevation gain: climbs over a 2 m noise threshold.
Tracks typed as something other than running are skipped with a note; untyped tracks that
move like a ride are set aside as probably not runs (see activity_kind).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from tracker.importers import limits
from tracker.importers.activity_kind import MOVING_MS, not_a_run_reason
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
from tracker.texts import Number, gettext_lazy, ngettext_lazy

EARTH_RADIUS_M = 6_371_008.8  # mean radius


@dataclass
class Point:
    lat: float
    lon: float
    time: dt.datetime | None
    elevation: float | None
    heart_rate: float | None


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _text(element: Element, name: str) -> str:
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _float(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _time(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        return as_utc_aware(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def _heart_rate(point: Element) -> float | None:
    """Garmin's <gpxtpx:hr> (or any extension's <hr>/<heartrate>), wherever it is nested."""
    for extensions in _children(point, "extensions"):
        for element in extensions.iter():
            if local_name(element.tag).lower() in ("hr", "heartrate"):
                value = _float(element.text)
                if value and value > 0:
                    return value
    return None


def _point(element: Element) -> Point | None:
    lat, lon = _float(element.get("lat")), _float(element.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Point(
        lat,
        lon,
        _time(_text(element, "time")),
        _float(_text(element, "ele")),
        _heart_rate(element),
    )


def haversine_m(a: Point, b: Point) -> float:
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlmb = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class TrackSummary:
    start: dt.datetime | None
    end: dt.datetime | None
    distance_m: float
    moving_s: float
    heart_rate: float | None
    elevation_gain_m: float | None
    samples: list[tuple[float, float]]  # (seconds since start, metres so far) for run-or-ride


def summarise(segments: list[list[Point]]) -> TrackSummary:
    distance = moving = hr_time = hr_sum = 0.0
    plain_rates: list[float] = []
    samples: list[tuple[float, float]] = []
    times = [p.time for segment in segments for p in segment if p.time]
    start = min(times) if times else None
    for segment in segments:
        for a, b in zip(segment, segment[1:], strict=False):
            step = haversine_m(a, b)
            distance += step
            if a.time and b.time:
                seconds = (b.time - a.time).total_seconds()
                if seconds > 0 and step / seconds >= MOVING_MS:
                    moving += seconds
                if seconds > 0 and a.heart_rate:
                    hr_time += seconds
                    hr_sum += a.heart_rate * seconds
            if b.time and start:
                samples.append(((b.time - start).total_seconds(), distance))
        plain_rates.extend(p.heart_rate for p in segment if p.heart_rate)
    if hr_time:
        heart_rate: float | None = hr_sum / hr_time
    else:
        heart_rate = sum(plain_rates) / len(plain_rates) if plain_rates else None
    altitudes = [p.elevation for s in segments for p in s if p.elevation is not None]
    return TrackSummary(
        start=start,
        end=max(times) if times else None,
        distance_m=distance,
        moving_s=moving,
        heart_rate=heart_rate,
        elevation_gain_m=elevation_gain(altitudes) if altitudes else None,
        samples=sorted(samples),
    )


@dataclass
class _Track:
    """One track as read: its type and name, its figures, and how many points were left out.
    Worked out when the track's end tag is read; its points are then let go."""

    kind: str
    name: str
    summary: TrackSummary
    left_out: int
    untimed: bool  # fewer than half its points have a time


def _track(element: Element, segments: list[list[Point]], left_out: int) -> _Track:
    summary = summarise(segments)
    timed = sum(1 for segment in segments for p in segment if p.time)
    total = sum(len(segment) for segment in segments)
    return _Track(
        kind=_text(element, "type"),
        name=_text(element, "name"),
        summary=summary,
        left_out=left_out,
        # A GPS log with a few timed points among many untimed ones (GPSBabel saving a
        # unit's track memory) has no trustworthy date, duration or speed.
        untimed=summary.start is None or summary.end is None or timed * 2 < total,
    )


def _read_tracks(data: bytes, where: str) -> list[_Track]:
    """The file's tracks, read once as a stream: each track point becomes a `Point` and is
    dropped from the XML, each track its figures when it ends, so memory holds one track's
    points at most (and the file at most MAX_POINTS_PER_FILE)."""
    root: Element | None = None
    tracks: list[_Track] = []
    track: Element | None = None
    segments: list[list[Point]] = []
    left_out = points = 0
    for event, element, parent in stream_xml(data, where):
        name = local_name(element.tag)
        if root is None:
            if name != "gpx":
                raise ImportFileError(
                    in_file(
                        where,
                        gettext_lazy(
                            "this XML file is not GPX (its root is <%(root)s>).", root=element.tag
                        ),
                    )
                )
            root = element
            continue
        if event == "start":
            if name == "trk" and parent is root:
                if len(tracks) >= limits.MAX_ACTIVITIES_PER_FILE:
                    raise too_many_activities(where, "tracks")
                track, segments, left_out = element, [], 0
            elif name == "trkseg" and track is not None and parent is track:
                segments.append([])
            continue
        if (
            name == "trkpt"
            and segments
            and parent is not None
            and local_name(parent.tag) == ("trkseg")
        ):
            points += 1
            if points > limits.MAX_POINTS_PER_FILE:
                raise too_many_points(where)
            point = _point(element)
            if point is None:
                left_out += 1
            else:
                segments[-1].append(point)
            parent.remove(element)
        elif name == "trk" and track is not None and parent is root:
            tracks.append(_track(element, segments, left_out))
            track, segments = None, []
            root.remove(element)
        elif parent is root:
            root.remove(element)  # routes, waypoints, metadata: not activities
    return tracks


def parse_gpx(
    data: bytes, options: ImportOptions, *, where: str, activity_id: str = ""
) -> ParseResult:
    """One RunRow per running track; `activity_id` (Strava's, from the file name) wins over
    the start-time id."""
    result = ParseResult("GPX")
    tracks = _read_tracks(data, where)  # refuses DTDs and entities
    if not tracks:
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy(
                    "the GPX file has no track (routes and waypoints alone are not activities)."
                ),
            )
        )
    for number, track in enumerate(tracks):
        label = where if len(tracks) == 1 else f"{where} track {number + 1}"
        kind, summary = track.kind, track.summary
        if not is_run_type(kind):
            result.notes.append(skip_note(label, kind))
            continue
        if track.left_out:
            result.notes.append(
                in_file(
                    label,
                    ngettext_lazy(
                        "left out %(count)s track point without coordinates (GPS had no fix "
                        "yet); the rest of the track is used.",
                        "left out %(count)s track points without coordinates (GPS had no fix "
                        "yet); the rest of the track is used.",
                        track.left_out,
                        count=Number(track.left_out, 0, grouped=True),
                    ),
                )
            )
        if track.untimed or summary.start is None or summary.end is None:
            result.problems.append(
                Problem(
                    gettext_lazy("the track has no timestamps, so its date and time are unknown"),
                    None,
                    label,
                )
            )
            continue
        elapsed = (summary.end - summary.start).total_seconds()
        doubt = None
        if not kind:
            doubt = not_a_run_reason(summary.distance_m, summary.moving_s, summary.samples)
        add_run(
            result,
            options,
            where=label,
            line=0,
            start=summary.start,
            distance_km=summary.distance_m / 1000,
            moving_s=summary.moving_s or None,
            elapsed_s=elapsed or None,
            avg_heart_rate=summary.heart_rate,
            elevation_gain_m=summary.elevation_gain_m,
            external_id=run_external_id(activity_id, number, summary.start),
            name=track.name,
            doubt=doubt,
        )
    return result
