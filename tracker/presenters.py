"""Page context for the athlete's screens and the coach's client page: cards, panels, charts.

Views gather (:mod:`tracker.selectors`), call these builders, and render. The numbers on every
card come from :func:`tracker.summary.athlete_summary`, so Today, Progress, the client page and
the coach's roster (which calls the same function) agree to the last digit. Charts are built by
:mod:`tracker.charts` from the same :class:`~tracker.history.History`. Units are the *viewer's*:
a coach in pounds sees pounds on a client who logs in kilograms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy, gettext_noop, ngettext, pgettext

from tracker import charts, selectors, summary_store, trends, units
from tracker.body_composition import BodyFatAnalysis
from tracker.charts import ChartRange
from tracker.goal_progress import TRACKED_KINDS
from tracker.goal_targets import TargetView, target_view
from tracker.history import History, Windows
from tracker.l10n import day_formatter, decimal, decimal_text, separator
from tracker.models import Goal, User
from tracker.running_card import RunningDoseCard, running_dose_card
from tracker.selectors import EffortRun
from tracker.summary import TREND_WARM_UP_DAYS, athlete_summary, summary_windows
from tracker.templatetags.wholebody import signed

PAGE_TEMPLATE = "tracker/progress.html"
# The swappable charts region lives in the shared include, so the coach's client page can
# answer its own range requests with exactly the same partial.
CHARTS_PARTIAL = "tracker/includes/progress_body.html#charts"

# msgids, translated where the panels are built (chart_panels).
CHART_TITLES = {
    "weight": gettext_noop("Weight and trend"),
    "composition": gettext_noop("Fat mass and lean mass"),
    "body_fat": gettext_noop("Body fat % trend"),
    "protein": gettext_noop("Protein per day"),
    "running": gettext_noop("Weekly running distance"),
    "dose": gettext_noop("Runs that count toward the dose"),
}
CHART_DESCRIPTIONS = {
    "weight": gettext_noop(
        "Dots are daily weigh-ins, the line is the trend. The grey segments show how far each "
        "day sits from the trend: that gap is mostly water and food, not fat."
    ),
    "composition": gettext_noop(
        "Estimated from the weight trend and the body-fat trend of your main method, in separate "
        "panels because lean mass is several times larger than fat mass. The shaded band is the "
        "uncertainty of the body-fat trend."
    ),
    "body_fat": gettext_noop(
        "Faint dots are single readings of your main method; the shaded band is the trend's "
        "uncertainty. Readings from other methods are dark symbols of their own and never "
        "mixed into the trend."
    ),
    "protein": gettext_noop(
        "Grams per %(unit)s of trend body weight on each logged day. The green band is the "
        "%(protein_band)s target; the dashed line marks low intake (under %(protein_low)s)."
    ),
    "running": gettext_noop(
        "Distance per week (Monday to Sunday); the highlighted week holds the longest run."
    ),
    "dose": gettext_noop(
        "Runs per week of 30 minutes or more at a moderate or hard effort (blue), with the other "
        "runs in grey. The green band is the 3–5 a week that, with a calorie deficit, takes fat "
        "off the whole body, thighs and hips included."
    ),
}

# No mode bar: zoom and pan are off in every figure, so it would only offer select/lasso tools,
# and on phones it sits on top of the legend. The data tables give the numbers instead.
PLOT_CONFIG = {**charts.PLOT_CONFIG, "displayModeBar": False}

# A weigh-in older than this makes "trend weight" stale enough to say so on the card.
STALE_WEIGH_IN_DAYS = 7


@dataclass(frozen=True)
class SummaryCard:
    """One summary card: a label, the headline value and a sentence explaining it."""

    key: str
    label: str
    value: str
    unit: str
    detail: str
    status: str = ""  # "ok" / "warn" / "" - a CSS modifier; the words are in `status_text`
    status_text: str = ""


@dataclass(frozen=True)
class ChartPanel:
    """One chart section: heading, figure (or empty message), accessible summary and table."""

    key: str
    title: str
    description: str
    figure: charts.Figure
    figure_id: str  # id of the json_script element that charts.js reads
    empty_message: str  # non-empty when there is nothing to plot in this range
    aria_label: str
    table: charts.DataTable
    # The table loads when opened (table_url), so a page of years stays small; its <tr> rows
    # are rendered only for that request (see data_table_context and _table_body).
    table_url: str = ""
    # The words of the link to the table, with its row count ("Open the data table (1008
    # rows)"), made here: a {% blocktranslate count %} per chart was a fifth of the charts
    # region's template time.
    table_link: str = ""
    table_body: SafeString = SafeString("")
    caveat: str = ""
    note: str = ""  # a friendly line for the first days ("the trend settles after a week")


@dataclass(frozen=True)
class RangeOption:
    key: str
    label: str
    short_label: str
    current: bool


@dataclass(frozen=True)
class ProgressPage:
    """Everything ``progress_body.html`` renders, in the viewer's units."""

    athlete: User
    is_own: bool  # the viewer is the athlete (shows "log" links); False = read-only coach view
    as_of: date
    weight_unit: str
    distance_unit: str
    has_data: bool
    summary: trends.ProgressSummary
    cards: list[SummaryCard]
    charts: list[ChartPanel]
    chart_range: ChartRange
    ranges: list[RangeOption]
    plot_config: dict[str, Any]
    id_prefix: str
    dose_card: RunningDoseCard | None = None
    effort_runs: list[EffortRun] = field(default_factory=list)


def short_range_labels() -> dict[str, str]:
    """The range selector's labels on a phone ("4 w" is four weeks), in the active language."""
    return {
        "4w": pgettext("chart range, short", "4 w"),
        "3m": pgettext("chart range, short", "3 m"),
        "6m": pgettext("chart range, short", "6 m"),
        "1y": pgettext("chart range, short", "1 y"),
        "all": pgettext("chart range, short", "All"),
    }


def resolve_range_key(raw: str | None) -> str:
    """The requested range, or the default for a missing or unknown one (never an error:
    a stale bookmark should still show a page)."""
    return raw if raw in charts.RANGES else charts.DEFAULT_RANGE_KEY


# --- Cards ----------------------------------------------------------------------------------


def _weight(kg: float, unit: str, digits: int = 1) -> str:
    return f"{decimal(units.kg_to_display(kg, unit), digits)} {unit}"


def _distance(km: float, unit: str) -> str:
    return f"{decimal(units.km_to_display(km, unit), 1)} {unit}"


def _signed(value: float, digits: int) -> str:
    """+0.4 / −0.4 with a real minus; a value that rounds to zero shows as plain 0 (not −0)."""
    rounded = round(value, digits)
    return decimal_text(signed(rounded if rounded else 0.0, digits))


def _last_weigh_in(days: int) -> str:
    if days == 0:
        return gettext("Last weigh-in today")
    if days == 1:
        return gettext("Last weigh-in yesterday")
    return ngettext("Last weigh-in %(days)d day ago", "Last weigh-in %(days)d days ago", days) % {
        "days": days
    }


def _band_words(summary: trends.ProgressSummary) -> str:
    latest = summary.body_fat.latest if summary.body_fat else None
    return f" ± {decimal(latest.band, 1)}" if latest is not None else ""


def _trend_weight_card(summary: trends.ProgressSummary, unit: str) -> SummaryCard:
    label = gettext("Trend weight")
    days = summary.days_since_weigh_in
    if days is None:
        return SummaryCard(
            "trend_weight", label, "—", "", gettext("Log a few weigh-ins to see your trend.")
        )
    stale = ngettext("No weigh-in for %(days)d day", "No weigh-in for %(days)d days", days) % {
        "days": days
    }
    if summary.trend_weight_kg is None:
        # The last weigh-in is older than the summary's window: too old to call a trend.
        detail = _last_weigh_in(days)
        return SummaryCard("trend_weight", label, "—", "", detail, "warn", stale)
    value = decimal(units.kg_to_display(summary.trend_weight_kg, unit), 1)
    detail = _last_weigh_in(days)
    if summary.fat_kg is not None and summary.lean_kg is not None:
        detail += " · " + gettext("%(fat)s fat, %(lean)s lean (%(pct)s %% trend%(band)s)") % {
            "fat": _weight(summary.fat_kg, unit),
            "lean": _weight(summary.lean_kg, unit),
            "pct": decimal(summary.trend_body_fat_pct or 0.0, 1),
            "band": _band_words(summary),
        }
    if days > STALE_WEIGH_IN_DAYS:
        return SummaryCard("trend_weight", label, value, unit, detail, "warn", stale)
    return SummaryCard("trend_weight", label, value, unit, detail)


RATE_BADGES = {trends.RATE_IN_BAND: "ok", trends.RATE_FAST_LOSS: "warn"}
NOT_ENOUGH_FOR_RATE = gettext_lazy("Needs weigh-ins spread over at least a week.")


def _rate_card(summary: trends.ProgressSummary, unit: str) -> SummaryCard:
    rate = summary.rate
    if rate is None:
        return SummaryCard("rate", gettext("28-day rate"), "—", "", str(NOT_ENOUGH_FOR_RATE))
    return SummaryCard(
        "rate",
        gettext("28-day rate"),
        _signed(units.kg_to_display(rate.kg_per_week, unit), 2),
        gettext("%(unit)s/week") % {"unit": unit},
        gettext("%(pct)s %% of body weight per week") % {"pct": _signed(rate.pct_per_week, 2)},
        RATE_BADGES.get(rate.status, ""),
        rate.status_text.capitalize(),
    )


def _energy_card(summary: trends.ProgressSummary) -> SummaryCard:
    energy = summary.energy
    if energy is None:
        return SummaryCard("energy", gettext("Energy balance"), "—", "", str(NOT_ENOUGH_FOR_RATE))
    # The running-dose card's diet signal draws the same line (trends.diet_signal), so the two
    # cards never disagree about whether there is a deficit.
    signal = trends.diet_signal(energy)
    if signal == trends.DIET_DEFICIT:
        words = gettext("Deficit")
    elif signal == trends.DIET_SURPLUS:
        words = gettext("Surplus")
    else:
        words = gettext("About balanced")
    return SummaryCard(
        "energy",
        gettext("Energy balance"),
        _signed(energy.kcal_per_day, 0),
        gettext("kcal/day"),
        gettext("%(words)s · estimate from %(basis)s, last 28 days")
        % {"words": words, "basis": energy.basis_text},
    )


PROTEIN_BADGES = {
    trends.PROTEIN_IN_TARGET: "ok",
    trends.PROTEIN_LOW: "warn",
    trends.PROTEIN_BELOW_TARGET: "warn",
}


def protein_band_text(unit: str) -> str:
    """The 1.6–2.2 g/kg target band in the viewer's unit, labelled as the chart labels it."""
    low = units.protein_rate_text(trends.PROTEIN_TARGET_MIN_G_PER_KG, unit).split()[0]
    return f"{low}–{units.protein_rate_text(trends.PROTEIN_TARGET_MAX_G_PER_KG, unit)}"


def protein_status_text(status: str, unit: str) -> str:
    """trends.PROTEIN_STATUS_TEXT, with the band and the low line in the viewer's unit."""
    band = protein_band_text(unit)
    low = units.protein_rate_text(trends.PROTEIN_LOW_G_PER_KG, unit)
    return {
        trends.PROTEIN_LOW: gettext("low (under %(low)s)") % {"low": low},
        trends.PROTEIN_BELOW_TARGET: gettext("below the %(band)s target") % {"band": band},
        trends.PROTEIN_IN_TARGET: gettext("within the %(band)s target") % {"band": band},
        trends.PROTEIN_ABOVE_TARGET: gettext("above the %(band)s target") % {"band": band},
    }.get(status) or trends.PROTEIN_STATUS_TEXT.get(status, "")


def _protein_card(summary: trends.ProgressSummary, unit: str) -> SummaryCard:
    protein = summary.protein
    if protein is None:
        detail = (
            gettext("Log protein to compare it with the %(band)s target.")
            % {"band": protein_band_text(unit)}
            if summary.trend_weight_kg is not None
            else gettext("Needs a weigh-in and some logged protein.")
        )
        return SummaryCard("protein", gettext("Protein"), "—", "", detail)
    # Per pound for people who weigh in pounds, like the chart and the band in the badge.
    value = decimal(units.g_per_kg_to_display(protein.g_per_kg, unit), 2)
    detail = ngettext(
        "7-day average of %(count)d logged day",
        "7-day average of %(count)d logged days",
        protein.days_logged,
    ) % {"count": protein.days_logged}
    return SummaryCard(
        "protein",
        gettext("Protein"),
        value,
        f"g/{unit}",
        detail,
        PROTEIN_BADGES.get(protein.status, ""),
        protein_status_text(protein.status, unit).capitalize(),
    )


def _running_card(summary: trends.ProgressSummary, unit: str) -> SummaryCard:
    load = summary.acute_chronic
    value = decimal(units.km_to_display(summary.week_km, unit), 1)
    label = gettext("This week")
    if summary.last_run is None:
        return SummaryCard("running", label, value, unit, gettext("No runs logged yet."))
    detail = gettext("Since Monday")
    if load.ratio is not None:
        detail += " · " + gettext("last 7 days %(acute)s vs %(chronic)s/week over 4 weeks") % {
            "acute": _distance(load.acute_km, unit),
            "chronic": _distance(load.chronic_weekly_km, unit),
        }
    if load.spike and load.ratio is not None:
        spike = gettext("Load spike: %(ratio)s× your 4-week average — build up gradually") % {
            "ratio": decimal(load.ratio, 1)
        }
        return SummaryCard("running", label, value, unit, detail, "warn", spike)
    if not load.baseline_ready:
        # A first weeks' ratio compares running with almost nothing: no alarm, say why.
        building = gettext(
            "Building your baseline: load spikes are judged after 3 weeks of running"
        )
        return SummaryCard("running", label, value, unit, detail, "", building)
    return SummaryCard("running", label, value, unit, detail)


def summary_cards(
    summary: trends.ProgressSummary, *, weight_unit: str, distance_unit: str
) -> list[SummaryCard]:
    """The five cards above the charts, in the viewer's units."""
    return [
        _trend_weight_card(summary, weight_unit),
        _rate_card(summary, weight_unit),
        _energy_card(summary),
        _protein_card(summary, weight_unit),
        _running_card(summary, distance_unit),
    ]


# --- Charts ---------------------------------------------------------------------------------


def _period(chart_range: charts.ChartRange) -> str:
    return chart_range.period


def _aria_label(
    key: str,
    table: charts.DataTable,
    figure: charts.Figure,
    period: str,
    unit_names: dict[str, str],
) -> str:
    """A one-sentence summary of the chart for screen readers, from the table's own numbers."""
    first, last = table.row(0), table.row(-1)
    w, d = unit_names["weight"], unit_names["distance"]
    if key == "weight":
        return gettext("Weight trend from %(first)s to %(last)s %(unit)s %(period)s") % {
            "first": decimal_text(first[2]),
            "last": decimal_text(last[2]),
            "unit": w,
            "period": period,
        }
    if key == "composition":
        return gettext(
            "Fat mass trend from %(fat_first)s to %(fat_last)s %(unit)s and lean mass from "
            "%(lean_first)s to %(lean_last)s %(unit)s %(period)s"
        ) % {
            "fat_first": decimal_text(first[1]),
            "fat_last": decimal_text(last[1]),
            "lean_first": decimal_text(first[2]),
            "lean_last": decimal_text(last[2]),
            "unit": w,
            "period": period,
        }
    if key == "body_fat":
        return gettext("Body fat trend from %(first)s to %(last)s %% %(period)s") % {
            "first": decimal_text(first[2]),
            "last": decimal_text(last[2]),
            "period": period,
        }
    if key == "protein":
        # The mean of the table's values as shown, without formatting its rows: the chart's
        # bars are the table's values (the source, in the viewer's unit) rounded to 2 decimals
        # (charts.protein_figure), and round(value, 2) is the number "{value:.2f}" shows (both
        # round correctly), so the mean is the same to the last digit. Reading the bars saves
        # rounding every logged day a second time.
        values = figure["data"][0]["y"]
        mean = sum(values) / len(values)
        rows = table.source
        return ngettext(
            "Protein on %(count)s logged day %(period)s, averaging %(mean)s g/%(unit)s of "
            "body weight",
            "Protein on %(count)s logged days %(period)s, averaging %(mean)s g/%(unit)s of "
            "body weight",
            len(rows),
        ) % {"count": len(rows), "period": period, "mean": decimal(mean, 2), "unit": w}
    if key == "dose":
        # The table shows each week's counts as they are: read them without formatting rows.
        counted = [qualifying for _, qualifying, _ in table.source]
        in_band = sum(1 for value in counted if 3 <= value <= 5)
        return ngettext(
            "Runs that counted toward the dose %(period)s: %(runs)s in %(count)s week, "
            "%(in_band)s of those weeks in the 3 to 5 band",
            "Runs that counted toward the dose %(period)s: %(runs)s in %(count)s weeks, "
            "%(in_band)s of those weeks in the 3 to 5 band",
            len(counted),
        ) % {"period": period, "runs": sum(counted), "count": len(counted), "in_band": in_band}
    rows = table.rows  # the weekly table is short
    values = [float(row[1]) for row in rows]
    return ngettext(
        "Weekly running distance %(period)s: %(total)s %(unit)s in %(count)s week, highest "
        "week %(highest)s %(unit)s",
        "Weekly running distance %(period)s: %(total)s %(unit)s in %(count)s weeks, highest "
        "week %(highest)s %(unit)s",
        len(rows),
    ) % {
        "period": period,
        "total": decimal(sum(values), 1),
        "count": len(rows),
        "highest": decimal(max(values), 1),
        "unit": d,
    }


def _empty_message(figure: charts.Figure) -> str:
    if not charts.figure_is_empty(figure):
        return ""
    annotations = figure["layout"].get("annotations") or [{}]
    return str(annotations[0].get("text") or gettext("Nothing to show in this range yet"))


def _cell_text(cell: object, sep: str) -> str:
    """A table cell as shown: numbers ("80.4", "±0.5") with the language's separator, words
    (a body-fat method) as they are."""
    text = str(cell)
    if sep != "." and text[:1] in "0123456789±+−-":
        return text.replace(".", sep)
    return text


def _table_body(table: charts.DataTable) -> SafeString:
    """The table's <tbody> rows, escaped, built in Python.

    Three years of data is ~2,800 rows over five tables; a template loop over them took
    ~250 ms of a 300 ms "All time" page, and format_html_join still ~80 ms. Every cell goes
    through html.escape, so the result is safe to mark as such.
    """
    day_text = day_formatter("SHORT_DAY_MONTH_YEAR_FORMAT")
    sep = separator()
    rows = (
        f'<tr><th scope="row">{escape(day_text(row[0]))}</th>'
        + "".join(f'<td class="num">{escape(_cell_text(cell, sep))}</td>' for cell in row[1:])
        + "</tr>"
        for row in table.rows
    )
    return mark_safe("\n".join(rows))  # every cell is escaped above


def _caveat(key: str, body_fat: BodyFatAnalysis | None) -> str:
    """The words under a chart: the body-fat caveat, and which method drives the numbers."""
    if key not in ("body_fat", "composition") or body_fat is None:
        return ""
    method = ""
    if body_fat.primary:
        if body_fat.primary_chosen:
            method = gettext("Main method: %(method)s (your choice in Settings).")
        else:
            method = gettext("Main method: %(method)s (used most lately).")
        method %= {"method": body_fat.primary_label}
        if body_fat.latest is not None:
            method += " " + gettext("Trend %(value)s %% ± %(band)s points.") % {
                "value": decimal(body_fat.latest.value, 1),
                "band": decimal(body_fat.latest.band, 1),
            }
    if key == "composition":
        return " ".join(part for part in (method, body_fat.not_ready_reason) if part)
    return " ".join(part for part in (gettext(charts.BODY_FAT_CAVEAT), method) if part)


def chart_panels(
    progress: charts.ProgressCharts,
    *,
    weight_unit: str,
    distance_unit: str,
    id_prefix: str,
    table_url: Callable[[str], str] | None = None,
) -> list[ChartPanel]:
    period = _period(progress.chart_range)
    unit_names = {"weight": weight_unit, "distance": distance_unit}
    # What the descriptions may quote (only protein's does), worked out once for the six.
    description_words = {
        "unit": weight_unit,
        "protein_band": protein_band_text(weight_unit),
        "protein_low": units.protein_rate_text(trends.PROTEIN_LOW_G_PER_KG, weight_unit),
    }
    panels = []
    for key, title in CHART_TITLES.items():
        figure = progress.figures[key]
        table = progress.tables[key]
        empty = _empty_message(figure)
        panels.append(
            ChartPanel(
                key=key,
                title=gettext(title),
                description=gettext(CHART_DESCRIPTIONS[key]) % description_words,
                figure=figure,
                figure_id=f"{id_prefix}-fig-{key}".replace("_", "-"),
                empty_message=empty,
                aria_label="" if empty else _aria_label(key, table, figure, period, unit_names),
                table=table,
                table_url=(
                    f"{table_url(key)}?range={progress.chart_range.key}" if table_url else ""
                ),
                table_link=ngettext(
                    "Open the data table (%(rows)s row)",
                    "Open the data table (%(rows)s rows)",
                    table.row_count,
                )
                % {"rows": table.row_count},
                caveat=_caveat(key, progress.body_fat),
                note=charts.figure_note(figure),
            )
        )
    return panels


def dose_card_for(
    summary: trends.ProgressSummary, *, athlete: User, is_own: bool
) -> RunningDoseCard | None:
    """The running-dose card from the summary (None only for a summary built without one)."""
    if summary.running_dose is None:
        return None
    return running_dose_card(
        summary.running_dose,
        runs=summary.recent_runs,
        energy=summary.energy,
        max_hr=summary.max_hr,
        load=summary.acute_chronic,
        is_own=is_own,
        athlete_name=athlete.name,
    )


@dataclass(frozen=True)
class TodayPanel:
    """What the Today page shows above the quick-log forms: the trend strip and the dose card."""

    cards: list[SummaryCard]
    dose_card: RunningDoseCard | None
    effort_runs: list[EffortRun]
    # The newest active goal with a number to follow, in one line (tracker.goal_targets).
    goal_target: TargetView | None = None


def today_panel(athlete: User) -> TodayPanel:
    """Trend cards and the running-dose card from the athlete's stored summary (one query when
    it is current; recomputed and stored after a write or when their day has changed)."""
    summary = summary_store.summary_of(athlete)
    cards = (
        today_cards_for(
            summary, weight_unit=athlete.weight_unit, distance_unit=athlete.distance_unit
        )
        if summary.last_weigh_in is not None
        else []
    )
    dose_card = dose_card_for(summary, athlete=athlete, is_own=True)
    if dose_card is not None and summary.last_run is None:
        dose_card = None  # a non-runner's Today page doesn't need a running card
    effort_runs = selectors.runs_without_intensity(athlete, summary) if dose_card else []
    return TodayPanel(cards, dose_card, effort_runs, active_target_view(athlete, summary))


def active_target_view(athlete: User, summary: trends.ProgressSummary) -> TargetView | None:
    """Today's line about the newest active goal with a tracked target (one query)."""
    goal = (
        Goal.objects.filter(user=athlete, target_kind__in=TRACKED_KINDS)
        .active()
        .order_by("-created_at")
        .first()
    )
    if goal is None:
        return None
    return target_view(goal, summary, weight_unit=athlete.weight_unit)


def today_cards(athlete: User) -> list[SummaryCard]:
    """Trend weight, 28-day rate, protein and this week's running for the Today page, from the
    summary windows only (so Today stays fast with years of data); empty until there is a
    weigh-in to build a trend from."""
    as_of = athlete.local_today()
    summary = athlete_summary(selectors.summary_history(athlete, as_of), as_of)
    if summary.last_weigh_in is None:
        return []
    return today_cards_for(
        summary, weight_unit=athlete.weight_unit, distance_unit=athlete.distance_unit
    )


def today_cards_for(
    summary: trends.ProgressSummary, *, weight_unit: str, distance_unit: str
) -> list[SummaryCard]:
    """The Today subset of :func:`summary_cards` (no energy balance), the same card objects."""
    return [
        card
        for card in summary_cards(summary, weight_unit=weight_unit, distance_unit=distance_unit)
        if card.key in TODAY_CARD_KEYS
    ]


TODAY_CARD_KEYS = ("trend_weight", "rate", "protein", "running")


def progress_windows(range_key: str, as_of: date) -> Windows:
    """What the Progress page reads for a range: the summary windows, plus the range itself
    with a warm-up before it for the trends (whole history for "all").

    After 62 days of warm-up at 10 % a day the seed's weight in the trend is 0.15 %, so the
    3-month chart starts where a trend over all history would, without reading all history.
    """
    start = charts.range_start(range_key, as_of)
    if start is None:
        return Windows()
    summary = summary_windows(as_of)
    assert summary.weights_since and summary.protein_since and summary.runs_since  # never open
    return Windows(
        weights_since=min(summary.weights_since, start - timedelta(days=TREND_WARM_UP_DAYS)),
        protein_since=min(summary.protein_since, start),
        # Whole ISO weeks: the first bar covers the week the range starts in.
        runs_since=min(summary.runs_since, trends.week_start(start)),
    )


def progress_context(
    athlete: User,
    *,
    range_key: str,
    viewer: User,
    id_prefix: str = "progress",
    history: History | None = None,
    table_url: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Context for ``tracker/includes/progress_body.html``: ``{"progress": ProgressPage}``.

    Five queries whatever the history's length (or none when `history` is given; it must cover
    :func:`progress_windows`). Numbers are as of the athlete's local today; units are the
    viewer's. An unknown `range_key` falls back to the default range. `table_url(key)` is
    where each chart's data table loads from when opened.
    """
    range_key = resolve_range_key(range_key)
    weight_unit, distance_unit = viewer.weight_unit, viewer.distance_unit
    as_of = athlete.local_today()
    if history is None:
        history = selectors.athlete_history(athlete, progress_windows(range_key, as_of))
    summary = athlete_summary(history, as_of)
    progress = charts.progress_charts(
        history.weights,
        history.body_fats,
        history.protein_days,
        history.runs,
        as_of=as_of,
        range_key=range_key,
        weight_unit=weight_unit,
        distance_unit=distance_unit,
        primary_method=history.body_fat_method or None,
        max_hr=summary.max_hr.bpm if summary.max_hr else None,
    )
    is_own = athlete.pk == viewer.pk
    short_labels = short_range_labels()
    page = ProgressPage(
        athlete=athlete,
        is_own=is_own,
        as_of=as_of,
        weight_unit=weight_unit,
        distance_unit=distance_unit,
        # Anything ever logged counts, not just what the range's windows read.
        has_data=history.ever_logged or not history.is_empty,
        summary=summary,
        cards=summary_cards(summary, weight_unit=weight_unit, distance_unit=distance_unit),
        charts=chart_panels(
            progress,
            weight_unit=weight_unit,
            distance_unit=distance_unit,
            id_prefix=id_prefix,
            table_url=table_url,
        ),
        chart_range=progress.chart_range,
        ranges=[
            RangeOption(
                key,
                option.label,
                short_labels.get(key, option.label),
                key == range_key,
            )
            for key, option in charts.RANGES.items()
        ],
        plot_config=PLOT_CONFIG,
        id_prefix=id_prefix,
        dose_card=dose_card_for(summary, athlete=athlete, is_own=is_own),
        effort_runs=selectors.runs_without_intensity(athlete, summary) if is_own else [],
    )
    return {"progress": page}


def data_table_context(
    athlete: User, *, key: str, range_key: str, viewer: User, id_prefix: str = "progress"
) -> dict[str, Any] | None:
    """One chart's data table with its rows, for the request that opens it (None: no such
    chart). ``{"progress": ProgressPage, "chart": ChartPanel}``."""
    if key not in CHART_TITLES:
        return None
    context = progress_context(athlete, range_key=range_key, viewer=viewer, id_prefix=id_prefix)
    page: ProgressPage = context["progress"]
    chart = next(panel for panel in page.charts if panel.key == key)
    return {"progress": page, "chart": replace(chart, table_body=_table_body(chart.table))}
