"""Synthetic coaching data and the latency benchmark behind ``manage.py benchmark``.

:func:`build_synthetic_data` creates one coach with N clients, each with D days of daily weights
and protein, weekly body fat, three runs a week, goals and coach notes, with ``bulk_create`` in
large batches. The load test (``scripts/loadtest.py``) reuses it for its server's data.

:func:`run_benchmark` times each scenario with Django's test client: a warm-up, then rounds in
which every scenario (and the trivial ``/healthz/`` baseline) is requested once, so slow drifts
of the machine hit all of them alike. It reports median and p95 latency, SQL queries per
request, response bytes, the gzipped size of the JavaScript the page loads, and each median
divided by the baseline's median.

Nothing here picks a database: the command points Django at a throwaway one first
(:func:`throwaway_database`), so the user's data is never read or written.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import gzip
import io
import pstats
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.hashers import make_password
from django.contrib.staticfiles import finders
from django.db import connection, models, transaction
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coaching.models import CoachingLink, CoachNote
from tracker import myths
from tracker.models import BodyFatEntry, Goal, ProteinEntry, RunEntry, User, WeightEntry

BATCH_SIZE = 5000
FORM_ENCODED = "application/x-www-form-urlencoded"
SYNTHETIC_DOMAIN = "synthetic.wholebody.test"
# A spread of zones so "today" differs between clients, as it does for a real coach.
TIME_ZONES = ("Europe/London", "America/New_York", "Europe/Rome", "Asia/Kolkata", "UTC")
RUN_WEEKDAYS = (1, 3, 6)  # Tuesday, Thursday, Sunday (the long run)
GOAL_TEXTS = (
    "Lose my belly fat with crunches",  # a spot-reduction goal: the roster flags it
    "Run a half marathon in the autumn",
    "Stay consistent with logging",
)
NOTE_TEXTS = (
    "Talk about whole-body fat loss.",
    "Check in on sleep.",
    "Long run pace looked easy.",
)

# Budgets from issue 7, at 200 clients x 1095 days on a 2-core machine with SQLite.
BUDGET_MS = {
    "roster": 150.0,
    "client_page": 80.0,
    "progress": 80.0,
    "dashboard": 40.0,
    "history": 40.0,
    "log_weight": 20.0,
    "goal_check": 20.0,
}
# Targets from issue 11 (median unless named p95), printed beside each figure.
TARGET_MS = {
    "roster": 40.0,
    "roster p95": 80.0,
    "roster N=400": 80.0,
    "progress_all": 25.0,
    "dashboard": 40.0,
    "log_weight": 5.0,
}
MAX_QUERIES = 15
PROGRESS_MAX_BYTES = 300 * 1024  # every range of Progress and of the client page
CHART_PAGE_JS_MAX_GZIP = 600 * 1024
OTHER_PAGE_JS_MAX_GZIP = 60 * 1024
CHART_PAGES = {"progress", "progress_all", "client_page"}
SCALING_CLIENTS = (50, 100, 200, 400)
SCALING_DAYS = (365, 1095, 2190)
SCALING_BASE_CLIENTS, SCALING_BASE_DAYS = 200, 1095


# --- Synthetic data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SyntheticData:
    coach: User
    athletes: list[User]
    rows: dict[str, int]
    seconds: float


def synthetic_email(key: str) -> str:
    return f"{key}@{SYNTHETIC_DOMAIN}"


def _bulk(model: type[models.Model], rows: list[Any]) -> int:
    # _default_manager: typed for any model, and what `objects` is for ours.
    model._default_manager.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(rows)


@transaction.atomic
def build_synthetic_data(
    *, clients: int, days: int, seed: int = 7, password: str | None = None, label: str = ""
) -> SyntheticData:
    """One coach with `clients` athletes, each with `days` days of history up to today.

    With `password`, every account gets it (hashed once: one hash for all, to stay fast);
    without, accounts have unusable passwords and are meant for ``Client.force_login``.
    `label` prefixes the emails, so several data sets can live in one database.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    hashed = make_password(password)  # unusable ("!...") when password is None
    coach = User.objects.create(
        email=synthetic_email(f"{label}coach"),
        display_name="Coach Synthetic",
        is_coach=True,
        password=hashed,
    )
    athletes = User.objects.bulk_create(
        [
            User(
                email=synthetic_email(f"{label}athlete{index:04d}"),
                display_name=f"Athlete {index:04d}",
                time_zone=TIME_ZONES[index % len(TIME_ZONES)],
                weight_unit="lb" if index % 4 == 0 else "kg",
                height_cm=rng.uniform(155, 195),
                password=hashed,
            )
            for index in range(clients)
        ],
        batch_size=BATCH_SIZE,
    )
    if not all(athlete.pk for athlete in athletes):  # backends without RETURNING
        athletes = list(
            User.objects.filter(
                email__startswith=f"{label}athlete", email__endswith=SYNTHETIC_DOMAIN
            ).order_by("email")
        )

    today = timezone.localdate(timezone=dt.UTC)
    first_day = today - dt.timedelta(days=days - 1)
    calendar = [first_day + dt.timedelta(days=n) for n in range(days)]
    rows = {"weights": 0, "body_fats": 0, "protein_days": 0, "runs": 0}
    weights: list[WeightEntry] = []
    body_fats: list[BodyFatEntry] = []
    protein: list[ProteinEntry] = []
    runs: list[RunEntry] = []

    def flush(final: bool = False) -> None:
        for key, model, pending in (
            ("weights", WeightEntry, weights),
            ("body_fats", BodyFatEntry, body_fats),
            ("protein_days", ProteinEntry, protein),
            ("runs", RunEntry, runs),
        ):
            if pending and (final or len(pending) >= BATCH_SIZE * 4):
                rows[key] += _bulk(model, pending)
                pending.clear()

    for athlete in athletes:
        start_kg = rng.uniform(60, 105)
        kg_per_day = rng.uniform(-0.1, 0.03)
        fat_pct = rng.uniform(15, 35)
        protein_g_per_kg = rng.uniform(0.9, 2.1)
        run_km = rng.uniform(4, 12)
        for index, day in enumerate(calendar):
            # A slow, levelling-off change plus day-to-day water noise.
            kg = start_kg + kg_per_day * index * (1 - index / (days * 3))
            kg = min(250.0, max(35.0, kg))
            if rng.random() > 0.08:
                weights.append(
                    WeightEntry(user=athlete, day=day, weight_kg=round(kg + rng.gauss(0, 0.5), 1))
                )
            if rng.random() > 0.1:
                grams = min(450.0, max(20.0, rng.gauss(protein_g_per_kg * kg, 15)))
                protein.append(ProteinEntry(user=athlete, day=day, grams=round(grams)))
            weekday = day.weekday()
            if weekday == 6:
                pct = min(55.0, max(6.0, fat_pct - index * 0.004 + rng.gauss(0, 1.2)))
                body_fats.append(BodyFatEntry(user=athlete, day=day, percent=round(pct, 1)))
            if weekday in RUN_WEEKDAYS:
                km = round(run_km * (1.7 if weekday == 6 else 1.0) * rng.uniform(0.85, 1.15), 2)
                runs.append(
                    RunEntry(
                        user=athlete,
                        day=day,
                        distance_km=km,
                        duration_s=round(km * rng.uniform(290, 420)),
                        avg_heart_rate=rng.randint(135, 165),
                        effort=rng.randint(3, 8),
                        note="Long run" if weekday == 6 else "",
                    )
                )
        flush()
    flush(final=True)

    # The detector's verdict for each distinct goal text, computed once.
    verdicts = {text: myths.warning_for_text(text) for text in GOAL_TEXTS}
    goals = []
    for index, athlete in enumerate(athletes):
        weight_goal = Goal(
            user=athlete,
            text="Reach a healthy weight",
            target_kind=Goal.TargetKind.WEIGHT,
            target_value=round(rng.uniform(60, 90), 1),
        )
        text_goal = Goal(user=athlete, text=GOAL_TEXTS[index % len(GOAL_TEXTS)])
        myths.apply_verdict(text_goal, verdicts[text_goal.text])
        goals += [weight_goal, text_goal]
    rows["goals"] = _bulk(Goal, goals)
    started_at = timezone.now() - dt.timedelta(days=days)
    rows["links"] = _bulk(
        CoachingLink,
        [CoachingLink(coach=coach, athlete=athlete, started_at=started_at) for athlete in athletes],
    )
    rows["notes"] = _bulk(
        CoachNote,
        [
            CoachNote(coach=coach, athlete=athlete, text=text)
            for athlete in athletes
            for text in NOTE_TEXTS
        ],
    )
    return SyntheticData(coach, list(athletes), rows, time.perf_counter() - started)


# --- Throwaway database -----------------------------------------------------------------------


@contextmanager
def throwaway_database(*, keep: bool = False) -> Iterator[str]:
    """Point the default connection at a fresh, migrated database; destroy it afterwards.

    Django's test-database machinery does the work on every backend: SQLite gets a file in a
    temporary directory (a file, not ``:memory:``, so timings include real I/O), PostgreSQL a
    ``<name>_benchmark`` database next to the real one. The real database is never opened.
    Yields a description of the throwaway database.
    """
    settings_dict = connection.settings_dict
    tmpdir = None
    if connection.vendor == "sqlite":
        tmpdir = tempfile.mkdtemp(prefix="wholebody-benchmark-")
        settings_dict["TEST"]["NAME"] = f"{tmpdir}/benchmark.sqlite3"
    else:
        settings_dict["TEST"]["NAME"] = f"{settings_dict['NAME']}_benchmark"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield f"{connection.vendor} {connection.settings_dict['NAME']}"
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=keep)
        if tmpdir is not None and not keep:
            shutil.rmtree(tmpdir, ignore_errors=True)


# --- Scenarios and timing ---------------------------------------------------------------------


@dataclass
class Scenario:
    """One kind of request: `send(i)` makes the i-th request and returns its response."""

    name: str
    send: Callable[[int], Any]  # a test-client response
    expected_status: int = 200
    samples_ms: list[float] = field(default_factory=list)
    cpu_samples_ms: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class ScenarioResult:
    median_ms: float
    p95_ms: float
    queries: int
    bytes: int
    ratio: float
    js_gzip_bytes: int
    cpu_median_ms: float  # this process's CPU time: what the median is when nothing competes

    def as_json(self) -> dict[str, float | int]:
        return {
            "median_ms": round(self.median_ms, 2),
            "p95_ms": round(self.p95_ms, 2),
            "queries": self.queries,
            "bytes": self.bytes,
            "ratio": round(self.ratio, 1),
            "js_gzip_bytes": self.js_gzip_bytes,
            "cpu_median_ms": round(self.cpu_median_ms, 2),
        }


@dataclass(frozen=True)
class BenchmarkResult:
    baseline_ms: float
    scenarios: dict[str, ScenarioResult]

    def as_json(self) -> dict[str, Any]:
        return {
            "baseline_ms": round(self.baseline_ms, 3),
            "scenarios": {name: result.as_json() for name, result in self.scenarios.items()},
        }

    def budget_failures(self) -> list[str]:
        """Every budget of issue 7 this run misses, in words (empty when all are met)."""
        failures = []
        for name, result in self.scenarios.items():
            budget = BUDGET_MS.get(name)
            if budget is not None and result.median_ms > budget:
                failures.append(f"{name}: median {result.median_ms:.1f} ms > {budget:g} ms")
            if result.queries > MAX_QUERIES:
                failures.append(f"{name}: {result.queries} queries > {MAX_QUERIES}")
            js_budget = CHART_PAGE_JS_MAX_GZIP if name in CHART_PAGES else OTHER_PAGE_JS_MAX_GZIP
            if result.js_gzip_bytes > js_budget:
                failures.append(f"{name}: {result.js_gzip_bytes} B of gzipped JS > {js_budget}")
        progress = self.scenarios.get("progress")
        if progress is not None and progress.bytes > PROGRESS_MAX_BYTES:
            failures.append(f"progress: {progress.bytes} B of HTML > {PROGRESS_MAX_BYTES}")
        return failures


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 30 samples is the 29th smallest)."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


_SCRIPT_SRC = re.compile(rb'<script[^>]+src="([^"]+)"')
_gzip_sizes: dict[str, int] = {}


def page_js_gzip_bytes(content: bytes, static_url: str) -> int:
    """Gzipped size of the local scripts an HTML page loads (what a browser downloads)."""
    total = 0
    for src in _SCRIPT_SRC.findall(content):
        url = src.decode()
        if not url.startswith(static_url):
            continue
        path = url[len(static_url) :].split("?")[0]
        if path not in _gzip_sizes:
            found = finders.find(path)
            if not found:
                continue
            with open(found, "rb") as handle:
                _gzip_sizes[path] = len(gzip.compress(handle.read(), compresslevel=9))
        total += _gzip_sizes[path]
    return total


def _logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def build_scenarios(data: SyntheticData, *, rotate: int = 10) -> list[Scenario]:
    """The scenarios of issue 7 plus Progress 'all' (issue 11); athlete pages rotate over the
    first `rotate` clients."""
    coach_client = _logged_in(data.coach)
    athletes = data.athletes[: max(1, min(rotate, len(data.athletes)))]
    clients = [_logged_in(athlete) for athlete in athletes]
    htmx: dict[str, Any] = {"HTTP_HX_REQUEST": "true"}
    goal_texts = ("lose belly fat with crunches", "run a faster 10k", "tone my arms", "eat more")

    def athlete(i: int) -> tuple[Client, User]:
        return clients[i % len(clients)], athletes[i % len(athletes)]

    def log_weight(i: int) -> Any:
        client, user = athlete(i)
        form = {"weight": f"{70 + (i % 20) / 10:.1f}", "day": user.local_today().isoformat()}
        # Form-encoded, as htmx sends a form without files (the test client's default is
        # multipart, which no browser sends here).
        return client.post("/log/weight/", urlencode(form), content_type=FORM_ENCODED, **htmx)

    return [
        Scenario("roster", lambda i: coach_client.get("/coach/")),
        Scenario(
            "client_page",
            lambda i: coach_client.get(f"/coach/clients/{athlete(i)[1].pk}/"),
        ),
        Scenario("progress", lambda i: athlete(i)[0].get("/progress/")),
        Scenario("progress_all", lambda i: athlete(i)[0].get("/progress/", {"range": "all"})),
        Scenario("dashboard", lambda i: athlete(i)[0].get("/today/")),
        Scenario("history", lambda i: athlete(i)[0].get("/history/weight/")),
        Scenario("log_weight", log_weight),
        Scenario(
            "goal_check",
            lambda i: athlete(i)[0].get(
                "/goals/check/", {"text": goal_texts[i % len(goal_texts)]}, **htmx
            ),
        ),
    ]


def _check(scenario: Scenario, response: HttpResponse) -> HttpResponse:
    if response.status_code != scenario.expected_status:
        raise RuntimeError(
            f"{scenario.name}: expected HTTP {scenario.expected_status}, got {response.status_code}"
        )
    if scenario.name == "log_weight" and b"Logged" not in response.content:
        raise RuntimeError("log_weight: the weigh-in was not saved")
    return response


def run_benchmark(
    scenarios: list[Scenario],
    *,
    requests: int = 30,
    warmup: int = 5,
    static_url: str = "/static/",
    progress: Callable[[str], None] = lambda message: None,
) -> BenchmarkResult:
    """Time every scenario `requests` times after `warmup` untimed requests each.

    Rounds interleave the scenarios and the baseline, so the ratio compares like with like.
    Queries and bytes come from one more request per scenario, counted separately so the
    query capture does not slow the timed ones.
    """
    anonymous = Client()
    baseline = Scenario("baseline", lambda i: anonymous.get("/healthz/"))
    everything = [baseline, *scenarios]
    for scenario in everything:
        for i in range(warmup):
            _check(scenario, scenario.send(i))
    for round_index in range(requests):
        for scenario in everything:
            started, cpu_started = time.perf_counter(), time.thread_time()
            response = scenario.send(warmup + round_index)
            scenario.samples_ms.append((time.perf_counter() - started) * 1000)
            scenario.cpu_samples_ms.append((time.thread_time() - cpu_started) * 1000)
            _check(scenario, response)
        if (round_index + 1) % 10 == 0:
            progress(f"  round {round_index + 1}/{requests}")

    with CaptureQueriesContext(connection) as baseline_queries:
        baseline.send(0)
    if len(baseline_queries):
        raise RuntimeError(f"/healthz/ ran {len(baseline_queries)} SQL queries; it must run none")
    baseline_ms = statistics.median(baseline.samples_ms)
    results = {}
    for scenario in scenarios:
        with CaptureQueriesContext(connection) as queries:
            response = _check(scenario, scenario.send(requests + warmup))
        median = statistics.median(scenario.samples_ms)
        results[scenario.name] = ScenarioResult(
            median_ms=median,
            p95_ms=percentile(scenario.samples_ms, 0.95),
            queries=len(queries),
            bytes=len(response.content),
            ratio=median / baseline_ms,
            cpu_median_ms=statistics.median(scenario.cpu_samples_ms),
            # Only whole pages load scripts; htmx partials reuse the page's.
            js_gzip_bytes=(
                page_js_gzip_bytes(response.content, static_url)
                if b"<html" in response.content[:200]
                else 0
            ),
        )
    return BenchmarkResult(baseline_ms, results)


def profile_scenarios(
    scenarios: list[Scenario], names: list[str], *, requests: int = 10, lines: int = 30
) -> str:
    """cProfile of `requests` more requests of each named scenario (after the timed ones, so
    warm), the functions with the most time of their own first, then by cumulative time: where
    a page's CPU goes, without a machine's load in the way. Timings under the profiler are a
    few times slower than without it; compare the shares."""
    by_name = {scenario.name: scenario for scenario in scenarios}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ValueError(f"No such scenario: {', '.join(unknown)} (have {', '.join(by_name)})")
    reports = []
    for name in names:
        scenario = by_name[name]
        profiler = cProfile.Profile()
        profiler.enable()
        for i in range(requests):
            _check(scenario, scenario.send(1000 + i))
        profiler.disable()
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.strip_dirs().sort_stats(order).print_stats(lines)
            reports.append(f"## {name}: {requests} requests, by {order}\n{out.getvalue()}")
    return "\n".join(reports)


def format_table(result: BenchmarkResult) -> str:
    """The results as a markdown table (the README keeps one)."""
    lines = [
        f"Baseline (/healthz/, no database): {result.baseline_ms:.2f} ms median",
        "",
        "| scenario | median ms | p95 ms | CPU ms | queries | bytes | JS gz bytes | ratio "
        "| budget ms | target ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in result.scenarios.items():
        lines.append(
            f"| {name} | {row.median_ms:.1f} | {row.p95_ms:.1f} | {row.cpu_median_ms:.1f} | "
            f"{row.queries} | {row.bytes} | "
            f"{row.js_gzip_bytes} | {row.ratio:.1f} | {_limit(BUDGET_MS.get(name))} | "
            f"{_target(name)} |"
        )
    return "\n".join(lines)


def _limit(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _target(name: str) -> str:
    median, p95 = TARGET_MS.get(name), TARGET_MS.get(f"{name} p95")
    if median is None:
        return ""
    return f"{median:g}" + (f" (p95 {p95:g})" if p95 is not None else "")


# --- Page sizes --------------------------------------------------------------------------------


def page_sizes(data: SyntheticData) -> dict[str, int]:
    """HTML bytes of Progress and the client page at every range, for the first client."""
    from tracker.charts import RANGES

    athlete = data.athletes[0]
    athlete_client, coach_client = _logged_in(athlete), _logged_in(data.coach)
    sizes = {}
    for key in RANGES:
        for page, client, url in (
            ("progress", athlete_client, "/progress/"),
            ("client_page", coach_client, f"/coach/clients/{athlete.pk}/"),
        ):
            response = client.get(url, {"range": key})
            if response.status_code != 200:
                raise RuntimeError(f"{page} ?range={key}: HTTP {response.status_code}")
            sizes[f"{page} {key}"] = len(response.content)
    return sizes


def format_page_sizes(sizes: dict[str, int]) -> str:
    lines = [
        f"| page and range | HTML bytes | budget {PROGRESS_MAX_BYTES // 1024} KB |",
        "|---|---:|---|",
    ]
    for name, size in sizes.items():
        verdict = "ok" if size <= PROGRESS_MAX_BYTES else "over"
        lines.append(f"| {name} | {size:,} | {verdict} |")
    return "\n".join(lines)


# --- Scaling series ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    series: str  # "clients" (N varies, D fixed) or "days" (D varies, N fixed)
    clients: int
    days: int
    scenario: str
    result: ScenarioResult


def _with_active_clients(data: SyntheticData, count: int) -> None:
    """Leave the coach's first `count` links active and end the others (one data set serves
    every N: an athlete can have one active coach only)."""
    keep = [athlete.pk for athlete in data.athletes[:count]]
    links = CoachingLink.objects.filter(coach=data.coach)
    links.filter(athlete__in=keep).update(ended_at=None)
    links.exclude(athlete__in=keep).update(ended_at=timezone.now())


def _rotating(
    clients: list[Client], url: str, params: dict[str, str] | None = None
) -> Callable[[int], Any]:
    """The i-th request goes to the i-th client (round robin)."""
    return lambda i: clients[i % len(clients)].get(url, params or {})


def scaling_series(
    *,
    requests: int = 15,
    warmup: int = 3,
    clients: tuple[int, ...] = SCALING_CLIENTS,
    days: tuple[int, ...] = SCALING_DAYS,
    base_clients: int = SCALING_BASE_CLIENTS,
    base_days: int = SCALING_BASE_DAYS,
    progress: Callable[[str], None] = lambda message: None,
) -> list[SeriesPoint]:
    """The roster at each N (D = `base_days`), and the roster and Progress 3 months and 'all'
    at each D (N = `base_clients`). Each point is timed against its own baseline rounds."""
    points: list[SeriesPoint] = []
    widest = build_synthetic_data(clients=max(clients), days=base_days, label="n-")
    progress(f"Built {max(clients)} clients x {base_days} days in {widest.seconds:.1f} s")
    by_days = {base_days: widest}
    for count in clients:
        _with_active_clients(widest, count)
        coach_client = _logged_in(widest.coach)
        roster = Scenario("roster", _rotating([coach_client], "/coach/"))
        result = run_benchmark([roster], requests=requests, warmup=warmup)
        points.append(
            SeriesPoint("clients", count, base_days, "roster", result.scenarios["roster"])
        )
        progress(f"  roster N={count}: {result.scenarios['roster'].median_ms:.1f} ms")
    _with_active_clients(widest, base_clients)
    for length in days:
        if length not in by_days:
            built = build_synthetic_data(clients=base_clients, days=length, label=f"d{length}-")
            progress(f"Built {base_clients} clients x {length} days in {built.seconds:.1f} s")
            by_days[length] = built
        data = by_days[length]
        coach_client = _logged_in(data.coach)
        readers = [_logged_in(athlete) for athlete in data.athletes[:10]]
        scenarios = [
            Scenario("roster", _rotating([coach_client], "/coach/")),
            Scenario("progress_3m", _rotating(readers, "/progress/", {"range": "3m"})),
            Scenario("progress_all", _rotating(readers, "/progress/", {"range": "all"})),
        ]
        result = run_benchmark(scenarios, requests=requests, warmup=warmup)
        for name, scenario_result in result.scenarios.items():
            points.append(SeriesPoint("days", base_clients, length, name, scenario_result))
            progress(f"  {name} D={length}: {scenario_result.median_ms:.1f} ms")
    return points


def format_series(points: list[SeriesPoint]) -> str:
    lines = [
        "| series | N | D | scenario | median ms | p95 ms | CPU ms | queries | bytes | ratio |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for point in points:
        row = point.result
        lines.append(
            f"| {point.series} | {point.clients} | {point.days} | {point.scenario} | "
            f"{row.median_ms:.1f} | {row.p95_ms:.1f} | {row.cpu_median_ms:.1f} | {row.queries} | "
            f"{row.bytes} | {row.ratio:.1f} |"
        )
    return "\n".join(lines)
