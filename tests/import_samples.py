"""Sample files the import tests write themselves: FIT activities (with fit_tool, a FIT writer
in the dev requirements), ZIPs (including a Strava-style bulk export and a ZIP bomb) and big
CSVs. Small text samples live in tests/fixtures/import/."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fit_activity(
    *,
    start: dt.datetime = dt.datetime(2024, 3, 5, 6, 30, tzinfo=dt.UTC),
    distance_m: float = 10_000.0,
    timer_s: float = 3_000.0,
    elapsed_s: float = 3_100.0,
    ascent_m: int = 85,
    avg_hr: int = 148,
    sport: str = "running",
    with_session: bool = True,
) -> bytes:
    """A FIT activity file as a watch writes it: file_id, records, lap, session, activity."""
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.activity_message import ActivityMessage
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.lap_message import LapMessage
    from fit_tool.profile.messages.record_message import RecordMessage
    from fit_tool.profile.messages.session_message import SessionMessage
    from fit_tool.profile.profile_type import FileType, Manufacturer, Sport

    sport_value = {"running": Sport.RUNNING, "cycling": Sport.CYCLING}[sport]
    millis = round(start.timestamp() * 1000)
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.serial_number = 0x12345678
    file_id.time_created = millis
    builder.add(file_id)
    steps = 10
    for i in range(steps + 1):
        record = RecordMessage()
        record.timestamp = millis + round(elapsed_s * 1000 * i / steps)
        record.distance = distance_m * i / steps
        record.heart_rate = avg_hr
        record.altitude = 100.0 + (ascent_m if i == steps // 2 else 0)
        builder.add(record)
    end = millis + round(elapsed_s * 1000)
    lap = LapMessage()
    lap.timestamp = end
    lap.start_time = millis
    lap.total_elapsed_time = elapsed_s
    lap.total_timer_time = timer_s
    lap.total_distance = distance_m
    builder.add(lap)
    if with_session:
        session = SessionMessage()
        session.timestamp = end
        session.start_time = millis
        session.sport = sport_value
        session.total_elapsed_time = elapsed_s
        session.total_timer_time = timer_s
        session.total_distance = distance_m
        session.total_ascent = ascent_m
        session.avg_heart_rate = avg_hr
        builder.add(session)
        activity = ActivityMessage()
        activity.timestamp = end
        activity.total_timer_time = timer_s
        activity.num_sessions = 1
        builder.add(activity)
    return builder.build().to_bytes()


def make_zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def strava_export() -> bytes:
    """The activities part of a Strava bulk export: activities.csv plus the original files,
    named after the activity ids (FIT gzipped, as Strava ships them), and some photos."""
    return make_zip(
        {
            "activities.csv": fixture("strava_activities.csv"),
            "activities/10000000001.gpx": fixture("run.gpx"),
            "activities/10000000002.fit.gz": gzip.compress(
                fit_activity(
                    start=dt.datetime(2024, 3, 6, 17, 10, tzinfo=dt.UTC),
                    distance_m=30_500,
                    timer_s=3_500,
                    elapsed_s=3_600,
                    sport="cycling",
                )
            ),
            "activities/10000000004.fit.gz": gzip.compress(
                fit_activity(start=dt.datetime(2024, 3, 9, 7, 0, tzinfo=dt.UTC))
            ),
            "media/photo1.jpg": b"\xff\xd8\xff\xe0 not really a photo",
        }
    )


def zip_bomb(megabytes: int = 101) -> bytes:
    """One member of zeros, over the per-file limit, which deflates about 1000 to 1."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("activities/bomb.gpx", "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(b"\0" * (1024 * 1024))
    return buffer.getvalue()


def weights_csv(rows: int) -> bytes:
    start = dt.date(2000, 1, 1)
    lines = ["date,weight_kg"] + [
        f"{(start + dt.timedelta(days=i % 8000)).isoformat()},80.0" for i in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()
