"""Apple Health exports written the way the Health app writes them (``apple_health_export/
export.xml`` in ``export.zip``, Apple's internal DTD at the top, ``Record`` and ``Workout``
elements with ``+hhmm`` offsets), for the tests and for scripts/apple_health_memory.py.

`write_export` streams: with `filler_bytes` it pads the file with heart-rate samples (what most
of a real export is) up to that size without holding it in memory.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from typing import IO

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate value CDATA #REQUIRED>
<!ELEMENT Me EMPTY>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ELEMENT WorkoutStatistics EMPTY>
<!ELEMENT MetadataEntry EMPTY>
]>
<HealthData locale="en_GB">
 <ExportDate value="2024-04-01 10:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-01-01"/>
"""
FOOTER = "</HealthData>\n"


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S %z")


def record(kind: str, unit: str, value: float, when: dt.datetime, source: str = "Scale") -> str:
    return (
        f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="{source}" '
        f'unit="{unit}" creationDate="{_stamp(when)}" startDate="{_stamp(when)}" '
        f'endDate="{_stamp(when)}" value="{value}"/>\n'
    )


def running_workout(
    start: dt.datetime,
    *,
    km: float,
    minutes: float,
    avg_hr: float | None,
    distance_in_statistics: bool = False,
    kind: str = "Running",
) -> str:
    end = start + dt.timedelta(minutes=minutes + 2)
    total = "" if distance_in_statistics else f' totalDistance="{km}" totalDistanceUnit="km"'
    stats = []
    if avg_hr is not None:
        stats.append(
            f'  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" '
            f'startDate="{_stamp(start)}" endDate="{_stamp(end)}" average="{avg_hr}" '
            f'minimum="{avg_hr - 20}" maximum="{avg_hr + 15}" unit="count/min"/>\n'
        )
    if distance_in_statistics:
        stats.append(
            f'  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" '
            f'startDate="{_stamp(start)}" endDate="{_stamp(end)}" sum="{km}" unit="km"/>\n'
        )
    return (
        f' <Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="{minutes}" '
        f'durationUnit="min"{total} sourceName="Apple Watch" '
        f'creationDate="{_stamp(end)}" startDate="{_stamp(start)}" endDate="{_stamp(end)}">\n'
        '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n' + "".join(stats) + " </Workout>\n"
    )


ZONE = dt.timezone(dt.timedelta(hours=1))


def sample_body() -> str:
    """Three days of data with known answers (see tests/test_import_apple_health.py)."""
    day1 = dt.datetime(2024, 3, 4, 7, 30, tzinfo=ZONE)
    day2 = dt.datetime(2024, 3, 5, 7, 25, tzinfo=ZONE)
    return "".join(
        [
            record("BodyMass", "kg", 80.4, day1),
            record("BodyFatPercentage", "%", 0.215, day1),
            record("LeanBodyMass", "kg", 63.1, day1),
            record("BodyMass", "lb", 176.0, day2),  # 79.83 kg
            record("LeanBodyMass", "lb", 138.6, day2),  # fat = 1 - 138.6/176 = 21.25 %
            record("DietaryProtein", "g", 35, day1.replace(hour=8), "Cronometer"),
            record("DietaryProtein", "g", 42.5, day1.replace(hour=13), "Cronometer"),
            record("DietaryProtein", "g", 60, day1.replace(hour=23, minute=30), "Cronometer"),
            record("DietaryProtein", "g", 110, day2.replace(hour=12), "Cronometer"),
            record("HeartRate", "count/min", 61, day1),
            running_workout(day1.replace(hour=18), km=10.02, minutes=52.5, avg_hr=151),
            running_workout(
                day2.replace(hour=6, minute=45),
                km=5.5,
                minutes=30.25,
                avg_hr=None,
                distance_in_statistics=True,
            ),
            running_workout(day2.replace(hour=17), km=20.0, minutes=45, avg_hr=140, kind="Cycling"),
        ]
    )


def write_export(target: IO[bytes], *, body: str | None = None, filler_bytes: int = 0) -> None:
    """An export.zip written to `target`: the sample body plus heart-rate filler records."""
    with (
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open("apple_health_export/export.xml", "w", force_zip64=True) as xml,
    ):
        xml.write(HEADER.encode())
        xml.write((sample_body() if body is None else body).encode())
        written = 0
        when = dt.datetime(2020, 1, 1, tzinfo=ZONE)
        step = dt.timedelta(seconds=5)
        while written < filler_bytes:
            chunk = []
            for i in range(2000):
                when += step
                chunk.append(record("HeartRate", "count/min", 60 + i % 90, when, "Apple Watch"))
            data = "".join(chunk).encode()
            xml.write(data)
            written += len(data)
        xml.write(FOOTER.encode())
