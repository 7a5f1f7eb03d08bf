"""Every real file in ../shared/import-samples through upload → preview → confirm, as a browser
does it, checked against the values in its MANIFEST.tsv (computed there with independent
parsers, not with this app's code).

- ``import``: the saved rows match the manifest (runs: day, distance, duration band, average
  heart rate within its tolerance; CSVs: every row of ``expected/<file>.tsv``); activities
  marked item 0 are not saved and the preview says why.
- ``skip``: a valid file with nothing to save; the preview says why; nothing is saved.
- ``reject``: the upload page answers with a plain-language message; nothing is saved and no
  preview is kept. Formats the app has since learned to read (SUPPORTED_SINCE) are checked
  against values worked out by hand in this file instead.

The files stay in the shared folder (they are not ours to copy); without it the tests skip.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tracker.models import BodyFatEntry, ImportBatch, ProteinEntry, RunEntry, WeightEntry

pytestmark = pytest.mark.django_db


def _samples_folder() -> Path:
    """../shared/import-samples beside the project root; IMPORT_SAMPLES overrides it, and a git
    worktree one level further down (wt/<name>) finds the same folder."""
    if os.environ.get("IMPORT_SAMPLES"):
        return Path(os.environ["IMPORT_SAMPLES"])
    root = Path(__file__).resolve().parent.parent
    candidates = [root.parent / "shared" / "import-samples"]
    candidates.append(root.parent.parent / "shared" / "import-samples")
    return next((c for c in candidates if c.is_dir()), candidates[0])


SAMPLES = _samples_folder()
MANIFEST = SAMPLES / "MANIFEST.tsv"
needs_samples = pytest.mark.skipif(
    not MANIFEST.exists(),
    reason=f"the shared import samples are not here ({SAMPLES}); they live beside the project",
)

# Words that give a library's or a programmer's message away; a user never needs to see them.
JARGON = re.compile(
    r"\bNone\b|\bgot\b|mandatory|Error\b|Exception|Traceback|errno|\bbytes?\b at|"
    r"invalid local message|unpack|struct|\bint\(\)|\bfloat\(\)",
    re.IGNORECASE,
)
# The manifest's sport names and the words a preview may use for them.
SPORT_WORDS = {
    "cycling": ("cycling", "ride", "biking", "bike"),
    "biking": ("cycling", "ride", "biking", "bike"),
    "swimming": ("swim",),
    "transition": ("transition",),
}


@dataclass
class Entry:
    file: str
    kind: str
    tz: str
    expect: str
    item: str
    sport: str
    day: str
    distance_km: float | None
    dur_lo: float | None
    dur_hi: float | None
    avg_hr: float | None
    avg_hr_tol: float | None
    detail: str
    date_order: str


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def manifest() -> dict[str, list[Entry]]:
    if not MANIFEST.exists():
        return {}
    lines = [line for line in MANIFEST.read_text().splitlines() if not line.startswith("#")]
    by_file: dict[str, list[Entry]] = defaultdict(list)
    for row in csv.DictReader(lines, delimiter="\t"):
        by_file[row["file"]].append(
            Entry(
                file=row["file"],
                kind=row["kind"],
                tz=row["tz"],
                expect=row["expect"],
                item=row["item"],
                sport=row["sport"],
                day=row["day"],
                distance_km=_float(row["distance_km"]),
                dur_lo=_float(row["dur_lo_s"]),
                dur_hi=_float(row["dur_hi_s"]),
                avg_hr=_float(row["avg_hr"]),
                avg_hr_tol=_float(row["avg_hr_tol"]),
                detail=row["detail"],
                date_order=row["date_order"],
            )
        )
    return dict(by_file)


MANIFEST_FILES = manifest()


# --- The browser flow --------------------------------------------------------------------------


def _page_text(response) -> str:
    """The visible text of a page, tags dropped and entities decoded, spaces collapsed."""
    body = response.content.decode()
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def _errors(response) -> list[str]:
    """The form's error messages on the upload page."""
    body = response.content.decode()
    found = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', body, flags=re.S)
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", item)).split())
        for block in found
        for item in re.findall(r"<li>(.*?)</li>", block, flags=re.S)
    ]


@dataclass
class Outcome:
    preview: str | None  # the preview page's text, if the upload got that far
    errors: list[str]
    confirmed: bool


def browser_import(client, kind: str, path: Path, date_order: str) -> Outcome:
    """Upload as the form does; answer the date-order question if the page asks it (with the
    manifest's answer); read the preview; confirm when there is something to import (ticking
    "leave out the rows with problems" if the page asks for it)."""
    url = f"/data/import/{kind}/"
    file = SimpleUploadedFile(path.name, path.read_bytes(), "application/octet-stream")
    response = client.post(url, {"file": file})
    if response.status_code == 400 and date_order and "date order" in _page_text(response):
        response = answer_date_order(client, kind, path, response, date_order)
    if response.status_code != 302:
        return Outcome(None, _errors(response), False)
    preview_response = client.get(response["Location"])
    assert preview_response.status_code == 200
    preview = _page_text(preview_response)
    batch = ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
    if "Nothing new to import" in preview or "No rows to import" in preview:
        return Outcome(preview, [], False)
    confirm = client.post(f"/data/import/{kind}/{batch.pk}/confirm/", {"skip_problems": "1"})
    assert confirm.status_code == 302, _page_text(confirm)[:2000]
    return Outcome(preview, [], True)


def answer_date_order(client, kind: str, path: Path, response, date_order: str):
    """The date-order question: the page keeps the upload, so only the answer is sent back."""
    match = re.search(r'name="pending" value="([^"]+)"', response.content.decode())
    if match:
        return client.post(
            f"/data/import/{kind}/", {"pending": match.group(1), "date_order": date_order}
        )
    file = SimpleUploadedFile(path.name, path.read_bytes(), "application/octet-stream")
    return client.post(f"/data/import/{kind}/", {"file": file, "date_order": date_order})


@pytest.fixture
def sample_client(athlete, client):
    client.force_login(athlete)
    return client


def _set_zone(user, tz: str) -> None:
    user.time_zone = tz
    user.save(update_fields=["time_zone"])


def _nothing_saved(user) -> None:
    for model in (WeightEntry, BodyFatEntry, RunEntry, ProteinEntry):
        assert not model.objects.filter(user=user).exists(), model.__name__


# --- Checks per outcome ------------------------------------------------------------------------


def _check_runs(user, entries: list[Entry], outcome: Outcome) -> None:
    wanted = [e for e in entries if e.item not in ("0", "csv")]
    saved = list(RunEntry.objects.filter(user=user).order_by("day", "pk"))
    assert len(saved) == len(wanted), [(r.day, r.distance_km) for r in saved]
    unmatched = list(saved)
    for entry in wanted:
        assert entry.distance_km is not None
        tolerance = max(0.01, entry.distance_km * 0.01)
        match = next(
            (
                run
                for run in unmatched
                if run.day.isoformat() == entry.day
                and abs(run.distance_km - entry.distance_km) <= tolerance
            ),
            None,
        )
        assert match is not None, (entry, [(r.day, r.distance_km) for r in unmatched])
        unmatched.remove(match)
        if entry.dur_lo is not None and entry.dur_hi is not None:
            assert entry.dur_lo <= match.duration_s <= entry.dur_hi, (entry, match.duration_s)
        if entry.avg_hr is not None:
            assert match.avg_heart_rate is not None, entry
            assert abs(match.avg_heart_rate - entry.avg_hr) <= (entry.avg_hr_tol or 0), (
                entry,
                match.avg_heart_rate,
            )
    _check_skip_notes(entries, outcome)


def _check_skip_notes(entries: list[Entry], outcome: Outcome) -> None:
    """Each activity that must not be saved is named in the preview with a reason, in words
    (not a raw type code such as Strava's "1")."""
    skipped = [e for e in entries if e.item == "0"]
    if not skipped:
        return
    assert outcome.preview is not None
    assert "skipped" in outcome.preview.lower()
    assert not re.search(r"\bit is an? \d+\b", outcome.preview), outcome.preview
    for entry in skipped:
        words = SPORT_WORDS.get(entry.sport.lower(), (entry.sport.lower(),))
        assert any(w in outcome.preview.lower() for w in words), (entry.sport, outcome.preview)


METRIC_OF_EXPECTED = {
    "run_km": (RunEntry, "distance_km", 0.0015),
    "weight_kg": (WeightEntry, "weight_kg", 0.05),
    "body_fat_pct": (BodyFatEntry, "percent", 0.05),
    "protein_g": (ProteinEntry, "grams", 0.051),
}


def expected_rows(detail: str) -> dict[str, dict[str, list[float]]]:
    """{metric: {day: sorted values}} from an expected/<file>.tsv."""
    out: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with (SAMPLES / detail).open() as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out[row["metric"]][row["day"]].append(float(row["value"]))
    return out


def _check_table(user, expected: dict[str, dict[str, list[float]]]) -> None:
    for metric, (model, field, tolerance) in METRIC_OF_EXPECTED.items():
        saved: dict[str, list[float]] = defaultdict(list)
        for day, value in model.objects.filter(user=user).values_list("day", field):
            saved[day.isoformat()].append(value)
        wanted = expected.get(metric, {})
        assert sorted(saved) == sorted(wanted), (
            metric,
            sorted(set(saved) ^ set(wanted))[:10],
        )
        for day, values in wanted.items():
            got = sorted(saved[day])
            assert len(got) == len(values), (metric, day, got, values)
            for a, b in zip(got, sorted(values), strict=True):
                assert abs(a - b) <= tolerance, (metric, day, got, values)


def _check_reject(user, outcome: Outcome) -> None:
    assert outcome.preview is None, outcome.preview
    assert outcome.errors, "a rejected file needs a message"
    for message in outcome.errors:
        assert not JARGON.search(message), message
        assert len(message) > 20, message
    assert not ImportBatch.objects.exists()
    _nothing_saved(user)


# Formats the manifest lists as not supported that the app now reads, with values worked out
# by hand from the file (see each function).


def _beurer_expected() -> dict[str, dict[str, list[float]]]:
    """Beurer HealthManager: 'WeightDate;Time;kg;BMI;Body fat;...' (the first header word split
    by a stray carriage return), day.month.year dates, local times. Read with the csv module:
    one weigh-in per distinct (day, kg to 0.1), one reading per distinct (day, % to 0.1), the
    import's same-day same-value rule."""
    text = (SAMPLES / "beurer_healthmanager.csv").read_bytes().decode("utf-8-sig")
    text = text.replace("Weight\rDate", "WeightDate", 1)
    weights: set[tuple[str, float]] = set()
    fats: set[tuple[str, float]] = set()
    for row in csv.DictReader(text.splitlines(), delimiter=";"):
        day, month, year = row["WeightDate"].split(".")
        iso = f"{year}-{month}-{day}"
        if row["kg"]:
            weights.add((iso, round(float(row["kg"]), 1)))
        if row["Body fat"]:
            fats.add((iso, round(float(row["Body fat"]), 1)))
    out: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for metric, pairs in (("weight_kg", weights), ("body_fat_pct", fats)):
        for iso, value in pairs:
            out[metric][iso].append(value)
    return out


def _check_beurer(user, outcome: Outcome) -> None:
    assert outcome.confirmed and outcome.preview is not None
    assert "Beurer HealthManager" in outcome.preview
    expected = _beurer_expected()
    assert sum(len(v) for v in expected["weight_kg"].values()) == 113
    _check_table(user, expected)


def _check_weight_scale_fit(user, outcome: Outcome) -> None:
    """dtcooper/python-fitparse's WeightScaleSingleUser.fit, decoded by hand from its
    weight_scale messages: 2009-09-09 21:38Z 75.8 kg 22.3 %, 22:38Z 76.09 kg 25.1 %; in
    Europe/Berlin (UTC+2 in September) the second lands on 10 September."""
    assert outcome.confirmed and outcome.preview is not None
    assert sorted(WeightEntry.objects.filter(user=user).values_list("day", "weight_kg")) == [
        (dt.date(2009, 9, 9), 75.8),
        (dt.date(2009, 9, 10), pytest.approx(76.09)),
    ]
    assert sorted(BodyFatEntry.objects.filter(user=user).values_list("day", "percent")) == [
        (dt.date(2009, 9, 9), pytest.approx(22.3)),
        (dt.date(2009, 9, 10), pytest.approx(25.1)),
    ]
    assert not RunEntry.objects.exists()


def _check_garmin_activities(user, outcome: Outcome) -> None:
    """Runalyze's GarminConnect.csv (German, 2012 layout), read by eye: six 'Laufen' rows with
    local start, Zeit (h:mm:ss or mm:ss), Distanz with a decimal comma, Ø HF ('--' = none)."""
    assert outcome.confirmed and outcome.preview is not None
    assert "distances were read as kilometres" in outcome.preview
    saved = sorted(
        RunEntry.objects.filter(user=user).values_list(
            "day", "distance_km", "duration_s", "avg_heart_rate"
        )
    )
    assert saved == sorted(
        [
            (dt.date(2012, 5, 25), 10.2, 3911, 138),
            (dt.date(2012, 5, 23), 2.0, 723, None),
            (dt.date(2012, 5, 23), 1.07, 363, None),
            (dt.date(2012, 5, 22), 2.41, 885, 157),
            (dt.date(2012, 5, 22), 1.5, 393, 170),
            (dt.date(2012, 5, 22), 2.01, 753, 137),
        ]
    )


SUPPORTED_SINCE = {
    "garmin_connect_activities_de.csv": _check_garmin_activities,
    "beurer_healthmanager.csv": _check_beurer,
    "fit_weight_scale.fit": _check_weight_scale_fit,
}


@needs_samples
@pytest.mark.parametrize("name", sorted(MANIFEST_FILES) or ["(no samples)"])
def test_sample_file_ends_as_its_manifest_says(name, athlete, sample_client):
    entries = MANIFEST_FILES[name]
    first = entries[0]
    _set_zone(athlete, first.tz)
    kind = {"runs": "runs", "body": "body", "protein": "protein"}[first.kind]
    outcome = browser_import(sample_client, kind, SAMPLES / name, first.date_order)
    if name in SUPPORTED_SINCE:
        SUPPORTED_SINCE[name](athlete, outcome)  # type: ignore[operator]
        return
    if first.expect == "reject":
        _check_reject(athlete, outcome)
        return
    assert not outcome.errors, outcome.errors
    assert outcome.preview is not None
    if first.expect == "skip":
        assert not outcome.confirmed
        _nothing_saved(athlete)
        _check_skip_notes(entries, outcome)
        return
    assert outcome.confirmed
    if first.detail:
        _check_table(athlete, expected_rows(first.detail))
    else:
        _check_runs(athlete, entries, outcome)


@needs_samples
def test_every_manifest_file_is_present():
    listed = set(MANIFEST_FILES)
    present = {p.name for p in SAMPLES.iterdir() if p.is_file()} - {"MANIFEST.tsv", "README.md"}
    assert listed == present
