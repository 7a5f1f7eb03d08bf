"""Progress data tables load when opened (issue 11): the page carries no table rows, the table
arrives with htmx (or as a page of its own without JavaScript), and holds the chart's numbers."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.models import ProteinEntry, WeightEntry

DAYS = 400


@pytest.fixture
def history(athlete):
    today = athlete.local_today()
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=today - dt.timedelta(days=n), weight_kg=80 + (n % 9) / 10)
        for n in range(DAYS)
    )
    ProteinEntry.objects.bulk_create(
        ProteinEntry(user=athlete, day=today - dt.timedelta(days=n), grams=140) for n in range(DAYS)
    )
    return athlete


def test_the_page_links_each_table_instead_of_carrying_its_rows(history, athlete_client):
    html = athlete_client.get(reverse("progress"), {"range": "all"}).content.decode()
    assert "<tbody>" not in html
    url = reverse("progress_table", args=["weight"]) + "?range=all"
    assert f'hx-get="{url}"' in html and f'href="{url}"' in html
    assert f"Open the data table ({DAYS} rows)" in html


def test_opening_a_table_with_htmx_returns_just_the_table(history, athlete_client, htmx_headers):
    url = reverse("progress_table", args=["weight"])
    html = athlete_client.get(url, {"range": "4w"}, **htmx_headers).content.decode()
    assert "<html" not in html
    rows = re.findall(r"<tr><th scope=\"row\">", html)
    assert len(rows) == 28  # one per day of the 4-week range
    assert "Weight: daily mean and trend" in html


def test_without_javascript_the_table_is_a_page(history, athlete_client):
    html = athlete_client.get(reverse("progress_table", args=["protein"])).content.decode()
    assert "<html" in html and "Protein per day" in html
    assert 'href="/progress/?range=3m"' in html  # back to the same range


def test_unknown_chart_is_404(athlete_client):
    assert athlete_client.get(reverse("progress_table", args=["nope"])).status_code == 404


def test_the_coach_opens_a_clients_table_in_their_units(history, coach_user, htmx_headers):
    coach_user.weight_unit = "lb"
    coach_user.save()
    CoachingLink.objects.create(coach=coach_user, athlete=history)
    page = client_for(coach_user).get(reverse("client_detail", args=[history.pk])).content.decode()
    url = reverse("client_table", args=[history.pk, "weight"])
    assert f'hx-get="{url}?range=3m"' in page
    table = client_for(coach_user).get(url, **htmx_headers).content.decode()
    assert "Weigh-in (lb)" in table


def test_progress_sql_is_the_same_for_a_month_and_for_years(athlete, other_athlete):
    from tests.conftest import assert_same_sql

    for user, days in ((athlete, 30), (other_athlete, 1100)):
        today = user.local_today()
        WeightEntry.objects.bulk_create(
            WeightEntry(user=user, day=today - dt.timedelta(days=n), weight_kg=80)
            for n in range(days)
        )
    small, large = client_for(athlete), client_for(other_athlete)
    for range_key in ("3m", "all"):
        assert_same_sql(
            lambda c=small, r=range_key: c.get(reverse("progress"), {"range": r}),
            lambda c=large, r=range_key: c.get(reverse("progress"), {"range": r}),
        )


@pytest.mark.parametrize(("lang", "sep"), [("it", ","), ("de", ","), ("en", ".")])
def test_table_numbers_and_days_follow_the_language(history, athlete_client, lang, sep):
    history.language = lang
    history.save(update_fields=["language"])
    url = reverse("progress_table", args=["weight"])
    html = athlete_client.get(url, {"range": "4w"}).content.decode()
    cells = re.findall(r'<td class="num">([^<]*)</td>', html)
    assert cells
    assert all(sep in cell for cell in cells), cells[:4]
    first_day = re.search(r'<th scope="row">([^<]*)</th>', html).group(1)
    today = history.local_today()
    from django.utils import translation

    from tracker.l10n import short_day_month_year

    with translation.override(lang):
        assert first_day in {short_day_month_year(today - dt.timedelta(days=n)) for n in range(40)}
