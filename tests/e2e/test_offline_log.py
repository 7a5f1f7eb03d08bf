"""Offline quick-log on a phone (issue 18): a weigh-in logged with no connection waits on the
phone as pending, survives a reload (Today opens from the worker's data-free copy), and is saved
exactly once when the connection returns; a refused one shows the server's reason on the entry
and can be fixed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, axe_missing
from tests.e2e.support import axe_violations, blocking, make_user

pytestmark = pytest.mark.e2e

PENDING = "pending — will send when you're back online"


def open_today_with_worker(browsing, athlete):
    context = browsing.context(viewport=PHONE, user=athlete)
    page = context.new_page()
    page.goto("/today/")
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    # Today asked the worker to keep its offline copy.
    page.wait_for_function("() => caches.match('/today/offline/').then((hit) => Boolean(hit))")
    return context, page


def log_weight(page, value: str) -> None:
    card = page.locator("#log-weight")
    card.get_by_label(re.compile(r"^Weight")).fill(value)
    card.get_by_role("button", name="Log weight").click()


def test_a_weigh_in_logged_offline_is_sent_once_when_back_online(browsing, problems):
    from tracker.models import QuickLogReceipt, WeightEntry

    athlete = make_user("ana@example.com")
    context, page = open_today_with_worker(browsing, athlete)

    context.set_offline(True)
    log_weight(page, "80.4")
    entry = page.locator("#log-weight .offline-entry")
    expect(entry).to_contain_text("80.4")
    expect(entry).to_contain_text(PENDING)
    expect(page.locator("#log-weight [aria-live]")).to_have_count(1)
    assert not WeightEntry.objects.exists()

    # Offline, Today opens as the kept copy, without anything logged, and the entry still waits.
    page.reload()
    expect(page.get_by_role("heading", name="Today", level=1)).to_be_visible()
    expect(page.get_by_text("You're offline. What you log here")).to_be_visible()
    expect(page.locator("#log-weight .latest")).to_have_count(0)
    expect(page.locator("#log-weight .offline-entry")).to_contain_text(PENDING)

    context.set_offline(False)
    expect(page.locator("#log-weight .offline-entry")).to_contain_text("sent. Logged 80.4 kg")
    expect(page.get_by_text("You're offline. What you log here")).to_be_hidden()
    # The page and Background Sync may both have sent it: the server saved it once.
    entries = list(WeightEntry.objects.filter(user=athlete))
    assert [(e.weight_kg, e.day) for e in entries] == [(80.4, athlete.local_today())]
    receipt = QuickLogReceipt.objects.get(user=athlete)
    assert receipt.logged_at is not None and receipt.logged_at <= receipt.created_at
    page.reload()
    expect(page.locator("#log-weight .latest")).to_contain_text("80.4 kg")
    expect(page.locator("#log-weight .offline-entry")).to_have_count(0)
    problems.assert_clean()


def test_a_refused_offline_entry_shows_why_and_can_be_fixed(browsing, problems):
    from tracker.models import WeightEntry

    problems.expect_console(r"status of 400")
    athlete = make_user("ana@example.com")
    context, page = open_today_with_worker(browsing, athlete)

    context.set_offline(True)
    log_weight(page, "900")
    expect(page.locator("#log-weight .offline-entry")).to_contain_text(PENDING)
    context.set_offline(False)
    refused = page.locator("#log-weight .offline-entry.refused")
    expect(refused).to_contain_text(re.compile(r"not saved: Weight must be between 25 and \d+ kg"))
    assert not WeightEntry.objects.exists()
    if axe_missing() is None:  # the refused entry and its buttons are accessible too
        assert not blocking(axe_violations(page))

    refused.get_by_role("button", name="Fix").click()
    weight = page.locator("#log-weight").get_by_label(re.compile(r"^Weight"))
    expect(weight).to_have_value("900")
    expect(weight).to_be_focused()
    expect(page.locator("#log-weight .offline-entry")).to_have_count(0)
    weight.fill("90")
    page.locator("#log-weight").get_by_role("button", name="Log weight").click()
    expect(page.locator("#log-weight .flash")).to_contain_text("Logged 90.0 kg")
    assert [e.weight_kg for e in WeightEntry.objects.filter(user=athlete)] == [90]
    problems.assert_clean()


def test_a_send_whose_answer_was_lost_is_resent_and_saved_once(browsing, problems):
    from tracker.models import WeightEntry

    problems.expect_console(r"ERR_INTERNET_DISCONNECTED")
    problems.expect_console(r"^\S+ htmx:(afterRequest|sendError)")  # htmx reports the lost answer
    athlete = make_user("ana@example.com")
    page = browsing.page(viewport=PHONE, user=athlete)
    page.goto("/today/")

    def reach_the_server_then_drop_the_answer(route) -> None:
        route.fetch()  # the server saves the weigh-in...
        route.abort("internetdisconnected")  # ...but the phone never hears back

    page.route("**/log/weight/", reach_the_server_then_drop_the_answer, times=1)
    log_weight(page, "80.4")
    # Kept as pending (Background Sync may already have resent it: then it shows as sent).
    kept = page.locator("#log-weight .offline-entry")
    expect(kept).to_contain_text(re.compile(f"{PENDING}|sent\\."))
    assert WeightEntry.objects.filter(user=athlete).count() == 1

    # Sent again with the same client id, by Background Sync or the page's own retry, whichever
    # comes first (both may): the server answers with the saved result and adds nothing.
    sent = page.locator("#log-weight .offline-entry")
    expect(sent).to_contain_text("sent. Logged 80.4 kg", timeout=30_000)
    assert WeightEntry.objects.filter(user=athlete).count() == 1
    page.reload()
    expect(page.locator("#log-weight .latest")).to_contain_text("80.4 kg")
    expect(page.locator("#log-weight .offline-entry")).to_have_count(0)
    assert WeightEntry.objects.filter(user=athlete).count() == 1
    problems.assert_clean()


def test_a_protein_tap_offline_is_added_once_for_the_day_it_was_tapped(browsing, problems):
    from tracker.models import ProteinEntry

    athlete = make_user("ana@example.com")
    context, page = open_today_with_worker(browsing, athlete)
    card = page.locator("#log-protein")

    context.set_offline(True)
    card.get_by_role("button", name="+20 g").click()
    expect(card.locator(".offline-entry")).to_contain_text("+20 g")
    expect(card.locator(".offline-entry")).to_contain_text(PENDING)
    context.set_offline(False)
    expect(card.locator(".offline-entry")).to_contain_text("sent. 20 g of protein")
    entry = ProteinEntry.objects.get(user=athlete)
    assert (entry.grams, entry.day) == (20, athlete.local_today())
    problems.assert_clean()
