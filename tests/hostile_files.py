"""Hostile uploads from the security review (issue 13), generated at any size: the regression
tests build them small (with the limits scaled down) and scripts/hostile_uploads.py builds them
at the size of the attack. Each is valid enough to get past the format checks, so only the
import's limits and budgets stop it."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile

START = dt.datetime(2024, 3, 5, 6, 30, tzinfo=dt.UTC)


def blank_line_csv(lines: int, *, seed: int = 0) -> bytes:
    """A runs CSV with a header, one good row, then `lines` blank lines. Every 330th blank line
    holds a little random white space, so the file deflates about 95 to 1: under the
    100-to-1 ratio that ZIP-bomb checks refuse."""
    rnd = random.Random(seed)
    out = bytearray(b"date,distance_km,duration\n2024-03-05,10,50:00\n")
    blank = b"\n" * 329
    for _ in range(lines // 330):
        out += bytes(rnd.choice(b" \t") for _ in range(rnd.randint(1, 8))) + b"\n" + blank
    out += b"\n" * (lines % 330)
    return bytes(out)


def blank_line_zip(members: int, lines_per_member: int) -> bytes:
    """A ZIP of `members` blank-line CSVs (the review's 5 MB ZIP: 5 members, ~96 MB each)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(members):
            archive.writestr(f"runs-{i + 1}.csv", blank_line_csv(lines_per_member, seed=i))
    return buffer.getvalue()


def wide_row_csv(fields: int) -> bytes:
    """A weight CSV whose one data row has `fields` fields (the review's: 12 million)."""
    return b"date,weight\n2024-03-05,80" + b"," * (fields - 2) + b"\n"


def newlines_csv(lines: int) -> bytes:
    """A weight CSV with one row and then `lines` empty lines (the review's: 49 million)."""
    return b"date,weight\n2024-03-05,80\n" + b"\n" * lines


def gpx_points(points: int, *, elevation: bool = True) -> bytes:
    """A GPX run with `points` track points one second apart (the review's: 550,000 in 43 MB,
    which is this without elevations)."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="hostile" xmlns="http://www.topografix.com/GPX/1/1">'
        "<trk><name>Long</name><type>running</type><trkseg>\n"
    )
    ele = "<ele>100.0</ele>" if elevation else ""
    parts = [head]
    for i in range(points):
        when = (START + dt.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts.append(
            f'<trkpt lat="{45 + i * 2.7e-5:.7f}" lon="9.0000000">{ele}<time>{when}</time></trkpt>\n'
        )
    parts.append("</trkseg></trk></gpx>\n")
    return "".join(parts).encode()


def fit_file(*, records: int = 0, sessions: int = 0) -> bytes:
    """A FIT activity with `records` records and `sessions` 10 km run sessions (the review's:
    500,000 records, or 110,000 to 300,000 sessions). fit_tool writes the messages; building
    each of 500,000 messages with it would take many minutes, so one record and one session
    message are written by fit_tool and their bytes repeated, with fit_tool's CRC over the
    result. The copies share a timestamp, which a FIT reader accepts."""
    from fit_tool.utils.crc import crc16

    base = _fit_messages(record=False, session=False)
    with_record = _fit_messages(record=True, session=False)
    with_session = _fit_messages(record=False, session=True)
    record = with_record[len(base) :]
    session = with_session[len(base) :]
    data = base + record * records + session * sessions
    header = bytearray(14)
    header[0] = 14
    header[1] = 0x20  # protocol 2.0
    header[2:4] = (2132).to_bytes(2, "little")  # profile version 21.32
    header[4:8] = len(data).to_bytes(4, "little")
    header[8:12] = b".FIT"
    header[12:14] = crc16(bytes(header[:12])).to_bytes(2, "little")
    body = bytes(header) + data
    return body + crc16(body).to_bytes(2, "little")


def _fit_messages(*, record: bool, session: bool) -> bytes:
    """The data section (between header and CRC) of a FIT file written by fit_tool: a file_id,
    then one record and/or one session with their definitions."""
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.record_message import RecordMessage
    from fit_tool.profile.messages.session_message import SessionMessage
    from fit_tool.profile.profile_type import FileType, Manufacturer, Sport

    millis = round(START.timestamp() * 1000)
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.serial_number = 0x12345678
    file_id.time_created = millis
    builder.add(file_id)
    if record:
        message = RecordMessage()
        message.timestamp = millis
        message.distance = 3.0
        message.heart_rate = 140
        builder.add(message)
    if session:
        message = SessionMessage()
        message.timestamp = millis + 3_000_000
        message.start_time = millis
        message.sport = Sport.RUNNING
        message.total_elapsed_time = 3_000.0
        message.total_timer_time = 3_000.0
        message.total_distance = 10_000.0
        builder.add(message)
    data = builder.build().to_bytes()
    return data[data[0] : -2]


def tcx_points(points: int, *, activities: int = 1) -> bytes:
    """A TCX file with `activities` runs of `points` trackpoints each."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>\n'
    ]
    for a in range(activities):
        start = START - dt.timedelta(days=a)
        stamp = start.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts.append(
            f'<Activity Sport="Running"><Id>{stamp}</Id><Lap StartTime="{stamp}">'
            "<TotalTimeSeconds>3000</TotalTimeSeconds><DistanceMeters>10000</DistanceMeters>"
            "<Track>\n"
        )
        for i in range(points):
            when = (start + dt.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            parts.append(
                f"<Trackpoint><Time>{when}</Time><AltitudeMeters>100</AltitudeMeters>"
                "</Trackpoint>\n"
            )
        parts.append("</Track></Lap></Activity>\n")
    parts.append("</Activities></TrainingCenterDatabase>\n")
    return "".join(parts).encode()
