"""The metric registry (tracker/metrics.py) drives every page that lists metrics: each registered
metric appears in the history tabs with its declared columns, in the export with its declared
file and columns, on Today as a quick-log card (when it has a quick-log form), in import
de-duplication (when it is imported), and has a test factory."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from django.urls import reverse

from tests.factories import FACTORIES, make_entry
from tracker import importing
from tracker.metrics import IMPORTED_METRICS, METRICS, QUICK_LOG_METRICS

SLUGS = list(METRICS)


def test_every_metric_has_a_factory():
    assert set(FACTORIES) == set(METRICS)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
def test_factory_makes_a_valid_entry(athlete, slug):
    entry = make_entry(slug, athlete)
    entry.full_clean()
    assert isinstance(entry, METRICS[slug].model)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
def test_history_page_shows_the_registered_columns(athlete, athlete_client, slug):
    metric = METRICS[slug]
    entry = make_entry(slug, athlete)
    page = athlete_client.get(reverse("history", args=[slug])).content.decode()
    for other in METRICS.values():  # every metric has a tab
        assert f'href="{reverse("history", args=[other.slug])}"' in page
    for column in metric.columns:
        assert f">{column.header}</th>" in page
        # The cell as the registry formats it (escaped as a template would).
        text = str(column.cell(entry, athlete))
        if "<" not in text:
            assert f">{text.replace('&', '&amp;')}</td>" in page
    assert f'id="entry-{entry.pk}"' in page


@pytest.mark.django_db
def test_export_has_a_file_per_metric_with_its_columns(athlete, athlete_client):
    for slug in SLUGS:
        make_entry(slug, athlete)
    response = athlete_client.get(reverse("export_download"))
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = {name.split("/")[-1]: name for name in archive.namelist()}
        for metric in METRICS.values():
            text = archive.read(names[metric.export_file]).decode("utf-8-sig")
            rows = list(csv.reader(io.StringIO(text)))
            assert rows[0] == [column.header for column in metric.export_columns]
            assert len(rows) == 2, metric.slug


@pytest.mark.django_db
def test_today_has_a_quick_log_card_per_quick_log_metric(athlete_client):
    page = athlete_client.get(reverse("dashboard")).content.decode()
    assert QUICK_LOG_METRICS, "the registry declares quick-log forms"
    for slug in QUICK_LOG_METRICS:
        assert f'id="log-{slug}"' in page
        assert f'action="{reverse("quick_log", args=[slug])}"' in page
    for slug in set(METRICS) - set(QUICK_LOG_METRICS):
        assert f'id="log-{slug}"' not in page


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(IMPORTED_METRICS))
def test_import_recognises_a_stored_entry_by_the_registered_key(athlete, name):
    metric = IMPORTED_METRICS[name]
    assert metric.import_key is not None
    entry = make_entry(metric.slug, athlete)
    row = {field: getattr(entry, field) for field in metric.import_key.fields}
    row["day"] = entry.day.isoformat()
    if metric.import_key.also_by:
        row[metric.import_key.also_by] = ""
    new, duplicates = importing.split_duplicates(athlete, name, [row, dict(row)])
    assert (new, duplicates) == ([], 2)
    other_day = {**row, "day": "2001-01-01"}
    assert importing.split_duplicates(athlete, name, [other_day]) == ([other_day], 0)


@pytest.mark.django_db
def test_quick_log_cards_come_from_one_partial_and_inherit_htmx(athlete_client):
    page = athlete_client.get(reverse("dashboard")).content.decode()
    # One container says where every quick-log form's answer goes; no form repeats it.
    assert page.count('hx-target="closest .quicklog" hx-swap="outerHTML"') == 1
    assert 'hx-target="#log-' not in page
    for metric in QUICK_LOG_METRICS.values():
        assert f">{metric.card_submit}</button>" in page
        assert f'<h2 id="log-{metric.slug}-heading">{metric.card_title} ' in page


@pytest.mark.django_db
@pytest.mark.parametrize("slug", list(QUICK_LOG_METRICS))
def test_a_quick_log_post_answers_with_its_own_card(athlete_client, htmx_headers, slug):
    response = athlete_client.post(reverse("quick_log", args=[slug]), {}, **htmx_headers)
    html = response.content.decode()
    assert html.count('class="card quicklog"') == 1
    assert f'id="log-{slug}"' in html
