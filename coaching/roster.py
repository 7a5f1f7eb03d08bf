"""The coach's roster: one row per active client, with numbers, a sparkline and explained flags.

Each client's numbers are their stored summary (`tracker.summary_store`): the very
`tracker.summary.athlete_summary` behind the athlete's Today and Progress pages, kept per athlete
and recomputed only after a write or when the athlete's day has changed, so coach and athlete see
the same figures and a view of 200 clients doesn't rerun 200 trend analyses. Stale summaries are
recomputed in bulk (one query per metric for all of them), so the query count does not grow with
the number of clients. The flags are plain rules over those numbers and the client's active
goals, read live (see `client_flags`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from coaching.models import CoachingLink
from tracker import summary_store, units
from tracker.charts import sparkline_points
from tracker.l10n import day_month, decimal
from tracker.models import Goal, User
from tracker.running_card import too_light_explanation
from tracker.trends import (
    ACWR_SPIKE,
    PROTEIN_LOW,
    PROTEIN_LOW_G_PER_KG,
    RATE_FAST_LOSS,
    RATE_GAINING,
    RATE_WINDOW_DAYS,
    SAFE_LOSS_MAX_PCT_PER_WEEK,
    ProgressSummary,
)

NO_WEIGH_IN_DAYS = 7
SPARKLINE_WIDTH = 120
SPARKLINE_HEIGHT = 32
# A 28-day trend moving less than this is drawn nearly flat: water noise is not a trend.
SPARKLINE_MIN_SPAN_KG = 2.0

FLAG_NO_WEIGH_IN = "no_weigh_in"
FLAG_FAST_LOSS = "fast_loss"
FLAG_GAINING_AGAINST_GOAL = "gaining_against_goal"
FLAG_LOW_PROTEIN = "low_protein"
FLAG_SPOT_REDUCTION = "spot_reduction"
FLAG_RUN_SPIKE = "run_spike"
FLAG_RUN_TOO_LIGHT = "run_too_light"


@dataclass(frozen=True)
class Flag:
    """Something a coach should look at, with a one-line reason (never colour alone)."""

    code: str
    label: str
    explanation: str


@dataclass(frozen=True)
class GoalFacts:
    """What the flags need to know about one active goal."""

    text: str
    target_kind: str
    target_value: float | None
    spot_reduction: bool  # an undismissed myth warning (Goal.objects.flagged())
    myth_area: str = ""
    # The goal names running as its route (the myth detector decides, in every language): only
    # then is "running too light for the goal" worth a coach's attention.
    relies_on_running: bool = False


@dataclass(frozen=True)
class RosterRow:
    athlete: User
    link: CoachingLink
    summary: ProgressSummary
    sparkline: str  # SVG polyline points, "" without data
    sparkline_label: str
    flags: list[Flag]

    @property
    def last_weigh_in(self) -> dt.date | None:
        return self.summary.last_weigh_in

    @property
    def days_since_weigh_in(self) -> int | None:
        return self.summary.days_since_weigh_in

    @property
    def trend_weight_kg(self) -> float | None:
        return self.summary.trend_weight_kg

    @property
    def rate_pct_per_week(self) -> float | None:
        return self.summary.rate.pct_per_week if self.summary.rate else None

    @property
    def protein_g_per_kg(self) -> float | None:
        return self.summary.protein.g_per_kg if self.summary.protein else None

    @property
    def run_dose_per_week(self) -> float | None:
        """Qualifying runs a week over 4 weeks; None without runs in that window."""
        dose = self.summary.running_dose
        return dose.qualifying_per_week if dose is not None and dose.sessions else None

    @property
    def recent_km(self) -> float:
        """Running distance over the last 7 days (not the ISO week, which is ~0 on Mondays)."""
        return self.summary.acute_chronic.acute_km


# --- Flags: plain rules over plain data --------------------------------------------------------


def _pct(value: float) -> str:
    return decimal(abs(value), 1)


def _is_loss_goal(goal: GoalFacts, summary: ProgressSummary) -> bool:
    """An active goal that asks for weight or fat to go down."""
    if goal.target_value is None:
        return False
    if goal.target_kind == Goal.TargetKind.WEIGHT:
        return summary.trend_weight_kg is not None and goal.target_value < summary.trend_weight_kg
    if goal.target_kind == Goal.TargetKind.BODY_FAT:
        # A body-fat goal is a fat-loss goal unless the trend is already at or below it.
        current = summary.trend_body_fat_pct
        return current is None or goal.target_value < current
    return False


def client_flags(
    summary: ProgressSummary, goals: Sequence[GoalFacts], *, weight_unit: str = "kg"
) -> list[Flag]:
    """The roster's flags for one client, each with a one-line explanation.

    `summary` is `tracker.summary.athlete_summary(...)` as of the client's today (its last
    weigh-in is over all time); `goals` are the client's active goals.
    """
    flags: list[Flag] = []
    as_of = summary.as_of
    last_weigh_in = summary.last_weigh_in

    if last_weigh_in is None:
        flags.append(Flag(FLAG_NO_WEIGH_IN, _("Not weighing in"), _("No weigh-ins logged yet.")))
    elif (as_of - last_weigh_in).days >= NO_WEIGH_IN_DAYS:
        days = (as_of - last_weigh_in).days
        flags.append(
            Flag(
                FLAG_NO_WEIGH_IN,
                _("Not weighing in"),
                ngettext(
                    "No weigh-in for %(days)d day (last on %(last)s).",
                    "No weigh-in for %(days)d days (last on %(last)s).",
                    days,
                )
                % {"days": days, "last": day_month(last_weigh_in)},
            )
        )

    rate = summary.rate
    if rate is not None and rate.status == RATE_FAST_LOSS:
        change = units.kg_to_display(abs(rate.kg_per_week), weight_unit)
        flags.append(
            Flag(
                FLAG_FAST_LOSS,
                _("Losing fast"),
                _(
                    "Losing %(pct)s %%/week (%(change)s %(unit)s/week) over %(days)d days, "
                    "faster than the %(limit)s %%/week limit that protects lean mass."
                )
                % {
                    "pct": _pct(rate.pct_per_week),
                    "change": decimal(change, 1),
                    "unit": weight_unit,
                    "days": RATE_WINDOW_DAYS,
                    "limit": number_format(f"{SAFE_LOSS_MAX_PCT_PER_WEEK:g}"),
                },
            )
        )

    if rate is not None and rate.status == RATE_GAINING:
        loss_goal = next((goal for goal in goals if _is_loss_goal(goal, summary)), None)
        if loss_goal is not None:
            target_value = loss_goal.target_value or 0.0  # never None: _is_loss_goal checks
            if loss_goal.target_kind == Goal.TargetKind.WEIGHT:
                shown = decimal(units.kg_to_display(target_value, weight_unit), 1)
                target = f"{shown} {weight_unit}"
            else:
                target = _("%(pct)s %% body fat") % {"pct": decimal(target_value, 1)}
            flags.append(
                Flag(
                    FLAG_GAINING_AGAINST_GOAL,
                    _("Gaining against goal"),
                    _("Trend up %(pct)s %%/week while the goal is %(target)s (“%(goal)s”).")
                    % {"pct": _pct(rate.pct_per_week), "target": target, "goal": loss_goal.text},
                )
            )

    protein = summary.protein
    if protein is not None and protein.status == PROTEIN_LOW:
        flags.append(
            Flag(
                FLAG_LOW_PROTEIN,
                _("Low protein"),
                ngettext(
                    "%(rate)s a day over the last 7 days (%(count)d day logged), under %(low)s.",
                    "%(rate)s a day over the last 7 days (%(count)d days logged), under %(low)s.",
                    protein.days_logged,
                )
                % {
                    "rate": units.protein_rate_text(protein.g_per_kg, weight_unit),
                    "count": protein.days_logged,
                    "low": units.protein_rate_text(PROTEIN_LOW_G_PER_KG, weight_unit),
                },
            )
        )

    spot = next((goal for goal in goals if goal.spot_reduction), None)
    if spot is not None:
        if spot.myth_area:
            explanation = _(
                "“%(goal)s” aims to lose fat in one area (%(area)s); fat comes off the whole body."
            ) % {"goal": spot.text, "area": spot.myth_area}
        else:
            explanation = _(
                "“%(goal)s” aims to lose fat in one area; fat comes off the whole body."
            ) % {"goal": spot.text}
        flags.append(
            Flag(
                FLAG_SPOT_REDUCTION,
                _("Spot-reduction goal"),
                explanation,
            )
        )

    load = summary.acute_chronic
    if load.spike and load.ratio is not None:
        flags.append(
            Flag(
                FLAG_RUN_SPIKE,
                _("Run spike"),
                _(
                    "%(acute)s km in the last 7 days vs %(chronic)s km/week over 28 days: "
                    "ratio %(ratio)s, above %(limit)s."
                )
                % {
                    "acute": decimal(load.acute_km, 0),
                    "chronic": decimal(load.chronic_weekly_km, 0),
                    "ratio": decimal(load.ratio, 1),
                    "limit": number_format(f"{ACWR_SPIKE:g}"),
                },
            )
        )

    dose = summary.running_dose
    running_goal = any(goal.relies_on_running for goal in goals)
    if running_goal and dose is not None and not dose.is_enough:
        flags.append(
            Flag(
                FLAG_RUN_TOO_LIGHT,
                _("Running too light for the goal"),
                too_light_explanation(dose),
            )
        )
    return flags


# --- Bulk data gathering -----------------------------------------------------------------------


def goal_facts(goal: Goal, *, spot_reduction: bool) -> GoalFacts:
    return GoalFacts(
        text=goal.text,
        target_kind=goal.target_kind,
        target_value=goal.target_value,
        spot_reduction=spot_reduction,
        myth_area=goal.myth_area,
        relies_on_running=goal.relies_on_running,
    )


def goals_with_flag(goals: QuerySet[Goal]) -> QuerySet[Any]:
    """`goals` annotated with `is_flagged`, decided exactly as Goal.objects.flagged() decides
    (active, with an undismissed myth warning), without an extra query."""
    flagged = Goal.objects.flagged().filter(pk=OuterRef("pk"))
    return goals.annotate(is_flagged=Exists(flagged))


def active_goal_facts(athlete_ids: Iterable[int]) -> dict[int, list[GoalFacts]]:
    """Each athlete's active goals, newest first, as the flags need them (one query).

    Only the fields the flags read: no model instances, no JSON decoding of triggers.
    """
    facts: dict[int, list[GoalFacts]] = defaultdict(list)
    for user_id, text, kind, value, area, flagged, running in (
        goals_with_flag(Goal.objects.filter(user__in=list(athlete_ids)).active())
        .order_by("-created_at")
        .values_list(
            "user_id",
            "text",
            "target_kind",
            "target_value",
            "myth_area",
            "is_flagged",
            "relies_on_running",
        )
    ):
        facts[user_id].append(GoalFacts(text, kind, value, flagged, area, running))
    return facts


@functools.lru_cache(maxsize=4096)
def _sparkline_points(shown: tuple[tuple[dt.date, float], ...]) -> str:
    """The polyline of a trend, worked out once per distinct trend (the stored summaries of a
    roster rarely change between two views)."""
    return sparkline_points(
        shown, SPARKLINE_WIDTH, SPARKLINE_HEIGHT, min_span=SPARKLINE_MIN_SPAN_KG
    )


def _sparkline(summary: ProgressSummary, weight_unit: str) -> tuple[str, str]:
    """Polyline points of the last 28 days of trend weight, and a text label for it."""
    shown = summary.recent_weight_trend
    if not shown:
        return "", _("No weigh-ins in the last 28 days")
    change = units.kg_to_display(shown[-1][1] - shown[0][1], weight_unit)
    points = _sparkline_points(shown)
    sign = "+" if change > 0 else ("−" if change < 0 else "")
    label = _("Trend weight over 28 days: %(change)s %(unit)s") % {
        "change": sign + decimal(abs(change), 1),
        "unit": weight_unit,
    }
    return points, label


# What roster_rows loads of each link, its athlete and their stored summary.
ROW_FIELDS = (
    "coach_id",
    "athlete_id",
    "athlete__email",
    "athlete__display_name",
    "athlete__time_zone",
    *(f"athlete__stored_summary__{name}" for name in summary_store.STORED_FIELDS),
)


def roster_rows(coach: User) -> list[RosterRow]:
    """One row per active client of `coach`, in no particular order."""
    # Only the fields a row reads: a roster of 200 built 600 full model instances (every
    # datetime of the user, the link and the summary converted) for a name and a payload.
    links = list(
        CoachingLink.objects.active()
        .filter(coach=coach)
        .select_related("athlete", "athlete__stored_summary")
        .only(*ROW_FIELDS)
    )
    if not links:
        return []
    # Stored summaries (tracker.summary_store): current ones cost no query, stale ones are
    # recomputed together. Goals, notes and the link are read live on every view.
    summaries = summary_store.summaries(link.athlete for link in links)
    goals = active_goal_facts(summaries)
    rows = []
    for link in links:
        athlete = link.athlete
        summary = summaries[athlete.pk]
        points, label = _sparkline(summary, coach.weight_unit)
        rows.append(
            RosterRow(
                athlete=athlete,
                link=link,
                summary=summary,
                sparkline=points,
                sparkline_label=label,
                flags=client_flags(summary, goals[athlete.pk], weight_unit=coach.weight_unit),
            )
        )
    return rows


# --- Sorting -----------------------------------------------------------------------------------

# ?sort= keys → (column label, value getter). A leading "-" sorts descending.
SORT_KEYS = {
    "name": lambda row: row.athlete.name.lower(),
    "weigh_in": lambda row: row.days_since_weigh_in,
    "trend": lambda row: row.trend_weight_kg,
    "rate": lambda row: row.rate_pct_per_week,
    "protein": lambda row: row.protein_g_per_kg,
    "km": lambda row: row.recent_km,
    "dose": lambda row: row.run_dose_per_week,
    "flags": lambda row: len(row.flags),
}
DEFAULT_SORT = "-flags"


def parse_sort(value: str | None) -> tuple[str, bool]:
    """(key, descending) from a ?sort= value; unknown values fall back to the default."""
    value = (value or DEFAULT_SORT).strip()
    descending = value.startswith("-")
    key = value.lstrip("-")
    if key not in SORT_KEYS:
        key, descending = DEFAULT_SORT.lstrip("-"), DEFAULT_SORT.startswith("-")
    return key, descending


def sort_rows(rows: Sequence[RosterRow], key: str, descending: bool) -> list[RosterRow]:
    """Sorted by `key`; rows without a value go last either way, ties by name."""
    getter = SORT_KEYS[key]
    by_name = sorted(rows, key=SORT_KEYS["name"])
    present = [row for row in by_name if getter(row) is not None]
    missing = [row for row in by_name if getter(row) is None]
    # sorted() is stable, so equal values keep the alphabetical order from by_name.
    return sorted(present, key=getter, reverse=descending) + missing
