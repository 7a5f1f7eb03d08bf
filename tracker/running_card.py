"""The running-dose card: the words and numbers Today, Progress and the coach's client page show.

Built from :class:`tracker.trends.RunningDose` (how many runs of 30+ minutes at a moderate or
hard effort the last 4 weeks held) and the diet signal of the weight trend (MYTHS.md 4f: the
dose works as whole-body fat loss, with a calorie deficit). Plain data in, a frozen
:class:`RunningDoseCard` out, so every screen says the same thing; no database access here.
Also the roster's compact "run dose" cell and the coach flag's wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker import trends, units
from tracker.trends import (
    DIET_DEFICIT,
    DIET_MAINTENANCE,
    DIET_SURPLUS,
    DIET_UNKNOWN,
    DOSE_ENOUGH,
    DOSE_INTENSITY_UNKNOWN,
    DOSE_MAX_PER_WEEK,
    DOSE_MIN_PER_WEEK,
    DOSE_NO_RUNS,
    DOSE_TOO_EASY,
    DOSE_TOO_RARE,
    DOSE_TOO_SHORT,
    INTENSITY_LIGHT,
    INTENSITY_MODERATE,
    INTENSITY_UNKNOWN,
    INTENSITY_VIGOROUS,
    AcuteChronic,
    EnergyBalance,
    MaxHeartRate,
    RunningDose,
    RunPoint,
)

BAND = f"{DOSE_MIN_PER_WEEK}–{DOSE_MAX_PER_WEEK}"
WEEKS_SHOWN = 4

VERDICT_LABELS = {
    DOSE_NO_RUNS: "No runs yet",
    DOSE_ENOUGH: "Enough",
    DOSE_TOO_RARE: "Too rare",
    DOSE_TOO_SHORT: "Too short",
    DOSE_TOO_EASY: "Too easy",
    DOSE_INTENSITY_UNKNOWN: "Effort unknown",
}
INTENSITY_LABELS = {
    INTENSITY_VIGOROUS: "Hard",
    INTENSITY_MODERATE: "Moderate",
    INTENSITY_LIGHT: "Easy",
    INTENSITY_UNKNOWN: "No effort logged",
}
DIET_LABELS = {
    DIET_DEFICIT: "Deficit",
    DIET_MAINTENANCE: "Maintenance",
    DIET_SURPLUS: "Surplus",
    DIET_UNKNOWN: "Not known yet",
}
# One tap each on a run logged without effort or heart rate: the RPE that names the zone.
EFFORT_CHOICES = ((3, "Easy"), (5, "Moderate"), (7, "Hard"), (9, "All out"))

SAFETY_NOTE = (
    "Warm up before you run, stretch afterwards, wear proper running shoes, and stop and rest "
    "if anything hurts."
)
RECOVERY_HARD = (
    "More than {limit} hard runs a week: recovery matters as much as the running. Make some of "
    "them easy, and keep at least one rest day."
)
RECOVERY_SPIKE = (
    "This week's distance is {ratio:.1f}× the 4-week average: build up gradually and let your "
    "legs recover."
)
BUILDING_BASELINE = (
    "Building your baseline: load spikes are judged once there are 3 weeks of running."
)


@dataclass(frozen=True)
class WeekDots:
    """One ISO week for the card's strip: qualifying runs against the 3-5 band."""

    monday: date
    qualifying: int
    runs: int

    @property
    def in_band(self) -> bool:
        return DOSE_MIN_PER_WEEK <= self.qualifying <= DOSE_MAX_PER_WEEK

    @property
    def other_runs(self) -> int:
        return self.runs - self.qualifying

    @property
    def label(self) -> str:
        runs = f"{self.runs} run{'s' if self.runs != 1 else ''}"
        return f"Week of {self.monday:%-d %b}: {self.qualifying} of {runs} counted"


@dataclass(frozen=True)
class RunningDoseCard:
    """Everything the card template shows, in the viewer's units and words."""

    verdict: str  # a DOSE_* code
    verdict_label: str
    status: str  # "ok" / "warn" / "" - the badge's CSS modifier
    headline: str  # the verdict in one sentence
    this_week: str
    average: str
    minutes_per_run: str
    intensity_mix: list[tuple[str, int]]  # (label, runs), zero counts left out
    intensity_basis: str
    misses: str  # "2 under 30 min · 1 easy · 3 without effort", "" when none
    diet: str  # a DIET_* code
    diet_label: str
    diet_text: str
    first_change: str
    weeks: list[WeekDots]
    recovery: str  # "" unless too many hard runs or a load spike
    baseline: str  # "" once the load has a baseline (3 weeks of running)
    safety: str
    qualifying_per_week: float
    has_runs: bool
    effort_choices: tuple[tuple[int, str], ...] = EFFORT_CHOICES


def _per_week(value: float) -> str:
    """0.5, 1, 2.75 -> "0.5", "1", "2.8": a week average with at most one decimal."""
    return f"{value:.1f}".removesuffix(".0")


def _runs(count: int) -> str:
    return f"{count} run{'s' if count != 1 else ''}"


def _headline(dose: RunningDose) -> str:
    per_week = _per_week(dose.qualifying_per_week)
    if dose.verdict == DOSE_NO_RUNS:
        return "No runs in the last 4 weeks."
    if dose.verdict == DOSE_ENOUGH:
        where = "above" if dose.qualifying_per_week > DOSE_MAX_PER_WEEK else "in"
        return f"{per_week} qualifying runs a week: {where} the {BAND} band that works."
    if dose.verdict == DOSE_TOO_RARE:
        return (
            f"{_per_week(dose.sessions_per_week)} runs a week: the dose needs {BAND} runs of "
            "30+ minutes."
        )
    if dose.verdict == DOSE_TOO_SHORT:
        return f"{dose.too_short} of {_runs(dose.sessions)} in 4 weeks were under 30 minutes."
    if dose.verdict == DOSE_TOO_EASY:
        return f"{dose.too_easy} of {_runs(dose.sessions)} in 4 weeks were at an easy effort."
    return (
        f"{dose.intensity_unknown} of {_runs(dose.sessions)} in 4 weeks have no effort or heart "
        "rate, so they can't count yet."
    )


def _diet_text(diet: str, energy: EnergyBalance | None) -> str:
    if diet == DIET_UNKNOWN or energy is None:
        return "Not enough weigh-ins yet to estimate your energy balance."
    kcal = round(energy.kcal_per_day)
    signed = f"+{kcal}" if kcal > 0 else f"−{abs(kcal)}" if kcal < 0 else "0"
    return (
        f"{DIET_LABELS[diet]}: about {signed} kcal/day (estimate from the {energy.basis}, "
        "last 28 days)."
    )


def _first_change(dose: RunningDose, diet: str, *, is_own: bool, athlete_name: str) -> str:
    verdict = dose.verdict
    if verdict == DOSE_NO_RUNS:
        return (
            f"Start with {DOSE_MIN_PER_WEEK} runs a week of 30 minutes or more at a moderate "
            "effort (you can talk, but not sing)."
        )
    if verdict == DOSE_TOO_RARE:
        return (
            f"Run more often: {BAND} times a week, each 30+ minutes at a moderate-to-hard effort."
        )
    if verdict == DOSE_TOO_SHORT:
        return (
            "Make runs at least 30 minutes long: slow down if you need to, but keep a moderate "
            "effort (5–6 out of 10)."
        )
    if verdict == DOSE_TOO_EASY:
        return (
            "Pick up the effort to moderate (5–6 out of 10, talking in short sentences) on at "
            f"least {DOSE_MIN_PER_WEEK} runs a week."
        )
    if verdict == DOSE_INTENSITY_UNKNOWN:
        if is_own:
            return "Add the effort to your runs (one tap below) so they can count."
        return (
            f"Effort is missing on {_runs(dose.intensity_unknown)}: ask {athlete_name} to add it."
        )
    # Enough running: the diet is the other half.
    if diet == DIET_DEFICIT:
        return (
            "Keep going: this dose with a calorie deficit is what takes fat off, thighs and hips "
            "included, in the order the body decides."
        )
    if diet == DIET_MAINTENANCE:
        return (
            "You run enough, but your trend says you are eating at maintenance: fat will not come "
            "off anywhere, thighs included. A moderate calorie deficit is the change to make."
        )
    if diet == DIET_SURPLUS:
        return (
            "You run enough, but your trend says you are eating more than you burn: fat is being "
            "stored, thighs included. Eat a little less first."
        )
    return (
        "You run enough. Weigh in a few times a week so your trend can show whether you are in "
        "a calorie deficit, the other half of the dose."
    )


def _basis(max_hr: MaxHeartRate | None, *, is_own: bool) -> str:
    if max_hr is None:
        where = " (add your year of birth in Settings to use heart rate too)" if is_own else ""
        return f"Intensity from the logged effort{where}."
    kind = "estimated from the year of birth" if max_hr.estimated else "measured"
    return (
        f"Intensity from heart rate against a max of {max_hr.bpm} bpm ({kind}), else from the "
        "logged effort."
    )


def _misses(dose: RunningDose) -> str:
    parts = []
    if dose.too_short:
        parts.append(f"{dose.too_short} under 30 min")
    if dose.too_easy:
        parts.append(f"{dose.too_easy} easy")
    if dose.intensity_unknown:
        parts.append(f"{dose.intensity_unknown} without effort")
    return " · ".join(parts)


def week_dots(
    runs: list[RunPoint] | tuple[RunPoint, ...], *, max_hr: int | None, as_of: date
) -> list[WeekDots]:
    """The last 4 ISO weeks up to `as_of` (this week last), zeros included."""
    first_monday = trends.week_start(as_of) - timedelta(days=7 * (WEEKS_SHOWN - 1))
    recent = [run for run in runs if run.day >= first_monday]
    weeks = {
        monday: (qualifying, total)
        for monday, qualifying, total in trends.weekly_qualifying_sessions(
            recent, max_hr=max_hr, through=as_of
        )
    }
    return [
        WeekDots(monday, *weeks.get(monday, (0, 0)))
        for monday in (first_monday + timedelta(days=7 * n) for n in range(WEEKS_SHOWN))
    ]


def running_dose_card(
    dose: RunningDose,
    *,
    runs: list[RunPoint] | tuple[RunPoint, ...],
    energy: EnergyBalance | None,
    max_hr: MaxHeartRate | None,
    load: AcuteChronic | None = None,
    is_own: bool = True,
    athlete_name: str = "",
) -> RunningDoseCard:
    """The card for `dose` (computed with `max_hr`), with `runs` covering at least the last 4
    ISO weeks for the week strip, and the energy balance for the diet half."""
    diet = trends.diet_signal(energy)
    status = (
        "ok" if dose.verdict == DOSE_ENOUGH else ("" if dose.verdict == DOSE_NO_RUNS else "warn")
    )
    this_week = (
        f"{dose.this_week_qualifying} of {_runs(dose.this_week_sessions)} counted so far this "
        f"week (aim for {BAND})"
    )
    recovery = ""
    if dose.too_many_hard_sessions:
        recovery = RECOVERY_HARD.format(limit=trends.HARD_SESSIONS_RECOVERY_LIMIT)
    elif load is not None and load.spike and load.ratio is not None:
        recovery = RECOVERY_SPIKE.format(ratio=load.ratio)
    baseline = (
        BUILDING_BASELINE
        if load is not None and dose.sessions and not load.baseline_ready and not recovery
        else ""
    )
    return RunningDoseCard(
        verdict=dose.verdict,
        verdict_label=VERDICT_LABELS[dose.verdict],
        status=status,
        headline=_headline(dose),
        this_week=this_week,
        average=f"{_per_week(dose.qualifying_per_week)} a week over 4 weeks",
        minutes_per_run=(
            f"{round(dose.minutes_per_run)} min per run" if dose.minutes_per_run else "—"
        ),
        intensity_mix=[
            (INTENSITY_LABELS[key], count) for key, count in dose.intensity_mix.items() if count
        ],
        intensity_basis=_basis(max_hr, is_own=is_own),
        misses=_misses(dose),
        diet=diet,
        diet_label=DIET_LABELS[diet],
        diet_text=_diet_text(diet, energy),
        first_change=_first_change(dose, diet, is_own=is_own, athlete_name=athlete_name),
        weeks=week_dots(runs, max_hr=dose.max_hr, as_of=dose.as_of),
        recovery=recovery,
        baseline=baseline,
        safety=SAFETY_NOTE,
        qualifying_per_week=dose.qualifying_per_week,
        has_runs=dose.sessions > 0,
    )


# --- The roster's compact cell and the coach flag ----------------------------------------------


def roster_cell(dose: RunningDose) -> str:
    """ "3.5/wk" plus the main reason when it's not enough, for the roster's "Run dose" column."""
    if dose.verdict == DOSE_NO_RUNS:
        return "—"
    per_week = f"{_per_week(dose.qualifying_per_week)}/wk"
    if dose.verdict == DOSE_ENOUGH:
        return per_week
    return f"{per_week} · {VERDICT_LABELS[dose.verdict].lower()}"


def roster_cell_parts(dose: RunningDose) -> tuple[str, str]:
    """("3.5/wk", "enough") for the roster cell: the value and the verdict under it."""
    if dose.verdict == DOSE_NO_RUNS:
        return "—", ""
    return f"{_per_week(dose.qualifying_per_week)}/wk", VERDICT_LABELS[dose.verdict].lower()


def too_light_explanation(dose: RunningDose) -> str:
    """The coach flag's one line: why the running is too light for a running goal."""
    if dose.verdict == DOSE_NO_RUNS:
        return "The goal relies on running, but no runs were logged in the last 4 weeks."
    return (
        f"The goal relies on running, but only {_per_week(dose.qualifying_per_week)} runs a week "
        f"counted over 4 weeks (needs {DOSE_MIN_PER_WEEK}+ of 30+ min at a moderate effort): "
        f"{VERDICT_LABELS[dose.verdict].lower()}."
    )


def run_status(run: RunPoint, max_hr: int | None) -> tuple[str, str]:
    """(code, words) for one run in the history: counted, too short, easy, or effort missing."""
    intensity = trends.run_intensity(run, max_hr)
    if trends.run_qualifies(run, max_hr):
        return "counted", f"Counts ({INTENSITY_LABELS[intensity].lower()})"
    if run.duration_s < trends.DOSE_MIN_SESSION_S:
        return "short", "Under 30 min"
    if intensity == INTENSITY_LIGHT:
        return "easy", "Easy effort"
    return "unknown", "Add effort"


def distance_text(km: float, unit: str) -> str:
    return f"{units.km_to_display(km, unit):.1f} {unit}"
