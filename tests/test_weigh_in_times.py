"""Weigh-in times and same-day corrections (issue 18): each weigh-in keeps the time it was made
(the device's when the post carries it), shown in the athlete's zone on Today and in History;
a second weigh-in within 15 minutes that differs by more than 0.5 kg / 1 lb comes with the
offer to replace the first, which deletes exactly that entry (owner only)."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from coaching.models import CoachingLink
from coaching.roster import roster_rows
from tests.conftest import client_for
from tracker import units
from tracker.models import AthleteSummary, User, WeightEntry
from tracker.selectors import summary_history
from tracker.summary import athlete_summary
from tracker.summary_store import decode
from tracker.trends import trend_series

# 07:12 in Auckland on 30 Nov 2026 (NZDT, UTC+13) is 18:12 UTC the day before.
AUCKLAND = ZoneInfo("Pacific/Auckland")
MORNING = dt.datetime(2026, 11, 30, 7, 12, tzinfo=AUCKLAND)
DAY = MORNING.date()


@pytest.fixture
def kiwi(athlete: User) -> User:
    athlete.time_zone = "Pacific/Auckland"
    athlete.save()
    return athlete


@pytest.fixture
def kiwi_lb(kiwi: User) -> User:
    kiwi.weight_unit = User.WeightUnit.LB
    kiwi.save()
    return kiwi


def _log(client, value: str, at: dt.datetime, **extra: str):
    with time_machine.travel(at, tick=False):
        return client.post(
            reverse("quick_log", args=["weight"]),
            {"weight": value, "day": DAY.isoformat(), **extra},
            HTTP_HX_REQUEST="true",
        )


def _offer_text(response) -> str:
    html = response.content.decode()
    return html if 'class="replace-offer"' in html else ""


@pytest.mark.parametrize(
    ("unit", "first", "second", "minutes", "offered"),
    [
        ("lb", "187.4", "186.0", 1, True),  # 1.4 lb apart, a minute later: a correction
        ("lb", "187.4", "186.6", 1, False),  # 0.8 lb: within the scale's wobble
        ("lb", "187.4", "186.4", 1, False),  # exactly 1 lb: not more than the threshold
        ("lb", "187.4", "186.0", 15, True),  # the window's last minute
        ("lb", "187.4", "186.0", 16, False),  # past the window: a second weigh-in
        ("kg", "80.4", "79.8", 5, True),  # 0.6 kg
        ("kg", "80.4", "80.0", 5, False),  # 0.4 kg
        ("kg", "80.4", "79.9", 5, False),  # exactly 0.5 kg
        ("kg", "80.4", "82.0", 20, False),
    ],
)
def test_the_offer_appears_only_within_the_window_and_above_the_threshold(
    kiwi, unit, first, second, minutes, offered
):
    kiwi.weight_unit = unit
    kiwi.save()
    client = client_for(kiwi)
    assert not _offer_text(_log(client, first, MORNING))
    response = _log(client, second, MORNING + dt.timedelta(minutes=minutes))
    assert response.status_code == 200
    offer = _offer_text(response)
    assert bool(offer) == offered
    if offered:
        assert f"Replace today's 07:12 weigh-in ({first} {unit}) with this one?" in offer
    assert WeightEntry.objects.filter(user=kiwi).count() == 2  # nothing replaced by itself


def test_offer_and_latest_line_with_a_pile_of_weigh_ins_today(kiwi):
    """More weigh-ins today than the one read after a post covers (20): the card still offers to
    replace the one just before and its latest line still names the newest weigh-in."""
    start = MORNING - dt.timedelta(hours=5)
    WeightEntry.objects.bulk_create(
        WeightEntry(user=kiwi, day=DAY, weight_kg=80.0, created_at=start + dt.timedelta(minutes=i))
        for i in range(25)
    )
    client = client_for(kiwi)
    assert not _offer_text(_log(client, "80.4", MORNING))
    response = _log(client, "79.6", MORNING + dt.timedelta(minutes=3))
    assert "Replace today's 07:12 weigh-in (80.4 kg) with this one?" in _offer_text(response)
    assert "Last: 79.6 kg at 07:15" in response.content.decode()


def test_the_latest_line_names_a_newer_offline_weigh_in_not_the_one_just_posted(kiwi):
    """An offline-queued weigh-in made earlier arrives after a newer one: the card's latest line
    is still the newest by time, and the offer compares with what came before the posted one."""
    client = client_for(kiwi)
    _log(client, "80.4", MORNING)
    _log(client, "80.0", MORNING + dt.timedelta(minutes=10))
    # Made at 07:14 on the phone, sent at 07:23.
    made = (MORNING + dt.timedelta(minutes=2)).astimezone(dt.UTC).isoformat()
    response = _log(
        client,
        "79.2",
        MORNING + dt.timedelta(minutes=11),
        client_id=str(uuid.uuid4()),
        logged_at=made,
    )
    html = response.content.decode()
    assert "Last: 80.0 kg at 07:22" in html
    assert "Replace today's 07:12 weigh-in (80.4 kg) with this one?" in _offer_text(response)


def test_replace_deletes_exactly_the_earlier_entry_and_the_trend_follows(kiwi_lb, coach_user):
    CoachingLink.objects.create(coach=coach_user, athlete=kiwi_lb)
    client = client_for(kiwi_lb)
    # A week of older weigh-ins, one of them twice on one day, so the trend has history.
    for days_ago in range(1, 8):
        day = DAY - dt.timedelta(days=days_ago)
        WeightEntry.objects.create(user=kiwi_lb, day=day, weight_kg=85.0 + days_ago * 0.1)
    WeightEntry.objects.create(user=kiwi_lb, day=DAY - dt.timedelta(days=2), weight_kg=86.0)
    _log(client, "187.4", MORNING)
    _log(client, "186.0", MORNING + dt.timedelta(minutes=2))
    with time_machine.travel(MORNING + dt.timedelta(minutes=2), tick=False):
        roster_rows(coach_user)  # the coach looks: the stored summary is now current
    stored = AthleteSummary.objects.get(user=kiwi_lb)
    assert stored.computed_generation == stored.generation
    earlier = WeightEntry.objects.get(user=kiwi_lb, day=DAY, weight_kg__gt=85)
    later = WeightEntry.objects.get(user=kiwi_lb, day=DAY, weight_kg__lt=85)
    before = set(WeightEntry.objects.values_list("pk", flat=True))

    with time_machine.travel(MORNING + dt.timedelta(minutes=3), tick=False):
        response = client.post(
            reverse("weigh_in_replace", args=[earlier.pk]),
            {"keep": later.pk},
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Replaced the 07:12 weigh-in (187.4 lb) with 186.0 lb." in html
        assert "Last: 186.0 lb at 07:14" in html
        assert 'class="replace-offer"' not in html
        assert set(WeightEntry.objects.values_list("pk", flat=True)) == before - {earlier.pk}

        # The summary every screen reads equals a trend computed from the raw rows left.
        summary = athlete_summary(summary_history(kiwi_lb, DAY), DAY)
        # The replace marked the stored summary, exactly as any other delete does.
        assert AthleteSummary.objects.get(user=kiwi_lb).generation > stored.generation
        (row,) = roster_rows(coach_user)
        stored = AthleteSummary.objects.get(user=kiwi_lb)
        assert stored.computed_generation == stored.generation
        assert decode(stored.payload).trend_weight_kg == pytest.approx(summary.trend_weight_kg)
    raw = trend_series(WeightEntry.objects.filter(user=kiwi_lb).values_list("day", "weight_kg"))
    assert raw[-1][0] == DAY
    assert summary.trend_weight_kg == pytest.approx(raw[-1][1])
    assert row.trend_weight_kg == pytest.approx(raw[-1][1])  # the roster follows the replace
    # Today's mean is the correction alone now.
    assert units.kg_to_display(later.weight_kg, "lb") == pytest.approx(186.0, abs=0.05)


def test_replace_works_without_javascript(kiwi):
    client = client_for(kiwi)
    _log(client, "80.4", MORNING)
    with time_machine.travel(MORNING + dt.timedelta(minutes=1), tick=False):
        posted = client.post(
            reverse("quick_log", args=["weight"]), {"weight": "79.6", "day": DAY.isoformat()}
        )
        later = WeightEntry.objects.get(user=kiwi, weight_kg=79.6)
        assert posted.status_code == 302
        assert posted["Location"] == f"{reverse('dashboard')}?corrected={later.pk}#log-weight"
        page = client.get(posted["Location"]).content.decode()
        assert "Replace today's 07:12 weigh-in (80.4 kg) with this one?" in page
        earlier = WeightEntry.objects.get(user=kiwi, weight_kg=80.4)
        done = client.post(reverse("weigh_in_replace", args=[earlier.pk]), {"keep": later.pk})
        assert done.status_code == 302
        page = client.get(done["Location"]).content.decode()
    assert "Replaced the 07:12 weigh-in (80.4 kg) with 79.6 kg." in page
    assert list(WeightEntry.objects.filter(user=kiwi)) == [later]


def test_a_stranger_cannot_replace_anothers_weigh_in(kiwi, other_athlete):
    client = client_for(kiwi)
    _log(client, "80.4", MORNING)
    _log(client, "79.6", MORNING + dt.timedelta(minutes=1))
    earlier, later = WeightEntry.objects.filter(user=kiwi).order_by("created_at")
    stranger = client_for(other_athlete)
    own = WeightEntry.objects.create(user=other_athlete, day=DAY, weight_kg=70)
    for pk, keep in ((earlier.pk, later.pk), (earlier.pk, own.pk), (own.pk, later.pk)):
        response = stranger.post(reverse("weigh_in_replace", args=[pk]), {"keep": keep})
        assert response.status_code == 404
    # The offer link with someone else's entry id shows no offer either.
    page = stranger.get(f"{reverse('dashboard')}?corrected={later.pk}").content.decode()
    assert 'class="replace-offer"' not in page
    assert WeightEntry.objects.count() == 3
    assert client.get(reverse("weigh_in_replace", args=[earlier.pk])).status_code == 405


def test_keep_must_be_a_weigh_in_of_the_same_day(kiwi):
    client = client_for(kiwi)
    first = WeightEntry.objects.create(user=kiwi, day=DAY, weight_kg=80)
    other_day = WeightEntry.objects.create(user=kiwi, day=DAY - dt.timedelta(days=1), weight_kg=81)
    for keep in (str(other_day.pk), str(first.pk), "", "x"):
        response = client.post(reverse("weigh_in_replace", args=[first.pk]), {"keep": keep})
        assert response.status_code == 404
    assert WeightEntry.objects.count() == 2


def test_the_time_shows_in_the_athletes_zone_on_today_and_in_history(kiwi):
    client = client_for(kiwi)
    _log(client, "80.4", MORNING)
    stored = WeightEntry.objects.get(user=kiwi)
    assert stored.created_at == MORNING.astimezone(dt.UTC)  # 18:12 UTC on 29 Nov
    with time_machine.travel(MORNING + dt.timedelta(hours=1), tick=False):
        today = client.get(reverse("dashboard")).content.decode()
        history = client.get(reverse("history", args=["weight"])).content.decode()
    assert "Last: 80.4 kg at 07:12" in today
    assert 'data-label="Date">Mon 30 Nov 2026</td>' in history
    assert ">07:12<" in history and "18:12" not in history
    # The next day the card names the day as well.
    with time_machine.travel(MORNING + dt.timedelta(days=1), tick=False):
        tomorrow = client.get(reverse("dashboard")).content.decode()
    assert "Last: 80.4 kg · 30 Nov at 07:12" in tomorrow


def test_the_offer_and_the_time_column_in_the_athletes_language(kiwi_lb):
    kiwi_lb.language = "it"
    kiwi_lb.save()
    client = client_for(kiwi_lb)
    _log(client, "187.4", MORNING)
    offer = _offer_text(_log(client, "186.0", MORNING + dt.timedelta(minutes=1)))
    assert "Vuoi sostituire la pesata di oggi delle 07:12 (187,4 lb) con questa?" in offer
    assert "Ultimo: 186,0 lb alle 07:13" in offer
    with time_machine.travel(MORNING, tick=False):
        history = client.get(reverse("history", args=["weight"])).content.decode()
    assert ">Ora</th>" in history


def test_an_offline_weigh_in_keeps_the_devices_time(kiwi):
    client = client_for(kiwi)
    device_time = MORNING - dt.timedelta(minutes=40)  # 06:32, queued in a dead zone
    with time_machine.travel(MORNING, tick=False):
        response = client.post(
            reverse("quick_log", args=["weight"]),
            {
                "weight": "80.4",
                "day": DAY.isoformat(),
                "client_id": str(uuid.uuid4()),
                "logged_at": device_time.isoformat(),
            },
            HTTP_ACCEPT="application/json",
        )
    assert response.json()["status"] == "saved"
    assert WeightEntry.objects.get(user=kiwi).created_at == device_time


def test_a_device_clock_in_the_future_is_not_trusted(kiwi):
    client = client_for(kiwi)
    with time_machine.travel(MORNING, tick=False):
        client.post(
            reverse("quick_log", args=["weight"]),
            {
                "weight": "80.4",
                "day": DAY.isoformat(),
                "client_id": str(uuid.uuid4()),
                "logged_at": (MORNING + dt.timedelta(hours=2)).isoformat(),
            },
        )
    assert WeightEntry.objects.get(user=kiwi).created_at == MORNING


def test_a_weigh_in_logged_for_another_day_shows_no_time(kiwi):
    client = client_for(kiwi)
    with time_machine.travel(MORNING, tick=False):
        client.post(
            reverse("quick_log", args=["weight"]),
            {"weight": "80.4", "day": (DAY - dt.timedelta(days=1)).isoformat()},
        )
        history = client.get(reverse("history", args=["weight"])).content.decode()
        today = client.get(reverse("dashboard")).content.decode()
    assert "07:12" not in history and "07:12" not in today
    assert "Last: 80.4 kg · 29 Nov" in today
