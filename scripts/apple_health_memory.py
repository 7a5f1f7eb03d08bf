#!/usr/bin/env python
"""Shows that reading a big Apple Health export keeps memory flat.

    .venv/bin/python scripts/apple_health_memory.py              # 1 GB of export.xml
    .venv/bin/python scripts/apple_health_memory.py --mb 200     # a quicker check

It writes an export.zip the way the Health app does (tests/apple_health_export.py: Apple's
DOCTYPE, a few days of weigh-ins, body fat, lean mass, protein and runs, then heart-rate samples
up to the size asked for, as in real exports) into a temporary directory, then parses it in a
fresh child process with the import's parser (tracker/importers/apple_health.py) and reports
that process's peak resident memory (ru_maxrss), the time taken and the rows found. Exits
non-zero if the peak is over --limit-mb (200 by default). Not a timed test and not part of
``make test``; it uses one CPU for a few minutes at 1 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(path: Path, megabytes: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.apple_health_export import write_export

    with path.open("wb") as target:
        write_export(target, filler_bytes=megabytes * 1024 * 1024)


def parse(path: Path) -> None:
    """Runs in the child: parse, then print peak memory, time and what was found."""
    sys.path.insert(0, str(ROOT))
    from tracker.importers.apple_health import parse_apple_health
    from tracker.importers.common import ImportOptions

    started = time.monotonic()
    options = ImportOptions(today=dt.date.today(), tz=dt.timezone(dt.timedelta(hours=1)))
    with path.open("rb") as source:
        result = parse_apple_health(source, options)
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{peak_mb:.1f} {seconds:.1f} {len(result.rows)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=1024, help="size of export.xml in MB")
    parser.add_argument("--limit-mb", type=float, default=200.0, help="peak memory allowed")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        parse(Path(args.child))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.zip"
        started = time.monotonic()
        generate(path, args.mb)
        print(
            f"wrote {path.name}: {args.mb:,} MB of export.xml, "
            f"{path.stat().st_size / 1024 / 1024:,.1f} MB zipped, "
            f"in {time.monotonic() - started:.0f} s"
        )
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ).stdout.split()
    peak_mb, seconds, rows = float(output[0]), float(output[1]), int(output[2])
    verdict = "OK" if peak_mb <= args.limit_mb else "OVER THE LIMIT"
    print(
        f"parsed in {seconds:.0f} s ({args.mb / max(seconds, 0.001):.0f} MB/s), {rows} rows "
        f"found; peak memory of the parsing process {peak_mb:.1f} MB "
        f"(limit {args.limit_mb:.0f} MB): {verdict}"
    )
    return 0 if peak_mb <= args.limit_mb else 1


if __name__ == "__main__":
    sys.exit(main())
