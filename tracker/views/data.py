"""Import and export pages: the hub, upload → preview → confirm for each kind of import, and
the athlete's export ZIP.

The upload form posts normally (it works without JavaScript); with htmx it posts by XHR so
static/js/import.js can show upload progress, and a successful upload answers with HX-Redirect
to the preview. The parsed rows wait in an ImportBatch row (never in process memory), so any
app server can show the preview and save it. Nothing is saved before the confirm, and the
confirm saves everything in one transaction or nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, npgettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from tracker import exporters, import_jobs, importing, kept_uploads, uploads
from tracker.http import AuthedHttpRequest
from tracker.importers import limits
from tracker.importers.common import DateOrderNeeded, ImportFileError
from tracker.jobs import start_job
from tracker.jobs.models import Job
from tracker.models import ImportBatch, Measurement, User
from tracker.responses import zip_response
from tracker.uploads import max_upload_bytes

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportKind:
    slug: str
    title: StrOrPromise
    accept: str  # the file input's accept attribute
    formats: tuple[StrOrPromise, ...]
    asks_unit: bool
    asks_date_order: bool
    history: str  # where the imported rows are listed


KINDS: dict[str, ImportKind] = {
    k.slug: k
    for k in (
        ImportKind(
            "body",
            gettext_lazy("Weight and body fat"),
            ".csv,.txt,.fit,.json,.zip,text/csv",
            (
                gettext_lazy("Withings Health Mate weight.csv (in any of the app's languages)"),
                gettext_lazy("FIT weight-scale files (Garmin Index and other ANT+ scales)"),
                gettext_lazy("Beurer HealthManager CSV export"),
                gettext_lazy("Garmin Connect weight CSV"),
                gettext_lazy(
                    "Fitbit via Google Takeout: weight-….json and fat-….json, or the Takeout ZIP"
                ),
                gettext_lazy(
                    "Samsung Health weight CSV (com.samsung.health.weight.….csv), or its export ZIP"
                ),
                gettext_lazy("Google Fit Takeout: Daily activity metrics.csv, or the Takeout ZIP"),
                gettext_lazy("Libra (Android) CSV export"),
                gettext_lazy("Renpho app CSV export"),
                gettext_lazy("Fitbit account export (Body: Date, Weight, BMI, Fat)"),
                gettext_lazy("Any CSV with date and weight and/or body fat columns (kg or lb)"),
                gettext_lazy("Wholebody's own weights.csv and body_fat.csv"),
            ),
            asks_unit=True,
            asks_date_order=True,
            history="weight",
        ),
        ImportKind(
            "runs",
            gettext_lazy("Runs"),
            ".gpx,.tcx,.fit,.gz,.zip,.csv,.json",
            (
                gettext_lazy("GPX, TCX or FIT activity files (also gzipped, .gpx.gz / .fit.gz)"),
                gettext_lazy(
                    "A ZIP of them, such as the activities folder of a Strava bulk export"
                ),
                gettext_lazy("Strava's activities.csv (current and 2018 layouts)"),
                gettext_lazy("Garmin Connect activities CSV (English or German)"),
                gettext_lazy("Fitbit via Google Takeout: exercise-….json, or the Takeout ZIP"),
                gettext_lazy("Samsung Health exercise CSV (com.samsung.shealth.exercise.….csv)"),
                gettext_lazy("Google Fit Takeout: its TCX activities, or the Takeout ZIP"),
                gettext_lazy(
                    "A CSV with date, distance and duration columns; Wholebody's own runs.csv"
                ),
            ),
            asks_unit=False,
            asks_date_order=True,
            history="runs",
        ),
        ImportKind(
            "protein",
            gettext_lazy("Protein"),
            ".csv,.txt,text/csv",
            (
                gettext_lazy("MyFitnessPal nutrition summary (meals are added up per day)"),
                gettext_lazy("Cronometer dailysummary.csv"),
                gettext_lazy("Lose It! export (foods are added up per day)"),
                gettext_lazy(
                    "Any CSV with date and grams (or protein) columns; Wholebody's protein.csv"
                ),
            ),
            asks_unit=False,
            asks_date_order=True,
            history="protein",
        ),
        ImportKind(
            "measurements",
            gettext_lazy("Body measurements"),
            ".csv,.txt,text/csv",
            (
                gettext_lazy(
                    "A spreadsheet with a date column and a column per site (waist, hips, chest, "
                    "thigh, upper arm, calf, neck; left and right for limbs), in any of the "
                    "app's languages"
                ),
                gettext_lazy(
                    "Wholebody's own measurements.csv (date, site, side, cm), or 'inches' or "
                    "'value' and 'unit' columns"
                ),
                gettext_lazy(
                    "Units from the column name (Waist (in)), the cell (81 cm), else your setting"
                ),
            ),
            asks_unit=False,
            asks_date_order=True,
            history="measurements",
        ),
    )
}
APPLE_HEALTH = ImportKind(
    "apple",
    "Apple Health",
    ".zip,.xml,application/zip",
    (
        gettext_lazy(
            "export.zip from the Health app (profile picture → Export All Health Data), or the "
            "export.xml inside it"
        ),
        gettext_lazy(
            "Reads weight, body-fat %, lean body mass (as body fat), dietary protein (summed per "
            "day) and running workouts with distance, time and average heart rate"
        ),
    ),
    asks_unit=False,
    asks_date_order=False,
    history="weight",
)
KINDS[APPLE_HEALTH.slug] = APPLE_HEALTH
# (singular, plural) of what each kind of row is called, for ngettext with the row count.
METRIC_LABELS = {
    "weight": ("weigh-in", "weigh-ins"),
    "body_fat": ("body-fat reading", "body-fat readings"),
    "runs": ("run", "runs"),
    "protein": ("protein day", "protein days"),
    "measurements": ("measurement", "measurements"),
}


def _rows_label(key: str, count: int) -> str:
    """What `count` rows of `key` are called ("weigh-ins"), in the active language."""
    # Spelled out (not from METRIC_LABELS) so makemessages sees each pair.
    if key == "weight":
        return npgettext("imported rows", "weigh-in", "weigh-ins", count)
    if key == "body_fat":
        return npgettext("imported rows", "body-fat reading", "body-fat readings", count)
    if key == "runs":
        return npgettext("imported rows", "run", "runs", count)
    if key == "measurements":
        return npgettext("imported rows", "measurement", "measurements", count)
    return npgettext("imported rows", "protein day", "protein days", count)


def _sample(key: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The preview's first rows, with what a template can't work out itself."""
    if key == "measurements":
        return [dict(r, site_label=Measurement(site=r["site"], side=r["side"]).label) for r in rows]
    if key == "runs":  # the note is kept as words to translate (importing.shown_text)
        return [dict(r, note=importing.shown_text(r.get("note"))) for r in rows]
    return rows


def _rows_count(key: str, count: int) -> str:
    """`count` rows of `key` with the number ("3 weigh-ins")."""
    shown = number_format(count, 0, force_grouping=True)
    if key == "weight":
        text = ngettext("%(count)s weigh-in", "%(count)s weigh-ins", count)
    elif key == "body_fat":
        text = ngettext("%(count)s body-fat reading", "%(count)s body-fat readings", count)
    elif key == "runs":
        text = ngettext("%(count)s run", "%(count)s runs", count)
    elif key == "measurements":
        text = ngettext("%(count)s measurement", "%(count)s measurements", count)
    else:
        text = ngettext("%(count)s protein day", "%(count)s protein days", count)
    return text % {"count": shown}


# What the preview tells the athlete happens to a row already in Wholebody, and to a new row on
# a day that already has data (tracker/importing.py applies the rules).
DUPLICATE_RULES = {
    "weight": gettext_lazy("same day and same weight (to 0.1 kg), in the file or already saved"),
    "body_fat": gettext_lazy("same day and same reading (to 0.1 %), in the file or already saved"),
    "runs": gettext_lazy("same activity, or same day, distance and time as a saved run"),
    "protein": gettext_lazy("a day that already has a protein total (the saved total is kept)"),
    "measurements": gettext_lazy(
        "same day, site and side with the same value (to 0.1 cm), in the file or already saved"
    ),
}
BUSY_DAY_RULES = {
    "weight": gettext_lazy("added as another weigh-in; the day's average is what counts"),
    "body_fat": gettext_lazy("added as another reading for that day"),
    "runs": gettext_lazy("added as another run that day"),
    "protein": "",  # a protein day with data is a duplicate, never added
    "measurements": gettext_lazy("added as another measurement of that site that day"),
}


class ImportUploadForm(forms.Form):
    # Not required when `pending` names a file kept from an earlier post (the date-order
    # question): the athlete answers without choosing the file again.
    file = forms.FileField(label=gettext_lazy("File"), required=False)
    pending = forms.CharField(required=False, widget=forms.HiddenInput)
    weight_unit = forms.ChoiceField(
        label=gettext_lazy("Weights in the file are in"),
        choices=[
            ("auto", gettext_lazy("What the file says (else my setting)")),
            ("kg", gettext_lazy("Kilograms (kg)")),
            ("lb", gettext_lazy("Pounds (lb)")),
        ],
        initial="auto",
        required=False,
    )
    date_order = forms.ChoiceField(
        label=gettext_lazy("Dates in the file are written"),
        choices=[
            ("auto", gettext_lazy("Detect (ask me if unclear)")),
            ("dmy", gettext_lazy("Day first: 31/12/2024")),
            ("mdy", gettext_lazy("Month first: 12/31/2024")),
        ],
        initial="auto",
        required=False,
    )

    def __init__(self, *args: Any, kind: ImportKind, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs.update({"accept": kind.accept})
        if not kind.asks_unit:
            del self.fields["weight_unit"]
        if not kind.asks_date_order:
            del self.fields["date_order"]


def _describe_limits() -> list[str]:
    memory_mb, seconds = importing.parse_budget()
    described = limits.describe_limits(parse_seconds=seconds, parse_memory_mb=memory_mb)
    return [str(sentence) for sentence in described]


def _kind_or_404(slug: str) -> ImportKind:
    try:
        return KINDS[slug]
    except KeyError:
        raise Http404("No such import.") from None


def _own_batch_or_404(user: User, kind: ImportKind, batch_id: int) -> ImportBatch:
    """The requester's own batch of this kind; anyone else's is 404 (no existence leak)."""
    return get_object_or_404(ImportBatch, pk=batch_id, owner=user, kind=kind.slug)


def _megabytes(size: int) -> str:
    return f"{size / limits.MB:,.1f}".rstrip("0").rstrip(".")


def _too_large_message(size: int | None, kind: str = "") -> str:
    """`size` is None when the upload handler stopped reading, so the full size is unknown."""
    limit = _megabytes(max_upload_bytes(kind))
    if size is None:
        shown = _("The file is larger than the %(limit)s MB limit.") % {"limit": limit}
    else:
        shown = _("The file is %(size)s MB; the limit is %(limit)s MB.") % {
            "size": _megabytes(size),
            "limit": limit,
        }
    return shown + " " + _("Split it (a ZIP per year, for example) and import each part.")


@login_required
@require_GET
def data_hub(request: AuthedHttpRequest) -> HttpResponse:
    context = {"kinds": KINDS.values(), "limits": _describe_limits()}
    return render(request, "tracker/data.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: AuthedHttpRequest, kind: str) -> HttpResponse:
    meta = _kind_or_404(kind)
    user = request.user
    if request.method == "GET":
        form = ImportUploadForm(kind=meta)
    else:
        form = ImportUploadForm(request.POST, request.FILES, kind=meta)
        if uploads.was_too_large(request):
            # The size handler skipped the file while it streamed in: say why it is missing
            # rather than "This field is required."
            form.is_valid()
            size = uploads.skipped_size(request)
            form.errors["file"] = form.error_class([_too_large_message(size, meta.slug)])
        elif form.is_valid() and meta.slug == APPLE_HEALTH.slug:
            job = _start_background_import(form, meta, user)
            if job is not None:
                url = job.get_absolute_url()
                if request.htmx:
                    return HttpResponseClientRedirect(url)
                return redirect(url)
        elif form.is_valid():
            batch = _parse_into_batch(form, meta, user)
            if batch is not None:
                url = reverse("import_preview", args=[meta.slug, batch.pk])
                if request.htmx:
                    # A full navigation to the preview, after the XHR that showed progress.
                    return HttpResponseClientRedirect(url)
                return redirect(url)
    context = {
        "kind": meta,
        "form": form,
        "limits": _describe_limits(),
        "max_mb": _megabytes(max_upload_bytes(meta.slug)),
    }
    if request.htmx:
        return render(request, "tracker/import_upload.html#upload_form", context)
    status = 400 if request.method == "POST" else 200
    return render(request, "tracker/import_upload.html", context, status=status)


def _parse_into_batch(form: ImportUploadForm, meta: ImportKind, user: User) -> ImportBatch | None:
    """Parse the upload and store the preview batch; None (with a form error) if the file can't
    be imported. Never raises for bad input."""
    upload = form.cleaned_data["file"]
    kept: kept_uploads.KeptUpload | None = None
    if upload is None:
        kept = kept_uploads.find(form.cleaned_data["pending"], owner_id=user.pk, kind=meta.slug)
        if kept is None:
            message = _("Choose a file to upload.")
            if form.cleaned_data["pending"]:
                message = _("The file you uploaded earlier has expired; choose it again.")
            form.add_error("file", message)
            return None
    elif upload.size > max_upload_bytes(meta.slug):
        form.add_error("file", _too_large_message(upload.size, meta.slug))
        return None
    options = importing.import_options(
        user,
        weight_unit=form.cleaned_data.get("weight_unit") or "auto",
        date_order=form.cleaned_data.get("date_order") or "auto",
    )
    name = (kept.filename if kept else upload.name) or "upload"
    try:
        if kept is not None:
            with kept.open() as stored:
                data = stored.read()
        else:
            data = upload.read()
        result = importing.parse_upload(meta.slug, name, data, options)
    except DateOrderNeeded as error:
        form.add_error("date_order", str(error))
        if kept is None:
            upload.seek(0)
            kept, token = kept_uploads.keep(upload, owner_id=user.pk, kind=meta.slug)
        else:
            token = form.cleaned_data["pending"]
        # The answer comes back with this token instead of the file (see ImportUploadForm).
        data = form.data.copy()  # type: ignore[attr-defined]  # a QueryDict
        data["pending"] = token
        form.data = data
        form.pending_filename = kept.filename  # type: ignore[attr-defined]
        return None
    except ImportFileError as error:
        form.add_error("file", str(error))
    except RecursionError:
        form.add_error("file", _("The file is nested too deeply to read."))
    except Exception:  # a parser bug or an odd file must give a message, never a 500
        logger.exception("Import of %r (%s) failed unexpectedly", name, meta.slug)
        form.add_error(
            "file",
            _(
                "This file couldn't be read: its content isn't what the format should hold. "
                "Check it is the export named above, or export it again."
            ),
        )
    else:
        # Outside the try: a database failure is ours, not the file's, and must not be
        # reported as a problem with the upload.
        batch = importing.batch_create(owner=user, kind=meta.slug, filename=name, result=result)
        if kept is not None:
            kept.discard()
        return batch
    if kept is not None:
        kept.discard()  # refused for another reason: nothing to come back to
    return None


def _start_background_import(form: ImportUploadForm, meta: ImportKind, user: User) -> Job | None:
    """Keep the upload and start the worker on it (Apple Health exports take minutes)."""
    upload = form.cleaned_data["file"]
    if upload is None:
        form.add_error("file", _("Choose a file to upload."))
        return None
    if upload.size > max_upload_bytes(meta.slug):
        form.add_error("file", _too_large_message(upload.size, meta.slug))
        return None
    head = upload.read(512)
    upload.seek(0)
    if not (head.startswith(b"PK") or b"<?xml" in head[:100] or b"<HealthData" in head):
        form.add_error(
            "file",
            _(
                "This is not an Apple Health export. Upload export.zip from the Health app "
                "(profile picture → Export All Health Data), or the export.xml inside it."
            ),
        )
        return None
    kept, _token = kept_uploads.keep(upload, owner_id=user.pk, kind=meta.slug)
    return start_job(
        import_jobs.read_apple_health,
        owner=user,
        label=_("Apple Health import"),
        owner_id=user.pk,
        storage_name=kept.name,
        filename=kept.filename,
    )


def format_label(format_name: str) -> str:
    """The format a batch was read as, in the active language. The parsers name it in English
    (marked with gettext_noop, brand names left alone), "ZIP: A, B" for a ZIP's formats."""
    if format_name.startswith("ZIP: "):
        parts = ", ".join(_(part) for part in format_name.removeprefix("ZIP: ").split(", "))
        return _("ZIP: %(formats)s") % {"formats": parts}
    return _(format_name) if format_name else ""


def _preview_context(batch: ImportBatch, meta: ImportKind) -> dict[str, object]:
    payload = batch.payload
    counts = []
    for key in METRIC_LABELS:
        new = len(payload.get(key, []))
        duplicates = payload.get("duplicates", {}).get(key, 0)
        if new or duplicates:
            counts.append(
                {
                    "key": key,
                    "new": new,
                    "duplicates": duplicates,
                    "busy": payload.get("busy_days", {}).get(key, 0),
                    "busy_rule": BUSY_DAY_RULES[key],
                    "duplicate_rule": DUPLICATE_RULES[key],
                    "label": _rows_label(key, new),
                    "sample": _sample(key, payload.get(key, [])[:10]),
                }
            )
    total_new = sum(c["new"] for c in counts)
    unsure = [
        dict(
            row,
            index=i,
            doubt=importing.shown_text(row.get("doubt")),
            note=importing.shown_text(row.get("note")),
        )
        for i, row in enumerate(payload.get("unsure", []))
    ]
    problem_count = payload.get("problem_count", 0)
    # Made by the parser as words to translate: shown in the language of this request.
    problems = [importing.shown_text(p) for p in payload.get("problems", [])]
    notes = [importing.shown_text(n) for n in payload.get("notes", [])]
    return {
        "kind": meta,
        "batch": batch,
        "format_label": format_label(batch.format_name),
        "counts": counts,
        "total_new": total_new,
        "total_duplicates": sum(c["duplicates"] for c in counts),
        "unsure": unsure,
        "problems": problems,
        "problem_count": problem_count,
        "problems_hidden": problem_count - len(problems),
        "notes": notes,
        "notes_hidden": payload.get("note_count", 0) - len(notes),
    }


def _already_saved(request: HttpRequest, meta: ImportKind) -> HttpResponse:
    messages.info(request, _("That import was already saved."))
    return redirect("history", metric=meta.history)


def _expired(request: HttpRequest, batch: ImportBatch, meta: ImportKind) -> HttpResponse | None:
    """A response for a batch that can no longer be previewed or confirmed, else None."""
    if batch.saved_at is not None:
        return _already_saved(request, meta)
    if batch.expires_at >= timezone.now():
        return None
    batch.delete()
    messages.error(
        request, _("That preview expired before it was confirmed. Upload the file again.")
    )
    return redirect("import_upload", kind=meta.slug)


@login_required
@require_GET
def import_preview(request: AuthedHttpRequest, kind: str, batch_id: int) -> HttpResponse:
    meta = _kind_or_404(kind)
    batch = _own_batch_or_404(request.user, meta, batch_id)
    return _expired(request, batch, meta) or render(
        request, "tracker/import_preview.html", _preview_context(batch, meta)
    )


@login_required
@require_POST
def import_confirm(request: AuthedHttpRequest, kind: str, batch_id: int) -> HttpResponse:
    meta = _kind_or_404(kind)
    batch = _own_batch_or_404(request.user, meta, batch_id)
    expired = _expired(request, batch, meta)
    if expired:
        return expired
    context = _preview_context(batch, meta)
    if context["problem_count"] and not request.POST.get("skip_problems"):
        context["confirm_error"] = _(
            "Some rows have problems. Tick the box to import the other rows without them, or "
            "fix the file and upload it again."
        )
        return render(request, "tracker/import_preview.html", context, status=400)
    include_unsure = [int(v) for v in request.POST.getlist("include_unsure") if v.isdigit()]
    try:
        outcome = importing.batch_confirm(batch=batch, include_unsure=include_unsure)
    except (ImportBatch.DoesNotExist, importing.BatchAlreadySaved):
        return _already_saved(request, meta)
    except DatabaseError:
        # The transaction rolled back: nothing from this file was saved.
        logger.exception("Saving import batch %s failed", batch.pk)
        context["confirm_error"] = _(
            "Nothing was saved: the data changed while you were looking at the preview. "
            "Upload the file again to see a fresh preview."
        )
        return render(request, "tracker/import_preview.html", context, status=409)
    messages.success(request, _outcome_message(outcome))
    return redirect("history", metric=meta.history)


def _outcome_message(outcome: dict[str, dict[str, int]]) -> str:
    parts = []
    for key in METRIC_LABELS:
        added = outcome["added"].get(key, 0)
        if added:
            parts.append(_rows_count(key, added))
    skipped = sum(outcome["skipped"].values())
    text = (
        _("Imported %(rows)s.") % {"rows": ", ".join(parts)}
        if parts
        else _("Nothing new to import.")
    )
    if skipped:
        text += " " + ngettext(
            "%(count)s duplicate skipped.", "%(count)s duplicates skipped.", skipped
        ) % {"count": number_format(skipped, 0, force_grouping=True)}
    return text


@login_required
@require_POST
def import_cancel(request: AuthedHttpRequest, kind: str, batch_id: int) -> HttpResponse:
    meta = _kind_or_404(kind)
    batch = _own_batch_or_404(request.user, meta, batch_id)
    if batch.saved_at is not None:
        return _already_saved(request, meta)
    batch.delete()
    messages.info(request, _("Import cancelled; nothing was saved."))
    return redirect("data_hub")


@login_required
@require_GET
def export_download(request: AuthedHttpRequest) -> HttpResponse:
    user = request.user
    return zip_response(exporters.export_zip(user), exporters.export_filename(user))
