"""`manage.py runall [addr:port]`: the embedded default in one command (what `make run` uses).

Starts the development web server, one background worker and the reminder scheduler as child
processes on the same (SQLite) database, and stops all of them when you press Ctrl+C or when any
one of them exits. In production run these as separate services (see the README).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from argparse import ArgumentParser
from typing import Any

from django.core.management import get_commands
from django.core.management.base import BaseCommand

# How often the embedded scheduler looks for reminders that are due (production: cron/systemd).
SCHEDULE_EVERY_SECONDS = 300


class Command(BaseCommand):
    help = "Run the web server, a background worker and the scheduler together (development)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        manage = [sys.executable, "manage.py"]
        commands = {
            "web": [*manage, "runserver", addrport],
            "worker": [*manage, "run_worker", "--no-startup-delay"],
        }
        if "send_reminders" in get_commands():
            commands["scheduler"] = [
                *manage,
                "send_reminders",
                "--every",
                str(SCHEDULE_EVERY_SECONDS),
            ]
        # Each child leads its own process group, so stopping it also stops what it started
        # (runserver's autoreloader runs the server in a grandchild).
        children = {
            name: subprocess.Popen(cmd, start_new_session=True) for name, cmd in commands.items()
        }
        stopping = False

        def stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                exited = [name for name, child in children.items() if child.poll() is not None]
                if exited:
                    self.stderr.write(f"{', '.join(exited)} stopped; stopping the others.")
                    break
                time.sleep(0.5)
        finally:
            for child in children.values():
                if child.poll() is None:
                    os.killpg(child.pid, signal.SIGINT)
            deadline = time.monotonic() + 10
            for child in children.values():
                try:
                    child.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
        self.stdout.write("Stopped the web server, the worker and the scheduler.")
