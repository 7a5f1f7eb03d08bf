"""Running one parse under a memory and a time budget, in a child process.

The limits in `limits` bound what a file may contain, but a parser can still be slow or
memory-hungry on a file that stays inside them (or on a case nobody thought of). So the parse of
one upload runs in a fresh Python process (``python -m tracker.importers.budget``, which imports
the parsers and not Django, in about 0.15 s): it gets the upload and the current limits through
a pipe, then caps its own address space (``RLIMIT_AS``: its size once the upload is read, plus
the memory budget) and CPU time before parsing, and sends the result back pickled. The worker
waits no longer than the wall-clock budget, then kills it. Whatever the child allocated goes back
to the system when it exits, so the worker returns to its base memory; the worker itself only
holds the upload and the (capped) result.

A fresh process rather than a fork: a forked child shares the worker's heap, so memory the worker
freed earlier can be reused without growing the address space and the limit undercounts; and
forking a threaded worker (gunicorn's gthread, a test runner) is unsafe. The child touches no
database, so this works the same on SQLite and PostgreSQL. Where ``resource`` is missing (not
on POSIX), the parse runs in the worker without a budget.

Pure Python: no Django imports, in the worker or the child.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from tracker.importers import limits
from tracker.importers.common import ImportFileError, LimitExceeded
from tracker.texts import Number, Text, gettext_lazy, ngettext_lazy

try:
    import resource
except ImportError:  # pragma: no cover - not on POSIX
    resource = None  # type: ignore[assignment]

T = TypeVar("T")

# What the last parse in this process used: {"peak_kb": the child's peak resident memory}, for
# logs and scripts/hostile_uploads.py.
last_run: dict[str, int] = {}


class BudgetExceeded(LimitExceeded):
    """The parse needed more memory or time than its budget; `kind` says which."""

    def __init__(self, kind: str, message: Text) -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self) -> tuple:
        return (BudgetExceeded, (self.kind, self.args[0]))


class ChildCrashed(Exception):
    """The parse raised something unexpected in the child (a parser bug); the view logs it and
    shows its general message."""


def memory_message(megabytes: int) -> Text:
    return gettext_lazy(
        "Reading this file needed more than the %(megabytes)s MB of memory one import may use, "
        "so it was stopped and nothing was saved. Split it into smaller files (by year, for "
        "example) and import each.",
        megabytes=Number(megabytes, 0, grouped=True),
    )


def time_message(seconds: float) -> Text:
    return ngettext_lazy(
        "Reading this file took longer than the %(seconds)s second one import may take, so it "
        "was stopped and nothing was saved. Split it into smaller files (by year, for example) "
        "and import each.",
        "Reading this file took longer than the %(seconds)s seconds one import may take, so it "
        "was stopped and nothing was saved. Split it into smaller files (by year, for example) "
        "and import each.",
        round(seconds) if seconds == round(seconds) else 2,
        seconds=Number(seconds, 2),
    )


def can_isolate() -> bool:
    return resource is not None


def _limits_now() -> dict[str, int]:
    """The limits as the worker has them (settings or a test may have changed them)."""
    return {name: value for name, value in vars(limits).items() if name.isupper()}


def run_within_budget(
    parse: Callable[..., T], *args: Any, memory_bytes: int, seconds: float, **kwargs: Any
) -> T:
    """`parse(*args, **kwargs)` run in a child process with at most `memory_bytes` of memory
    beyond what holding its input takes, and `seconds` of wall-clock time. `parse` must be a
    module-level function of a module that imports without Django. Returns its result or
    raises the ImportFileError it raised; BudgetExceeded when a budget ran out."""
    if not can_isolate():
        return parse(*args, **kwargs)
    megabytes = max(1, memory_bytes // limits.MB)
    request = pickle.dumps(
        (parse, args, kwargs, _limits_now(), memory_bytes, seconds),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    # The child finds the project (and the test helpers) on the worker's own import path.
    path = os.pathsep.join(entry for entry in sys.path if entry and os.path.isdir(entry))
    child = subprocess.Popen(
        [sys.executable, "-m", "tracker.importers.budget"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": path},
    )
    try:
        answer, _ = child.communicate(request, timeout=seconds)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise BudgetExceeded("time", time_message(seconds)) from None
    finally:
        del request
    if not answer:
        # Killed without an answer: by the CPU limit, or by an allocation the address-space
        # limit refused where Python could not turn it into a MemoryError.
        if child.returncode == -getattr(resource, "SIGXCPU", 24):
            raise BudgetExceeded("time", time_message(seconds))
        raise BudgetExceeded("memory", memory_message(megabytes))
    outcome, value, peak_kb = pickle.loads(answer)
    last_run["peak_kb"] = peak_kb
    if outcome == "ok":
        return value
    if outcome == "memory":
        raise BudgetExceeded("memory", memory_message(megabytes))
    if outcome == "error":
        raise value
    raise ChildCrashed(value)


def _child() -> None:
    """The child's side: read the request, apply the limits, parse, answer, exit."""
    request = sys.stdin.buffer.read()
    parse, args, kwargs, limit_values, memory_bytes, seconds = pickle.loads(request)
    del request
    for name, value in limit_values.items():
        setattr(limits, name, value)
    _limit_memory(memory_bytes)
    cpu = max(1, int(seconds) + 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        answer: tuple[str, Any] = ("ok", parse(*args, **kwargs))
    except MemoryError:
        answer = ("memory", None)
    except ImportFileError as error:
        answer = ("error", error)
    except RecursionError:
        answer = ("error", ImportFileError(gettext_lazy("The file is nested too deeply to read.")))
    except Exception as error:  # noqa: BLE001 - reported to the worker, which logs it
        answer = ("crash", f"{type(error).__name__}: {error}")
    del args, kwargs
    peak_kb = _peak_kb()
    try:
        payload = pickle.dumps((*answer, peak_kb), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        payload = pickle.dumps(("memory", None, peak_kb))
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def _peak_kb() -> int:
    """This process's peak resident memory (since exec, unlike ru_maxrss, which counts the
    worker's pages the child shared between fork and exec)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _limit_memory(memory_bytes: int) -> None:
    """Cap the address space at its size now plus the budget. Linux reports the size in
    /proc; elsewhere (macOS ignores RLIMIT_AS anyway) only the time budget applies."""
    try:
        with open("/proc/self/statm") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return
    resource.setrlimit(resource.RLIMIT_AS, (size + memory_bytes, size + memory_bytes))


if __name__ == "__main__":
    _child()
