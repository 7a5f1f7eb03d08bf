"""The import pages on the real database: upload → preview → confirm, duplicates, re-imports,
htmx progress uploads, and bad input (never a 500, nothing saved)."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError

from tests.conftest import client_for
from tests.import_samples import fit_activity, fixture, strava_export, weights_csv, zip_bomb
from tracker.models import BodyFatEntry, ImportBatch, ProteinEntry, RunEntry, WeightEntry

pytestmark = pytest.mark.django_db


def upload(client, kind: str, name: str, data: bytes, **fields):
    file = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    return client.post(f"/data/import/{kind}/", {"file": file, **fields})


def batch_of(response) -> ImportBatch:
    assert response.status_code == 302, response.content.decode()[:2000]
    return ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def confirm(client, batch: ImportBatch, **data):
    return client.post(f"/data/import/{batch.kind}/{batch.pk}/confirm/", data)


def test_hub_lists_imports_export_and_limits(athlete_client):
    page = athlete_client.get("/data/").content.decode()
    for text in ("Withings", "Strava", "MyFitnessPal", "/data/export/", "Files up to 50 MB"):
        assert text in page


def test_withings_upload_preview_confirm_and_reimport_adds_nothing(athlete, athlete_client):
    response = upload(athlete_client, "body", "weight.csv", fixture("withings_weight.csv"))
    batch = batch_of(response)
    assert WeightEntry.objects.count() == 0  # nothing saved before the confirm
    preview = athlete_client.get(response["Location"]).content.decode()
    assert "read as Withings" in preview
    assert "<strong>3</strong> new weigh-ins" in preview
    assert "<strong>2</strong> new body-fat readings" in preview

    response = confirm(athlete_client, batch)
    assert response.status_code == 302 and response["Location"] == "/history/weight/"
    assert sorted(WeightEntry.objects.values_list("day", "weight_kg")) == [
        (dt.date(2024, 3, 3), 81.2),
        (dt.date(2024, 3, 4), 80.9),
        (dt.date(2024, 3, 5), 80.4),
    ]
    assert BodyFatEntry.objects.filter(user=athlete, method="scale").count() == 2
    # The batch is kept only as a "saved" marker, its rows cleared.
    assert ImportBatch.objects.get().payload == {} and ImportBatch.objects.get().saved_at
    messages = athlete_client.get("/history/weight/").content.decode()
    assert "Imported 3 weigh-ins, 2 body-fat readings." in messages

    again = batch_of(upload(athlete_client, "body", "weight.csv", fixture("withings_weight.csv")))
    preview = athlete_client.get(f"/data/import/body/{again.pk}/").content.decode()
    assert "3 already there, skipped" in preview and "Nothing new to import" in preview
    assert WeightEntry.objects.count() == 3


def test_strava_bulk_export_and_its_csv_import_each_run_once(athlete, athlete_client):
    batch = batch_of(upload(athlete_client, "runs", "export_activities.zip", strava_export()))
    preview = athlete_client.get(f"/data/import/runs/{batch.pk}/").content.decode()
    assert "<strong>3</strong> new runs" in preview
    assert "skipped, it is a cycling activity" in preview
    assert confirm(athlete_client, batch).status_code == 302
    assert sorted(RunEntry.objects.values_list("external_id", flat=True)) == [
        "strava:10000000001",
        "strava:10000000003",
        "strava:10000000004",
    ]
    # The CSV alone, the whole export again, or one file again: all duplicates now.
    for name, data in (
        ("activities.csv", fixture("strava_activities.csv")),
        ("export.zip", strava_export()),
    ):
        again = batch_of(upload(athlete_client, "runs", name, data))
        assert again.payload["runs"] == []
    assert RunEntry.objects.count() == 3
    runs_page = athlete_client.get("/history/runs/").content.decode()
    assert "Morning Run" in runs_page


def test_runs_from_fit_and_progress_charts_show_them(athlete, athlete_client):
    batch = batch_of(upload(athlete_client, "runs", "watch.fit", fit_activity()))
    confirm(athlete_client, batch)
    run = RunEntry.objects.get()
    assert (run.distance_km, run.duration_s, run.avg_heart_rate, run.source) == (
        10.0,
        3000,
        148,
        "file",
    )
    assert athlete_client.get("/progress/?range=all").status_code == 200


def test_protein_existing_day_is_a_duplicate(athlete, athlete_client):
    ProteinEntry.objects.create(user=athlete, day=dt.date(2024, 3, 4), grams=99)
    batch = batch_of(
        upload(
            athlete_client, "protein", "dailysummary.csv", fixture("cronometer_dailysummary.csv")
        )
    )
    assert batch.payload["duplicates"]["protein"] == 1
    confirm(athlete_client, batch)
    assert sorted(ProteinEntry.objects.values_list("day", "grams")) == [
        (dt.date(2024, 3, 4), 99.0),  # kept, not overwritten
        (dt.date(2024, 3, 5), 138.2),
    ]


def test_rows_with_problems_are_listed_and_need_an_explicit_choice(athlete_client):
    data = b"date,weight\n2024-01-01,420\n2024-01-02,80\n"
    batch = batch_of(upload(athlete_client, "body", "w.csv", data))
    preview = athlete_client.get(f"/data/import/body/{batch.pk}/").content.decode()
    assert "Line 2: weight 420 kg is above the 350 kg limit" in preview
    response = confirm(athlete_client, batch)
    assert response.status_code == 400 and "Tick the box" in response.content.decode()
    assert WeightEntry.objects.count() == 0
    assert confirm(athlete_client, batch, skip_problems="1").status_code == 302
    assert list(WeightEntry.objects.values_list("weight_kg", flat=True)) == [80.0]


def test_ambiguous_dates_ask_for_the_order(athlete_client):
    data = b"date,weight\n03/04/2024,80\n"
    response = upload(athlete_client, "body", "w.csv", data)
    assert response.status_code == 400
    assert "could mean day/month or month/day" in response.content.decode()
    batch = batch_of(upload(athlete_client, "body", "w.csv", data, date_order="mdy"))
    assert batch.payload["weight"][0]["day"] == "2024-03-04"


def test_unit_choice_applies_when_the_file_is_silent(athlete_client):
    data = b"date,weight\n2024-01-02,176.4\n"
    batch = batch_of(upload(athlete_client, "body", "w.csv", data, weight_unit="lb"))
    assert round(batch.payload["weight"][0]["weight_kg"], 2) == 80.01


def test_htmx_upload_redirects_to_the_preview_and_errors_swap_the_form(athlete_client):
    headers = {"HTTP_HX_REQUEST": "true"}
    file = SimpleUploadedFile("run.gpx", fixture("run.gpx"))
    response = athlete_client.post("/data/import/runs/", {"file": file}, **headers)
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/data/import/runs/")
    bad = SimpleUploadedFile("x.gpx", b"<gpx><trk>")
    response = athlete_client.post("/data/import/runs/", {"file": bad}, **headers)
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith("<form")
    assert "x.gpx: the XML is malformed or cut short" in body


def test_upload_page_has_progress_bar_and_script(athlete_client):
    page = athlete_client.get("/data/import/runs/").content.decode()
    assert "data-import-progress" in page and "js/import.js" in page
    assert 'enctype="multipart/form-data"' in page  # the no-JS fallback posts the form


def test_a_60_mb_file_is_refused_with_its_size(athlete_client):
    big = b"date,weight\n" + b"2024-01-01,80\n" * (60 * 1024 * 1024 // 14)
    response = upload(athlete_client, "body", "huge.csv", big)
    assert response.status_code == 400
    assert "The file is 60 MB; the limit is 50 MB." in response.content.decode()
    assert not ImportBatch.objects.exists()


@pytest.mark.parametrize(
    ("kind", "name", "make", "message"),
    [
        # Built when the test runs (not at collection): some are large.
        ("body", "rows.csv", lambda: weights_csv(200_000), "more than 100,000 rows"),
        ("runs", "bomb.zip", zip_bomb, "unpacks to more than 100 MB"),
        ("runs", "cut.fit", lambda: fit_activity()[:100], "FIT file is damaged (it is cut short)"),
        ("runs", "lol.gpx", lambda: b'<!DOCTYPE g [<!ENTITY a "b">]><gpx>&a;</gpx>', "entities"),
        ("body", "scale.png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary file"),
        ("protein", "weights.csv", lambda: fixture("withings_weight.csv"), "a protein CSV"),
        ("body", "empty.csv", lambda: b"date,weight\n", "header but no data rows"),
    ],
    ids=["200k-rows", "zip-bomb", "truncated-fit", "xml-entities", "binary", "wrong-kind", "empty"],
)
def test_bad_input_gets_a_message_and_saves_nothing(athlete_client, kind, name, make, message):
    response = upload(athlete_client, kind, name, make())
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportBatch.objects.exists()
    assert not WeightEntry.objects.exists() and not RunEntry.objects.exists()


def test_an_unexpected_parser_error_is_a_message_not_a_500(athlete_client, settings):
    settings.IMPORT_PARSE_IN_CHILD = False  # so the mock applies (the child is a new process)
    with mock.patch("tracker.importers.body.parse_body_csv", side_effect=KeyError("x")):
        response = upload(athlete_client, "body", "w.csv", b"date,weight\n2024-01-01,80\n")
    assert response.status_code == 400
    assert "This file couldn&#x27;t be read" in response.content.decode()


def test_confirm_is_all_or_nothing(athlete_client):
    batch = batch_of(upload(athlete_client, "body", "weight.csv", fixture("withings_weight.csv")))
    with mock.patch(
        "tracker.models.BodyFatEntry.objects.bulk_create", side_effect=IntegrityError("boom")
    ):
        response = confirm(athlete_client, batch)
    assert response.status_code == 409
    assert "Nothing was saved" in response.content.decode()
    assert not WeightEntry.objects.exists()  # the weights were rolled back too
    assert ImportBatch.objects.filter(pk=batch.pk).exists()


def test_duplicates_that_appear_after_the_preview_are_skipped_at_confirm(athlete, athlete_client):
    batch = batch_of(upload(athlete_client, "runs", "watch.fit", fit_activity()))
    RunEntry.objects.create(
        user=athlete,
        day=dt.date(2024, 3, 5),
        distance_km=10,
        duration_s=3000,
        external_id="start:2024-03-05T06:30:00Z",
    )
    confirm(athlete_client, batch)
    assert RunEntry.objects.count() == 1


def test_someone_elses_batch_is_404_and_expired_batches_ask_for_a_new_upload(
    athlete_client, other_athlete, time_machine
):
    batch = batch_of(upload(athlete_client, "body", "w.csv", b"date,weight\n2024-01-01,80\n"))
    other = client_for(other_athlete)
    assert other.get(f"/data/import/body/{batch.pk}/").status_code == 404
    assert confirm(other, batch).status_code == 404
    assert athlete_client.get(f"/data/import/runs/{batch.pk}/").status_code == 404  # wrong kind
    time_machine.move_to(batch.expires_at + dt.timedelta(seconds=1))
    response = athlete_client.get(f"/data/import/body/{batch.pk}/")
    assert response.status_code == 302 and response["Location"] == "/data/import/body/"
    assert not ImportBatch.objects.exists()


def test_cancel_deletes_the_preview(athlete_client):
    batch = batch_of(upload(athlete_client, "body", "w.csv", b"date,weight\n2024-01-01,80\n"))
    response = athlete_client.post(f"/data/import/body/{batch.pk}/cancel/")
    assert response.status_code == 302 and not ImportBatch.objects.exists()
    assert not WeightEntry.objects.exists()


def test_measurements_import_from_a_spreadsheet_then_our_export_adds_nothing(
    athlete, athlete_client
):
    from tracker.models import Measurement

    sheet = (
        b"Date,Waist (in),Hips (in),Left thigh (in),Right thigh (in)\n"
        b"2024-03-04,33.5,40,23,23.25\n"
        b"2024-03-11,33,39.75,22.75,\n"
    )
    response = upload(athlete_client, "measurements", "tape.csv", sheet, date_order="auto")
    batch = batch_of(response)
    assert Measurement.objects.count() == 0  # nothing saved before the confirm
    preview = athlete_client.get(response["Location"]).content.decode()
    assert "<strong>7</strong> new measurements" in preview
    assert "Thigh (left)" in preview and "85.1 cm" in preview  # shown in the athlete's cm

    response = confirm(athlete_client, batch)
    assert response.status_code == 302 and response["Location"] == "/history/measurements/"
    saved = sorted(
        Measurement.objects.filter(user=athlete).values_list("day", "site", "side", "cm")
    )
    assert saved[:4] == [
        (dt.date(2024, 3, 4), "hips", "", 101.6),
        (dt.date(2024, 3, 4), "thigh", "left", 58.4),
        (dt.date(2024, 3, 4), "thigh", "right", 59.1),
        (dt.date(2024, 3, 4), "waist", "", 85.1),
    ]
    assert len(saved) == 7

    # Our own export, imported back: every row is already there.
    export = athlete_client.get("/data/export/")
    import io
    import zipfile

    exported = zipfile.ZipFile(io.BytesIO(export.content)).read("measurements.csv")
    again = batch_of(upload(athlete_client, "measurements", "measurements.csv", exported))
    assert again.payload["duplicates"]["measurements"] == 7
    assert again.payload["measurements"] == []


def test_measurements_import_in_inches_for_an_inches_athlete_and_a_bad_file(athlete):
    from tracker.models import Measurement

    athlete.length_unit = "in"
    athlete.save()
    client = client_for(athlete)
    batch = batch_of(
        upload(client, "measurements", "m.csv", b"date,waist,neck\n2024-03-04,32,15\n")
    )
    preview = client.get(f"/data/import/measurements/{batch.pk}/").content.decode()
    assert "32.0 in" in preview
    confirm(client, batch)
    assert sorted(Measurement.objects.values_list("site", "cm")) == [
        ("neck", 38.1),
        ("waist", 81.3),
    ]

    refused = upload(client, "measurements", "weights.csv", b"date,weight\n2024-03-04,80\n")
    assert refused.status_code == 400
    assert "doesn&#x27;t look like a measurements CSV" in refused.content.decode()
