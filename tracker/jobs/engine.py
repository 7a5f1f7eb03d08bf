"""The jobs API (`job_task`, `start_job`, `JobContext`, `JobFailed`) and the recovery of jobs
whose worker died. See the package docstring for how to write and start a job."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from django_tasks.base import Task, TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tracker.jobs.models import Job, WorkerHeartbeat

logger = logging.getLogger(__name__)

# Progress writes are throttled to this interval so a tight loop doesn't hammer the database.
PROGRESS_WRITE_INTERVAL_S = 0.5


class JobFailed(Exception):
    """Raise from a job with a message written for the person who started it."""


class JobContext:
    """What a running job may do besides its work: report progress."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self._last_write = 0.0

    @property
    def attempt(self) -> int:
        """1 on the first run, 2 after a worker died mid-run, and so on."""
        return self.job.attempts

    def progress(self, done: int, total: int | None = None, message: str = "") -> None:
        """Record progress; call it outside your own transactions so pages can see it."""
        now = time.monotonic()
        finished_step = total is not None and done >= total
        if not finished_step and now - self._last_write < PROGRESS_WRITE_INTERVAL_S:
            return
        self._last_write = now
        Job.objects.filter(pk=self.job.pk).update(
            progress_done=max(0, done), progress_total=total, message=message[:300]
        )


def _run_job(func: Callable[..., Any], job_id: str, kwargs: dict[str, Any]) -> Any:
    with transaction.atomic():
        job = (
            Job.objects.select_for_update(of=("self",))
            .select_related("owner")
            .filter(pk=job_id)
            .first()
        )
        if job is None:
            # Its owner deleted their account (the row cascaded): nothing left to do.
            return None
        if job.status == Job.Status.SUCCEEDED:
            # A retry of a job that had already finished before its worker died.
            return job.result
        job.status = Job.Status.RUNNING
        job.attempts += 1
        job.started_at = timezone.now()
        job.progress_done = 0
        job.message = ""
        job.save(update_fields=["status", "attempts", "started_at", "progress_done", "message"])
    # Messages the job writes are read by its owner: write them in the owner's language.
    with translation.override(_owner_language(job)):
        return _run_as_owner(func, job, kwargs)


def _owner_language(job: Job) -> str:
    return getattr(job.owner, "language", "") or settings.LANGUAGE_CODE


def _run_as_owner(func: Callable[..., Any], job: Job, kwargs: dict[str, Any]) -> Any:
    try:
        result = func(JobContext(job), **kwargs)
    except JobFailed as exc:
        _finish(job, Job.Status.FAILED, message=str(exc))
        raise
    except Exception:
        logger.exception("Job %s (%s) failed", job.pk, job.task_path)
        _finish(
            job,
            Job.Status.FAILED,
            message=_("Something went wrong on our side. Please try again later."),
        )
        raise
    _finish(job, Job.Status.SUCCEEDED, result=result)
    return result


def _finish(job: Job, status: str, *, message: str | None = None, result: Any = None) -> None:
    fields: dict[str, Any] = {"status": status, "finished_at": timezone.now(), "result": result}
    if message is not None:
        fields["message"] = message[:300]
    if status == Job.Status.SUCCEEDED:
        fields["message"] = ""
    Job.objects.filter(pk=job.pk).update(**fields)


def job_task(*, priority: int = 0, queue_name: str = "default") -> Callable[..., Task]:
    """Turn `func(job: JobContext, **kwargs)` into a task that `start_job` can start.

    Decorate a module-level function: workers find the task again by its module path.
    """

    def decorate(func: Callable[..., Any]) -> Task:
        @functools.wraps(func)
        def run(job_id: str, **kwargs: Any) -> Any:
            return _run_job(func, job_id, kwargs)

        return task(priority=priority, queue_name=queue_name)(run)

    return decorate


def start_job(job_task_: Task, *, owner: Any | None, label: str, **kwargs: Any) -> Job:
    """Queue a job and return its `Job` row (redirect to it, or include its status partial).

    The Job row and the queue row are written in one transaction: a worker never sees one
    without the other.
    """
    with transaction.atomic():
        job = Job.objects.create(owner=owner, label=label[:120], task_path=job_task_.module_path)
        queued = job_task_.enqueue(job_id=str(job.pk), **kwargs)
        job.task_result_id = str(queued.id)
        job.save(update_fields=["task_result_id"])
    return job


def requeue_orphaned_tasks(*, now: dt.datetime | None = None) -> int:
    """Put back in the queue every running task whose worker has stopped sending heartbeats.

    A task tried JOBS_MAX_ATTEMPTS times is marked failed instead (something in it kills its
    worker, e.g. running out of memory). Safe to call from many workers at once: each row is
    re-read under a row lock before it changes. Returns the number of tasks requeued or failed.
    """
    now = now or timezone.now()
    stale_before = now - dt.timedelta(seconds=settings.JOBS_WORKER_STALE_SECONDS)
    live = set(
        WorkerHeartbeat.objects.filter(last_seen__gte=stale_before).values_list(
            "worker_id", flat=True
        )
    )
    changed = 0
    with transaction.atomic():
        candidates = (
            DBTaskResult.objects.select_for_update(skip_locked=True)
            .filter(status=TaskResultStatus.RUNNING, started_at__lt=stale_before)
            .order_by()
        )
        for row in candidates:
            if row.worker_ids and row.worker_ids[-1] in live:
                continue
            job_rows = Job.objects.filter(task_result_id=str(row.id))
            if len(row.worker_ids) >= settings.JOBS_MAX_ATTEMPTS:
                row.status = TaskResultStatus.FAILED
                row.finished_at = now
                row.exception_class_path = "tracker.jobs.engine.WorkerLost"
                row.traceback = f"Its worker stopped {len(row.worker_ids)} times while running it."
                row.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                job_rows.update(
                    status=Job.Status.FAILED,
                    finished_at=now,
                    message=_("This job stopped several times and was given up."),
                )
                logger.error(
                    "Task %s failed: its worker died %d times", row.id, len(row.worker_ids)
                )
            else:
                row.status = TaskResultStatus.READY
                row.started_at = None
                row.save(update_fields=["status", "started_at"])
                job_rows.exclude(status=Job.Status.SUCCEEDED).update(
                    status=Job.Status.QUEUED, message=_("Restarting after an interruption.")
                )
                logger.warning("Task %s requeued: worker %s stopped", row.id, row.worker_ids[-1:])
            changed += 1
    # Forget workers that have been silent for a day (their tasks were handled above).
    WorkerHeartbeat.objects.filter(last_seen__lt=now - dt.timedelta(days=1)).delete()
    return changed
