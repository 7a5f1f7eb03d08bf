"""`manage.py benchmark`: latency, queries and page weight of the main pages on synthetic data.

Builds one coach with N clients and D days of history each in a throwaway database (SQLite file
in a temporary directory, or ``<name>_benchmark`` on PostgreSQL via DATABASE_URL), times each
scenario with Django's test client and prints a table; ``--json`` also writes the figures.
The user's own database is never opened.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test.utils import override_settings

from coaching import benchmark


class Command(BaseCommand):
    help = (
        "Time the roster, client page, progress, dashboard, history, quick-log and live goal "
        "check on synthetic data in a throwaway database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--clients", type=int, default=200, help="Clients of the coach.")
        parser.add_argument("--days", type=int, default=1095, help="Days of history each.")
        parser.add_argument(
            "--requests", type=int, default=30, help="Timed requests per scenario (30+)."
        )
        parser.add_argument("--warmup", type=int, default=5, help="Untimed requests first.")
        parser.add_argument("--json", dest="json_path", help="Also write the results here.")
        parser.add_argument(
            "--scaling",
            action="store_true",
            help=(
                "Also time the scaling series: the roster at N = 50, 100, 200, 400 clients "
                "(D = 1095), and the roster and Progress 3 months and 'all' at D = 365, 1095, "
                "2190 days (N = 200). Builds its own data sets; takes several minutes."
            ),
        )
        parser.add_argument(
            "--profile",
            default="",
            metavar="SCENARIOS",
            help=(
                "Comma-separated scenarios (e.g. roster,log_weight) to profile with cProfile "
                "after timing them: 10 more requests each, the top functions printed."
            ),
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit non-zero when a budget of issue 7 is missed.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # As the server's entry points do (tracker/wsgi.py): what is loaded at start-up is left
        # out of the garbage collector's full passes, so a timed request doesn't pay for them.
        gc.collect()
        gc.freeze()
        clients, days = options["clients"], options["days"]
        if clients < 1 or days < 1:
            raise CommandError("--clients and --days must be at least 1.")
        if options["requests"] < 1:
            raise CommandError("--requests must be at least 1.")
        # Production-like: DEBUG off (no query log, no debug templates), no HTTPS redirect for
        # the test client, and its host allowed.
        hosts = [*settings.ALLOWED_HOSTS, "testserver"]
        with (
            override_settings(DEBUG=False, ALLOWED_HOSTS=hosts, SECURE_SSL_REDIRECT=False),
            benchmark.throwaway_database() as database,
        ):
            self.stdout.write(f"Throwaway database: {database}")
            self.stdout.write(f"Building {clients} clients x {days} days ...")
            data = benchmark.build_synthetic_data(clients=clients, days=days)
            rows = ", ".join(f"{count} {name}" for name, count in data.rows.items())
            self.stdout.write(f"Built in {data.seconds:.1f} s: {rows}")
            scenarios = benchmark.build_scenarios(data)
            self.stdout.write(
                f"Timing {len(scenarios)} scenarios, {options['requests']} requests each ..."
            )
            result = benchmark.run_benchmark(
                scenarios,
                requests=options["requests"],
                warmup=options["warmup"],
                static_url=settings.STATIC_URL
                if settings.STATIC_URL.startswith("/")
                else f"/{settings.STATIC_URL}",
                progress=self.stdout.write,
            )
            try:
                profiles = (
                    benchmark.profile_scenarios(scenarios, options["profile"].split(","))
                    if options["profile"]
                    else ""
                )
            except ValueError as error:
                raise CommandError(str(error)) from error
            sizes = benchmark.page_sizes(data)
            series = (
                benchmark.scaling_series(
                    requests=max(5, options["requests"] // 2), progress=self.stdout.write
                )
                if options["scaling"]
                else []
            )
        if profiles:
            self.stdout.write(profiles)
        self.stdout.write(benchmark.format_table(result))
        self.stdout.write("")
        self.stdout.write(benchmark.format_page_sizes(sizes))
        if series:
            self.stdout.write("")
            self.stdout.write(benchmark.format_series(series))
        if options["json_path"]:
            payload = result.as_json() | {
                "page_bytes": sizes,
                "series": [
                    {
                        "series": point.series,
                        "clients": point.clients,
                        "days": point.days,
                        "scenario": point.scenario,
                        **point.result.as_json(),
                    }
                    for point in series
                ],
                "clients": clients,
                "days": days,
                "vendor": database.split()[0],
                "build_seconds": round(data.seconds, 1),
            }
            Path(options["json_path"]).write_text(json.dumps(payload, indent=2) + "\n")
            self.stdout.write(f"Wrote {options['json_path']}")
        failures = result.budget_failures() + [
            f"{name}: {size} B of HTML > {benchmark.PROGRESS_MAX_BYTES}"
            for name, size in sizes.items()
            if size > benchmark.PROGRESS_MAX_BYTES
        ]
        if failures:
            self.stdout.write(self.style.WARNING("Over budget:\n  " + "\n  ".join(failures)))
            if options["check"]:
                raise CommandError(f"{len(failures)} budget(s) missed.")
        else:
            self.stdout.write(self.style.SUCCESS("Every scenario is within budget."))
