"""Functions the budget tests run in the parse child process: module-level and free of Django,
so the child can import them by name."""

from __future__ import annotations

import time

from tracker.importers.common import ImportFileError

MB = 1024 * 1024


def allocate(megabytes: int) -> int:
    block = bytearray(megabytes * MB)
    return len(block)


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def refuse() -> None:
    raise ImportFileError("Line 3: nope")


def crash() -> None:
    raise KeyError("surprise")


def crash_parse(kind: str, name: str, data: bytes, options: object) -> None:
    """Stands in for files.parse_file: a parser bug inside the child."""
    raise KeyError(kind)
