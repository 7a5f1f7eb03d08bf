"""Bounded imports (issue 13, item 1): the hostile uploads from the security review, made small
by scaling the limits down, must be refused with a clear message after reading no more than the
limits allow, and in bounded memory. No database."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable

import pytest

from tests.hostile_files import (
    blank_line_csv,
    blank_line_zip,
    fit_file,
    gpx_points,
    newlines_csv,
    tcx_points,
    wide_row_csv,
)
from tests.import_samples import make_zip, weights_csv
from tracker.importers import body_csv, limits, runs
from tracker.importers.common import ImportFileError, ImportOptions

OPTIONS = ImportOptions(today=dt.date(2024, 6, 1))


def body(data: bytes):
    return body_csv.parse_body_csv(data, OPTIONS)


def run_upload(name: str, data: bytes):
    return runs.parse_runs_upload(name, data, dataclasses.replace(OPTIONS))


def peak_bytes(call: Callable[[], object]) -> int:
    """Memory allocated at the peak of `call`, beyond what existed before it."""
    tracemalloc.start()
    with contextlib.suppress(ImportFileError):
        call()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


# --- CSV: fields, line length, blank lines -----------------------------------------------------


def test_a_row_with_a_huge_number_of_fields_is_refused_with_its_line():
    with pytest.raises(ImportFileError, match="Line 2 has 20,000 fields; the limit is 500"):
        body(wide_row_csv(20_000))


def test_a_header_with_too_many_columns_is_not_taken_for_a_header():
    data = b"date,weight" + b",x" * 600 + b"\n2024-03-05,80\n"
    with pytest.raises(ImportFileError, match="no header row"):
        body(data)


def test_an_overlong_line_is_refused_before_it_is_split(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 1024)
    data = b"date,weight,note\n2024-03-05,80," + b"x" * 2000 + b"\n"
    with pytest.raises(ImportFileError, match="Line 2 is longer than 1 KB"):
        body(data)
    assert len(body(b"date,weight,note\n2024-03-05,80," + b"x" * 1000 + b"\n").rows) == 1


def test_blank_lines_count_towards_the_line_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINES", 1_000)
    with pytest.raises(ImportFileError, match=r"more than 1,000 lines \(blank lines count\)"):
        body(newlines_csv(5_000))
    assert len(body(newlines_csv(900)).rows) == 1


def test_the_row_limit_still_counts_data_rows(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 50)
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        body(weights_csv(51))
    assert len(body(weights_csv(50)).rows) == 50


def test_a_csv_of_newlines_is_read_without_holding_its_lines(monkeypatch):
    # 30,000 newlines: splitting the text into a list of lines first took over 240 kB here
    # (and 1 GB for the review's 49 million); reading line by line keeps a few kilobytes.
    data = newlines_csv(30_000)
    assert peak_bytes(lambda: body(data)) < 120_000


def test_rows_are_not_kept_between_passes():
    # 4,000 rows of 40 cells: a list of every row's cells took over 10 MB.
    wide = b"date,weight" + b",c" * 38 + b"\n"
    row = b"2024-03-05,80" + b",1" * 38 + b"\n"
    data = wide + row * 4_000
    assert len(body(data).rows) == 4_000
    assert peak_bytes(lambda: body(data)) < 3_000_000


def test_windows_1252_text_is_read_while_streaming():
    data = "date,weight,note\n2024-03-05,80,Caf\u00e9 \u20ac\n".encode("cp1252")
    result = body_csv.parse_body_csv(data, OPTIONS)
    assert len(result.rows) == 1


# --- ZIP of CSVs -------------------------------------------------------------------------------


def test_zip_of_blank_line_csvs_inside_the_size_limits_is_refused_by_lines(monkeypatch):
    # The review's 5 MB ZIP held five CSVs of blank lines, 95 to 1, inside every size limit;
    # the lines of all the ZIP's CSVs now count together.
    monkeypatch.setattr(limits, "MAX_LINES", 20_000)
    data = blank_line_zip(5, 10_000)
    with pytest.raises(
        ImportFileError, match="The CSV files in the ZIP have more than 20,000 lines"
    ):
        run_upload("blank.zip", data)


def test_blank_line_csv_compresses_like_the_review_file():
    data = blank_line_csv(100_000)
    assert 80 < len(data) / len(zlib.compress(data)) < limits.MAX_COMPRESSION_RATIO


def test_zip_members_are_read_one_at_a_time():
    # Five 2 MB CSV members (long blank lines): they used to be kept until the end of the ZIP.
    member = (b" " * 60_000 + b"\n") * 35
    data = make_zip(
        {f"extra-{i}.csv": b"date,distance_km,duration\n" + member for i in range(5)}
        | {"a.csv": b"date,distance_km,duration\n2024-03-05,10,50:00\n"},
        compression=zipfile.ZIP_STORED,
    )
    assert len(run_upload("runs.zip", data).rows) == 1
    assert peak_bytes(lambda: run_upload("runs.zip", data)) < 4_000_000


def test_unwanted_members_are_neither_read_nor_counted(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 1_000)
    data = make_zip(
        {
            "photo.jpg": b"\xff" * 5_000,
            "runs.csv": b"date,distance_km,duration\n2024-03-05,10,50:00\n",
        },
        compression=zipfile.ZIP_STORED,
    )
    result = run_upload("export.zip", data)
    assert len(result.rows) == 1
    assert "Left out 1 other file" in result.notes[0].english()


# --- Activity files: activities and points per file, one parse -------------------------------


def test_fit_with_many_sessions_is_refused_not_previewed(monkeypatch):
    # The review's FIT with 300,000 sessions previewed 210,915 runs.
    monkeypatch.setattr(limits, "MAX_ACTIVITIES_PER_FILE", 20)
    with pytest.raises(ImportFileError, match=r"many\.fit: .* more than 20 activities"):
        run_upload("many.fit", fit_file(sessions=21))
    assert len(run_upload("ok.fit", fit_file(sessions=20)).rows) == 20


def test_fit_with_many_records_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_POINTS_PER_FILE", 500)
    with pytest.raises(ImportFileError, match=r"long\.fit: .* more than 500 track points"):
        run_upload("long.fit", fit_file(records=501, sessions=1))


def test_gpx_with_many_points_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_POINTS_PER_FILE", 500)
    with pytest.raises(ImportFileError, match=r"long\.gpx: .* more than 500 track points"):
        run_upload("long.gpx", gpx_points(501))
    assert len(run_upload("ok.gpx", gpx_points(500)).rows) == 1


def test_tcx_with_many_points_or_activities_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_POINTS_PER_FILE", 500)
    monkeypatch.setattr(limits, "MAX_ACTIVITIES_PER_FILE", 3)
    with pytest.raises(ImportFileError, match=r"long\.tcx: .* more than 500 track points"):
        run_upload("long.tcx", tcx_points(501))
    with pytest.raises(ImportFileError, match=r"many\.tcx: .* more than 3 activities"):
        run_upload("many.tcx", tcx_points(10, activities=4))
    assert len(run_upload("ok.tcx", tcx_points(100, activities=3)).rows) == 3


def test_an_activity_file_over_a_cap_in_a_zip_is_a_problem_and_the_rest_import(monkeypatch):
    monkeypatch.setattr(limits, "MAX_POINTS_PER_FILE", 500)
    data = make_zip({"a/long.gpx": gpx_points(600), "a/ok.gpx": gpx_points(400)})
    result = run_upload("runs.zip", data)
    assert len(result.rows) == 1
    assert "a/long.gpx: the file holds more than 500 track points" in str(result.problems[0])


def test_gpx_is_read_as_a_stream():
    # The whole XML tree of these 3,000 points took over 3 MB (the review's 550,000-point GPX
    # took 1.1 GB, parsed twice); reading point by point and letting the XML go takes half.
    data = gpx_points(3_000)
    assert run_upload("run.gpx", data).rows[0].distance_km == pytest.approx(9.0, abs=0.1)
    assert peak_bytes(lambda: run_upload("run.gpx", data)) < 2_000_000


def test_tcx_trackpoints_are_not_kept_as_a_tree():
    data = tcx_points(3_000)
    assert peak_bytes(lambda: run_upload("run.tcx", data)) < 1_000_000
