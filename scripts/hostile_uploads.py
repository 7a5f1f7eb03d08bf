#!/usr/bin/env python3
"""Feed the hostile uploads from the security review (issue 13) through the import path at
their real size and print, per file, the worker's peak memory, the parse child's peak memory,
the time taken and what the athlete is told. Not a test: figures depend on the machine.

    .venv/bin/python scripts/hostile_uploads.py            # all files
    .venv/bin/python scripts/hostile_uploads.py gpx fit-sessions

Each file is written to a temporary directory, then read and parsed by a fresh Python process
(one per file, so peak-memory figures don't carry over), through `importing.parse_upload`: the
same call the upload view makes, so the parse runs in its budgeted child process with the
settings' limits. "Worker peak" is that process's peak resident memory (it holds the upload);
"parse peak" is the child's. Needs the dev requirements (fit_tool writes the FIT files).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile_files  # noqa: E402

# (key, file name, import kind, what the review saw, how to make it)
CASES: list[tuple[str, str, str, str, Callable[[], bytes]]] = [
    (
        "zip",
        "blank-lines.zip",
        "runs",
        "5 CSVs of blank lines, 479 MB unpacked, ~95:1: 2.26 GB, 500 after 30 s",
        lambda: hostile_files.blank_line_zip(5, 95_800_000),
    ),
    (
        "fields",
        "wide-row.csv",
        "body",
        "one row of 12 million fields: 1.3 GB",
        lambda: hostile_files.wide_row_csv(12_000_000),
    ),
    (
        "newlines",
        "newlines.csv",
        "body",
        "49 million newlines: 1.0 GB, 17 s",
        lambda: hostile_files.newlines_csv(49_000_000),
    ),
    (
        "gpx",
        "points.gpx",
        "runs",
        "550,000 points: 1.1 GB, 21 s, parsed twice",
        lambda: hostile_files.gpx_points(550_000, elevation=False),
    ),
    (
        "fit-records",
        "records.fit",
        "runs",
        "500,000 records: 370 MB",
        lambda: hostile_files.fit_file(records=500_000, sessions=1),
    ),
    (
        "fit-sessions",
        "sessions.fit",
        "runs",
        "110,000 sessions: 500, 23.6 MB preview left behind",
        lambda: hostile_files.fit_file(sessions=110_000),
    ),
    (
        "fit-300k",
        "sessions-300k.fit",
        "runs",
        "300,000 sessions: previewed 210,915 runs",
        lambda: hostile_files.fit_file(sessions=300_000),
    ),
    # Two big files inside the limits, to show what an honest upload costs.
    (
        "big-csv",
        "weights-100k.csv",
        "body",
        "(inside the limits) 100,000 weigh-ins",
        lambda: _weights(100_000),
    ),
    (
        "big-fit",
        "long-run.fit",
        "runs",
        "(inside the limits) 140,000 records",
        lambda: hostile_files.fit_file(records=140_000, sessions=1),
    ),
]


def _weights(rows: int) -> bytes:
    import datetime as dt

    start = dt.date(1995, 1, 1)
    lines = ["date,weight_kg"]
    lines += [f"{start + dt.timedelta(days=i // 16)},{70 + i % 10}.5" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def measure(path: str, kind: str) -> dict:
    """In the per-file process: read the upload, parse it as the upload view does, report."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("DEBUG", "true")
    import datetime as dt

    import django

    django.setup()
    from tracker import importing
    from tracker.importers import budget
    from tracker.importers.common import ImportFileError, ImportOptions

    data = Path(path).read_bytes()
    options = ImportOptions(today=dt.date.today())
    before_kb = _status_kb("VmRSS")
    started = time.monotonic()
    try:
        result = importing.parse_upload(kind, Path(path).name, data, options)
        rows = len(result.rows) + len(result.unsure)
        message = f"preview: {rows:,} rows, {len(result.problems):,} problems"
    except ImportFileError as error:
        message = str(error)
    seconds = time.monotonic() - started
    return {
        "size": len(data),
        "worker_before_mb": before_kb / 1024,
        "worker_peak_mb": _status_kb("VmHWM") / 1024,
        "worker_after_mb": _status_kb("VmRSS") / 1024,
        "child_peak_mb": budget.last_run.get("peak_kb", 0) / 1024,
        "seconds": seconds,
        "message": message,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="keys of the files to feed (default: all)")
    parser.add_argument("--measure", nargs=2, metavar=("PATH", "KIND"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        print(json.dumps(measure(*options.measure)))
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="hostile-") as workdir:
        for key, name, kind, before, make in CASES:
            if options.only and key not in options.only:
                continue
            print(f"{name}: writing…", file=sys.stderr, flush=True)
            path = Path(workdir) / name
            path.write_bytes(make())
            print(f"{name}: importing…", file=sys.stderr, flush=True)
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path), kind],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            path.unlink()
            rows.append((name, before, figures))
    print("| File | Size | Review found | Worker peak RSS | Parse peak RSS | Time | Message |")
    print("|---|---|---|---|---|---|---|")
    for name, before, f in rows:
        print(
            f"| `{name}` | {f['size'] / 1024 / 1024:,.1f} MB | {before} "
            f"| {f['worker_peak_mb']:,.0f} MB (base {f['worker_before_mb']:,.0f}, after "
            f"{f['worker_after_mb']:,.0f}) | {f['child_peak_mb']:,.0f} MB "
            f"| {f['seconds']:,.1f} s | {f['message']} |"
        )


if __name__ == "__main__":
    main()
