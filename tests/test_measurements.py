"""Body measurements: per-site smoothing, % change beside the weight trend, the multi-site log
form with bounds in the user's unit, history edit/delete, export, and the area follow-up card on
Today, Goals and the coach's client page (hand-computed values in the comments)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.measurements import area_follow_up, percent_change_chart, site_trends
from tracker.models import Goal, Measurement, Myth, WeightEntry

TODAY = dt.date(2024, 3, 31)
D0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


# --- Pure analytics -----------------------------------------------------------------------------


def test_each_site_and_side_is_its_own_series_smoothed_per_reading():
    # Weekly waist 90, 90, 87: alpha = min(1 - 0.9^7, 1/3) = 1/3 -> 90, 90, 89.0.
    readings = [
        (day(0), "waist", "", 90.0),
        (day(7), "waist", "", 90.0),
        (day(14), "waist", "", 87.0),
        (day(0), "thigh", "left", 60.0),
        (day(0), "thigh", "right", 61.0),
    ]
    trends = site_trends(readings)
    assert list(trends) == [("waist", ""), ("thigh", "left"), ("thigh", "right")]
    assert [p.value for p in trends[("waist", "")]] == pytest.approx([90.0, 90.0, 89.0])
    # Tape error 1 cm: band after three weekly readings = sqrt(29/81) = 0.598 cm.
    assert trends[("waist", "")][-1].band == pytest.approx((29 / 81) ** 0.5)


def test_percent_change_puts_sites_and_weight_on_one_baseline():
    readings = [(day(0), "waist", "", 100.0), (day(7), "waist", "", 97.0)]
    # Waist trend: 100 -> 100 + (97 - 100)/3 = 99 -> -1.0 %.
    weight = [(day(n), 80.0 - 0.1 * n) for n in range(-3, 8)]
    sites, weight_pct = percent_change_chart(readings, weight)
    assert sites[0].label == "Waist"
    assert sites[0].points == [(day(0), 0.0), (day(7), pytest.approx(-1.0))]
    # Weight baseline is its trend on day 0 (80.0); day 7: 79.3 / 80 - 1 = -0.875 %.
    assert weight_pct.points[0] == (day(0), 0.0)
    assert weight_pct.points[-1] == (day(7), pytest.approx(-0.875))


def test_follow_up_reports_the_area_beside_the_weight_trend():
    goal_day = dt.date(2024, 10, 3)
    # Weekly thigh readings from a week before the goal: 60.0, 59.7, ... (-0.3 cm a week).
    readings = [
        (goal_day + dt.timedelta(days=7 * n), "thigh", "", 60.0 - 0.3 * n) for n in range(-1, 9)
    ]
    weight = [(goal_day + dt.timedelta(days=n), 80 - 0.05 * n) for n in range(-10, 60)]
    follow = area_follow_up(
        area="thighs",
        goal_day=goal_day,
        readings=readings,
        weight_trend=weight,
        as_of=goal_day + dt.timedelta(days=56),
    )
    assert follow.status == "shrinking"
    assert follow.text.startswith("Thighs: −2.0 cm since you set this goal on 3 Oct")
    # Weight trend on the goal day 80.0, on day 56 77.2: fell 2.8 kg.
    assert "while your trend weight fell 2.8 kg. Whole-body loss is reaching them." in follow.text


def test_follow_up_is_honest_when_data_is_thin():
    goal_day = dt.date(2024, 10, 3)
    follow = area_follow_up(
        area="belly",
        goal_day=goal_day,
        readings=[(goal_day, "waist", "", 90.0)],
        weight_trend=[],
        as_of=goal_day + dt.timedelta(days=10),
    )
    assert follow.status == "thin"
    assert follow.text.startswith("Measure your waist once a week to see this (1 so far since")


def test_follow_up_in_inches_and_pounds_and_without_a_tape_site():
    goal_day = dt.date(2024, 10, 3)
    readings = [
        (goal_day, "waist", "", 100.0),
        (goal_day + dt.timedelta(days=21), "waist", "", 91.0),
    ]
    # Trend: 100 + (91 - 100)/3 = 97 -> -3 cm = -1.18 in -> "−1.2 in".
    follow = area_follow_up(
        area="belly",
        goal_day=goal_day,
        readings=readings,
        weight_trend=[(goal_day, 80.0)],
        as_of=goal_day + dt.timedelta(days=21),
        length_unit="in",
        weight_unit="lb",
    )
    assert follow.text.startswith("Waist: −1.2 in since you set this goal on 3 Oct")
    assert "trend weight held steady" in follow.text
    knees = area_follow_up(
        area="knees", goal_day=goal_day, readings=readings, weight_trend=[], as_of=goal_day
    )
    assert knees.status == "no_site"


# --- Pages --------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _frozen_today(time_machine):
    time_machine.move_to(dt.datetime(2024, 3, 31, 12, 0, tzinfo=dt.UTC), tick=False)


def test_log_several_sites_at_once(athlete, athlete_client):
    response = athlete_client.post(
        "/measurements/",
        {
            "day": TODAY.isoformat(),
            "waist": "84.5",
            "neck": "36",
            "thigh": "58",
            "thigh_right": "58.6",
        },
    )
    assert response.status_code == 302
    rows = set(Measurement.objects.filter(user=athlete).values_list("site", "side", "cm"))
    assert rows == {
        ("waist", "", 84.5),
        ("neck", "", 36.0),
        ("thigh", "left", 58.0),
        ("thigh", "right", 58.6),
    }


def test_bounds_in_inches_and_nothing_saved_on_one_bad_value(athlete, athlete_client):
    athlete.length_unit = "in"
    athlete.save()
    response = athlete_client.post(
        "/measurements/", {"day": TODAY.isoformat(), "waist": "33", "neck": "3"}
    )
    assert response.status_code == 400
    # Neck 20-70 cm = 7.9-27.6 in.
    assert "Neck must be between 7.9 and 27.6 in." in response.content.decode()
    assert not Measurement.objects.exists()
    ok = athlete_client.post("/measurements/", {"day": TODAY.isoformat(), "waist": "33"})
    assert ok.status_code == 302
    assert Measurement.objects.get().cm == pytest.approx(83.82)


def test_empty_form_and_future_day_are_clear(athlete, athlete_client):
    empty = athlete_client.post("/measurements/", {"day": TODAY.isoformat()})
    assert "Enter at least one measurement." in empty.content.decode()
    future = athlete_client.post(
        "/measurements/", {"day": (TODAY + dt.timedelta(days=1)).isoformat(), "waist": "80"}
    )
    assert "can&#x27;t be in the future" in future.content.decode()
    assert not Measurement.objects.exists()


def test_history_edit_and_delete(athlete, athlete_client):
    entry = Measurement.objects.create(user=athlete, day=TODAY, site="waist", cm=84.0)
    page = athlete_client.get("/history/measurements/").content.decode()
    assert "Waist (at the navel)" in page and "84.0 cm" in page
    response = athlete_client.post(
        f"/history/measurements/{entry.pk}/edit/",
        {"site": "calf", "side": "right", "value": "38.5", "day": TODAY.isoformat()},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.site, entry.side, entry.cm) == ("calf", "right", 38.5)
    bad = athlete_client.post(
        f"/history/measurements/{entry.pk}/edit/",
        {"site": "waist", "side": "left", "value": "84", "day": TODAY.isoformat()},
    )
    assert "Left and right are only for thigh, upper arm and calf." in bad.content.decode()
    athlete_client.post(f"/history/measurements/{entry.pk}/delete/")
    assert not Measurement.objects.exists()


def test_export_has_measurements(athlete, athlete_client):
    Measurement.objects.create(user=athlete, day=TODAY, site="thigh", side="left", cm=58.0)
    response = athlete_client.get("/data/export/")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        text = archive.read("measurements.csv").decode("utf-8-sig")
    assert text.splitlines() == ["date,site,side,cm", "2024-03-31,thigh,left,58.0"]


def _belly_goal(user, created: dt.datetime) -> Goal:
    myth = Myth.objects.create(slug="spot-x", title="Spot", claim="c", reality="r", instead="i")
    goal = Goal.objects.create(user=user, text="lose my belly fat", myth=myth, myth_area="belly")
    Goal.objects.filter(pk=goal.pk).update(created_at=created)
    return goal


def _waist_and_weight(user) -> None:
    # Weekly waist from 4 weeks before today's goal... the goal is 3 Mar; readings 3, 10, 17,
    # 24, 31 Mar: 90, 89, 88, 87, 86 -> trend 90, 89.667, 89.111, 88.407, 87.605 (1/3 each).
    for n in range(5):
        Measurement.objects.create(
            user=user, day=dt.date(2024, 3, 3) + dt.timedelta(days=7 * n), site="waist", cm=90.0 - n
        )
    WeightEntry.objects.bulk_create(
        WeightEntry(
            user=user, day=dt.date(2024, 2, 20) + dt.timedelta(days=n), weight_kg=80.0 - 0.05 * n
        )
        for n in range(41)
    )


def test_follow_up_card_on_today_goals_and_the_client_page(athlete, athlete_client, coach_user):
    _belly_goal(athlete, dt.datetime(2024, 3, 3, 9, 0, tzinfo=dt.UTC))
    _waist_and_weight(athlete)
    expected = "Waist: −2.4 cm since you set this goal on 3 Mar, while your trend weight fell"
    for url in ("/today/", "/goals/", "/measurements/"):
        html = athlete_client.get(url).content.decode()
        assert expected in html, url
        assert "Whole-body loss is reaching them." in html
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    client_html = client_for(coach_user).get(f"/coach/clients/{athlete.pk}/").content.decode()
    assert expected in client_html
    assert 'data-figure="client-measure-fig"' in client_html


def test_no_follow_up_without_an_area_goal(athlete, athlete_client):
    _waist_and_weight(athlete)
    html = athlete_client.get("/today/").content.decode()
    assert "what the tape says" not in html


def test_measurements_page_chart_and_query_count_flat(athlete, athlete_client):
    _waist_and_weight(athlete)
    html = athlete_client.get("/measurements/").content.decode()
    assert 'data-figure="measure-fig"' in html
    figure_json = re.search(r'id="measure-fig"[^>]*>(.*?)</script>', html, re.S)[1]
    assert "Trend weight" in figure_json and "Waist" in figure_json
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        athlete_client.get("/measurements/")
    for n in range(30):
        Measurement.objects.create(
            user=athlete, day=dt.date(2023, 1, 1) + dt.timedelta(days=7 * n), site="hips", cm=100
        )
    with CaptureQueriesContext(connection) as big:
        athlete_client.get("/measurements/")
    assert len(big.captured_queries) == len(small.captured_queries)


def test_navy_estimate_from_latest_tape_trends(athlete, athlete_client):
    athlete.sex, athlete.height_cm = "male", 180
    athlete.save()
    Measurement.objects.create(user=athlete, day=TODAY, site="neck", cm=38)
    Measurement.objects.create(user=athlete, day=TODAY, site="waist", cm=85)
    html = athlete_client.get("/measurements/").content.decode()
    # 16.11 % (see test_body_composition.test_navy_men).
    assert "US Navy tape estimate:</strong> 16.1 % body fat, ±3.5 points" in html
    # One tap saves it as a tape-method body-fat reading (its own series).
    assert 'name="method" value="tape"' in html
    from tracker.models import BodyFatEntry

    athlete_client.post(
        "/log/body-fat/", {"percent": "16.1", "method": "tape", "day": TODAY.isoformat()}
    )
    assert BodyFatEntry.objects.get(user=athlete).method == "tape"


def test_demo_athletes_have_measurements_photos_and_the_belly_follow_up(db, time_machine):
    import io as _io

    from django.core.management import call_command

    from tracker.models import ProgressPhoto, User

    call_command("demo_data", stdout=_io.StringIO())
    maya = User.objects.get(email="athlete@demo.wholebody.app")
    # Months of weekly measurements of every site.
    days = Measurement.objects.filter(user=maya, site="waist").values_list("day", flat=True)
    assert (max(days) - min(days)).days > 150
    # Two dated photo sets, front, side and back each.
    photo_days = sorted(set(ProgressPhoto.objects.filter(user=maya).values_list("day", flat=True)))
    assert len(photo_days) == 2
    assert ProgressPhoto.objects.filter(user=maya).count() == 6
    html = client_for(maya).get("/today/").content.decode()
    assert "Waist: −" in html and "since you set this goal on" in html
    assert "Whole-body loss is reaching them." in html


def test_follow_ups_read_weigh_ins_from_a_warm_up_before_the_goal_not_the_whole_history(
    athlete, athlete_client
):
    """Three years of daily weigh-ins: Today reads the ones from 62 days before the goal on
    (plus one seed day), and the trend it reads at the goal's day and today is the one the
    whole history gives, to well under the 0.1 kg shown."""
    from tracker import measurement_page, trends

    first = TODAY - dt.timedelta(days=3 * 365)
    WeightEntry.objects.bulk_create(
        WeightEntry(
            user=athlete,
            day=first + dt.timedelta(days=n),
            weight_kg=90.0 - 0.01 * n + (0.6 if n % 3 == 0 else -0.3),
        )
        for n in range(3 * 365 + 1)
    )
    goal_day = dt.date(2024, 3, 3)
    series = measurement_page._weight_trend(athlete, goal_day)
    warm_up_start = goal_day - dt.timedelta(days=62)
    assert [d for d, _ in series if d < warm_up_start] == [warm_up_start - dt.timedelta(days=1)]
    whole = trends.trend_series(
        WeightEntry.objects.filter(user=athlete).values_list("day", "weight_kg")
    )
    for day_read in (goal_day, TODAY):
        assert abs(trends.trend_at(series, day_read) - trends.trend_at(whole, day_read)) < 0.01
    # No area goal and no measurement: no weigh-in query at all.
    assert measurement_page._weight_trend(athlete, None) == []


def test_follow_up_after_a_long_gap_still_has_the_weight_then(athlete, athlete_client):
    # One weigh-in months before the goal and none since: the trend carried forward across the
    # gap (the seed day), not "no weight then".
    _belly_goal(athlete, dt.datetime(2024, 3, 3, 9, 0, tzinfo=dt.UTC))
    WeightEntry.objects.create(user=athlete, day=dt.date(2023, 9, 1), weight_kg=82.0)
    from tracker import measurement_page

    series = measurement_page._weight_trend(athlete, dt.date(2024, 3, 3))
    assert series == [(dt.date(2023, 9, 1), 82.0)]
