"""`manage.py run_worker`: django-tasks-db's `db_worker` plus heartbeats, so that when a worker
process is killed (OOM, power loss, `kill -9`) its running job is picked up by another worker.

Run as many as you like, on as many machines as you like, against the same database. Options are
db_worker's (`--queue-name`, `--interval`, `--batch`, `--max-tasks`, `--worker-id`, ...).
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django_tasks_db.management.commands import db_worker

from tracker.jobs.engine import requeue_orphaned_tasks
from tracker.jobs.models import WorkerHeartbeat
from tracker.jobs.worker import HeartbeatThread, beat


class Command(db_worker.Command):
    help = "Run a background worker (with heartbeats, so a crashed worker's job runs again)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        # Autoreload forks the worker into a child the heartbeat thread would not watch.
        parser.set_defaults(reload=False)

    def handle(self, *args: Any, **options: Any) -> None:
        worker_id: str = options["worker_id"]
        beat(worker_id)
        # A worker starting (e.g. restarted by systemd after a crash) first rescues jobs of
        # workers that died.
        requeue_orphaned_tasks()
        heartbeat = HeartbeatThread(worker_id)
        heartbeat.start()
        try:
            super().handle(*args, **options)
        finally:
            heartbeat.stop()
            heartbeat.join(timeout=5)
            # A clean exit: forget this worker at once.
            WorkerHeartbeat.objects.filter(pk=worker_id).delete()
