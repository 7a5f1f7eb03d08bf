"""Imports that run in the background worker: an Apple Health export (up to 2 GB) is read
there, streamed from the kept upload, with progress on the job page; the result is a normal
import preview, which the job page links to when it is ready."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from tracker import importing
from tracker.importers import limits
from tracker.importers.apple_health import parse_apple_health
from tracker.importers.common import ImportFileError
from tracker.jobs import JobContext, JobFailed, job_task
from tracker.kept_uploads import KeptUpload
from tracker.models import ImportBatch, User


@job_task()
def read_apple_health(job: JobContext, *, owner_id: int, storage_name: str, filename: str) -> dict:
    """Parse a kept Apple Health export into an import preview (a batch to confirm).

    Idempotent enough to run twice (a worker that dies mid-way is replaced): the parse only
    reads, and a second run makes a second preview of the same rows, which confirm checks for
    duplicates anyway."""
    kept = KeptUpload(name=storage_name, filename=filename)
    owner = User.objects.filter(pk=owner_id).first()
    if owner is None:  # the account was deleted meanwhile
        kept.discard()
        return {}
    options = importing.import_options(owner)

    def progress(done: int, total: int) -> None:
        # Megabytes, so a 2 GB export fits the job's progress counters.
        total_mb = max(-(-total // limits.MB), 1)
        done_mb = total_mb if done >= total else done // limits.MB
        job.progress(done_mb, total_mb, _("MB of the export read"))

    try:
        with kept.open() as source:
            result = importing.check_parsed(parse_apple_health(source, options, progress=progress))
    except FileNotFoundError:
        raise JobFailed(_("The uploaded export is no longer here; upload it again.")) from None
    except ImportFileError as error:
        kept.discard()
        raise JobFailed(str(error)[:300]) from None
    except Exception:
        kept.discard()  # the job fails with a generic message; the worker's log has the rest
        raise
    batch = importing.batch_create(
        owner=owner, kind=ImportBatch.Kind.APPLE_HEALTH, filename=filename, result=result
    )
    kept.discard()
    return {
        "next_url": reverse("import_preview", args=[ImportBatch.Kind.APPLE_HEALTH, batch.pk]),
        "next_label": _("Check what will be imported"),
    }
