"""The running-dose card: the words and numbers Today, Progress and the coach's client page show.

Built from :class:`tracker.trends.RunningDose` (how many runs of 30+ minutes at a moderate or
hard effort the last 4 weeks held) and the diet signal of the weight trend (MYTHS.md 4f: the
dose works as whole-body fat loss, with a calorie deficit). Plain data in, a frozen
:class:`RunningDoseCard` out, so every screen says the same thing; no database access here.
Also the roster's compact "run dose" cell and the coach flag's wording.

Words are translated while the card is built, in the active language (see
:mod:`tracker.texts`); the label dicts hold msgids, read them through :func:`label`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker import texts, trends, units
from tracker.texts import gettext, gettext_noop, ngettext, short_date
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
    DOSE_NO_RUNS: gettext_noop("No runs yet"),
    DOSE_ENOUGH: gettext_noop("Enough"),
    DOSE_TOO_RARE: gettext_noop("Too rare"),
    DOSE_TOO_SHORT: gettext_noop("Too short"),
    DOSE_TOO_EASY: gettext_noop("Too easy"),
    DOSE_INTENSITY_UNKNOWN: gettext_noop("Effort unknown"),
}
# The verdict inside a line ("3.5/wk · too rare"): its own msgids, as some languages don't
# simply lower-case a label.
VERDICT_WORDS = {
    DOSE_NO_RUNS: gettext_noop("no runs yet"),
    DOSE_ENOUGH: gettext_noop("enough"),
    DOSE_TOO_RARE: gettext_noop("too rare"),
    DOSE_TOO_SHORT: gettext_noop("too short"),
    DOSE_TOO_EASY: gettext_noop("too easy"),
    DOSE_INTENSITY_UNKNOWN: gettext_noop("effort unknown"),
}
INTENSITY_LABELS = {
    INTENSITY_VIGOROUS: gettext_noop("Hard"),
    INTENSITY_MODERATE: gettext_noop("Moderate"),
    INTENSITY_LIGHT: gettext_noop("Easy"),
    INTENSITY_UNKNOWN: gettext_noop("No effort logged"),
}
DIET_LABELS = {
    DIET_DEFICIT: gettext_noop("Deficit"),
    DIET_MAINTENANCE: gettext_noop("Maintenance"),
    DIET_SURPLUS: gettext_noop("Surplus"),
    DIET_UNKNOWN: gettext_noop("Not known yet"),
}
# One tap each on a run logged without effort or heart rate: the RPE that names the zone.
EFFORT_CHOICES = (
    (3, gettext_noop("Easy")),
    (5, gettext_noop("Moderate")),
    (7, gettext_noop("Hard")),
    (9, gettext_noop("All out")),
)

SAFETY_NOTE = gettext_noop(
    "Warm up before you run, stretch afterwards, wear proper running shoes, and stop and rest "
    "if anything hurts."
)
RECOVERY_HARD = gettext_noop(
    "More than %(limit)s hard runs a week: recovery matters as much as the running. Make some "
    "of them easy, and keep at least one rest day."
)
RECOVERY_SPIKE = gettext_noop(
    "This week's distance is %(ratio)s× the 4-week average: build up gradually and let your "
    "legs recover."
)
BUILDING_BASELINE = gettext_noop(
    "Building your baseline: load spikes are judged once there are 3 weeks of running."
)


def label(labels: dict[str, str], key: str) -> str:
    """One of the label dicts' words, in the active language."""
    return gettext(labels[key])


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
        return ngettext(
            "Week of %(day)s: %(counted)s of %(count)s run counted",
            "Week of %(day)s: %(counted)s of %(count)s runs counted",
            self.runs,
        ) % {"day": short_date(self.monday), "counted": self.qualifying, "count": self.runs}


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
    effort_choices: tuple[tuple[int, str], ...] = EFFORT_CHOICES  # msgids unless built here


def _per_week(value: float) -> str:
    """0.5, 1, 2.75 -> "0.5", "1", "2.8": a week average with at most one decimal."""
    return texts.decimal_text(f"{value:.1f}".removesuffix(".0"))


def _headline(dose: RunningDose) -> str:
    per_week = _per_week(dose.qualifying_per_week)
    if dose.verdict == DOSE_NO_RUNS:
        return gettext("No runs in the last 4 weeks.")
    if dose.verdict == DOSE_ENOUGH:
        if dose.qualifying_per_week > DOSE_MAX_PER_WEEK:
            text = gettext(
                "%(per_week)s qualifying runs a week: above the %(band)s band that works."
            )
        else:
            text = gettext("%(per_week)s qualifying runs a week: in the %(band)s band that works.")
        return text % {"per_week": per_week, "band": BAND}
    if dose.verdict == DOSE_TOO_RARE:
        return gettext("%(per_week)s runs a week: the dose needs %(band)s runs of 30+ minutes.") % {
            "per_week": _per_week(dose.sessions_per_week),
            "band": BAND,
        }
    if dose.verdict == DOSE_TOO_SHORT:
        return ngettext(
            "%(missed)s of %(count)s run in 4 weeks were under 30 minutes.",
            "%(missed)s of %(count)s runs in 4 weeks were under 30 minutes.",
            dose.sessions,
        ) % {"missed": dose.too_short, "count": dose.sessions}
    if dose.verdict == DOSE_TOO_EASY:
        return ngettext(
            "%(missed)s of %(count)s run in 4 weeks were at an easy effort.",
            "%(missed)s of %(count)s runs in 4 weeks were at an easy effort.",
            dose.sessions,
        ) % {"missed": dose.too_easy, "count": dose.sessions}
    return ngettext(
        "%(missed)s of %(count)s run in 4 weeks have no effort or heart rate, so they can't "
        "count yet.",
        "%(missed)s of %(count)s runs in 4 weeks have no effort or heart rate, so they can't "
        "count yet.",
        dose.sessions,
    ) % {"missed": dose.intensity_unknown, "count": dose.sessions}


def _diet_text(diet: str, energy: EnergyBalance | None) -> str:
    if diet == DIET_UNKNOWN or energy is None:
        return gettext("Not enough weigh-ins yet to estimate your energy balance.")
    kcal = round(energy.kcal_per_day)
    signed = f"+{kcal}" if kcal > 0 else f"−{abs(kcal)}" if kcal < 0 else "0"
    return gettext(
        "%(diet)s: about %(kcal)s kcal/day (estimate from the %(basis)s, last 28 days)."
    ) % {"diet": label(DIET_LABELS, diet), "kcal": signed, "basis": energy.basis_text}


def _first_change(dose: RunningDose, diet: str, *, is_own: bool, athlete_name: str) -> str:
    verdict = dose.verdict
    if verdict == DOSE_NO_RUNS:
        return gettext(
            "Start with %(runs)s runs a week of 30 minutes or more at a moderate effort (you can "
            "talk, but not sing)."
        ) % {"runs": DOSE_MIN_PER_WEEK}
    if verdict == DOSE_TOO_RARE:
        return gettext(
            "Run more often: %(band)s times a week, each 30+ minutes at a moderate-to-hard effort."
        ) % {"band": BAND}
    if verdict == DOSE_TOO_SHORT:
        return gettext(
            "Make runs at least 30 minutes long: slow down if you need to, but keep a moderate "
            "effort (5–6 out of 10)."
        )
    if verdict == DOSE_TOO_EASY:
        return gettext(
            "Pick up the effort to moderate (5–6 out of 10, talking in short sentences) on at "
            "least %(runs)s runs a week."
        ) % {"runs": DOSE_MIN_PER_WEEK}
    if verdict == DOSE_INTENSITY_UNKNOWN:
        if is_own:
            return gettext("Add the effort to your runs (one tap below) so they can count.")
        return ngettext(
            "Effort is missing on %(count)s run: ask %(name)s to add it.",
            "Effort is missing on %(count)s runs: ask %(name)s to add it.",
            dose.intensity_unknown,
        ) % {"count": dose.intensity_unknown, "name": athlete_name}
    # Enough running: the diet is the other half.
    if diet == DIET_DEFICIT:
        return gettext(
            "Keep going: this dose with a calorie deficit is what takes fat off, thighs and hips "
            "included, in the order the body decides."
        )
    if diet == DIET_MAINTENANCE:
        return gettext(
            "You run enough, but your trend says you are eating at maintenance: fat will not come "
            "off anywhere, thighs included. A moderate calorie deficit is the change to make."
        )
    if diet == DIET_SURPLUS:
        return gettext(
            "You run enough, but your trend says you are eating more than you burn: fat is being "
            "stored, thighs included. Eat a little less first."
        )
    return gettext(
        "You run enough. Weigh in a few times a week so your trend can show whether you are in "
        "a calorie deficit, the other half of the dose."
    )


def _basis(max_hr: MaxHeartRate | None, *, is_own: bool) -> str:
    if max_hr is None:
        if is_own:
            return gettext(
                "Intensity from the logged effort (add your year of birth in Settings to use "
                "heart rate too)."
            )
        return gettext("Intensity from the logged effort.")
    if max_hr.estimated:
        text = gettext(
            "Intensity from heart rate against a max of %(bpm)s bpm (estimated from the year of "
            "birth), else from the logged effort."
        )
    else:
        text = gettext(
            "Intensity from heart rate against a max of %(bpm)s bpm (measured), else from the "
            "logged effort."
        )
    return text % {"bpm": max_hr.bpm}


def _misses(dose: RunningDose) -> str:
    parts = []
    if dose.too_short:
        parts.append(gettext("%(count)s under 30 min") % {"count": dose.too_short})
    if dose.too_easy:
        parts.append(gettext("%(count)s easy") % {"count": dose.too_easy})
    if dose.intensity_unknown:
        parts.append(gettext("%(count)s without effort") % {"count": dose.intensity_unknown})
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
    this_week = ngettext(
        "%(counted)s of %(count)s run counted so far this week (aim for %(band)s)",
        "%(counted)s of %(count)s runs counted so far this week (aim for %(band)s)",
        dose.this_week_sessions,
    ) % {"counted": dose.this_week_qualifying, "count": dose.this_week_sessions, "band": BAND}
    recovery = ""
    if dose.too_many_hard_sessions:
        recovery = gettext(RECOVERY_HARD) % {"limit": trends.HARD_SESSIONS_RECOVERY_LIMIT}
    elif load is not None and load.spike and load.ratio is not None:
        recovery = gettext(RECOVERY_SPIKE) % {"ratio": texts.decimal(load.ratio, 1)}
    baseline = (
        gettext(BUILDING_BASELINE)
        if load is not None and dose.sessions and not load.baseline_ready and not recovery
        else ""
    )
    return RunningDoseCard(
        verdict=dose.verdict,
        verdict_label=label(VERDICT_LABELS, dose.verdict),
        status=status,
        headline=_headline(dose),
        this_week=this_week,
        average=gettext("%(per_week)s a week over 4 weeks")
        % {"per_week": _per_week(dose.qualifying_per_week)},
        minutes_per_run=(
            gettext("%(minutes)s min per run") % {"minutes": round(dose.minutes_per_run)}
            if dose.minutes_per_run
            else "—"
        ),
        intensity_mix=[
            (label(INTENSITY_LABELS, key), count)
            for key, count in dose.intensity_mix.items()
            if count
        ],
        intensity_basis=_basis(max_hr, is_own=is_own),
        misses=_misses(dose),
        diet=diet,
        diet_label=label(DIET_LABELS, diet),
        diet_text=_diet_text(diet, energy),
        first_change=_first_change(dose, diet, is_own=is_own, athlete_name=athlete_name),
        weeks=week_dots(runs, max_hr=dose.max_hr, as_of=dose.as_of),
        recovery=recovery,
        baseline=baseline,
        safety=gettext(SAFETY_NOTE),
        qualifying_per_week=dose.qualifying_per_week,
        has_runs=dose.sessions > 0,
        effort_choices=tuple((rpe, gettext(words)) for rpe, words in EFFORT_CHOICES),
    )


# --- The roster's compact cell and the coach flag ----------------------------------------------


def roster_cell(dose: RunningDose) -> str:
    """ "3.5/wk" plus the main reason when it's not enough, for the roster's "Run dose" column."""
    if dose.verdict == DOSE_NO_RUNS:
        return "—"
    per_week = _per_wk(dose)
    if dose.verdict == DOSE_ENOUGH:
        return per_week
    return f"{per_week} · {label(VERDICT_WORDS, dose.verdict)}"


def _per_wk(dose: RunningDose) -> str:
    return gettext("%(value)s/wk") % {"value": _per_week(dose.qualifying_per_week)}


def roster_cell_parts(dose: RunningDose) -> tuple[str, str]:
    """("3.5/wk", "enough") for the roster cell: the value and the verdict under it."""
    if dose.verdict == DOSE_NO_RUNS:
        return "—", ""
    return _per_wk(dose), label(VERDICT_WORDS, dose.verdict)


def too_light_explanation(dose: RunningDose) -> str:
    """The coach flag's one line: why the running is too light for a running goal."""
    if dose.verdict == DOSE_NO_RUNS:
        return gettext("The goal relies on running, but no runs were logged in the last 4 weeks.")
    return gettext(
        "The goal relies on running, but only %(per_week)s runs a week counted over 4 weeks "
        "(needs %(runs)s+ of 30+ min at a moderate effort): %(verdict)s."
    ) % {
        "per_week": _per_week(dose.qualifying_per_week),
        "runs": DOSE_MIN_PER_WEEK,
        "verdict": label(VERDICT_WORDS, dose.verdict),
    }


def run_status(run: RunPoint, max_hr: int | None) -> tuple[str, str]:
    """(code, words) for one run in the history: counted, too short, easy, or effort missing."""
    intensity = trends.run_intensity(run, max_hr)
    if trends.run_qualifies(run, max_hr):
        if intensity == INTENSITY_VIGOROUS:
            return "counted", gettext("Counts (hard)")
        return "counted", gettext("Counts (moderate)")
    if run.duration_s < trends.DOSE_MIN_SESSION_S:
        return "short", gettext("Under 30 min")
    if intensity == INTENSITY_LIGHT:
        return "easy", gettext("Easy effort")
    return "unknown", gettext("Add effort")


def distance_text(km: float, unit: str) -> str:
    return f"{texts.decimal(units.km_to_display(km, unit), 1)} {unit}"
