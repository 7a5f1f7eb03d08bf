"""The pure import parsers: every supported format from a sample file, units, dates, decimal
commas, the validation bounds, and every kind of bad input (wrong format, binary, truncated,
XML entity tricks, ZIP bombs, too many rows). No database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import zipfile
from zoneinfo import ZoneInfo

import pytest

from tests.import_samples import (
    fit_activity,
    fixture,
    make_zip,
    strava_export,
    weights_csv,
    zip_bomb,
)
from tracker.importers import archive, body_csv, limits, protein_csv, runs
from tracker.importers.common import (
    DateOrderNeeded,
    ImportFileError,
    ImportOptions,
    Problem,
    parse_number,
    parse_when,
)

OPTIONS = ImportOptions(today=dt.date(2024, 6, 1), tz=ZoneInfo("Europe/Rome"))


def body(data: bytes, **changes):
    return body_csv.parse_body_csv(data, dataclasses.replace(OPTIONS, **changes))


def summary(result) -> list[tuple]:
    return [
        (
            row.line,
            row.day.isoformat(),
            None if row.weight_kg is None else round(row.weight_kg, 2),
            None if row.body_fat_percent is None else round(row.body_fat_percent, 1),
        )
        for row in result.rows
    ]


# --- Body metrics ------------------------------------------------------------------------------


def test_withings_weight_csv_turns_fat_mass_into_percent():
    result = body(fixture("withings_weight.csv"))
    assert result.format_name == "Withings"
    assert summary(result) == [
        (2, "2024-03-05", 80.4, 20.0),
        (3, "2024-03-04", 80.9, 20.1),
        (4, "2024-03-03", 81.2, None),
    ]
    assert result.problems == [] and result.notes == []


def test_libra_reads_units_line_decimal_commas_and_utc_times_in_the_athletes_zone():
    result = body(fixture("libra.csv"))
    assert result.format_name == "Libra"
    # 23:30 UTC on 3 March is 00:30 on 4 March in Rome.
    assert summary(result) == [
        (5, "2024-03-01", 81.5, 21.0),
        (6, "2024-03-02", 81.1, None),
        (7, "2024-03-04", 80.8, 20.6),
    ]


def test_libra_in_pounds():
    data = fixture("libra.csv").replace(b"#Units:kg", b"#Units:lb")
    assert summary(body(data))[0] == (5, "2024-03-01", 36.97, 21.0)


def test_renpho_in_pounds():
    result = body(fixture("renpho.csv"))
    assert result.format_name == "Renpho"
    assert summary(result) == [(2, "2024-03-05", 80.01, 22.1), (3, "2024-03-04", 80.38, 22.3)]


def test_fitbit_has_no_unit_so_the_choice_or_setting_applies_and_zero_fat_means_none():
    result = body(fixture("fitbit_weight.csv"))
    assert result.format_name == "Fitbit"
    assert summary(result) == [
        (3, "2024-03-05", 80.4, 20.0),
        (4, "2024-03-04", 80.9, None),
        (5, "2024-02-28", 81.5, 21.2),
    ]
    assert "read as kg (your setting)" in result.notes[0].english()
    in_lb = body(fixture("fitbit_weight.csv"), weight_unit="lb")
    assert summary(in_lb)[0] == (3, "2024-03-05", 36.47, 20.0) and in_lb.notes == []
    setting_lb = body(fixture("fitbit_weight.csv"), default_weight_unit="lb")
    assert summary(setting_lb)[0][2] == 36.47 and "read as lb" in setting_lb.notes[0].english()


def test_generic_semicolons_decimal_commas_and_units_in_values():
    result = body(fixture("generic_semicolon_lb.csv"))
    assert result.format_name == "Generic CSV"
    assert summary(result) == [(2, "2024-02-14", 80.01, None), (3, "2024-02-15", 79.74, 21.5)]
    assert result.notes == []  # every value said lb


def test_generic_unit_column_and_method():
    data = (
        b"Date,Weight,Unit,Body fat,Method\n2024-01-02,170,lb,,\n2024-01-03,77.5,kg,18,calipers\n"
    )
    result = body(data)
    assert summary(result) == [(2, "2024-01-02", 77.11, None), (3, "2024-01-03", 77.5, 18.0)]
    assert result.rows[1].method == "calipers"


def test_ambiguous_dates_ask_for_the_order_and_the_choice_is_used():
    data = b"date,weight\n03/04/2024,80\n05/04/2024,79.5\n"
    with pytest.raises(DateOrderNeeded, match="03/04/2024 could mean day/month or month/day"):
        body(data)
    assert summary(body(data, date_order="dmy"))[0][1] == "2024-04-03"
    assert summary(body(data, date_order="mdy"))[0][1] == "2024-03-04"


def test_unambiguous_numeric_dates_are_detected():
    day_first = b"date,weight\n03/04/2024,80\n25/04/2024,79.5\n"
    month_first = b"date,weight\n03/04/2024,80\n04/25/2024,79.5\n"
    assert summary(body(day_first))[0][1] == "2024-04-03"
    assert summary(body(month_first))[0][1] == "2024-03-04"
    with pytest.raises(ImportFileError, match="mix day/month and month/day"):
        body(b"date,weight\n25/04/2024,80\n04/25/2024,79.5\n")


def test_impossible_values_get_a_line_number_and_the_limit():
    data = (
        b"date,weight,body fat\n"
        b"2024-01-01,420,\n"
        b"2024-01-02,80,90\n"
        b"2024-01-03,heavy,\n"
        b"2031-01-01,80,\n"
        b"1989-12-31,80,\n"
        b"2024-02-30,80,\n"
        b"2024-01-04,,\n"
        b"2024-01-05,80,20\n"
    )
    result = body(data)
    assert [str(p) for p in result.problems] == [
        "Line 2: weight 420 kg is above the 350 kg limit",
        "Line 3: body fat 90 % is above the 75 % limit",
        "Line 4: weight “heavy” is not a number",
        "Line 5: the date 1 Jan 2031 is in the future",
        "Line 6: the date 31 Dec 1989 is before 1 January 1990",
        "Line 7: “2024-02-30” is not a date this import can read",
        "Line 8: there is no weight or body-fat value",
    ]
    # The weight of line 3 is fine; only its body fat is refused.
    assert summary(result) == [(3, "2024-01-02", 80.0, None), (9, "2024-01-05", 80.0, 20.0)]


def test_weight_limits_in_pounds_are_stated_in_pounds():
    result = body(b"date,weight_lb\n2024-01-01,900\n2024-01-02,50\n")
    assert [str(p) for p in result.problems] == [
        "Line 2: weight 900 lb is above the 771.6 lb limit",
        "Line 3: weight 50 lb is below the 55.1 lb limit",
    ]


def test_not_a_body_csv():
    with pytest.raises(ImportFileError, match="doesn't look like a weight or body-fat CSV"):
        body(b"name,score\nana,3\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        (b"\x00\x01\x02\x03binary\x00\x00" * 50, "binary file, not a CSV"),
        (bytes(range(256)) * 20, "binary file, not a CSV"),
        (make_zip({"a.csv": b"date,weight\n"}), "This is a ZIP file"),
        (gzip.compress(b"date,weight\n"), "gzip-compressed"),
    ],
    ids=["empty", "nul-bytes", "all-bytes", "zip", "gzip"],
)
def test_binary_and_other_formats_are_named(data, message):
    with pytest.raises(ImportFileError, match=message):
        body(data)


def test_a_fit_file_uploaded_as_a_csv_says_where_it_belongs():
    with pytest.raises(ImportFileError, match="FIT activity file; upload it under Runs"):
        body(fit_activity())


def test_row_limit_stops_reading_early():
    with pytest.raises(ImportFileError, match="more than 100,000 rows"):
        body(weights_csv(200_000))
    assert len(body(weights_csv(1_000)).rows) == 1_000


def test_utf16_and_windows_encodings():
    text = "date,weight,body fat\n2024-01-02,80,20\n"
    assert len(body(text.encode("utf-16")).rows) == 1
    assert len(body(("\ufeff" + text).encode("utf-8")).rows) == 1
    assert len(body("Dätum\n".encode("cp1252") + text.encode()).rows) == 1


# --- Numbers and dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80.5", (80.5, "")),
        ("80,5", (80.5, "")),
        ("1.234,5", (1234.5, "")),
        ("1,234.5", (1234.5, "")),
        ("176.4 lb", (176.4, "lb")),
        ("21,5 %", (21.5, "%")),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["nan", "inf", "1e999", "", "abc", "8O"])
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_when_formats():
    utc = dt.UTC
    assert parse_when("2024-03-05", "iso") == dt.date(2024, 3, 5)
    assert parse_when("2024-03-05T07:12:00Z", "iso") == dt.datetime(2024, 3, 5, 7, 12, tzinfo=utc)
    assert parse_when("2024-03-05 07:12:00+02:00", "iso").utcoffset() == dt.timedelta(hours=2)
    assert parse_when("Mar 5, 2024, 7:12:00 PM", "mdy", assume_utc=True) == dt.datetime(
        2024, 3, 5, 19, 12, tzinfo=utc
    )
    assert parse_when("05.03.2024", "dmy") == dt.date(2024, 3, 5)
    assert parse_when("3/5/24 7:05 AM", "mdy") == dt.datetime(2024, 3, 5, 7, 5)
    assert parse_when("5 Mar 2024", "iso") == dt.date(2024, 3, 5)


def test_problem_text():
    assert str(Problem("bad", 3)) == "Line 3: bad"
    assert str(Problem("bad", 3, "a.csv")) == "a.csv, line 3: bad"
    assert str(Problem("bad", None, "run.gpx")) == "run.gpx: bad"
    assert str(Problem("Bad file")) == "Bad file"


# --- Protein -----------------------------------------------------------------------------------


def protein(data: bytes, **changes):
    return protein_csv.parse_protein_csv(data, dataclasses.replace(OPTIONS, **changes))


def test_myfitnesspal_meals_are_added_up_per_day():
    result = protein(fixture("mfp_nutrition_summary.csv"))
    assert result.format_name == "MyFitnessPal"
    assert [(r.line, r.day.isoformat(), r.grams) for r in result.rows] == [
        (2, "2024-03-04", 141.5),
        (5, "2024-03-05", 30.0),
    ]


def test_cronometer_daily_summary():
    result = protein(fixture("cronometer_dailysummary.csv"))
    assert result.format_name == "Cronometer"
    assert [(r.day.isoformat(), r.grams) for r in result.rows] == [
        ("2024-03-04", 151.7),
        ("2024-03-05", 138.2),
    ]


def test_lose_it_asks_for_the_date_order_then_adds_foods_up():
    with pytest.raises(DateOrderNeeded):
        protein(fixture("loseit_export.csv"))
    result = protein(fixture("loseit_export.csv"), date_order="mdy")
    assert result.format_name == "Lose It!"
    assert [(r.day.isoformat(), r.grams) for r in result.rows] == [("2024-03-04", 87.0)]


def test_protein_day_over_the_limit_names_its_lines():
    data = b"date,grams\n2024-01-01,300\n2024-01-01,320\n2024-01-02,-5\n2024-01-03,120\n"
    result = protein(data)
    assert [str(p) for p in result.problems] == [
        "Line 4: protein -5 g can't be negative",
        "Lines 2, 3 (1 Jan 2024): protein 620 g in one day is above the 500 g limit",
    ]
    assert [(r.day.isoformat(), r.grams) for r in result.rows] == [("2024-01-03", 120.0)]


def test_not_a_protein_csv():
    with pytest.raises(ImportFileError, match="doesn't look like a protein CSV"):
        protein(b"date,weight\n2024-01-01,80\n")


# --- Runs --------------------------------------------------------------------------------------


def run_upload(name: str, data: bytes, **changes):
    return runs.parse_runs_upload(name, data, dataclasses.replace(OPTIONS, **changes))


def test_gpx_distance_moving_time_climb_heart_rate_and_start_day():
    result = run_upload("run.gpx", fixture("run.gpx"))
    assert result.format_name == "GPX" and result.problems == []
    (row,) = result.rows
    assert row.day == dt.date(2024, 3, 5)
    assert row.distance_km == pytest.approx(1.259, abs=0.002)
    assert row.duration_s == 320 and row.elapsed_s == 320
    assert row.avg_heart_rate == 142
    assert row.elevation_gain_m == pytest.approx(28, abs=3)
    assert row.external_id == "start:2024-03-05T06:30:12Z"
    assert row.source == "file" and str(row.note) == "Morning Run · from run.gpx"


def test_gpx_of_a_ride_is_skipped_with_a_note():
    result = run_upload("ride.gpx", fixture("ride.gpx"))
    assert result.rows == []
    assert [n.english() for n in result.notes] == [
        "ride.gpx: skipped, it is a cycling activity, not a run."
    ]


def test_tcx_laps_give_moving_time_and_weighted_heart_rate():
    (row,) = run_upload("run.tcx", fixture("run.tcx")).rows
    assert row.day == dt.date(2024, 3, 6)
    assert row.distance_km == 2.0
    assert row.duration_s == 630  # the laps' timer time
    assert row.elapsed_s == 690  # first lap start to last trackpoint
    assert row.avg_heart_rate == 155  # (150·300 + 160·330) / 630
    assert row.elevation_gain_m == 18.0
    assert row.external_id == "start:2024-03-06T17:05:00Z"
    assert "elapsed 11:30" in str(row.note)


def test_fit_session_values():
    (row,) = run_upload("watch.fit", fit_activity()).rows
    assert (row.day, row.distance_km, row.duration_s, row.elapsed_s) == (
        dt.date(2024, 3, 5),
        10.0,
        3000,
        3100,
    )
    assert (row.avg_heart_rate, row.elevation_gain_m) == (148, 85.0)
    assert row.external_id == "start:2024-03-05T06:30:00Z"


def test_fit_without_session_falls_back_to_records():
    (row,) = run_upload("watch.fit", fit_activity(with_session=False)).rows
    assert (row.distance_km, row.duration_s, row.avg_heart_rate) == (10.0, 3100, 148)


def test_fit_ride_is_skipped_and_the_same_run_in_two_formats_gets_the_same_id():
    assert [n.english() for n in run_upload("ride.fit", fit_activity(sport="cycling")).notes] == [
        "ride.fit: skipped, it is a cycling activity, not a run."
    ]
    gz = run_upload("watch.fit.gz", gzip.compress(fit_activity()))
    assert gz.rows[0].external_id == run_upload("watch.fit", fit_activity()).rows[0].external_id


def test_start_day_is_in_the_athletes_time_zone():
    late = fit_activity(start=dt.datetime(2024, 3, 5, 23, 30, tzinfo=dt.UTC))
    assert run_upload("a.fit", late).rows[0].day == dt.date(2024, 3, 6)  # Rome
    assert run_upload("a.fit", late, tz=ZoneInfo("America/New_York")).rows[0].day == dt.date(
        2024, 3, 5
    )


def test_run_bounds_are_enforced_with_reasons():
    too_fast = fit_activity(distance_m=10_000, timer_s=1_000, elapsed_s=1_000)
    result = run_upload("fast.fit", too_fast)
    assert result.rows == []
    assert [str(p) for p in result.problems] == [
        "fast.fit: pace 1:40 /km is faster than the 2:30 /km limit"
    ]
    future = fit_activity(start=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert "in the future" in str(run_upload("f.fit", future).problems[0])


def test_strava_activities_csv():
    result = run_upload("activities.csv", fixture("strava_activities.csv"))
    assert result.format_name == "Strava activities.csv"
    rows = {row.external_id: row for row in result.rows}
    assert set(rows) == {"strava:10000000001", "strava:10000000003"}
    first = rows["strava:10000000001"]
    # The later, detailed columns win: metres and the moving time in seconds.
    assert (first.distance_km, first.duration_s, first.elapsed_s) == (10.02, 2880, 3000)
    assert (first.avg_heart_rate, first.elevation_gain_m, first.source) == (148, 85.0, "csv")
    # 11:45 PM UTC on 7 March is 8 March in Rome.
    assert rows["strava:10000000003"].day == dt.date(2024, 3, 8)
    assert [n.english() for n in result.notes] == [
        "Line 3: skipped activity 10000000002, a Ride rather than a run."
    ]


def test_strava_bulk_export_zip_uses_files_first_and_the_csv_for_the_rest():
    result = run_upload("export.zip", strava_export())
    ids = sorted(row.external_id for row in result.rows)
    # 1 from its GPX, 3 from the CSV (no file), 4 from its FIT; 2 is a ride (file and CSV).
    assert ids == ["strava:10000000001", "strava:10000000003", "strava:10000000004"]
    by_id = {row.external_id: row for row in result.rows}
    assert by_id["strava:10000000001"].source == "file"
    assert by_id["strava:10000000003"].source == "csv"
    assert result.problems == []
    assert (
        "activities/10000000002.fit: skipped, it is a cycling activity" in result.notes[0].english()
    )
    assert result.notes[-1].english() == (
        "Left out 1 other file in the ZIP that is not an activity (photos, routes, other data)."
    )


def test_a_damaged_file_in_a_zip_is_a_problem_and_the_rest_still_import():
    data = make_zip({"good.fit": fit_activity(), "bad.gpx": b"<gpx><trk><trkseg>"})
    result = run_upload("runs.zip", data)
    assert len(result.rows) == 1
    assert [str(p) for p in result.problems] == [
        "bad.gpx: the XML is malformed or cut short (line 1); export the file again."
    ]


def test_generic_runs_csv_with_miles_and_clock_durations():
    data = b"Date,Distance (mi),Duration,Note\n2024-02-01,3.1,28:30,=HYPERLINK(x)\n"
    (row,) = run_upload("runs.csv", data).rows
    assert row.distance_km == pytest.approx(4.989, abs=0.001)
    assert row.duration_s == 1710 and row.note == "=HYPERLINK(x)"


# --- Bad run files -----------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<gpx version="1.1" creator="x"><trk><name>&lol2;</name></trk></gpx>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<gpx version="1.1" creator="x"><trk><name>&xxe;</name></trk></gpx>"""


BAD_RUN_FILES = [
    ("lol.gpx", BILLION_LAUGHS, "lol.gpx: the XML declares a document type or entities"),
    ("xxe.gpx", EXTERNAL_ENTITY, "xxe.gpx: the XML declares a document type or entities"),
    ("cut.gpx", fixture("run.gpx")[:700], "cut.gpx: the XML is malformed or cut short"),
    ("cut.tcx", fixture("run.tcx")[:900], "cut.tcx: the XML is malformed or cut short"),
    ("cut.fit", fit_activity()[:150], "cut.fit: the FIT file is damaged (it is cut short)"),
    ("flip.fit", fit_activity()[:-1] + b"\x00", "flip.fit: the FIT file is damaged"),
    ("fake.fit", b"not a fit file at all, just text", "fake.fit: this is not a FIT file"),
    ("empty.gpx", b'<gpx version="1.1" creator="x"></gpx>', "empty.gpx: the GPX file has no"),
    ("other.xml", b"<kml></kml>", "neither GPX nor TCX"),
    ("cut.fit.gz", gzip.compress(fit_activity())[:40], "cut.fit.gz: the gzip"),
    ("cut.zip", strava_export()[:500], "The ZIP file is damaged or incomplete"),
    ("x.csv", b"hello,world\n1,2\n", "not a file the runs import reads"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" * 30, "binary file"),
    ("none.zip", make_zip({"notes.txt": b"hi"}), "The ZIP has no GPX, TCX or FIT files"),
    ("nested.zip", make_zip({"inner.zip.gpx": make_zip({"a": b"b"})}), "ZIP inside a ZIP"),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), BAD_RUN_FILES, ids=[case[0] for case in BAD_RUN_FILES]
)
def test_bad_run_files_get_a_message_naming_the_problem(name, data, message):
    try:
        result = run_upload(name, data)
    except ImportFileError as error:
        assert message in str(error)
    else:
        assert any(message in str(p) for p in result.problems), result.problems


def test_zip_bomb_is_refused_before_it_is_unpacked():
    with pytest.raises(ImportFileError, match="bomb.gpx: unpacks to more than 100 MB"):
        run_upload("bomb.zip", zip_bomb())


def test_highly_compressed_member_is_refused_as_a_bomb():
    data = make_zip({"activities/zeros.gpx": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(ImportFileError, match="compressed more than 100 to 1"):
        run_upload("zeros.zip", data)


def test_gzip_bomb_is_refused():
    with pytest.raises(ImportFileError, match="compressed more than 100 to 1"):
        run_upload("zeros.fit.gz", gzip.compress(b"\0" * (20 * 1024 * 1024)))


def test_zip_limits_on_members_and_total_size(monkeypatch):
    many = make_zip({f"a/{i}.gpx": b"x" for i in range(limits.MAX_ZIP_MEMBERS + 1)})
    with pytest.raises(ImportFileError, match="holds 2,001 files; the limit is 2,000"):
        run_upload("many.zip", many)
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 1000)
    two = make_zip({"a.gpx": b"a" * 600, "b.gpx": b"b" * 600}, compression=zipfile.ZIP_STORED)
    with pytest.raises(ImportFileError, match="unpacks to 0 MB; the limit is 0 MB"):
        run_upload("two.zip", two)


def test_zip_whose_directory_lies_about_sizes_is_caught_while_reading(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 100_000)
    data = bytearray(make_zip({"a.gpx": b"<" * 200_000}, compression=zipfile.ZIP_STORED))
    # Claim 1,000 bytes in the central directory; the real member is 200 kB.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    with pytest.raises(ImportFileError):
        [member.data for member in archive.iter_zip(bytes(data), wanted=lambda name: True)]


def test_encrypted_zip_member_is_named():
    data = bytearray(make_zip({"a.gpx": b"<gpx/>"}, compression=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x1  # the "encrypted" flag
    with pytest.raises(ImportFileError, match="a.gpx: the file is password-protected"):
        run_upload("locked.zip", bytes(data))
