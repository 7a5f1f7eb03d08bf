"""``figure_json`` (tracker/templatetags/figures.py): the figures written into the page mean
exactly what ``json.dumps`` would have written, cannot close their ``<script>`` element, and
stay compact. No database."""

from __future__ import annotations

import json
import math
import re
from datetime import date, timedelta

import pytest
from django.utils import translation

from tests.test_charts import AS_OF, year_of_data
from tracker.charts import RANGES, progress_charts
from tracker.templatetags.figures import figure_json, figure_text

SCRIPT = re.compile(r'<script id="([^"]+)" type="application/json">(.*)</script>', re.S)


def _body(html: str) -> str:
    match = SCRIPT.fullmatch(html)
    assert match, html[:200]
    return match[2]


@pytest.mark.parametrize("language", ["en", "it", "de"])
@pytest.mark.parametrize("range_key", list(RANGES))
def test_figures_read_back_as_json_dumps_wrote_them(language, range_key):
    weights, body_fats, protein_days, runs = year_of_data()
    with translation.override(language):
        figures = progress_charts(
            weights, body_fats, protein_days, runs, as_of=AS_OF, range_key=range_key
        ).figures
    for key, figure in figures.items():
        html = figure_json(figure, f"fig-{key}")
        assert SCRIPT.fullmatch(html)[1] == f"fig-{key}"
        body = _body(html)
        reference = json.dumps(figure, separators=(",", ":"), allow_nan=False)
        # The same value, keys in the same order, ints still ints and floats still floats.
        assert json.loads(body) == json.loads(reference) == figure
        assert list(json.loads(body)) == list(figure)
        assert json.dumps(json.loads(body), separators=(",", ":")) == reference
        # Compact: no bigger than the json module's text escaped the same way.
        escaped = reference.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
        assert len(body.encode()) <= len(escaped.encode())


def test_non_ascii_words_are_written_as_utf8():
    figure = {"layout": {"title": {"text": "Dose 3–5 a week · Massa magra (kg)"}}, "data": []}
    body = _body(figure_json(figure, "f"))
    assert "3–5 a week · Massa" in body
    assert json.loads(body) == figure


def test_markup_in_a_figure_cannot_close_the_script_element():
    figure = {"data": [{"name": "</script><script>alert(1)</script> & <b>"}], "layout": {}}
    html = figure_json(figure, "f")
    body = _body(html)
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == figure
    assert html.count("</script>") == 1


def test_numbers_none_and_non_finite_values():
    figure = {
        "x": [date(2024, 3, 1).isoformat(), None],
        "y": [80.12, 0.1, -0.0, 1e-05, 12345678.9, 3, True],
        "array": [0, 0.0],
    }
    text = figure_text(figure)
    assert json.loads(text) == json.loads(json.dumps(figure)) == figure
    # Types survive: an int stays an int, a float a float, a boolean a boolean.
    assert [type(value) for value in json.loads(text)["y"]] == [type(v) for v in figure["y"]]
    # json.dumps(allow_nan=False) refused these; the figure text has a gap (null) instead, which
    # is still valid JSON (no bare NaN token) and what plotly draws for a missing value.
    assert json.loads(figure_text({"y": [math.nan, math.inf]})) == {"y": [None, None]}


def test_a_figure_with_a_non_json_value_is_refused():
    with pytest.raises(TypeError):
        figure_text({"x": [object()]})
    with pytest.raises(TypeError):
        figure_text({1: "a key that is not a string"})


def test_dates_are_never_passed_as_dates():
    # Builders write ISO strings; a date object would be serialised differently by the two
    # encoders, so a figure must never hold one.
    weights, body_fats, protein_days, runs = year_of_data()
    figures = progress_charts(
        weights, body_fats, protein_days, runs, as_of=AS_OF + timedelta(days=1), range_key="all"
    ).figures

    def walk(value: object) -> None:
        assert not isinstance(value, date)
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(figures)
