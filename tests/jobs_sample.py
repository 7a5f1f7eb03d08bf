"""Jobs used by the job tests (a real module, so worker processes can import them)."""

from __future__ import annotations

import time

from tracker.jobs import JobContext, JobFailed, job_task
from tracker.models import ProteinEntry, User


@job_task()
def log_protein_slowly(job: JobContext, *, user_id: int, days: list[str], delay: float) -> dict:
    """Logs 10 g of protein on each day, slowly; idempotent (a day already logged is skipped),
    so a rerun after a crash saves each day once."""
    user = User.objects.get(pk=user_id)
    saved = 0
    for done, day in enumerate(days, 1):
        _, created = ProteinEntry.objects.get_or_create(user=user, day=day, defaults={"grams": 10})
        saved += created
        job.progress(done, len(days), f"Day {day}")
        time.sleep(delay)
    return {"days": len(days), "saved_this_run": saved}


@job_task()
def refuse(job: JobContext, *, reason: str) -> None:
    raise JobFailed(reason)


@job_task()
def crash(job: JobContext) -> None:
    raise RuntimeError("secret internal detail")
