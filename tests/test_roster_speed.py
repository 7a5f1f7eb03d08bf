"""The roster's shortcuts (issue 11's speed targets) show exactly what the plain way shows.

- Stored summaries already decoded are reused by their exact bytes, never by trust.
- The sparkline template is rendered once per table as a stencil; each row's escaped points and
  label go into it, giving the same markup as rendering the template for that row.
- Words every row repeats are translated once per table; each row still shows its own.
- The links, athletes and summaries are loaded with only the fields a row reads, and reading a
  row's figures, name or sparkline makes no further query.
"""

from __future__ import annotations

import pickle

import pytest
from django.db import connection
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from coaching import benchmark, roster
from coaching.views import _roster_row, _RowWords, roster_body
from tracker import summary_store
from tracker.models import AthleteSummary


@pytest.fixture
def synthetic(db):
    return benchmark.build_synthetic_data(clients=8, days=120, label="speed")


def test_a_decoded_summary_is_reused_only_for_the_same_bytes(synthetic, monkeypatch):
    roster.roster_rows(synthetic.coach)  # stores every summary
    row = AthleteSummary.objects.get(user=synthetic.athletes[0])
    expected = summary_store.fresh(synthetic.athletes[0])
    summary_store._decoded.clear()
    loads = []
    real_loads = pickle.loads

    def counting_loads(data, *args, **kwargs):
        loads.append(1)
        return real_loads(data, *args, **kwargs)

    monkeypatch.setattr(summary_store.pickle, "loads", counting_loads)
    first = summary_store.decode(row.payload)
    again = summary_store.decode(bytes(row.payload))
    assert first == again == expected
    assert len(loads) == 1
    # The same signature with other bytes is not the summary it signed: refused, not reused.
    tampered = bytearray(bytes(row.payload))
    tampered[-5] ^= 0xFF
    assert summary_store.decode(bytes(tampered)) is None
    assert len(loads) == 1


def test_the_decoded_cache_is_bounded(synthetic, monkeypatch):
    monkeypatch.setattr(summary_store, "DECODED_CACHE_SIZE", 3)
    summary_store._decoded.clear()
    summary_store.rebuild(synthetic.athletes)
    assert len(summary_store._decoded) == 3


@pytest.mark.parametrize(
    ("points", "label"),
    [("2.0,3.5 118.0,30.0", "Trend weight over 28 days: −0,4 kg"), ("1,2", "<b>“a” & 'b'</b>")],
)
@pytest.mark.parametrize("language", ["en", "it", "de"])
def test_the_sparkline_stencil_renders_like_the_template(points, label, language):
    template = get_template("coaching/includes/sparkline.html")
    with translation.override(language):
        words = _RowWords()
        assert words.sparkline_svg(points, label) == template.render(
            {"points": points, "label": label}
        )
        assert words.sparkline_svg("", "") == template.render({"points": "", "label": label})


@pytest.mark.parametrize("language", ["en", "it", "fr"])
def test_words_shared_by_a_table_match_each_row_built_alone(synthetic, language):
    coach = synthetic.coach
    rows = roster.roster_rows(coach)
    url = reverse("client_detail", args=[0])[: -len("0/")] + "{}/"
    with translation.override(language):
        table = roster_body(rows, weight_unit="lb", distance_unit="mi")
        alone = "\n".join(_roster_row(row, url.format(row.athlete.pk), "lb", "mi") for row in rows)
    assert table == alone
    assert table.count("<tr>") == len(synthetic.athletes)


def test_a_current_roster_reads_only_what_its_rows_show(synthetic):
    coach = synthetic.coach
    roster.roster_rows(coach)  # every summary stored and current
    with CaptureQueriesContext(connection) as queries:
        rows = roster.roster_rows(coach)
        roster_body(rows, weight_unit="kg", distance_unit="km")
        names = sorted((row.athlete.name, row.athlete.email) for row in rows)
    # The links with their athletes and summaries, and the active goals: nothing per row.
    assert len(queries) == 2, [query["sql"] for query in queries.captured_queries]
    assert len(names) == len(synthetic.athletes)
