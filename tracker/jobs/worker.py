"""Worker heartbeats: a thread in each `run_worker` process proves the process is alive, and
every few beats looks for running jobs whose worker has gone silent (and requeues them)."""

from __future__ import annotations

import logging
import os
import socket
import threading

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from tracker.jobs.engine import requeue_orphaned_tasks
from tracker.jobs.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

# Look for orphaned jobs every this many heartbeats (and once at start).
REAP_EVERY_BEATS = 3


def beat(worker_id: str) -> None:
    """Record that this worker is alive now (recreating its row if something removed it)."""
    updated = WorkerHeartbeat.objects.filter(pk=worker_id).update(last_seen=timezone.now())
    if not updated:
        WorkerHeartbeat.objects.update_or_create(
            pk=worker_id,
            defaults={
                "hostname": socket.gethostname()[:255],
                "pid": os.getpid(),
                "last_seen": timezone.now(),
            },
        )


class HeartbeatThread(threading.Thread):
    def __init__(self, worker_id: str) -> None:
        super().__init__(name=f"heartbeat-{worker_id[:8]}", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()

    def run(self) -> None:
        beats = 0
        try:
            while not self.stopped.wait(settings.JOBS_HEARTBEAT_SECONDS):
                beats += 1
                try:
                    beat(self.worker_id)
                    if beats % REAP_EVERY_BEATS == 0:
                        requeue_orphaned_tasks()
                except DatabaseError:
                    # A busy or restarting database: the next beat tries again.
                    logger.warning("Worker heartbeat failed", exc_info=True)
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopped.set()
