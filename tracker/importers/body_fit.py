"""FIT weight-scale files (``file_id.type = weight``), as Garmin Index and other ANT+ scales
write them and Garmin Connect exports them: each ``weight_scale`` message is one weigh-in
(``weight`` in kg, ``percent_fat``), timestamped in UTC and filed under the athlete's local day.

Pure Python over fitdecode. Damaged files are refused: a weigh-in is small enough that
there is no summary worth rescuing.
"""

from __future__ import annotations

import io

import fitdecode

from tracker.importers.common import (
    BodyRow,
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    body_fat_problem,
    check_day,
    in_file,
    local_day,
    weight_problem,
)
from tracker.importers.runs_common import as_utc_aware
from tracker.texts import gettext_lazy, gettext_noop


def is_fit(data: bytes) -> bool:
    return len(data) >= 12 and data[8:12] == b".FIT"


def _value(frame: fitdecode.FitDataMessage, name: str) -> object:
    try:
        return frame.get_value(name, fallback=None)
    except (KeyError, ValueError):
        return None


def parse_weight_fit(data: bytes, options: ImportOptions, *, where: str) -> ParseResult:
    result = ParseResult(gettext_noop("FIT weight-scale file"))
    file_type = ""
    readings: list[fitdecode.FitDataMessage] = []
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as fit:
            for frame in fit:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                if frame.name == "file_id":
                    file_type = str(_value(frame, "type") or "")
                elif frame.name == "weight_scale":
                    readings.append(frame)
    except fitdecode.FitHeaderError:
        raise ImportFileError(
            in_file(where, gettext_lazy("this is not a FIT file (its header is wrong)."))
        ) from None
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError):
        raise ImportFileError(
            in_file(
                where,
                gettext_lazy(
                    "the FIT file is damaged or cut short. Export it again from Garmin Connect "
                    "or the scale's app."
                ),
            )
        ) from None
    if not readings:
        if file_type == "activity":
            raise ImportFileError(
                in_file(
                    where,
                    gettext_lazy(
                        "this is a FIT activity file, not a weigh-in; upload it under Runs."
                    ),
                )
            )
        raise ImportFileError(in_file(where, gettext_lazy("this FIT file has no weigh-ins in it.")))
    for number, frame in enumerate(readings, start=1):
        when = as_utc_aware(_value(frame, "timestamp"))
        if when is None:
            result.problems.append(Problem(gettext_lazy("the weigh-in has no time"), number, where))
            continue
        day = local_day(when, options.tz)
        reason = check_day(day, options)
        if reason:
            result.problems.append(Problem(reason, number, where))
            continue
        row = BodyRow(line=number, day=day)
        weight = _value(frame, "weight")
        if isinstance(weight, int | float) and weight > 0:
            reason = weight_problem(float(weight), "kg")
            if reason:
                result.problems.append(Problem(reason, number, where))
            else:
                row.weight_kg = float(weight)
        fat = _value(frame, "percent_fat")
        if isinstance(fat, int | float) and fat > 0:
            reason = body_fat_problem(float(fat))
            if reason:
                result.problems.append(Problem(reason, number, where))
            else:
                row.body_fat_percent = float(fat)
        if row.weight_kg is not None or row.body_fat_percent is not None:
            result.rows.append(row)
    return result
