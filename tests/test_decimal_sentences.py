"""Numbers inside sentences built in Python use the language's decimal separator (issue 15):
"0,2 corse a settimana", not "0.2"; pure modules write them through tracker.texts.decimal."""

from datetime import date, timedelta

import pytest
from django.utils import translation

from tracker import charts, measurements, running_card, texts
from tracker.body_composition import NavyEstimate
from tracker.trends import RunPoint, running_dose

AS_OF = date(2024, 1, 31)
# One 40-minute run four weeks ago: 0.25 counted runs a week ("0,2" in Italian).
RARE = [RunPoint(AS_OF - timedelta(days=20), 6.0, 2400.0, avg_hr=None, effort=6)]


def _dose():
    return running_dose(RARE, as_of=AS_OF, max_hr=None)


@pytest.mark.parametrize(("lang", "expected"), [("it", "0,2"), ("de", "0,2"), ("en", "0.2")])
def test_running_card_sentences(lang, expected):
    with translation.override(lang):
        card = running_card.running_dose_card(_dose(), runs=RARE, energy=None, max_hr=None)
        assert f"{expected} " in card.headline
        assert expected in running_card.roster_cell(_dose())
        assert expected in running_card.too_light_explanation(_dose())
        assert running_card.distance_text(8.04, "km") == f"8{expected[1]}0 km"
    if lang == "it":
        assert card.headline.startswith("0,2 corse a settimana")


def test_texts_decimal_without_django_separator_keeps_the_point():
    previous = texts.install_decimal_separator(lambda: ".")
    try:
        assert texts.decimal(0.25, 1) == "0.2"
    finally:
        texts.install_decimal_separator(previous)
    with translation.override("de"):
        assert texts.decimal(72.45, 2) == "72,45"
        assert texts.decimal_text("±0.5") == "±0,5"


def test_navy_error_and_measurement_follow_up_in_italian():
    with translation.override("it"):
        assert "±3,5 " in NavyEstimate(20.0, 3.5).error_text
        assert measurements._weight_phrase(-1.44, "kg").endswith("1,4 kg")
        assert measurements._signed(-2.4) == "−2,4"


def test_chart_annotation_and_table_cells_in_german():
    with translation.override("de"):
        week = date(2026, 3, 2)
        runs = [RunPoint(week + timedelta(days=1), 21.1, 7200.0, avg_hr=None, effort=6)]
        figure = charts.running_figure([(week, 21.1)], longest=runs[0])
        assert figure["layout"]["annotations"][0]["text"].startswith("Längster Lauf: 21,1 km")
