"""Python-side texts (forms, models, flash messages, coach pages, emails) come out in the
active language: one check per area that a real message a person sees is translated."""

from __future__ import annotations

import datetime as dt
import fcntl
import gettext as gettext_module
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from coaching.forms import InvitationForm
from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.forms import BodyFatForm, MeasurementLogForm, RunForm, SettingsForm, WeightForm
from tracker.models import WeightEntry
from tracker.reminders.forms import ReminderPreferenceForm

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def _catalogues_stale(locale_dir: Path) -> bool:
    return any(
        not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
        for po in locale_dir.glob("*/LC_MESSAGES/django.po")
    )


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> Iterator[None]:
    """The .mo files are build products (not in git): compile them when missing or older than
    the .po, once across xdist workers, then drop any translations a worker cached before."""
    locale_dir = Path(settings.LOCALE_PATHS[0])
    if _catalogues_stale(locale_dir):
        with open(Path(tempfile.gettempdir()) / "wholebody-compilemessages.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if _catalogues_stale(locale_dir):
                call_command("compilemessages", locale=["it", "es", "fr", "de", "pt"], verbosity=0)
    # Both caches may hold a catalogue read before this compile: Django's per language, and
    # the gettext module's per .mo path.
    gettext_module._translations.clear()  # type: ignore[attr-defined]
    trans_real._translations = {}
    trans_real._default = None
    yield


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def _errors(form) -> list[str]:
    assert not form.is_valid()
    return [message for messages in form.errors.values() for message in messages]


def test_italian_weight_form_labels_and_future_date_error(athlete):
    with translation.override("it"):
        form = WeightForm(data={"weight": "72.4", "day": "2026-03-12"}, user=athlete)
        assert form.fields["weight"].label == "Peso (kg)"
        assert str(form.fields["day"].label) == "Giorno"
        assert _errors(form) == [
            "La data non può essere nel futuro (nel tuo fuso orario oggi è il 10 marzo 2026)."
        ]


def test_english_is_unchanged(athlete):
    with translation.override("en"):
        form = WeightForm(data={"weight": "72.4", "day": "2026-03-12"}, user=athlete)
        assert form.fields["weight"].label == "Weight (kg)"
        assert _errors(form) == [
            "The date can't be in the future (today is 10 Mar 2026 in your time zone)."
        ]


@pytest.mark.parametrize(
    ("language", "method", "effort_help"),
    [
        ("es", "Báscula inteligente (BIA)", "Lo dura que se sintió"),
        ("fr", "Balance connectée (BIA)", "Ton ressenti"),
        ("de", "Körperfettwaage (BIA)", "Wie hart es sich angefühlt hat"),
        ("pt", "Balança de bioimpedância (BIA)", "Quão puxado foi"),
    ],
)
def test_choices_and_help_texts_follow_the_language(athlete, language, method, effort_help):
    with translation.override(language):
        body_fat = BodyFatForm(user=athlete)
        assert method in [str(label) for _, label in body_fat.fields["method"].choices]
        run = RunForm(user=athlete)
        assert str(run.fields["effort"].help_text).startswith(effort_help)


def test_settings_form_resting_heart_rate_error_in_german(athlete):
    data = {
        "display_name": "A",
        "weight_unit": "kg",
        "distance_unit": "km",
        "length_unit": "cm",
        "time_zone": "UTC",
        "max_heart_rate": "110",
        "resting_heart_rate": "115",
    }
    with translation.override("de"):
        form = SettingsForm(data=data, instance=athlete)
        assert form.fields["time_zone"].label == "Zeitzone"
        assert str(form.fields["is_coach"].label) == "Ich coache Athlet/innen"
        assert form.errors["resting_heart_rate"] == [
            "Der Ruhepuls muss unter deiner maximalen Herzfrequenz liegen (110 bpm)."
        ]


def test_measurement_labels_name_the_site_in_portuguese(athlete):
    with translation.override("pt"):
        form = MeasurementLogForm(user=athlete)
        assert form.fields["waist"].label == "Cintura (na altura do umbigo) (cm)"
        assert form.fields["thigh"].label == "Coxa (esquerda, ou ambos) (cm)"
        assert form.fields["thigh_right"].label == "Coxa (direita, opcional) (cm)"
        assert _errors(MeasurementLogForm(data={"day": "2026-03-01"}, user=athlete)) == [
            "Digite pelo menos uma medida."
        ]


def test_reminder_and_coach_forms_in_italian():
    with translation.override("it"):
        reminders = ReminderPreferenceForm()
        assert str(reminders.fields["checkin_weekday"].choices[0][1]) == "Lunedì"
        invitation = InvitationForm()
        assert str(invitation.fields["message"].label) == "Messaggio (facoltativo)"


# Pages: the language comes from the request (Accept-Language once LocaleMiddleware is on) and
# from translation.override before that; both say the same language here.


def _get(client, url: str, language: str):
    with translation.override(language):
        return client.get(url, HTTP_ACCEPT_LANGUAGE=language, follow=True)


def test_logged_weight_flash_message_in_italian(athlete, athlete_client):
    with translation.override("it"):
        response = athlete_client.post(
            reverse("quick_log", args=["weight"]),
            {"weight": "72", "day": "2026-03-09"},
            HTTP_ACCEPT_LANGUAGE="it",
            follow=True,
        )
    assert "Registrati 72,0 kg per il 9 marzo." in response.content.decode()


def test_roster_flags_and_columns_in_spanish(coach_user, athlete):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    html = _get(client_for(coach_user), reverse("roster"), "es").content.decode()
    assert "No se pesa" in html and "Aún no hay pesajes registrados." in html
    assert "Último pesaje" in html and "Nunca" in html


def test_progress_cards_in_french(athlete, athlete_client):
    WeightEntry.objects.create(user=athlete, day=dt.date(2026, 3, 10), weight_kg=80.0)
    html = _get(athlete_client, reverse("progress"), "fr").content.decode()
    assert "Dernière pesée aujourd&#x27;hui" in html or "Dernière pesée aujourd'hui" in html
    assert "Il faut des pesées réparties sur au moins une semaine." in html


def test_import_outcome_counts_in_german():
    from tracker.views.data import _outcome_message

    outcome = {"added": {"weight": 3, "runs": 1}, "skipped": {"weight": 2}}
    with translation.override("de"):
        assert _outcome_message(outcome) == (
            "Importiert: 3 Wiegungen, 1 Lauf. 2 Duplikate übersprungen."
        )
    with translation.override("en"):
        assert _outcome_message(outcome) == "Imported 3 weigh-ins, 1 run. 2 duplicates skipped."


def test_job_messages_are_written_in_the_owners_language(athlete):
    """A worker has no request: the job's texts follow its owner's language setting."""
    from tracker.jobs.engine import _owner_language
    from tracker.jobs.models import Job

    job = Job.objects.create(owner=athlete, label="x", task_path="x")
    assert _owner_language(job) == (getattr(athlete, "language", "") or settings.LANGUAGE_CODE)
    with translation.override("pt"):
        assert str(Job.Status.QUEUED.label) == "Aguardando um processo"


def test_italian_weight_out_of_range_and_too_old_date(athlete):
    with translation.override("it"):
        form = WeightForm(data={"weight": "5", "day": "1989-12-31"}, user=athlete)
        errors = _errors(form)
    assert "Non si possono registrare date prima del 1° gennaio 1990." in errors
    assert any(e.startswith("Il peso deve essere tra 25") and e.endswith(" kg.") for e in errors)


def test_roster_numbers_use_the_decimal_comma_in_italian(coach_user, athlete):
    CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    for offset, kg in enumerate([80.4, 80.2, 80.0, 79.9]):
        WeightEntry.objects.create(
            user=athlete, day=dt.date(2026, 3, 10) - dt.timedelta(days=offset * 3), weight_kg=kg
        )
    html = _get(client_for(coach_user), reverse("roster"), "it").content.decode()
    assert re.search(r'<td class="num"[^>]*>8\d,\d kg</td>', html) or re.search(
        r'<td class="num"[^>]*>79,\d kg</td>', html
    )
    html_en = _get(client_for(coach_user), reverse("roster"), "en").content.decode()
    assert re.search(r'<td class="num"[^>]*>(79|80)\.\d kg</td>', html_en)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Saved: the run of 9 Mar was moderate (5 of 10)."),
        ("de", "Gespeichert: Der Lauf vom 9. März war moderat (5 von 10)."),
        ("es", "Guardado: la carrera del 9 de marzo fue moderada (5 de 10)."),
    ],
)
def test_effort_message_names_the_day_as_the_language_does(athlete, language, expected):
    from tracker.models import RunEntry

    run = RunEntry.objects.create(
        user=athlete, day=dt.date(2026, 3, 9), distance_km=5, duration_s=1800
    )
    with translation.override(language):
        response = client_for(athlete).post(
            reverse("run_effort", args=[run.pk]),
            {"effort": "5"},
            HTTP_ACCEPT_LANGUAGE=language,
            follow=True,
        )
    assert expected in response.content.decode()


def test_settings_saved_message_is_in_the_language_just_chosen(athlete, athlete_client):
    data = {
        "display_name": "A",
        "language": "de",
        "weight_unit": "kg",
        "distance_unit": "km",
        "length_unit": "cm",
        "time_zone": "UTC",
    }
    with translation.override("en"):
        response = athlete_client.post(
            reverse("settings"), data, HTTP_ACCEPT_LANGUAGE="en", follow=True
        )
    assert "Einstellungen gespeichert." in response.content.decode()


def test_photo_pose_back_is_not_the_navigation_back(athlete):
    from django.utils.translation import gettext

    from tracker.forms import PhotoUploadForm

    with translation.override("it"):
        assert str(PhotoUploadForm(user=athlete).fields["back"].label) == "Retro"
        assert gettext("Back") == "Indietro"


def test_area_follow_up_reads_in_german():
    from tracker.measurements import area_follow_up

    with translation.override("de"):
        follow = area_follow_up(
            area="belly",
            goal_day=dt.date(2026, 2, 1),
            readings=[(dt.date(2026, 2, 1), "waist", "", 90.0)],
            weight_trend=[],
            as_of=dt.date(2026, 3, 1),
        )
    assert follow.area_name == "Taille"
    assert follow.text.startswith("Miss einmal pro Woche deine Taille, um das zu sehen (bisher 1")
