"""The runs import: picks the parser for an upload by its content, not just its name.

Accepted: one GPX, TCX or FIT file (optionally gzipped, as in Strava exports), Strava's
``activities.csv`` or a generic runs CSV, or a ZIP of any of these, such as the ``activities``
folder of a Strava bulk export (with or without its ``activities.csv``). In a ZIP, a damaged
activity file becomes a problem naming that file while the rest still import; a ZIP over the
limits is refused as a whole.
"""

from __future__ import annotations

import re

from tracker.importers import archive, fitbit_json, limits
from tracker.importers.common import (
    ImportFileError,
    ImportOptions,
    LimitExceeded,
    LineBudget,
    ParseResult,
    Problem,
    TextSource,
    in_file,
    read_table,
)
from tracker.importers.garmin_csv import is_garmin_activities_header, parse_garmin_activities
from tracker.importers.runs_fit import parse_fit
from tracker.importers.runs_gpx import parse_gpx
from tracker.importers.runs_tcx import parse_tcx
from tracker.importers.samsung_csv import is_samsung_exercise_header, parse_samsung_exercise
from tracker.importers.strava_csv import (
    is_runs_header,
    is_strava_2018_header,
    is_strava_header,
    parse_runs_table,
    parse_strava_2018_table,
    parse_strava_table,
)
from tracker.texts import Number, gettext_lazy, gettext_noop, ngettext_lazy

ACTIVITY_SUFFIXES = (".gpx", ".tcx", ".fit")
# Strava names an export's files after the activity id: activities/1234567890.fit.gz
_STRAVA_FILE = re.compile(r"(?:^|/)(\d+)\.(?:gpx|tcx|fit)(?:\.gz)?$", re.IGNORECASE)


def _kind(name: str, data: bytes) -> str:
    """'zip', 'gz', 'fit', 'gpx', 'tcx' or 'csv', from the bytes first and the name second."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(b"\x1f\x8b"):
        return "gz"
    if len(data) >= 12 and data[8:12] == b".FIT":
        return "fit"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"["):
        return "json"  # Fitbit's exercise-N.json
    if head.startswith(b"<"):
        if b"<trainingcenterdatabase" in head:
            return "tcx"
        if b"<gpx" in head:
            return "gpx"
        return name.lower().rsplit(".", 1)[-1] if name.lower().endswith((".gpx", ".tcx")) else "xml"
    lower = name.lower()
    for suffix in ACTIVITY_SUFFIXES:
        if lower.endswith(suffix):
            return suffix[1:]
    return "csv"


def parse_runs_upload(name: str, data: bytes, options: ImportOptions) -> ParseResult:
    kind = _kind(name, data)
    if kind == "zip":
        return _parse_zip(data, options)
    return _parse_single(name, data, options, activity_id="")


def _parse_single(
    name: str,
    data: bytes,
    options: ImportOptions,
    *,
    activity_id: str,
    budget: LineBudget | None = None,
) -> ParseResult:
    kind = _kind(name, data)
    if kind == "gz":
        inner = name[:-3] if name.lower().endswith(".gz") else name
        unpacked = archive.gunzip(name, data)
        return _parse_single(inner, unpacked, options, activity_id=activity_id, budget=budget)
    if kind == "zip":
        raise ImportFileError(
            in_file(name, gettext_lazy("a ZIP inside a ZIP is not read; unzip it first."))
        )
    if kind == "fit":
        if len(data) < 12 or data[8:12] != b".FIT":
            raise ImportFileError(
                in_file(name, gettext_lazy("this is not a FIT file (its header is wrong)."))
            )
        return parse_fit(data, options, where=name, activity_id=activity_id)
    if kind == "gpx":
        return parse_gpx(data, options, where=name, activity_id=activity_id)
    if kind == "tcx":
        return parse_tcx(data, options, where=name, activity_id=activity_id)
    if kind == "xml":
        raise ImportFileError(in_file(name, gettext_lazy("this XML file is neither GPX nor TCX.")))
    if kind == "json":
        return _parse_fitbit_json(name, data, options)
    return _parse_csv(name, data, options, budget=budget)


def _parse_fitbit_json(name: str, data: bytes, options: ImportOptions) -> ParseResult:
    entries = fitbit_json.load_entries(data, name)
    if fitbit_json.kind_of(entries) != "exercise":
        raise ImportFileError(
            in_file(
                name,
                gettext_lazy(
                    "this JSON file holds no activities. From a Fitbit export, upload the "
                    "exercise-….json files (or the whole ZIP)."
                ),
            )
        )
    result = ParseResult(gettext_noop("Fitbit export (exercise JSON)"))
    fitbit_json.parse_fitbit_exercise(entries, options, where=name, result=result)
    return result


def _parse_csv(
    name: str,
    data: bytes | TextSource,
    options: ImportOptions,
    skip_ids: set[str] | None = None,
    budget: LineBudget | None = None,
    where: str = "",
) -> ParseResult:
    """A runs CSV; `where` names it inside a ZIP, for its problems and notes."""
    try:
        table = read_table(
            data,
            is_header=lambda h: (
                is_strava_header(h)
                or is_strava_2018_header(h)
                or is_garmin_activities_header(h)
                or is_samsung_exercise_header(h)
                or is_runs_header(h)
            ),
            budget=budget,
        )
    except ImportFileError as error:
        if str(error) != "no_header":
            raise
        raise ImportFileError(
            in_file(
                name,
                gettext_lazy(
                    "this is not a file the runs import reads. Upload GPX, TCX or FIT files, a "
                    "ZIP of them, Strava's activities.csv, or a CSV with date, distance and "
                    "duration columns."
                ),
            )
        ) from None
    if is_strava_header(table.header):
        return parse_strava_table(table, options, where=where, skip_ids=skip_ids)
    if is_strava_2018_header(table.header):
        return parse_strava_2018_table(table, options, where=where, skip_ids=skip_ids)
    if is_garmin_activities_header(table.header):
        return parse_garmin_activities(table, options, where=where)
    if is_samsung_exercise_header(table.header):
        return parse_samsung_exercise(table, options, where=where)
    return parse_runs_table(table, options, where=where)


def _wanted(member: str) -> bool:
    lower = member.lower()
    base = lower.rsplit("/", 1)[-1]
    if base.startswith(("._", ".")) or "__macosx/" in lower:
        return False  # macOS resource forks and hidden files
    if base.endswith(".gz"):
        base = base[:-3]
    if base.endswith(".json"):
        return base.startswith("exercise-")  # Fitbit's Takeout
    return base.endswith(ACTIVITY_SUFFIXES) or base.endswith(".csv")


def _is_csv(member: str) -> bool:
    return member.lower().endswith(".csv")


def _parse_zip(data: bytes, options: ImportOptions) -> ParseResult:
    """Activity files first, then the CSVs (so activities.csv can skip the runs the files
    already gave), each member read, parsed and let go before the next one."""
    result = ParseResult(gettext_noop("ZIP of activity files"))
    ignored: list[str] = []
    seen_ids: set[str] = set()
    formats: set[str] = set()
    budget = LineBudget(in_zip=True)
    members = archive.iter_zip(
        data, wanted=_wanted, ignored=ignored, order=lambda name: int(_is_csv(name))
    )
    for member in members:
        base = member.name.lower().rsplit("/", 1)[-1]
        try:
            if _is_csv(member.name):
                source = TextSource.from_stream(member.open)
                part = _parse_csv(
                    member.name,
                    source,
                    options,
                    skip_ids=seen_ids,
                    budget=budget,
                    where=member.name,
                )
                where = member.name
            else:
                match = _STRAVA_FILE.search(member.name)
                activity_id = f"strava:{match.group(1)}" if match else ""
                part = _parse_single(
                    member.name, member.data, options, activity_id=activity_id, budget=budget
                )
                where = ""
                if activity_id:
                    seen_ids.add(activity_id)
        except LimitExceeded:
            raise
        except ImportFileError as error:
            if _is_csv(member.name) and base not in ("activities.csv", "runs.csv"):
                ignored.append(member.name)  # other CSVs of an export (gear, goals, ...)
            else:
                result.problems.append(Problem(error.text))
            continue
        except Exception as error:  # noqa: BLE001 - one odd file must not sink the whole ZIP
            result.problems.append(
                Problem(
                    gettext_lazy(
                        "this file couldn't be read (%(error)s).", error=type(error).__name__
                    ),
                    where=member.name,
                )
            )
            continue
        formats.add(part.format_name)
        _merge(result, part, where=where)
    if not formats and not result.problems:
        raise ImportFileError(
            gettext_lazy("The ZIP has no GPX, TCX or FIT files and no activities.csv in it.")
        )
    if formats:
        result.format_name = "ZIP: " + ", ".join(sorted(formats))
    if ignored:
        result.notes.append(
            ngettext_lazy(
                "Left out %(count)s other file in the ZIP that is not an activity (photos, "
                "routes, other data).",
                "Left out %(count)s other files in the ZIP that are not an activity (photos, "
                "routes, other data).",
                len(ignored),
                count=Number(len(ignored), 0, grouped=True),
            )
        )
    return result


def _merge(result: ParseResult, part: ParseResult, *, where: str = "") -> None:
    if len(result.rows) + len(part.rows) > limits.MAX_ROWS:
        raise LimitExceeded(
            gettext_lazy(
                "The ZIP has more than %(limit)s activities, the limit for one import.",
                limit=Number(limits.MAX_ROWS, 0, grouped=True),
            )
        )
    result.rows.extend(part.rows)
    result.unsure.extend(part.unsure)
    for problem in part.problems:
        if where and not problem.where:
            problem = Problem(problem.message, problem.line, where)
        result.problems.append(problem)
    result.notes.extend(part.notes)  # the CSV parsers put `where` in their notes
