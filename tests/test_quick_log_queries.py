"""A quick-log weigh-in post answers with its own card in a handful of queries."""

import pytest

from tracker.templatetags.wholebody import field_group
from tracker.views.entries import QUICK_LOG_FORMS, _auto_id


def test_quick_log_weigh_in_post_query_count(
    athlete, athlete_client, htmx_headers, django_assert_max_num_queries
):
    """Session, user, the insert, the summary bump, and one read for both the same-day replace
    offer and the card's latest weigh-in: no savepoints and no query re-checking the
    "day >= 1990" rule the form already checked."""
    day = athlete.local_today().isoformat()
    athlete_client.post("/log/weight/", {"weight": "70.0", "day": day}, **htmx_headers)
    with django_assert_max_num_queries(5):
        response = athlete_client.post(
            "/log/weight/", {"weight": "70.4", "day": day}, **htmx_headers
        )
    assert response.status_code == 200


def test_a_day_before_1990_is_still_refused_by_the_form(athlete, athlete_client, htmx_headers):
    response = athlete_client.post(
        "/log/weight/", {"weight": "70.0", "day": "1989-12-31"}, **htmx_headers
    )
    assert "before 1 January 1990" in response.content.decode()
    from tracker.models import WeightEntry

    assert not WeightEntry.objects.filter(user=athlete).exists()


@pytest.mark.parametrize("slug", list(QUICK_LOG_FORMS))
@pytest.mark.parametrize("data", [None, {}, {"day": "1980-01-01", "weight": "x<", "grams": "-1"}])
def test_field_group_writes_the_same_markup_as_the_form_renderer(athlete, slug, data):
    form = QUICK_LOG_FORMS[slug](data, user=athlete, auto_id=_auto_id(slug))
    if data is not None:
        form.is_valid()
    for bound in form:
        assert str(field_group(bound)) == str(bound.as_field_group())
