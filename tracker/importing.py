"""The database side of imports: parse an upload, sort its rows into new and duplicate against
what the athlete already has, keep the result as an ImportBatch for the preview, and save a
confirmed batch in one transaction.

Duplicates, checked at preview and again at confirm (the data may have changed in between):
- weigh-ins and body-fat readings: the same day and the same value to 0.1;
- runs: the same external id (the file's or Strava's activity id, else the start time), or the
  same day, distance to 10 m and duration to the second (runs logged by hand or exported by
  Wholebody without an id);
- protein: a day that already has a total (kept; the file's figure is skipped).
So re-importing a file adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tracker import texts
from tracker.importers import budget, files, limits
from tracker.importers.common import (
    BodyRow,
    ImportFileError,
    ImportOptions,
    MeasurementRow,
    ParseResult,
    ProteinRow,
    RunRow,
)
from tracker.metrics import IMPORTED_METRICS, Metric
from tracker.models import (
    BodyFatEntry,
    ImportBatch,
    Measurement,
    ProteinEntry,
    RunEntry,
    User,
    WeightEntry,
)

BATCH_LIFETIME = dt.timedelta(hours=2)
# Unconfirmed previews one athlete may have open at once (the oldest go first); enough for a
# body, a runs and a protein import side by side.
MAX_OPEN_PREVIEWS = 5
METRIC_KEYS = tuple(IMPORTED_METRICS)  # weight, body_fat, runs, protein, measurements


def import_options(user: User, *, weight_unit: str = "auto", date_order: str = "auto"):
    return ImportOptions(
        today=user.local_today(),
        tz=user.zoneinfo,
        weight_unit=weight_unit or "auto",
        default_weight_unit=user.weight_unit,
        default_distance_unit=user.distance_unit,
        default_length_unit=user.length_unit,
        date_order=date_order or "auto",
    )


def parse_budget() -> tuple[int, int]:
    """(memory in MB, seconds) one upload's parse may use (settings, else the defaults)."""
    memory = getattr(settings, "IMPORT_PARSE_MEMORY_MB", limits.PARSE_MEMORY_BYTES // limits.MB)
    seconds = getattr(settings, "IMPORT_PARSE_SECONDS", limits.PARSE_SECONDS)
    return int(memory), int(seconds)


def parse_upload(kind: str, name: str, data: bytes, options: ImportOptions) -> ParseResult:
    """The parser result for an upload of this kind; ImportFileError if the file is unusable.

    The parse runs in a child process under the memory and time budget (see
    importers/budget.py), so no file can take the worker's memory or hold it past gunicorn's
    timeout; a file over budget gets BudgetExceeded, an ImportFileError with its message.
    Messages are tracker.texts.Text, translated where they are shown (``str(error)``)."""
    if getattr(settings, "IMPORT_PARSE_IN_CHILD", True):
        memory_mb, seconds = parse_budget()
        result = budget.run_within_budget(
            files.parse_file,
            kind,
            name,
            data,
            options,
            memory_bytes=memory_mb * limits.MB,
            seconds=seconds,
        )
    else:
        result = files.parse_file(kind, name, data, options)
    return check_parsed(result)


def shown_text(stored: Any) -> str:
    """A problem, note or doubt kept in a batch's payload, in the active language. Payloads
    written before they were kept as data hold the English text, shown as it is."""
    if stored is None:
        return ""
    return str(texts.from_data(stored))


def check_parsed(result: ParseResult) -> ParseResult:
    """The result if it has anything to show; ImportFileError if the file held nothing or
    nothing in it could be imported."""
    if not result.rows and not result.problems and not result.notes and not result.unsure:
        raise ImportFileError(_("The file has a header but no data rows."))
    if not result.rows and not result.notes and not result.unsure:
        # Every part of the file failed: refuse it with the reason rather than a preview
        # with nothing to import.
        first = str(result.problems[0])
        reason = first[0].upper() + first[1:]
        more = len(result.problems) - 1
        if not more:
            raise ImportFileError(
                _("Nothing in this file can be imported. %(reason)s.") % {"reason": reason}
            )
        raise ImportFileError(
            ngettext(
                "Nothing in this file can be imported. %(reason)s (and %(count)s more like this).",
                "Nothing in this file can be imported. %(reason)s (and %(count)s more like this).",
                more,
            )
            % {"reason": reason, "count": number_format(more, 0, force_grouping=True)}
        )
    return result


# --- Rows as JSON, and the keys that decide duplicates -----------------------------------------


def _row_dicts(kind: str, rows: list) -> dict[str, list[dict[str, Any]]]:
    """Parser rows as JSON-ready dicts per metric, in metric units with ISO dates."""
    out: dict[str, list[dict[str, Any]]] = {key: [] for key in METRIC_KEYS}
    for row in rows:
        if isinstance(row, BodyRow):
            if row.weight_kg is not None:
                out["weight"].append(
                    {"line": row.line, "day": row.day.isoformat(), "weight_kg": row.weight_kg}
                )
            if row.body_fat_percent is not None:
                out["body_fat"].append(
                    {
                        "line": row.line,
                        "day": row.day.isoformat(),
                        "percent": row.body_fat_percent,
                        "method": row.method,
                    }
                )
        elif isinstance(row, RunRow):
            out["runs"].append(
                {
                    "line": row.line,
                    "where": row.where,
                    "day": row.day.isoformat(),
                    "distance_km": row.distance_km,
                    "duration_s": row.duration_s,
                    "avg_heart_rate": row.avg_heart_rate,
                    "elevation_gain_m": row.elevation_gain_m,
                    "effort": row.effort,
                    "note": texts.to_data(row.note),
                    "source": row.source,
                    "external_id": row.external_id,
                }
            )
        elif isinstance(row, MeasurementRow):
            out["measurements"].append(
                {
                    "line": row.line,
                    "day": row.day.isoformat(),
                    "site": row.site,
                    "side": row.side,
                    "cm": row.cm,
                }
            )
        elif isinstance(row, ProteinRow):
            out["protein"].append(
                {"line": row.line, "day": row.day.isoformat(), "grams": row.grams}
            )
    return out


def _day_range(rows: list[dict[str, Any]]) -> tuple[dt.date, dt.date]:
    days = [row["day"] for row in rows]
    return dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))


def _stored_keys(user: User, metric: Metric, rows: list[dict]) -> set:
    """The keys of entries already stored on the days the rows cover (and, for a key with
    `also_by`, every stored id)."""
    key = metric.import_key
    assert key is not None
    stored = metric.model._default_manager.filter(user=user, day__range=_day_range(rows)).values(
        *key.fields
    )
    found: set = {
        ("shape", *key.of({**values, "day": values["day"].isoformat()})) for values in stored
    }
    if key.also_by:
        found |= {
            ("id", value)
            for value in metric.model._default_manager.filter(user=user)
            .exclude(**{key.also_by: ""})
            .values_list(key.also_by, flat=True)
        }
    return found


def _row_keys(metric: Metric, row: dict) -> list[tuple]:
    key = metric.import_key
    assert key is not None
    found: list[tuple] = [("shape", *key.of(row))]
    if key.also_by and row[key.also_by]:
        found.append(("id", row[key.also_by]))
    return found


def split_duplicates(user: User, metric: str, rows: list[dict]) -> tuple[list[dict], int]:
    """(new rows, number of duplicates): rows already stored, or repeated within the file."""
    if not rows:
        return [], 0
    meta = IMPORTED_METRICS[metric]
    seen = _stored_keys(user, meta, rows)
    new: list[dict] = []
    for row in rows:
        row_keys = _row_keys(meta, row)
        if any(key in seen for key in row_keys):
            continue
        seen.update(row_keys)
        new.append(row)
    return new, len(rows) - len(new)


def count_on_busy_days(user: User, metric: str, rows: list[dict]) -> int:
    """How many of these (new) rows fall on days that already have an entry of this metric."""
    if not rows:
        return 0
    first, last = _day_range(rows)
    busy = {
        day.isoformat()
        for day in MODELS[metric]
        ._default_manager.filter(user=user, day__range=(first, last))
        .values_list("day", flat=True)
        .distinct()
    }
    return sum(1 for row in rows if row["day"] in busy)


# --- Batches -----------------------------------------------------------------------------------


def batch_create(*, owner: User, kind: str, filename: str, result: ParseResult) -> ImportBatch:
    """Store the parsed rows (new ones only) for the preview, with duplicates counted."""
    now = timezone.now()
    # Previews nobody confirmed are dropped here rather than by a scheduled job (and by the
    # expire_import_previews command, for a site nobody uploads to for a while).
    batches_expire(now=now)
    rows = _row_dicts(kind, result.rows)
    payload: dict[str, Any] = {"duplicates": {}}
    payload["busy_days"] = {}
    for metric in METRIC_KEYS:
        payload[metric], payload["duplicates"][metric] = split_duplicates(
            owner, metric, rows[metric]
        )
        payload["busy_days"][metric] = count_on_busy_days(owner, metric, payload[metric])
    # Untyped tracks that look like rides: kept aside; the athlete may tick them in.
    # Problems, notes and doubts are kept as words to translate (tracker.texts.to_data), not
    # as text: the preview shows them in the language of whoever opens it (see shown_text).
    payload["unsure"] = _row_dicts(kind, result.unsure)["runs"]
    for row, source in zip(payload["unsure"], result.unsure, strict=True):
        row["doubt"] = texts.to_data(source.doubt)
    payload["problem_count"] = len(result.problems)
    payload["problems"] = [
        texts.to_data(p.text()) for p in result.problems[: limits.MAX_PROBLEMS_KEPT]
    ]
    payload["note_count"] = len(result.notes)
    payload["notes"] = [texts.to_data(n) for n in result.notes[: limits.MAX_PROBLEMS_KEPT]]
    batch = ImportBatch.objects.create(
        owner=owner,
        kind=kind,
        filename=filename[-255:],
        format_name=result.format_name[:100],
        payload=payload,
        created_at=now,
        expires_at=now + BATCH_LIFETIME,
    )
    _trim_open_previews(owner.pk)
    return batch


def batches_expire(*, now: dt.datetime | None = None) -> int:
    """Delete the previews past their expiry, and each athlete's open previews beyond the
    newest MAX_OPEN_PREVIEWS (each can hold 100,000 rows); returns how many were deleted."""
    now = now or timezone.now()
    deleted, _counts = ImportBatch.objects.filter(expires_at__lt=now).delete()
    crowded = (
        ImportBatch.objects.values("owner")
        .annotate(open=Count("pk"))
        .filter(open__gt=MAX_OPEN_PREVIEWS)
        .values_list("owner", flat=True)
    )
    for owner in crowded:
        deleted += _trim_open_previews(owner)
    return deleted


def _trim_open_previews(owner_id: int) -> int:
    newest_first = ImportBatch.objects.filter(owner_id=owner_id).order_by("-created_at", "-pk")
    stale = list(newest_first.values_list("pk", flat=True)[MAX_OPEN_PREVIEWS:])
    if not stale:
        return 0
    deleted, _counts = ImportBatch.objects.filter(pk__in=stale).delete()
    return deleted


def _build(user: User, metric: str, row: dict) -> Any:
    day = dt.date.fromisoformat(row["day"])
    if metric == "weight":
        return WeightEntry(user=user, day=day, weight_kg=row["weight_kg"])
    if metric == "body_fat":
        return BodyFatEntry(user=user, day=day, percent=row["percent"], method=row["method"])
    if metric == "runs":
        return RunEntry(
            user=user,
            day=day,
            distance_km=row["distance_km"],
            duration_s=row["duration_s"],
            avg_heart_rate=row["avg_heart_rate"],
            elevation_gain_m=row["elevation_gain_m"],
            effort=row["effort"],
            note=shown_text(row["note"])[:500],
            source=row["source"],
            external_id=row["external_id"],
        )
    if metric == "measurements":
        return Measurement(user=user, day=day, site=row["site"], side=row["side"], cm=row["cm"])
    return ProteinEntry(user=user, day=day, grams=row["grams"])


MODELS = {name: metric.model for name, metric in IMPORTED_METRICS.items()}


def batch_confirm(
    *, batch: ImportBatch, include_unsure: Iterable[int] = ()
) -> dict[str, dict[str, int]]:
    """Save the batch's rows in one transaction and mark it saved (its rows cleared).

    `include_unsure` are the indexes of the set-aside tracks (probably not runs) the athlete
    chose to import anyway. Duplicates are checked again first.
    Returns {"added": {metric: n}, "skipped": {metric: n}}.
    Any database error rolls everything back (nothing partial is saved) and propagates.
    """
    added: dict[str, int] = {}
    skipped: dict[str, int] = {}
    with transaction.atomic():
        # One confirm at a time per athlete: the duplicate check below and the inserts must not
        # interleave with another confirm's (the same file previewed twice and confirmed from
        # both tabs was saved twice under PostgreSQL's READ COMMITTED). Locking the owner's row
        # makes the second confirm wait, then see the first one's rows as duplicates. (SQLite's
        # IMMEDIATE transactions already serialise all writers.)
        owner = User.objects.select_for_update().get(pk=batch.owner_id)
        # Locks the batch so a double-click can't save it twice.
        batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.saved_at is not None:
            raise BatchAlreadySaved
        unsure = batch.payload.get("unsure", [])
        chosen = [unsure[i] for i in sorted(set(include_unsure)) if 0 <= i < len(unsure)]
        for metric in METRIC_KEYS:
            wanted = batch.payload.get(metric, []) + (chosen if metric == "runs" else [])
            rows, duplicates = split_duplicates(owner, metric, wanted)
            MODELS[metric]._default_manager.bulk_create(
                [_build(owner, metric, row) for row in rows], batch_size=1000
            )
            added[metric] = len(rows)
            skipped[metric] = duplicates + batch.payload.get("duplicates", {}).get(metric, 0)
        batch.payload = {}
        batch.saved_at = timezone.now()
        batch.save(update_fields=["payload", "saved_at"])
    return {"added": added, "skipped": skipped}


class BatchAlreadySaved(Exception):
    """The batch was confirmed before (a second click, or another tab)."""
