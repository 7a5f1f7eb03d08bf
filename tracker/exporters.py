"""Export of an athlete's data: one CSV per metric and a JSON file of everything, in a ZIP.

Values are metric (kg, km, seconds, grams, %) whatever the display setting, so the files mean
the same thing everywhere; README.txt in the ZIP says so. CSVs are UTF-8 with a byte-order mark
(so Excel reads accents right) and ISO dates. Text cells that a spreadsheet would run as a
formula (starting with =, +, -, @, tab or carriage return) get a leading apostrophe; the
importers take it off again, so an export imports back unchanged.

The CSV layouts are the ones the importers read (weights.csv and body_fat.csv under "Weight and
body fat", runs.csv under "Runs", protein.csv under "Protein").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from typing import Any

from django.utils import timezone

from tracker.importers.common import FORMULA_PREFIXES
from tracker.metrics import METRICS, Cell
from tracker.models import (
    BodyFatEntry,
    Goal,
    ProgressPhoto,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)
from tracker.photos import open_photo
from tracker.units import exact_number

EXPORT_FORMAT_VERSION = 1


def spreadsheet_safe(value: Cell) -> Cell:
    """Text that a spreadsheet would evaluate gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_tables(user: User) -> dict[str, list[list[Cell]]]:
    """Each CSV's rows, header first, oldest first. One query per table."""
    tables: dict[str, list[list[Cell]]] = {}
    for metric in METRICS.values():
        entries = metric.model._default_manager.filter(user=user).order_by("day", "created_at")
        header: list[Cell] = [column.header for column in metric.export_columns]
        tables[metric.export_file] = [header] + [
            [column.value(entry) for column in metric.export_columns] for entry in entries
        ]
    goals = Goal.objects.filter(user=user).select_related("myth").order_by("created_at")
    return {
        **tables,
        "goals.csv": [
            ["text", "target_kind", "target_value", "target_unit", "target_date", "status"]
            + ["created_at", "myth_warning"]
        ]
        + [
            [
                g.text,
                g.target_kind,
                exact_number(g.target_value),
                TARGET_UNITS.get(g.target_kind, ""),
                g.target_date.isoformat() if g.target_date else "",
                g.status,
                g.created_at.isoformat(),
                g.myth.slug if g.myth else "",
            ]
            for g in goals
        ],
    }


TARGET_UNITS = {"weight": "kg", "body_fat": "%", "run": "km", "protein": "g/day"}


def csv_bytes(rows: list[list[Cell]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([spreadsheet_safe(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def units_note(user: User) -> str:
    return (
        "Wholebody export\n"
        "================\n\n"
        "All values are in metric units, whatever your display setting:\n"
        "- weight_kg: kilograms; body_fat_percent: percent of body weight\n"
        "- distance_km: kilometres; duration_s: seconds (moving time); "
        "elevation_gain_m: metres\n"
        "- avg_heart_rate: beats per minute; effort: RPE 1-10\n"
        "- grams: grams of protein in the day\n"
        "- measurements cm: circumference in centimetres; site waist (at the navel), hips, "
        "chest, thigh, upper_arm, calf or neck; side left/right for limbs, empty otherwise\n"
        "- goals target_value: in target_unit (kg, %, km or g/day)\n\n"
        f"Dates are calendar days in your time zone ({user.time_zone}); created_at times "
        "are UTC.\n"
        "Text starting with =, +, - or @ has a leading apostrophe so spreadsheets show it "
        "as text.\n"
        "photos/ holds your progress photos as stored (location and camera data removed); "
        "photos.csv lists them.\n"
        "Import weights.csv, body_fat.csv, runs.csv and protein.csv back into Wholebody from "
        "Settings > Import and export.\n"
    )


def export_document(user: User) -> dict[str, Any]:
    """Everything the athlete owns, as one JSON-ready dict."""
    weights = WeightEntry.objects.filter(user=user).order_by("day", "created_at")
    body_fat = BodyFatEntry.objects.filter(user=user).order_by("day", "created_at")
    runs = RunEntry.objects.filter(user=user).order_by("day", "created_at")
    protein = ProteinEntry.objects.filter(user=user).order_by("day")
    goals = Goal.objects.filter(user=user).select_related("myth").order_by("created_at")

    def when(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "format": "wholebody-export",
        "version": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "units": {
            "weight": "kg",
            "body_fat": "percent",
            "distance": "km",
            "duration": "seconds",
            "elevation": "m",
            "protein": "g/day",
            "dates": f"local calendar days in {user.time_zone}",
            "times": "UTC",
        },
        "profile": {
            "email": user.email,
            "display_name": user.display_name,
            "weight_unit": user.weight_unit,
            "distance_unit": user.distance_unit,
            "time_zone": user.time_zone,
            "height_cm": user.height_cm,
            "birth_year": user.birth_year,
            "max_heart_rate_bpm": user.max_heart_rate,
            "resting_heart_rate_bpm": user.resting_heart_rate,
            "is_coach": user.is_coach,
            "date_joined": when(user.date_joined),
        },
        "weights": [
            {"date": e.day.isoformat(), "weight_kg": e.weight_kg, "created_at": when(e.created_at)}
            for e in weights
        ],
        "body_fat": [
            {
                "date": e.day.isoformat(),
                "percent": e.percent,
                "method": e.method,
                "created_at": when(e.created_at),
            }
            for e in body_fat
        ],
        "runs": [
            {
                "date": e.day.isoformat(),
                "distance_km": e.distance_km,
                "duration_s": e.duration_s,
                "avg_heart_rate": e.avg_heart_rate,
                "elevation_gain_m": e.elevation_gain_m,
                "effort": e.effort,
                "note": e.note,
                "source": e.source,
                "external_id": e.external_id,
                "created_at": when(e.created_at),
            }
            for e in runs
        ],
        "protein": [
            {"date": e.day.isoformat(), "grams": e.grams, "created_at": when(e.created_at)}
            for e in protein
        ],
        "goals": [
            {
                "text": g.text,
                "target_kind": g.target_kind,
                "target_value": g.target_value,
                "target_unit": TARGET_UNITS.get(g.target_kind, ""),
                "target_date": g.target_date.isoformat() if g.target_date else None,
                "status": g.status,
                "created_at": when(g.created_at),
                "updated_at": when(g.updated_at),
                "myth_warning": g.myth.slug if g.myth else None,
                "myth_triggers": g.myth_triggers,
                "myth_dismissed_at": when(g.myth_dismissed_at),
            }
            for g in goals
        ],
    }


def export_zip(user: User, *, include_json: bool = True) -> bytes:
    """The ZIP: README.txt, a CSV per metric and (for the athlete) wholebody.json."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", units_note(user))
        for name, rows in export_tables(user).items():
            archive.writestr(name, csv_bytes(rows))
        if include_json:
            document = json.dumps(export_document(user), indent=2, ensure_ascii=False)
            archive.writestr("wholebody.json", document)
            _write_photos(archive, user)
    return buffer.getvalue()


def _write_photos(archive: zipfile.ZipFile, user: User) -> None:
    """The athlete's progress photos as stored (JPEG, metadata already removed), plus an index.

    Stored, not deflated: JPEG does not compress further. One photo in memory at a time.
    """
    rows: list[list[Cell]] = [["day", "pose", "file", "width", "height"]]
    seen: dict[str, int] = {}
    for photo in ProgressPhoto.objects.filter(user=user).order_by("day", "pose", "created_at"):
        stem = f"{photo.day.isoformat()}-{photo.pose}"
        seen[stem] = seen.get(stem, 0) + 1
        name = f"photos/{stem}-{seen[stem]}.jpg"
        with open_photo(photo, "full") as source:
            archive.writestr(name, source.read(), compress_type=zipfile.ZIP_STORED)
        rows.append([photo.day.isoformat(), photo.pose, name, photo.width, photo.height])
    if len(rows) > 1:
        archive.writestr("photos.csv", csv_bytes(rows))


def export_filename(user: User, prefix: str = "wholebody") -> str:
    return f"{prefix}-export-{user.local_today().isoformat()}.zip"
