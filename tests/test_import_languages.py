"""Import messages in the athlete's language (issue 15): made by the parser in its child
process as words to translate, shown by the request in the language of whoever reads them, with
numbers written the way that language writes them."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tracker.models import ImportBatch, User, WeightEntry

pytestmark = pytest.mark.django_db

SAMPLES = Path("/work/shared/import-samples")
# A weigh-in over the limit (with decimals), a row without a date, a weight that isn't one.
BAD_ROWS = b"date,weight\n2024-01-01,420.5\n,80\n2024-01-03,abc\n2024-01-04,81.2\n"


def _upload(client, kind: str, name: str, data: bytes):
    file = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    return client.post(f"/data/import/{kind}/", {"file": file})


def _speaking(user: User, language: str):
    user.language = language
    user.save(update_fields=["language"])
    from tests.conftest import client_for

    return client_for(user)


def _preview(client, response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    return html.unescape(client.get(response["Location"]).content.decode())


def test_an_italian_athlete_reads_the_problems_in_italian_with_a_decimal_comma(athlete):
    client = _speaking(athlete, "it")
    page = _preview(client, _upload(client, "body", "pesi.csv", BAD_ROWS))
    assert "Riga 2: il peso 420,5 kg è sopra il limite di 350 kg" in page
    assert "Riga 3: manca la data" in page
    assert "Riga 4: il peso “abc” non è un numero" in page
    assert "420.5" not in page and "is above the" not in page
    assert "CSV generico" in page  # the format it was read as


def test_a_runs_csv_duration_problem_is_in_spanish(athlete):
    client = _speaking(athlete, "es")
    data = b"date,distance_km,duration\n2024-03-02,5.5,31:75\n2024-03-03,5,30:00\n"
    page = _preview(client, _upload(client, "runs", "carreras.csv", data))
    assert "Línea 2: duración: Los minutos y los segundos deben estar entre 0 y 59." in page
    assert "CSV de carreras" in page


def test_a_german_athlete_reads_the_same_file_in_german(athlete):
    client = _speaking(athlete, "de")
    page = _preview(client, _upload(client, "body", "gewicht.csv", BAD_ROWS))
    assert "Zeile 2: das Gewicht 420,5 kg liegt über der Grenze von 350 kg" in page
    assert "Zeile 3: das Datum fehlt" in page
    assert "Zeile 4: das Gewicht „abc“ ist keine Zahl" in page


def test_a_kept_preview_is_shown_in_the_language_of_whoever_opens_it(athlete):
    client = _speaking(athlete, "it")
    response = _upload(client, "body", "pesi.csv", BAD_ROWS)
    assert "Riga 2: il peso 420,5 kg" in _preview(client, response)
    client = _speaking(athlete, "de")  # the athlete switches language before confirming
    assert "Zeile 2: das Gewicht 420,5 kg" in _preview(client, response)
    client = _speaking(athlete, "en")
    assert "Line 2: weight 420.5 kg is above the 350 kg limit" in _preview(client, response)


def test_a_refused_sample_file_says_why_in_italian(athlete):
    # A real watch's activity file uploaded as a weigh-in: refused as a whole, in Italian.
    client = _speaking(athlete, "it")
    sample = SAMPLES / "fit_garmin_fr70_no_gps.fit"
    response = _upload(client, "body", sample.name, sample.read_bytes())
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert (
        "fit_garmin_fr70_no_gps.fit: questo è un file FIT di attività, non una pesata; "
        "caricalo in Corse." in page
    )
    assert WeightEntry.objects.count() == 0


def test_a_file_with_nothing_importable_is_refused_in_german_with_german_numbers(athlete):
    client = _speaking(athlete, "de")
    response = _upload(client, "body", "gewicht.csv", b"date,weight\n2024-01-01,1234.5\n")
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert (
        "Aus dieser Datei lässt sich nichts importieren. Zeile 2: das Gewicht 1234,5 kg liegt "
        "über der Grenze von 350 kg." in page
    )


def test_the_limits_are_listed_in_the_language_with_its_thousands_separator(athlete):
    page = html.unescape(_speaking(athlete, "it").get("/data/").content.decode())
    assert "Fino a 100.000 righe di dati e 200.000 righe in tutto" in page
    page = html.unescape(_speaking(athlete, "de").get("/data/").content.decode())
    assert "Bis zu 100.000 Datenzeilen und 200.000 Zeilen" in page


def test_previews_stored_before_the_words_were_kept_as_data_still_show(athlete):
    batch = ImportBatch.objects.create(
        owner=athlete,
        kind="body",
        filename="old.csv",
        format_name="Generic CSV",
        payload={
            "problem_count": 1,
            "problems": ["Line 2: the date is missing"],
            "note_count": 1,
            "notes": ["An older note."],
        },
        expires_at="2999-01-01T00:00:00Z",
    )
    page = html.unescape(
        _speaking(athlete, "it").get(f"/data/import/body/{batch.pk}/").content.decode()
    )
    assert "Line 2: the date is missing" in page and "An older note." in page


def test_a_ride_in_the_runs_import_is_skipped_with_a_french_note(athlete):
    # A real indoor ride (Zwift FIT) uploaded as a run: the note names the activity in French.
    client = _speaking(athlete, "fr")
    sample = SAMPLES / "fit_zwift_indoor_ride.fit"
    page = _preview(client, _upload(client, "runs", sample.name, sample.read_bytes()))
    assert (
        "fit_zwift_indoor_ride.fit : ignorée, c'est une activité de type vélo, pas une course."
        in page
    )


def test_an_imported_runs_note_is_saved_in_the_language_of_whoever_confirms(athlete):
    # A real GPX: the parse (no language) keeps "from <file>" as words; the confirm writes it.
    from tracker.models import RunEntry

    client = _speaking(athlete, "it")
    sample = SAMPLES / "gpx_strava_export_hr.gpx"
    page = _preview(client, _upload(client, "runs", sample.name, sample.read_bytes()))
    assert "from gpx_strava" not in page
    batch = ImportBatch.objects.get(owner=athlete)
    response = client.post(f"/data/import/{batch.kind}/{batch.pk}/confirm/")
    assert response.status_code == 302
    note = RunEntry.objects.get(user=athlete).note
    assert f"da {sample.name}" in note and "from" not in note


def test_a_date_in_a_problem_is_written_the_readers_way(athlete):
    """A future or pre-1990 date is named as the language writes dates, not as ISO text (the
    preview keeps it as data, so whoever opens it reads it their way)."""
    data = b"date,weight\n2090-01-05,80\n1989-12-31,81\n2024-01-04,81.2\n"
    client = _speaking(athlete, "it")
    page = _preview(client, _upload(client, "body", "pesi.csv", data))
    assert "5 gennaio 2090" in page and "31 dicembre 1989" in page
    assert "2090-01-05" not in page
    batch = ImportBatch.objects.filter(owner=athlete).latest("pk")
    english = _speaking(athlete, "en")
    page = html.unescape(english.get(f"/data/import/body/{batch.pk}/").content.decode())
    assert "the date 5 Jan 2090 is in the future" in page
