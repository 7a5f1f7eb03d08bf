"""Background jobs on real worker processes: results and progress on the page, failures in plain
words, a killed worker's job run again, and `runall` starting and stopping everything."""

from __future__ import annotations

import datetime as dt
import signal
import socket
import subprocess
import urllib.request

import pytest
from django.conf import settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests import jobs_sample
from tests.conftest import client_for
from tests.processes import ROOT, manage, wait_for, worker_env
from tracker.jobs import start_job
from tracker.jobs.engine import requeue_orphaned_tasks
from tracker.jobs.models import Job, WorkerHeartbeat
from tracker.models import ProteinEntry


def days(n: int) -> list[str]:
    start = dt.date(2025, 3, 1)
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]


@pytest.mark.django_db(transaction=True)
def test_a_job_runs_in_a_worker_process_and_its_page_shows_the_result(athlete):
    job = start_job(
        jobs_sample.log_protein_slowly,
        owner=athlete,
        label="Protein backfill",
        user_id=athlete.pk,
        days=days(3),
        delay=0,
    )
    client = client_for(athlete)
    assert "Waiting for a worker" in client.get(job.get_absolute_url()).content.decode()

    subprocess.run(
        manage("run_worker", "--batch", "--no-startup-delay"),
        env=worker_env(),
        cwd=ROOT,
        check=True,
        timeout=60,
        capture_output=True,
    )

    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED
    assert job.result == {"days": 3, "saved_this_run": 3}
    assert ProteinEntry.objects.filter(user=athlete).count() == 3
    partial = client.get(job.get_absolute_url(), HTTP_HX_REQUEST="true").content.decode()
    assert "Done" in partial and "saved_this_run" in partial.replace(" ", "_").lower()
    assert "hx-trigger" not in partial  # finished: the page stops polling
    # The worker said goodbye: no heartbeat left behind by a clean exit.
    assert not WorkerHeartbeat.objects.exists()


@pytest.mark.django_db
def test_the_status_partial_polls_and_shows_progress_while_running(athlete):
    job = Job.objects.create(
        owner=athlete,
        label="Import",
        task_path="x",
        status=Job.Status.RUNNING,
        progress_done=3,
        progress_total=12,
        message="Reading workouts",
    )
    html = client_for(athlete).get(job.get_absolute_url(), HTTP_HX_REQUEST="true")
    body = html.content.decode()
    assert 'hx-trigger="every 1s"' in body
    assert 'value="25"' in body and "3 of 12" in body and "Reading workouts" in body
    assert "<html" not in body  # just the region
    assert html["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_someone_elses_job_is_not_found(athlete, other_athlete):
    job = Job.objects.create(owner=athlete, label="Import", task_path="x")
    assert client_for(other_athlete).get(job.get_absolute_url()).status_code == 404
    system_job = Job.objects.create(owner=None, label="Reminders", task_path="x")
    assert client_for(athlete).get(system_job.get_absolute_url()).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_failures_show_a_plain_message_never_internal_details(athlete):
    refused = start_job(
        jobs_sample.refuse, owner=athlete, label="Import", reason="That file is empty."
    )
    crashed = start_job(jobs_sample.crash, owner=athlete, label="Import")
    subprocess.run(
        manage("run_worker", "--batch", "--no-startup-delay"),
        env=worker_env(),
        cwd=ROOT,
        check=True,
        timeout=60,
        capture_output=True,
    )
    client = client_for(athlete)
    refused_page = client.get(refused.get_absolute_url()).content.decode()
    assert "Failed" in refused_page and "That file is empty." in refused_page
    crashed_page = client.get(crashed.get_absolute_url()).content.decode()
    assert "Something went wrong on our side" in crashed_page
    assert "secret internal detail" not in crashed_page
    assert DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_is_killed_runs_again_in_another_worker(athlete):
    job = start_job(
        jobs_sample.log_protein_slowly,
        owner=athlete,
        label="Protein backfill",
        user_id=athlete.pk,
        days=days(6),
        delay=0.7,
    )
    fast = {"JOBS_HEARTBEAT_SECONDS": "1", "JOBS_WORKER_STALE_SECONDS": "3"}
    first = subprocess.Popen(
        manage("run_worker", "--no-startup-delay", "--worker-id", "first"),
        env=worker_env(**fast),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(
            lambda: Job.objects.get(pk=job.pk).progress_done >= 2, 60, "the job to make progress"
        )
    finally:
        first.send_signal(signal.SIGKILL)  # no clean-up, like an OOM kill or a power cut
        first.wait()
    half_done = ProteinEntry.objects.filter(user=athlete).count()
    assert 2 <= half_done < 6
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING  # orphaned

    second = subprocess.Popen(
        manage("run_worker", "--no-startup-delay", "--worker-id", "second", "--interval", "0.2"),
        env=worker_env(**fast),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(
            lambda: Job.objects.get(pk=job.pk).status == Job.Status.SUCCEEDED,
            90,
            "the second worker to finish the job",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)

    job.refresh_from_db()
    assert job.attempts == 2
    # Idempotent: the days the first worker saved are not saved again.
    assert job.result == {"days": 6, "saved_this_run": 6 - half_done}
    assert ProteinEntry.objects.filter(user=athlete).count() == 6
    task_row = DBTaskResult.objects.get()
    assert task_row.status == TaskResultStatus.SUCCESSFUL
    assert task_row.worker_ids == ["first", "second"]


def _running_task(worker_ids: list[str], started_ago_s: int) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [], "kwargs": {}},
        task_path="tests.jobs_sample.crash",
        backend_name="default",
        worker_ids=worker_ids,
        started_at=timezone.now() - dt.timedelta(seconds=started_ago_s),
    )


@pytest.mark.django_db
def test_a_live_workers_job_is_left_alone_and_a_job_that_keeps_killing_workers_gives_up(athlete):
    stale = settings.JOBS_WORKER_STALE_SECONDS
    WorkerHeartbeat.objects.create(worker_id="alive", hostname="h", pid=1)
    busy = _running_task(["alive"], started_ago_s=stale * 10)
    doomed = _running_task(["a", "b", "c"][: settings.JOBS_MAX_ATTEMPTS], stale * 2)
    Job.objects.create(owner=athlete, label="Import", task_path="x", task_result_id=str(doomed.id))
    orphan = _running_task(["gone"], started_ago_s=stale * 2)

    assert requeue_orphaned_tasks() == 2
    busy.refresh_from_db()
    doomed.refresh_from_db()
    orphan.refresh_from_db()
    assert busy.status == TaskResultStatus.RUNNING
    assert orphan.status == TaskResultStatus.READY
    assert doomed.status == TaskResultStatus.FAILED
    page = client_for(athlete).get(Job.objects.get().get_absolute_url()).content.decode()
    assert "stopped several times and was given up" in page


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.django_db(transaction=True)
def test_runall_serves_runs_jobs_and_stops_everything_on_ctrl_c(athlete):
    port = 8105
    assert not _port_open(port), f"port {port} is busy"
    job = start_job(
        jobs_sample.log_protein_slowly,
        owner=athlete,
        label="Backfill",
        user_id=athlete.pk,
        days=days(2),
        delay=0,
    )
    runner = subprocess.Popen(
        manage("runall", f"127.0.0.1:{port}"),
        env=worker_env(),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: _port_open(port), 60, "the web server")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=10) as response:
            assert response.status == 200
        wait_for(
            lambda: Job.objects.get(pk=job.pk).status == Job.Status.SUCCEEDED, 60, "the worker"
        )
        runner.send_signal(signal.SIGINT)
        assert runner.wait(timeout=30) == 0
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()
    wait_for(lambda: not _port_open(port), 10, "the web server to stop")
    assert not WorkerHeartbeat.objects.exists()  # the worker stopped cleanly too


@pytest.mark.django_db
def test_prune_jobs_forgets_old_finished_jobs_only(athlete):
    from django.core.management import call_command

    old = timezone.now() - dt.timedelta(days=40)
    done = Job.objects.create(
        owner=athlete, label="a", task_path="x", status=Job.Status.SUCCEEDED, finished_at=old
    )
    stuck = Job.objects.create(owner=athlete, label="b", task_path="x", status=Job.Status.QUEUED)
    recent = Job.objects.create(
        owner=athlete,
        label="c",
        task_path="x",
        status=Job.Status.FAILED,
        finished_at=timezone.now(),
    )
    call_command("prune_jobs", "--days", "30")
    assert set(Job.objects.values_list("pk", flat=True)) == {stuck.pk, recent.pk}
    assert not Job.objects.filter(pk=done.pk).exists()
