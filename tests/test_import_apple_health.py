"""Apple Health exports: the streaming parser against hand-computed values, its refusals, and
the browser flow (upload → background job with progress → preview → confirm); plus the
date-order question, which keeps the uploaded file instead of asking for it again."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult

from tests.apple_health_export import HEADER, ZONE, record, write_export
from tests.conftest import client_for
from tracker.importers.apple_health import parse_apple_health
from tracker.importers.common import BodyRow, ImportFileError, ImportOptions, ProteinRow, RunRow
from tracker.jobs.models import Job
from tracker.models import BodyFatEntry, ImportBatch, ProteinEntry, RunEntry, WeightEntry

OPTIONS = ImportOptions(today=dt.date(2025, 1, 1), tz=ZONE)


def export_zip(**kwargs) -> bytes:
    buffer = io.BytesIO()
    write_export(buffer, **kwargs)
    return buffer.getvalue()


def test_parser_reads_weight_fat_lean_protein_and_runs():
    result = parse_apple_health(io.BytesIO(export_zip(filler_bytes=50_000)), OPTIONS)
    body = [
        (r.day.isoformat(), r.weight_kg, r.body_fat_percent)
        for r in result.rows
        if isinstance(r, BodyRow)
    ]
    assert sorted(body, key=str) == sorted(
        [
            ("2024-03-04", 80.4, None),
            ("2024-03-04", None, pytest.approx(21.5)),  # Apple's 0.215
            ("2024-03-05", pytest.approx(79.832, abs=0.001), None),  # 176 lb
            # Lean 138.6 lb at the same moment as 176 lb: fat = 1 - 138.6/176 = 21.25 %. The
            # lean mass of 4 March is not used: that weigh-in has a body-fat reading already.
            ("2024-03-05", None, pytest.approx(21.25)),
        ],
        key=str,
    )
    protein = {r.day.isoformat(): r.grams for r in result.rows if isinstance(r, ProteinRow)}
    assert protein == {"2024-03-04": 137.5, "2024-03-05": 110.0}  # 35 + 42.5 + 60 (23:30)
    runs = [r for r in result.rows if isinstance(r, RunRow)]
    assert [(r.day.isoformat(), r.distance_km, r.duration_s, r.avg_heart_rate) for r in runs] == [
        ("2024-03-04", 10.02, 3150, 151),  # 52.5 min
        ("2024-03-05", 5.5, 1815, None),  # distance from WorkoutStatistics (newer exports)
    ]
    assert "Skipped workouts that are not runs: 1 Cycling." in [n.english() for n in result.notes]


def test_days_follow_the_athletes_zone_not_the_file_offset():
    late = dt.datetime(2024, 3, 4, 23, 30, tzinfo=ZONE)  # 22:30 UTC
    body = record("BodyMass", "kg", 70.0, late)
    result = parse_apple_health(
        io.BytesIO(export_zip(body=body)), ImportOptions(today=dt.date(2025, 1, 1), tz=dt.UTC)
    )
    assert [r.day for r in result.rows] == [dt.date(2024, 3, 4)]
    tokyo = ImportOptions(today=dt.date(2025, 1, 1), tz=dt.timezone(dt.timedelta(hours=9)))
    result = parse_apple_health(io.BytesIO(export_zip(body=body)), tokyo)
    assert [r.day for r in result.rows] == [dt.date(2024, 3, 5)]


def test_bare_export_xml_is_read_too():
    xml = (HEADER + record("BodyMass", "kg", 70.0, dt.datetime(2024, 1, 2, tzinfo=ZONE))).encode()
    result = parse_apple_health(io.BytesIO(xml + b"</HealthData>"), OPTIONS)
    assert [r.weight_kg for r in result.rows] == [70.0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaa">]>'
            b"<HealthData>&a;</HealthData>",
            "declares XML entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE HealthData SYSTEM "http://example.com/x.dtd">'
            b"<HealthData/>",
            "declares XML entities or external references",
        ),
        (b'<?xml version="1.0"?><gpx></gpx>', "not an Apple Health export"),
        (HEADER.encode()[:-40], "malformed or cut short"),
        (b"PK\x03\x04 not really a zip", "damaged or incomplete"),
    ],
)
def test_unsafe_or_wrong_files_are_refused_with_a_plain_message(data, message):
    with pytest.raises(ImportFileError, match=message):
        parse_apple_health(io.BytesIO(data), OPTIONS)


def test_zip_without_export_xml_says_what_to_upload():
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    with pytest.raises(ImportFileError, match="Export All Health Data"):
        parse_apple_health(buffer, OPTIONS)


def test_progress_reports_bytes_read_up_to_the_whole_file():
    seen: list[tuple[int, int]] = []
    filler = "".join(
        record("HeartRate", "count/min", 60, dt.datetime(2024, 1, 1, tzinfo=ZONE))
        for _ in range(25_000)
    )
    data = (HEADER + filler + "</HealthData>").encode()  # bare XML, read 1 MB at a time
    parse_apple_health(io.BytesIO(data), OPTIONS, progress=lambda d, t: seen.append((d, t)))
    assert len(seen) > 2
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# --- The browser flow --------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def run_queued_job(job: Job) -> None:
    """What `manage.py run_worker` does with the queued task, in this process."""
    queued = DBTaskResult.objects.get(id=job.task_result_id)
    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])


@pytest.mark.django_db
def test_upload_runs_in_the_background_then_preview_and_confirm(athlete, athlete_client, media):
    athlete.time_zone = "Europe/Paris"  # UTC+1 in March, as the sample's offsets
    athlete.save()
    page = athlete_client.get("/data/import/apple/").content.decode()
    assert "Files up to 2,048 MB" in page or "Files up to 2048 MB" in page
    data = export_zip(filler_bytes=200_000)
    response = athlete_client.post(
        "/data/import/apple/", {"file": SimpleUploadedFile("export.zip", data, "application/zip")}
    )
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    assert not WeightEntry.objects.exists()
    kept = list((media / "imports" / str(athlete.pk)).iterdir())
    assert len(kept) == 1  # the upload waits in the shared storage, not in memory

    waiting = athlete_client.get(job.get_absolute_url()).content.decode()
    assert "Apple Health import" in waiting and 'hx-trigger="every 1s"' in waiting

    run_queued_job(job)
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED, job.message
    assert job.progress_total and job.progress_done == job.progress_total
    assert not any((media / "imports" / str(athlete.pk)).iterdir())  # cleaned up
    done = athlete_client.get(job.get_absolute_url()).content.decode()
    assert "Check what will be imported" in done
    batch = ImportBatch.objects.get(saved_at__isnull=True)
    preview = athlete_client.get(job.result["next_url"]).content.decode()
    assert "read as Apple Health export" in preview
    for text in (
        "<strong>2</strong> new weigh-ins",
        "<strong>2</strong> new runs",
        "<strong>2</strong> new protein days",
    ):
        assert text in preview

    response = athlete_client.post(f"/data/import/apple/{batch.pk}/confirm/")
    assert response.status_code == 302
    assert sorted(WeightEntry.objects.values_list("day", flat=True)) == [
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 5),
    ]
    assert BodyFatEntry.objects.count() == 2
    assert sorted(ProteinEntry.objects.values_list("grams", flat=True)) == [110.0, 137.5]
    assert sorted(RunEntry.objects.values_list("distance_km", flat=True)) == [5.5, 10.02]


@pytest.mark.django_db
def test_a_file_that_is_not_an_export_fails_the_job_with_a_plain_message(
    athlete, athlete_client, media
):
    athlete_client.post(
        "/data/import/apple/",
        {"file": SimpleUploadedFile("export.xml", b'<?xml version="1.0"?><gpx/>', "text/xml")},
    )
    job = Job.objects.get()
    with pytest.raises(Exception):  # noqa: B017 - the task re-raises after marking the job
        run_queued_job(job)
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert job.message == "This XML is not an Apple Health export (it has no <HealthData>)."
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_other_files_are_refused_at_upload(athlete_client, media):
    response = athlete_client.post(
        "/data/import/apple/", {"file": SimpleUploadedFile("w.csv", b"date,weight\n", "text/csv")}
    )
    assert response.status_code == 400
    assert "This is not an Apple Health export" in response.content.decode()
    assert not Job.objects.exists()


# --- Date order: answered without uploading again ----------------------------------------------

AMBIGUOUS = b"date,weight_kg\n03/04/2024,80.0\n05/06/2024,79.5\n"


@pytest.mark.django_db
def test_date_order_question_keeps_the_file(athlete, other_athlete, athlete_client, media):
    file = SimpleUploadedFile("w.csv", AMBIGUOUS, "text/csv")
    response = athlete_client.post("/data/import/body/", {"file": file})
    assert response.status_code == 400
    page = response.content.decode()
    assert "could mean day/month or month/day" in page
    assert "Your file <strong>w.csv</strong> is kept" in page
    token = page.split('name="pending" value="', 1)[1].split('"', 1)[0]

    # Someone else can't use the token (it is bound to its owner).
    stranger = client_for(other_athlete).post(
        "/data/import/body/", {"pending": token, "date_order": "mdy"}
    )
    assert stranger.status_code == 400 and not ImportBatch.objects.exists()

    response = athlete_client.post("/data/import/body/", {"pending": token, "date_order": "mdy"})
    assert response.status_code == 302
    athlete_client.post(response["Location"] + "confirm/")
    assert sorted(WeightEntry.objects.values_list("day", flat=True)) == [
        dt.date(2024, 3, 4),
        dt.date(2024, 5, 6),
    ]
    assert not any((media / "imports" / str(athlete.pk)).iterdir())  # kept file removed
    # The token is spent with its file.
    again = athlete_client.post("/data/import/body/", {"pending": token, "date_order": "dmy"})
    assert "expired" in again.content.decode()


@pytest.mark.django_db
def test_apple_health_has_its_own_larger_size_limit(athlete_client, media, settings):
    settings.IMPORT_MAX_UPLOAD_BYTES = 100_000
    settings.IMPORT_MAX_APPLE_HEALTH_BYTES = 5_000_000
    data = export_zip(body="<!--" + "x" * 300_000 + "-->")  # ~300 KB, stored uncompressed-ish
    big = b"date,weight_kg\n" + b"2024-01-01,80\n" * 20_000  # ~280 KB
    refused = athlete_client.post(
        "/data/import/body/", {"file": SimpleUploadedFile("w.csv", big, "text/csv")}
    )
    assert refused.status_code == 400 and "the limit is 0.1 MB" in refused.content.decode()
    accepted = athlete_client.post(
        "/data/import/apple/", {"file": SimpleUploadedFile("export.zip", data, "application/zip")}
    )
    assert accepted.status_code == 302 and Job.objects.count() == 1


@pytest.mark.django_db
def test_abandoned_kept_uploads_are_removed_later(athlete, athlete_client, media):
    import os
    import time

    first = athlete_client.post(
        "/data/import/body/", {"file": SimpleUploadedFile("w.csv", AMBIGUOUS, "text/csv")}
    )
    assert first.status_code == 400
    folder = media / "imports" / str(athlete.pk)
    (old,) = list(folder.iterdir())
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    athlete_client.post(
        "/data/import/body/", {"file": SimpleUploadedFile("w.csv", AMBIGUOUS, "text/csv")}
    )
    remaining = list(folder.iterdir())
    assert len(remaining) == 1 and remaining[0] != old
