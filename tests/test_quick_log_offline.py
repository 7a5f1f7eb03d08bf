"""Quick-log posts from the offline queue (issue 18): a client-generated id makes a resend save
nothing twice, even two sends racing each other; the day is the one the device logged, and a
refusal answers with a message the phone can show on the pending entry."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid

import pytest
from django.db import connections
from django.urls import reverse

from tests.conftest import client_for
from tracker.models import ProteinEntry, QuickLogReceipt, RunEntry, User, WeightEntry

JSON = {"HTTP_ACCEPT": "application/json"}


def _post(client, metric: str, data: dict[str, str], **headers: str):
    return client.post(reverse("quick_log", args=[metric]), data, **headers)


@pytest.mark.parametrize(
    ("metric", "data", "model"),
    [
        ("weight", {"weight": "80.4"}, WeightEntry),
        ("runs", {"distance": "5", "duration": "27:30", "effort": "6"}, RunEntry),
    ],
)
def test_a_resent_entry_is_saved_once_and_answers_as_the_first_time(
    athlete, athlete_client, metric, data, model
):
    payload = {**data, "day": athlete.local_today().isoformat(), "client_id": str(uuid.uuid4())}
    first = _post(athlete_client, metric, payload, **JSON)
    assert first.status_code == 200, first.content
    assert first.json()["status"] == "saved"
    again = _post(athlete_client, metric, payload, **JSON)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "repeat": True}
    assert model.objects.filter(user=athlete).count() == 1
    assert QuickLogReceipt.objects.filter(user=athlete).count() == 1


def test_a_resent_protein_add_does_not_add_twice(athlete, athlete_client):
    day = athlete.local_today().isoformat()
    ProteinEntry.objects.create(user=athlete, day=athlete.local_today(), grams=40)
    payload = {"grams": "30", "day": day, "client_id": str(uuid.uuid4())}
    for _ in range(3):
        assert _post(athlete_client, "protein", payload, **JSON).status_code == 200
    assert ProteinEntry.objects.get(user=athlete).grams == 70
    # A new id is a new add.
    _post(athlete_client, "protein", {**payload, "client_id": str(uuid.uuid4())}, **JSON)
    assert ProteinEntry.objects.get(user=athlete).grams == 100


def test_htmx_and_plain_repeats_answer_with_the_saved_result(athlete, athlete_client, htmx_headers):
    payload = {"weight": "80.4", "day": athlete.local_today().isoformat()}
    payload["client_id"] = str(uuid.uuid4())
    first = _post(athlete_client, "weight", payload, **htmx_headers)
    again = _post(athlete_client, "weight", payload, **htmx_headers)
    assert again.status_code == 200
    assert "Logged 80.4 kg" in first.content.decode()
    assert "Logged 80.4 kg" in again.content.decode()
    plain = _post(athlete_client, "weight", payload)
    assert plain.status_code == 302
    page = athlete_client.get(plain["Location"]).content.decode()
    assert "Logged 80.4 kg" in page
    assert WeightEntry.objects.filter(user=athlete).count() == 1


def test_a_repeat_costs_no_more_than_finding_its_receipt(
    athlete, athlete_client, django_assert_num_queries
):
    payload = {"weight": "80.4", "day": athlete.local_today().isoformat()}
    payload["client_id"] = str(uuid.uuid4())
    _post(athlete_client, "weight", payload, **JSON)
    # Session, user, receipt: nothing is validated or written again.
    with django_assert_num_queries(3):
        assert _post(athlete_client, "weight", payload, **JSON).json()["repeat"] is True


def test_client_ids_belong_to_one_user(athlete, other_athlete, athlete_client):
    client_id = str(uuid.uuid4())
    day = athlete.local_today().isoformat()
    _post(athlete_client, "weight", {"weight": "80", "day": day, "client_id": client_id}, **JSON)
    other = client_for(other_athlete)
    answer = _post(other, "weight", {"weight": "60", "day": day, "client_id": client_id}, **JSON)
    assert answer.json()["status"] == "saved" and "repeat" not in answer.json()
    assert WeightEntry.objects.get(user=other_athlete).weight_kg == 60
    assert WeightEntry.objects.get(user=athlete).weight_kg == 80


def test_a_refused_entry_says_why_and_keeps_no_receipt(athlete, athlete_client):
    client_id = str(uuid.uuid4())
    day = athlete.local_today().isoformat()
    refused = _post(
        athlete_client, "weight", {"weight": "900", "day": day, "client_id": client_id}, **JSON
    )
    assert refused.status_code == 400
    assert refused.json()["status"] == "refused"
    message = refused.json()["message"]
    assert message.startswith("Weight must be between 25 and ") and message.endswith(" kg.")
    assert refused.json()["errors"] == {"weight": [message]}
    assert not WeightEntry.objects.exists() and not QuickLogReceipt.objects.exists()
    # Fixed on the phone and sent again with the same id: saved.
    fixed = _post(
        athlete_client, "weight", {"weight": "90", "day": day, "client_id": client_id}, **JSON
    )
    assert fixed.status_code == 200
    assert WeightEntry.objects.get(user=athlete).weight_kg == 90


def test_a_protein_add_over_the_daily_limit_is_refused_without_a_receipt(athlete, athlete_client):
    ProteinEntry.objects.create(user=athlete, day=athlete.local_today(), grams=480)
    payload = {"grams": "30", "day": athlete.local_today().isoformat()}
    answer = _post(athlete_client, "protein", {**payload, "client_id": str(uuid.uuid4())}, **JSON)
    assert answer.status_code == 400
    assert "500 g" in answer.json()["message"]
    assert ProteinEntry.objects.get(user=athlete).grams == 480
    assert not QuickLogReceipt.objects.exists()


def test_an_entry_logged_offline_last_night_is_saved_for_that_day(athlete, athlete_client):
    athlete.time_zone = "Pacific/Auckland"
    athlete.save(update_fields=["time_zone"])
    yesterday = athlete.local_today() - dt.timedelta(days=1)
    logged_at = f"{yesterday.isoformat()}T21:30:00+13:00"
    payload = {
        "weight": "80.4",
        "day": yesterday.isoformat(),
        "client_id": str(uuid.uuid4()),
        "logged_at": logged_at,
    }
    assert _post(athlete_client, "weight", payload, **JSON).json()["status"] == "saved"
    assert WeightEntry.objects.get(user=athlete).day == yesterday
    receipt = QuickLogReceipt.objects.get(user=athlete)
    assert receipt.logged_at == dt.datetime.fromisoformat(logged_at)
    assert receipt.created_at > receipt.logged_at


def test_a_device_day_ahead_of_the_account_zone_is_refused_like_any_post(athlete, athlete_client):
    tomorrow = athlete.local_today() + dt.timedelta(days=1)
    payload = {"weight": "80", "day": tomorrow.isoformat(), "client_id": str(uuid.uuid4())}
    answer = _post(athlete_client, "weight", payload, **JSON)
    assert answer.status_code == 400
    assert "can't be in the future" in answer.json()["message"]
    assert not WeightEntry.objects.exists()


@pytest.mark.parametrize(
    ("extra", "status", "words"),
    [
        ({"client_id": "not-a-uuid"}, 400, "id from the device is not valid"),
        ({"logged_at": "yesterday-ish"}, 400, "time this was logged"),
        ({"account": "999999"}, 409, "another account was signed in"),
    ],
)
def test_unusable_queue_fields_are_refused_with_a_message(
    athlete, athlete_client, htmx_headers, extra, status, words
):
    payload = {"weight": "80", "day": athlete.local_today().isoformat(), **extra}
    answer = _post(athlete_client, "weight", payload, **JSON)
    assert answer.status_code == status
    assert words in answer.json()["message"]
    card = _post(athlete_client, "weight", payload, **htmx_headers)
    assert card.status_code == status and words in card.content.decode()
    assert not WeightEntry.objects.exists()


def test_the_own_account_passes(athlete, athlete_client):
    payload = {"weight": "80", "day": athlete.local_today().isoformat(), "account": athlete.pk}
    assert _post(athlete_client, "weight", payload, **JSON).status_code == 200
    assert WeightEntry.objects.filter(user=athlete).count() == 1


def test_the_same_id_sent_for_another_metric_is_a_conflict(athlete, athlete_client):
    day = athlete.local_today().isoformat()
    client_id = str(uuid.uuid4())
    _post(athlete_client, "weight", {"weight": "80", "day": day, "client_id": client_id}, **JSON)
    answer = _post(
        athlete_client, "protein", {"grams": "20", "day": day, "client_id": client_id}, **JSON
    )
    assert answer.status_code == 409
    assert "different kind of log" in answer.json()["message"]
    assert not ProteinEntry.objects.exists()


def test_a_session_that_expired_is_not_taken_for_a_saved_entry(athlete):
    # The queue asks for JSON: a login redirect is what it sees, never a 200 page.
    payload = {"weight": "80", "client_id": str(uuid.uuid4())}
    answer = _post(client_for(None), "weight", payload, **JSON)
    assert answer.status_code == 302
    assert not WeightEntry.objects.exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("metric", ["weight", "protein"])
def test_two_sends_racing_with_one_id_save_one_row(metric):
    """Real concurrent connections (one per thread): on PostgreSQL the second insert of the
    receipt waits for the first transaction; on SQLite the two transactions queue."""
    athlete = User.objects.create_user("ana@example.com", "correct-horse-9")
    data = {"weight": "80.4"} if metric == "weight" else {"grams": "30"}
    payload = {**data, "day": athlete.local_today().isoformat(), "client_id": str(uuid.uuid4())}
    clients = [client_for(athlete), client_for(athlete)]
    start = threading.Barrier(len(clients))
    answers: list[object] = []

    def send(client) -> None:  # noqa: ANN001
        try:
            start.wait()
            response = _post(client, metric, payload, **JSON)
            answers.append((response.status_code, response.json()))
        except Exception as error:  # reported by the assertion below
            answers.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 2 and all(isinstance(answer, tuple) for answer in answers), answers
    assert sorted(answer[0] for answer in answers) == [200, 200]  # type: ignore[index]
    messages = {answer[1]["message"] for answer in answers}  # type: ignore[index]
    assert len(messages) == 1, answers
    assert QuickLogReceipt.objects.filter(user=athlete).count() == 1
    if metric == "weight":
        assert WeightEntry.objects.filter(user=athlete).count() == 1
    else:
        assert ProteinEntry.objects.get(user=athlete).grams == 30


# The data-free copy of Today the service worker keeps ------------------------------------------


def test_the_offline_copy_of_today_holds_forms_but_nothing_logged(athlete):
    athlete.weight_unit = "lb"
    athlete.save(update_fields=["weight_unit"])
    WeightEntry.objects.create(user=athlete, day=athlete.local_today(), weight_kg=81.7)
    ProteinEntry.objects.create(user=athlete, day=athlete.local_today(), grams=95)
    response = client_for(athlete).get(reverse("quick_log_shell"))
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"  # only the worker keeps it
    for card in ("log-weight", "log-protein", "log-runs"):
        assert f'id="{card}"' in html
    assert 'id="log-goal"' not in html and 'id="log-body-fat"' not in html
    assert "Weight (lb)" in html and 'data-offline-log="weight"' in html
    # Nothing the athlete logged: not the weight, not the protein, not even "no weigh-ins yet".
    for logged in ("180.1", "95 g", "Last:", "No weigh-ins yet", "No runs yet"):
        assert logged not in html, logged
    assert f'data-account="{athlete.pk}"' in html


def test_the_offline_copy_needs_a_login(client):
    response = client.get(reverse("quick_log_shell"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_worker_knows_the_queue_script_today_and_its_offline_copy(client):
    body = client.get("/sw.js").content.decode()
    config = json.loads(body.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["dashboard"] == reverse("dashboard")
    assert config["shell"] == reverse("quick_log_shell")
    assert config["queue"] in config["precache"]
    assert "importScripts(CONFIG.queue)" in body


def test_today_marks_its_quick_log_forms_and_carries_the_queue_words(athlete, athlete_client):
    html = athlete_client.get(reverse("dashboard")).content.decode()
    assert html.count('data-offline-log="protein"') == 2
    assert 'data-offline-log="weight"' in html and 'data-offline-log="runs"' in html
    assert 'data-offline-log="goal"' not in html
    assert "pending — will send when you&#x27;re back online" in html
    assert "js/offline-log.js" in html
