"""The measurements CSV parser (pure, no database): our own export's long layout, spreadsheets'
wide layouts in six languages, units from headers, cells and the athlete's setting, and bad
cells reported by line while the rest of the file imports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tracker.importers.common import ImportFileError, ImportOptions
from tracker.importers.measurements_csv import parse_measurements_csv

OPTIONS = ImportOptions(today=dt.date(2024, 6, 1), tz=ZoneInfo("Europe/Rome"))


def parse(text: str, **changes):
    return parse_measurements_csv(text.encode(), dataclasses.replace(OPTIONS, **changes))


def rows(result) -> list[tuple]:
    return [(r.day.isoformat(), r.site, r.side, r.cm) for r in result.rows]


def test_our_own_export_round_trips():
    result = parse(
        "date,site,side,cm\n"
        "2024-05-02,waist,,84.5\n"
        "2024-05-02,thigh,left,58.0\n"
        "2024-05-02,thigh,right,58.4\n"
        "2024-05-02,upper_arm,,31.2\n"
    )
    assert result.problems == []
    assert rows(result) == [
        ("2024-05-02", "waist", "", 84.5),
        ("2024-05-02", "thigh", "left", 58.0),
        ("2024-05-02", "thigh", "right", 58.4),
        ("2024-05-02", "upper_arm", "", 31.2),
    ]


def test_wide_spreadsheet_with_sides_and_inches_in_the_header():
    result = parse(
        "Date,Waist (in),Hips (in),Left thigh (in),Right Thigh (in),Neck (in)\n"
        "05/20/2024,33.5,40,23,23.25,15\n",
        date_order="mdy",
    )
    assert result.problems == []
    assert rows(result) == [
        ("2024-05-20", "waist", "", 85.1),
        ("2024-05-20", "hips", "", 101.6),
        ("2024-05-20", "thigh", "left", 58.4),
        ("2024-05-20", "thigh", "right", 59.1),
        ("2024-05-20", "neck", "", 38.1),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Data;Vita;Fianchi;Coscia sx;Coscia dx;Polpaccio",
            ["waist", "hips", "thigh", "thigh", "calf"],
        ),
        (
            "Fecha;Cintura;Cadera;Muslo izquierdo;Brazo;Cuello",
            ["waist", "hips", "thigh", "upper_arm", "neck"],
        ),
        (
            "Date;Tour de taille;Hanches;Cuisse gauche;Mollet;Cou",
            ["waist", "hips", "thigh", "calf", "neck"],
        ),
        (
            "Datum;Bauchumfang;Hüfte;Oberschenkel links;Oberarm;Hals",
            ["waist", "hips", "thigh", "upper_arm", "neck"],
        ),
        (
            "Data;Cintura;Quadril;Coxa esquerda;Braço;Pescoço",
            ["waist", "hips", "thigh", "upper_arm", "neck"],
        ),
    ],
)
def test_site_names_in_five_more_languages_with_decimal_commas(header, expected):
    values = ";".join(["80,5", "99", "57,5", "31", "36,5", "38"][: header.count(";")])
    result = parse(f"{header}\n02.05.2024;{values}\n", date_order="dmy")
    assert result.problems == []
    assert [r.site for r in result.rows] == expected
    assert result.rows[0].cm == 80.5 and result.rows[0].day == dt.date(2024, 5, 2)
    assert [r.side for r in result.rows if r.site == "thigh"][:1] == ["left"]


def test_the_athletes_unit_applies_when_the_file_does_not_say_and_cells_may_say_it():
    text = "date,waist,calf\n2024-05-01,32,14.5 in\n2024-05-08,81 cm,15\n"
    assert rows(parse(text, default_length_unit="in")) == [
        ("2024-05-01", "waist", "", 81.3),
        ("2024-05-01", "calf", "", 36.8),
        ("2024-05-08", "waist", "", 81.0),
        ("2024-05-08", "calf", "", 38.1),
    ]
    in_cm = parse(text)  # a metric athlete: 32 is centimetres, too small for a waist
    assert rows(in_cm) == [
        ("2024-05-01", "calf", "", 36.8),
        ("2024-05-08", "waist", "", 81.0),
        ("2024-05-08", "calf", "", 15.0),
    ]
    assert [str(p) for p in in_cm.problems] == [
        "Line 2: waist 32 cm is outside the 40–250 cm range for this site"
    ]


def test_long_layout_with_a_unit_column():
    result = parse("date,site,value,unit\n2024-05-01,waist,33,in\n2024-05-01,neck,38,cm\n")
    assert rows(result) == [("2024-05-01", "waist", "", 83.8), ("2024-05-01", "neck", "", 38.0)]


def test_bad_cells_are_problems_of_their_line_and_the_rest_imports():
    result = parse(
        "date,waist,thigh\n"
        "2024-05-01,8,55\n"  # a waist of 8 cm is a typo
        "2024-05-08,abc,56\n"
        "2024-07-01,80,57\n"  # in the future
        "not a date,80,57\n"
        "2024-05-15,80,\n"  # an empty cell is simply not measured
        "2024-05-15,81,\n"  # the same day again
    )
    assert rows(result) == [
        ("2024-05-01", "thigh", "", 55.0),
        ("2024-05-08", "thigh", "", 56.0),
        ("2024-05-15", "waist", "", 80.0),
    ]
    messages = [str(p) for p in result.problems]
    assert messages == [
        "Line 2: waist 8 cm is outside the 40–250 cm range for this site",
        "Line 3: waist “abc” is not a number",
        "Line 4: the date 1 Jul 2024 is in the future",
        "Line 5: “not a date” is not a date this import can read",
        "Line 7: a second waist measurement for 15 May 2024 (line 6 has one); only the first "
        "is kept",
    ]


def test_bounds_are_shown_in_inches_for_an_inches_file():
    result = parse("date,neck (in)\n2024-05-01,40\n")
    assert [str(p) for p in result.problems] == [
        "Line 2: neck 40 in is outside the 7.9–27.6 in range for this site"
    ]


def test_a_file_without_site_columns_is_refused_with_what_is_expected():
    with pytest.raises(ImportFileError, match="doesn't look like a measurements CSV"):
        parse("date,weight\n2024-05-01,80\n")
    with pytest.raises(ImportFileError, match="doesn't look like a measurements CSV"):
        parse("date,site,side\n2024-05-01,waist,\n")


def test_an_unknown_site_in_the_long_layout_is_named():
    result = parse("date,site,cm\n2024-05-01,forearm,28\n2024-05-01,hips,98\n")
    assert rows(result) == [("2024-05-01", "hips", "", 98.0)]
    assert "“forearm” is not a site this import knows" in str(result.problems[0])
