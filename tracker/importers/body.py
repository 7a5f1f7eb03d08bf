"""The weight and body-fat import: picks the parser for an upload by its content.

- a FIT weight-scale file (Garmin Index and other ANT+ scales);
- Fitbit's Takeout JSON (``weight-*.json``, ``fat-*.json``);
- Garmin Connect's and Samsung Health's weight CSVs (their own layouts);
- any other CSV (body_csv: Withings, Libra, Renpho, Fitbit, Beurer, Google Fit, generic);
- a ZIP of these (a Google Takeout or Samsung Health export), each file read in turn.
"""

from __future__ import annotations

from tracker.importers import archive, fitbit_json
from tracker.importers.body_csv import parse_body_csv
from tracker.importers.body_fit import is_fit, parse_weight_fit
from tracker.importers.common import (
    ImportFileError,
    ImportOptions,
    ParseResult,
    Problem,
    in_file,
    read_table,
)
from tracker.importers.garmin_csv import is_garmin_weight_header, parse_garmin_weight
from tracker.importers.samsung_csv import is_samsung_weight_header, parse_samsung_weight
from tracker.texts import Number, gettext_lazy, gettext_noop, ngettext_lazy


def _is_json(data: bytes) -> bool:
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")


def parse_body_upload(name: str, data: bytes, options: ImportOptions) -> ParseResult:
    if is_fit(data):
        return parse_weight_fit(data, options, where=name)
    if data.startswith(b"PK\x03\x04"):
        return _parse_zip(data, options)
    if _is_json(data):
        return _parse_json(name, data, options)
    return _parse_csv(data, options)


def _parse_json(name: str, data: bytes, options: ImportOptions) -> ParseResult:
    entries = fitbit_json.load_entries(data, name)
    kind = fitbit_json.kind_of(entries)
    if kind not in ("weight", "fat"):
        raise ImportFileError(
            in_file(
                name,
                gettext_lazy(
                    "this JSON file holds no weigh-ins. From a Fitbit export, upload the "
                    "weight-….json and fat-….json files (or the whole ZIP)."
                ),
            )
        )
    result = ParseResult(gettext_noop("Fitbit export (JSON)"))
    assumed = fitbit_json.parse_fitbit_body(entries, options, where=name, result=result)
    _note_assumed_unit(result, assumed, options)
    return result


def _note_assumed_unit(result: ParseResult, assumed: int, options: ImportOptions) -> None:
    if assumed and options.weight_unit not in ("kg", "lb"):
        unit = options.default_weight_unit
        result.notes.append(
            ngettext_lazy(
                "Fitbit's files don't say whether weights are in kg or lb; %(count)s was read "
                "as %(unit)s (your setting). If that is wrong, cancel and upload again choosing "
                "the unit.",
                "Fitbit's files don't say whether weights are in kg or lb; %(count)s were read "
                "as %(unit)s (your setting). If that is wrong, cancel and upload again choosing "
                "the unit.",
                assumed,
                count=Number(assumed, 0, grouped=True),
                unit=unit,
            )
        )


def _parse_csv(data: bytes, options: ImportOptions) -> ParseResult:
    try:
        table = read_table(
            data, is_header=lambda h: is_garmin_weight_header(h) or is_samsung_weight_header(h)
        )
    except ImportFileError:
        return parse_body_csv(data, options)
    if is_garmin_weight_header(table.header):
        return parse_garmin_weight(table, options)
    return parse_samsung_weight(table, options)


def _wanted(member: str) -> bool:
    base = member.lower().rsplit("/", 1)[-1]
    if base.startswith(".") or "__macosx/" in member.lower():
        return False
    if base.endswith(".json"):
        return base.startswith(("weight-", "fat-"))
    return base.endswith(".csv")


def _parse_zip(data: bytes, options: ImportOptions) -> ParseResult:
    """Every weight file in the ZIP; CSVs that hold no weights (the rest of a Samsung or
    Google export) are passed over and counted."""
    result = ParseResult("ZIP")
    formats: set[str] = set()
    ignored: list[str] = []
    passed_over = 0
    assumed = 0
    for member in archive.iter_zip(data, wanted=_wanted, ignored=ignored):
        content = member.data
        try:
            if member.name.lower().endswith(".json"):
                entries = fitbit_json.load_entries(content, member.name)
                part = ParseResult(gettext_noop("Fitbit export (JSON)"))
                assumed += fitbit_json.parse_fitbit_body(
                    entries, options, where=member.name, result=part
                )
            else:
                part = _parse_csv(content, options)
        except ImportFileError:
            passed_over += 1
            continue
        formats.add(part.format_name)
        result.rows.extend(part.rows)
        result.problems.extend(
            Problem(p.message, p.line, p.where or member.name) for p in part.problems
        )
        result.notes.extend(part.notes)
    if not formats:
        raise ImportFileError(
            gettext_lazy(
                "The ZIP has no weight files this import reads (Fitbit weight-….json, Samsung "
                "Health or Garmin weight CSVs, Google Fit's Daily activity metrics.csv, or the "
                "CSVs listed above)."
            )
        )
    result.format_name = "ZIP: " + ", ".join(sorted(formats))
    _note_assumed_unit(result, assumed, options)
    if passed_over or ignored:
        left_out = passed_over + len(ignored)
        result.notes.append(
            ngettext_lazy(
                "Left out %(count)s other file in the ZIP that holds no weights.",
                "Left out %(count)s other files in the ZIP that hold no weights.",
                left_out,
                count=Number(left_out, 0, grouped=True),
            )
        )
    return result
