"""Goal number targets in words: progress, projected date and pace, in the viewer's units.

The numbers come from :func:`tracker.goal_progress.target_progress` fed with the athlete's one
summary (:func:`tracker.summary.athlete_summary`), so the rate behind a projected date is the
rate Progress shows. This module adds the words (translatable) and the unit conversions, and
keeps the target's start value when a target is set.

Goals page, Today and the coach's client page call :func:`target_views`; another screen that
needs a goal's status (the roster, say) can call :func:`target_views_for_summary` with the
summary it already has, at no extra query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from tracker import bounds, goal_parser, selectors, trends, units
from tracker import goal_progress as gp
from tracker.l10n import day_month_year
from tracker.models import Goal, User
from tracker.summary import athlete_summary
from tracker.trends import ProgressSummary

# How each pace reads as a badge (also the CSS modifier).
PACE_BADGE_CLASS = {
    gp.PACE_AHEAD: "ok",
    gp.PACE_ON_PACE: "ok",
    gp.PACE_BEHIND: "warn",
    gp.PACE_DATE_PASSED: "",
}


@dataclass(frozen=True)
class TargetView:
    """One goal's target, ready to show: a headline, the detail lines and a pace badge."""

    goal_id: int
    progress: gp.TargetProgress
    headline: str  # "45 % of the way · 2.3 kg to go"
    lines: list[str]  # projection, pace, needed pace, safe-rate note, or why there is no date
    compact: str  # Today's one line
    pace_label: str  # "" without a target date or a projection
    pace_class: str
    safe_note: str  # the kind note when the date asks for more than 1 %/week

    @property
    def bar_pct(self) -> int:
        """Width of the progress bar (whole percent)."""
        return round(self.progress.done_pct or 0)


def current_trend(kind: str, summary: ProgressSummary) -> float | None:
    """Today's trend value for a target kind: trend weight (kg) or the body-fat trend (%)."""
    if kind == gp.KIND_WEIGHT:
        return summary.trend_weight_kg
    if kind == gp.KIND_BODY_FAT and summary.body_fat is not None and summary.body_fat.latest:
        return summary.body_fat.latest.value
    return None


def progress_for(goal: Goal, summary: ProgressSummary) -> gp.TargetProgress | None:
    """The goal's target progress as of the summary's day; None for untracked kinds."""
    kind = goal.target_kind
    if kind not in gp.TRACKED_KINDS or goal.target_value is None:
        return None
    as_of = summary.as_of
    if kind == gp.KIND_WEIGHT:
        rate = summary.rate.kg_per_week if summary.rate else None
        window = summary.recent_weight_trend
    else:
        pairs = summary.body_fat.trend_pairs if summary.body_fat else []
        rate = trends.series_rate_per_week(pairs, as_of)
        window_start = as_of - timedelta(days=trends.RATE_WINDOW_DAYS - 1)
        window = tuple(trends.clip_series(pairs, window_start, as_of))
    return gp.target_progress(
        kind=kind,
        target=goal.target_value,
        start=goal.target_start_value,
        current=current_trend(kind, summary),
        rate_per_week=rate,
        first_data_day=window[0][0] if window else None,
        as_of=as_of,
        target_date=goal.target_date,
        body_weight_kg=summary.trend_weight_kg,
    )


def _num(value: float, digits: int) -> str:
    """A number in the active language's format, rounded (number_format alone truncates floats)."""
    return number_format(round(value, digits), digits)


def _day(day: date) -> str:
    return day_month_year(day)


class _Amounts:
    """Amounts of one kind in the viewer's units: "2.3 kg", "0.40 lb a week", "1.5 points"."""

    def __init__(self, kind: str, weight_unit: str) -> None:
        self.kind, self.unit = kind, weight_unit

    def value(self, amount: float) -> str:
        if self.kind == gp.KIND_WEIGHT:
            shown = _num(units.kg_to_display(amount, self.unit), 1)
            return f"{shown} {self.unit}"
        return f"{_num(amount, 1)} %"

    def change(self, amount: float) -> str:
        """A difference: kilograms or pounds for weight, percentage points for body fat."""
        if self.kind == gp.KIND_WEIGHT:
            return self.value(amount)
        return _("%(points)s points") % {"points": _num(amount, 1)}

    def per_week(self, amount: float) -> str:
        if self.kind == gp.KIND_WEIGHT:
            shown = _num(units.kg_to_display(amount, self.unit), 2)
            return _("%(amount)s %(unit)s a week") % {"amount": shown, "unit": self.unit}
        return _("%(points)s points a week") % {"points": _num(amount, 2)}

    def signed_per_week(self, amount: float) -> str:
        sign = "+" if amount > 0 else "−" if amount < 0 else ""
        return sign + self.per_week(abs(amount))


def target_view(goal: Goal, summary: ProgressSummary, *, weight_unit: str) -> TargetView | None:
    """The words for one goal's target (None for kinds without a trend to follow)."""
    progress = progress_for(goal, summary)
    if progress is None:
        return None
    amounts = _Amounts(progress.kind, weight_unit)
    state = progress.state
    lines: list[str] = []
    pace_label = safe_note = ""
    if state == gp.STATE_NO_DATA:
        headline = (
            _("Log your weight to follow this target.")
            if progress.kind == gp.KIND_WEIGHT
            else _("Log a body-fat reading to follow this target.")
        )
        compact = headline
        return TargetView(goal.pk, progress, headline, [], compact, "", "", "")
    assert progress.current is not None and progress.remaining is not None
    now = _("now %(value)s") % {"value": amounts.value(progress.current)}
    if state == gp.STATE_REACHED:
        headline = _("Reached: your trend is at %(value)s.") % {
            "value": amounts.value(progress.current)
        }
        return TargetView(goal.pk, progress, headline, [], headline, _("Reached"), "ok", "")
    to_go = _("%(amount)s to go") % {"amount": amounts.change(progress.remaining)}
    if progress.done_pct is not None:
        headline = _("%(percent)s %% of the way · %(to_go)s") % {
            "percent": _num(progress.done_pct, 0),
            "to_go": to_go,
        }
    else:
        headline = f"{to_go} · {now}"

    when = ""
    if state == gp.STATE_PROJECTED:
        assert progress.projected_date is not None and progress.rate_per_week is not None
        when = _day(progress.projected_date)
        lines.append(
            _("At your current rate (%(rate)s, the 28-day trend) you'd get there around %(day)s.")
            % {"rate": amounts.signed_per_week(progress.rate_per_week), "day": when}
        )
    elif state == gp.STATE_TOO_LITTLE_DATA:
        lines.append(_too_little_data(progress))
    elif state == gp.STATE_WRONG_WAY:
        assert progress.rate_per_week is not None
        if round(progress.rate_per_week, 2) == 0:
            lines.append(_("Your trend is steady right now, so there's no projected date yet."))
        else:
            lines.append(
                _(
                    "Your trend is moving away from this target right now (%(rate)s), so "
                    "there's no projected date. Weeks like this happen; the date comes back "
                    "when the trend turns."
                )
                % {"rate": amounts.signed_per_week(progress.rate_per_week)}
            )
    elif state == gp.STATE_TOO_SLOW:
        lines.append(_("At the current rate it's more than two years away."))

    if progress.pace == gp.PACE_DATE_PASSED:
        assert progress.target_date is not None
        pace_label = _("Date passed")
        lines.append(
            _("The date you set (%(day)s) has passed; pick a new one whenever you like.")
            % {"day": _day(progress.target_date)}
        )
    elif progress.target_date is not None and progress.needed_per_week is not None:
        by = _day(progress.target_date)
        needed = amounts.per_week(progress.needed_per_week)
        if progress.pace == gp.PACE_AHEAD:
            pace_label = _("Ahead")
            lines.append(
                _("Ahead of %(day)s, which needs only %(needed)s.") % {"day": by, "needed": needed}
            )
        elif progress.pace == gp.PACE_ON_PACE:
            pace_label = _("On pace")
            lines.append(
                _("On pace for %(day)s (it needs %(needed)s).") % {"day": by, "needed": needed}
            )
        elif progress.pace == gp.PACE_BEHIND:
            pace_label = _("Behind")
            lines.append(_("Behind: %(day)s needs %(needed)s.") % {"day": by, "needed": needed})
        else:
            lines.append(_("%(day)s needs %(needed)s.") % {"day": by, "needed": needed})
        if progress.too_fast and progress.safe_date is not None:
            safe_note = _(
                "That's more than 1 %% of your body weight a week: faster than your muscles, "
                "energy and mood tend to thank you for. Around %(day)s keeps it within 1 %% a "
                "week; there's no rush."
            ) % {"day": _day(progress.safe_date)}
    compact_parts = [_("Target %(value)s") % {"value": amounts.value(progress.target)}, to_go]
    if when:
        compact_parts.append(_("around %(day)s") % {"day": when})
    if pace_label:
        compact_parts.append(pace_label.lower())
    return TargetView(
        goal_id=goal.pk,
        progress=progress,
        headline=headline,
        lines=lines,
        compact=" · ".join(compact_parts),
        pace_label=pace_label,
        pace_class=PACE_BADGE_CLASS.get(progress.pace or "", ""),
        safe_note=safe_note,
    )


def _too_little_data(progress: gp.TargetProgress) -> str:
    start = progress.projection_from
    weight = progress.kind == gp.KIND_WEIGHT
    if start is None or start <= progress.as_of:
        if weight:
            return _("A projected date appears with your next weigh-in.")
        return _("A projected date appears with your next body-fat reading.")
    if weight:
        text = _(
            "A projected date appears once your weigh-ins span a week: around %(day)s if you "
            "keep logging."
        )
    else:
        text = _(
            "A projected date appears once your body-fat readings span a week: around %(day)s "
            "if you keep logging."
        )
    return text % {"day": _day(start)}


def target_views_for_summary(
    goals: Iterable[Goal], summary: ProgressSummary, *, weight_unit: str
) -> dict[int, TargetView]:
    """Views of every tracked target among `goals`, by goal id (no queries)."""
    views = {}
    for goal in goals:
        view = target_view(goal, summary, weight_unit=weight_unit)
        if view is not None:
            views[goal.pk] = view
    return views


def target_views(
    athlete: User, goals: Iterable[Goal], *, viewer: User, summary: ProgressSummary | None = None
) -> dict[int, TargetView]:
    """Views of the athlete's tracked targets in the viewer's units; reads the summary (five
    queries) unless it is given, and only when some goal has a tracked target."""
    goals = [goal for goal in goals if goal.target_kind in gp.TRACKED_KINDS]
    if not goals:
        return {}
    if summary is None:
        as_of = athlete.local_today()
        summary = athlete_summary(selectors.summary_history(athlete, as_of), as_of)
    return target_views_for_summary(goals, summary, weight_unit=viewer.weight_unit)


def keep_target_start(goal: Goal, *, changed: bool) -> None:
    """When a target is set or changed, remember where the trend stood (progress starts there).

    Called before saving; a goal whose target didn't change keeps its start.
    """
    if not changed:
        return
    if goal.target_kind not in gp.TRACKED_KINDS:
        goal.target_start_value = None
        goal.target_set_on = None
        return
    as_of = goal.user.local_today()
    summary = athlete_summary(selectors.summary_history(goal.user, as_of), as_of)
    goal.target_start_value = current_trend(goal.target_kind, summary)
    goal.target_set_on = as_of


# --- Offers: a number in the goal's words, turned into a target the person confirms -----------

OFFER_KINDS = (gp.KIND_WEIGHT, gp.KIND_BODY_FAT)
SOUTHERN_ZONE_PREFIXES = ("Australia/", "Antarctica/", "America/Argentina/")
SOUTHERN_ZONES = frozenset(
    {
        "Pacific/Auckland", "Pacific/Chatham", "Pacific/Fiji", "Pacific/Tongatapu",
        "Pacific/Apia", "Pacific/Noumea", "Pacific/Port_Moresby", "America/Sao_Paulo",
        "America/Santiago", "America/Montevideo", "America/Asuncion", "America/Lima",
        "America/La_Paz", "America/Punta_Arenas", "America/Buenos_Aires", "Africa/Johannesburg",
        "Africa/Maputo", "Africa/Windhoek", "Africa/Harare", "Africa/Lusaka", "Africa/Gaborone",
        "Africa/Maseru", "Africa/Mbabane", "Africa/Luanda", "Indian/Mauritius", "Indian/Reunion",
        "Indian/Antananarivo", "Atlantic/Stanley",
    }
)  # fmt: skip


def hemisphere_for(time_zone: str) -> str:
    """Which hemisphere's seasons "summer" means, guessed from the person's time zone."""
    if time_zone in SOUTHERN_ZONES or time_zone.startswith(SOUTHERN_ZONE_PREFIXES):
        return goal_parser.SOUTH
    return goal_parser.NORTH


@dataclass(frozen=True)
class TargetOffer:
    """What the goal's words say as a target, for a "Track this" button; nothing is saved."""

    goal_id: int
    kind: str
    value: float | None  # in the person's units; None when a change needs a weigh-in first
    day: date | None
    text: str  # "64.0 kg by 1 Mar 2027"
    basis: str  # how a change became a number ("5 kg less than your trend today, 80.2 kg")
    assumed: str  # which date was assumed, and why

    @property
    def query(self) -> str:
        """The target form's fields, for the edit page's address."""
        fields = {"target_kind": self.kind, "prefill": "1"}
        if self.value is not None:
            fields["target_value"] = f"{self.value:.1f}"
        if self.day is not None:
            fields["target_date"] = self.day.isoformat()
        return urlencode(fields)


def _date_assumed(parsed: goal_parser.ParsedTarget, hemisphere: str) -> str:
    if parsed.day is None or parsed.date_rule == goal_parser.DATE_EXPLICIT:
        return ""
    rule, key = parsed.date_rule, parsed.date_key
    if rule == goal_parser.DATE_SEASON:
        north = hemisphere == goal_parser.NORTH
        why = {
            "summer": _("the first day of summer in the northern hemisphere")
            if north
            else _("the first day of summer in the southern hemisphere"),
            "winter": _("the first day of winter in the northern hemisphere")
            if north
            else _("the first day of winter in the southern hemisphere"),
            "spring": _("the first day of spring in the northern hemisphere")
            if north
            else _("the first day of spring in the southern hemisphere"),
            "autumn": _("the first day of autumn in the northern hemisphere")
            if north
            else _("the first day of autumn in the southern hemisphere"),
        }[key]
    elif rule == goal_parser.DATE_MONTH_END:
        why = _("the last day of that month")
    elif rule == goal_parser.DATE_HOLIDAY:
        why = {
            "christmas": _("Christmas Day"),
            "new_year": _("New Year's Day"),
            "year_end": _("the last day of the year"),
        }[key]
    else:
        why = _("counted from today")
    return _("Date assumed: %(day)s (%(why)s). Change it if you meant another day.") % {
        "day": _day(parsed.day),
        "why": why,
    }


def target_offer(goal: Goal, summary: ProgressSummary | None, *, user: User) -> TargetOffer | None:
    """An offer to track the number in an active goal's words, when it has no target yet.

    `summary` gives today's trend for a change ("lose 5 kg"); None skips that (a weigh-in is
    then asked for). Units are `user`'s (the goal's owner).
    """
    if goal.target_kind or goal.status != Goal.Status.ACTIVE:
        return None
    hemisphere = hemisphere_for(user.time_zone)
    parsed = goal_parser.parse_target(goal.text, today=user.local_today(), hemisphere=hemisphere)
    if parsed is None:
        return None
    unit = user.weight_unit
    amounts = _Amounts(parsed.kind, unit)
    basis = ""
    if parsed.kind == gp.KIND_WEIGHT:
        target_si: float | None = parsed.amount_kg
        if parsed.change:
            current = summary.trend_weight_kg if summary else None
            target_si = current + parsed.change * parsed.amount_kg if current else None
            if current is not None and target_si is not None:
                template = (
                    _("%(amount)s less than your trend weight today (%(now)s).")
                    if parsed.change < 0
                    else _("%(amount)s more than your trend weight today (%(now)s).")
                )
                basis = template % {
                    "amount": amounts.change(parsed.amount_kg),
                    "now": amounts.value(current),
                }
        if target_si is not None and not bounds_ok(gp.KIND_WEIGHT, target_si):
            return None
        value = round(units.kg_to_display(target_si, unit), 1) if target_si is not None else None
    else:
        target_si = float(parsed.amount)
        if parsed.change:
            current = current_trend(gp.KIND_BODY_FAT, summary) if summary else None
            target_si = current + parsed.change * parsed.amount if current is not None else None
            if current is not None:
                template = (
                    _("%(amount)s below your body-fat trend today (%(now)s).")
                    if parsed.change < 0
                    else _("%(amount)s above your body-fat trend today (%(now)s).")
                )
                basis = template % {
                    "amount": amounts.change(parsed.amount),
                    "now": amounts.value(current),
                }
        if target_si is not None and not bounds_ok(gp.KIND_BODY_FAT, target_si):
            return None
        value = round(target_si, 1) if target_si is not None else None
    if value is None:
        basis = (
            _("Log a weigh-in first: the target is counted from your trend.")
            if parsed.kind == gp.KIND_WEIGHT
            else _("Log a body-fat reading first: the target is counted from your trend.")
        )
        text = str(Goal.TargetKind(parsed.kind).label)
    else:
        text = amounts.value(target_si) if target_si is not None else ""
    if parsed.day is not None:
        text = _("%(target)s by %(day)s") % {"target": text, "day": _day(parsed.day)}
    return TargetOffer(
        goal_id=goal.pk,
        kind=parsed.kind,
        value=value,
        day=parsed.day,
        text=str(text),
        basis=basis,
        assumed=_date_assumed(parsed, hemisphere),
    )


def bounds_ok(kind: str, value: float) -> bool:
    """Whether a target value (kg or %) is one the target form accepts."""
    if kind == gp.KIND_WEIGHT:
        return bounds.WEIGHT_MIN_KG <= value <= bounds.WEIGHT_MAX_KG
    return bounds.BODY_FAT_MIN <= value <= bounds.BODY_FAT_MAX
