"""Background jobs: long work runs in a worker process, and the page that started it shows progress.

The engine is Django's tasks API (the `django-tasks` backport of Django 6's `django.tasks`) on
its database backend (`django-tasks-db`): a job is a row, workers claim rows with
`SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL (an exclusive transaction on SQLite), so any
number of `manage.py run_worker` processes on any number of machines share one queue. This
package adds what the backport leaves out:

- a `Job` row per user-visible job (progress, message, result, who may see it), and an htmx
  partial that polls it (`{% include "jobs/job_status.html#status" with job=job %}`);
- worker heartbeats, so a job whose worker was killed mid-run goes back in the queue and runs
  again (jobs must therefore be idempotent: safe to run twice);
- `run_worker` (a worker with heartbeats) and `runall` (app + worker + scheduler for `make run`).

Writing and starting a job (the whole API)::

    from tracker.jobs import JobContext, JobFailed, job_task, start_job

    @job_task()
    def import_apple_health(job: JobContext, *, batch_id: int) -> dict:
        for done, row in enumerate(rows, 1):
            ...
            job.progress(done, total, "Reading workouts")  # cheap: writes at most ~2×/s
        if bad:
            raise JobFailed("The file is not an Apple Health export.")  # shown to the user
        return {"saved": 120}  # JSON; stored on the Job and shown by the status partial

    job = start_job(import_apple_health, owner=request.user, label="Apple Health import",
                    batch_id=batch.pk)
    return redirect(job)  # /jobs/<uuid>/ shows progress and the result; or include the partial

Keyword arguments must be JSON-serialisable. Any other exception marks the job failed with a
generic message (details in the worker's log), never a traceback on the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.jobs.engine import JobContext, JobFailed, job_task, start_job

__all__ = ["JobContext", "JobFailed", "job_task", "start_job"]


def __getattr__(name: str) -> Any:
    # Lazy, so importing the package (e.g. from settings' INSTALLED_APPS) loads no models.
    if name in __all__:
        from tracker.jobs import engine

        return getattr(engine, name)
    raise AttributeError(name)
