"""The metric registry: one declaration per logged metric, which every page iterates over.

A `Metric` says everything the app knows about one kind of entry: its slug (URLs), model,
singular and plural names, the edit form and the quick-log form, the history table's columns,
the key an import uses to spot rows already stored, the export file and its columns, and the
flash message after a quick log. History pages, quick-log cards, import de-duplication, the
export ZIP and the test factories read this dict; adding a metric means adding its model, form,
card partial and one `Metric(...)` here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.template.defaultfilters import floatformat
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from tracker import forms, units
from tracker.l10n import day_month, decimal, decimal_text, short_day_month
from tracker.models import BodyFatEntry, Entry, Measurement, ProteinEntry, RunEntry, WeightEntry
from tracker.templatetags.wholebody import (
    circumference,
    distance,
    dose_status,
    duration,
    pace,
    weight,
)
from tracker.weigh_ins import entry_time_text

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

    from tracker.models import User

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    """One column of the history table: its header and how an entry's cell reads."""

    header: _StrPromise
    cell: Callable[[Any, User], str]  # may return safe HTML (format_html)
    numeric: bool = True
    wrap: bool = False

    @property
    def css(self) -> str:
        return "num" if self.numeric else ("wrap" if self.wrap else "")


@dataclass(frozen=True)
class ImportKey:
    """What makes an imported row a duplicate of a stored entry: equal `fields` (numbers
    rounded to `places`), or, when `also_by` is set, an equal non-empty value of that field
    (a run's id in the app it came from)."""

    fields: tuple[str, ...]
    places: tuple[tuple[str, int], ...] = ()
    also_by: str = ""

    def of(self, values: dict[str, Any]) -> tuple:
        rounding = dict(self.places)
        return tuple(
            round(values[f], rounding[f]) if f in rounding else values[f] for f in self.fields
        )


@dataclass(frozen=True)
class ExportColumn:
    header: str  # CSV header: stable, never translated (the importers read it back)
    value: Callable[[Any], Cell]


@dataclass(frozen=True)
class Metric:
    slug: str  # in URLs: /history/<slug>/, /log/<slug>/
    label: _StrPromise  # "Weight": tabs and headings
    noun: _StrPromise  # "weigh-in": used in messages
    noun_plural: _StrPromise  # "weigh-ins"
    model: type[Entry]
    form: type[forms.UserBoundForm]  # edit form (history pages)
    columns: tuple[Column, ...]  # history table, after the date
    export_file: str  # in the export ZIP
    export_columns: tuple[ExportColumn, ...]
    quick_form: type | None = None  # the Today card's form; None: logged on its own page
    import_name: str = ""  # the importers' name for these rows ("body_fat"); "" if none
    import_key: ImportKey | None = None
    logged: Callable[[Any, User], str] | None = None  # the flash after a quick log
    # What the quick-log card shows beside its form (one small query), so a quick-log post
    # answers with its own card alone.
    card_facts: Callable[[User], dict[str, object]] | None = None
    # The quick-log card (templates/tracker/dashboard.html#quicklog_card): its title, the line
    # beside the title (from card_facts), its rows of fields, fields folded under a summary,
    # a help line, quick-add buttons, and the submit button's words.
    card_title: _StrPromise | None = None
    card_latest: Callable[[dict[str, Any], User], str] | None = None
    card_rows: tuple[tuple[str, ...], ...] = ()
    card_more_label: _StrPromise | None = None
    card_more_rows: tuple[tuple[str, ...], ...] = ()
    card_help: _StrPromise | None = None
    card_increments: tuple[int, ...] = ()
    card_increments_label: _StrPromise | None = None
    card_submit: _StrPromise | None = None
    # The card also works offline (static/js/offline-log.js queues its posts).
    offline: bool = False

    def card_line(self, facts: dict[str, Any], user: User) -> str:
        return self.card_latest(facts, user) if self.card_latest else ""

    @property
    def key(self) -> str:
        """The slug as a template key ("body_fat"): hyphens can't be looked up there."""
        return self.slug.replace("-", "_")

    def logged_message(self, entry: Any, user: User) -> str:
        if self.logged is None:
            return gettext("Logged the %(noun)s.") % {"noun": self.noun}
        return self.logged(entry, user)


def _day(entry: Any) -> Cell:
    return entry.day.isoformat()


def _exact(attr: str) -> Callable[[Any], Cell]:
    return lambda entry: units.exact_number(getattr(entry, attr))


def _text(attr: str) -> Callable[[Any], Cell]:
    return lambda entry: getattr(entry, attr)


def _short_day(entry: Any) -> str:
    return day_month(entry.day)


def _weight_logged(entry: WeightEntry, user: User) -> str:
    return gettext("Logged %(weight)s for %(day)s.") % {
        "weight": decimal_text(weight(entry.weight_kg, user.weight_unit)),
        "day": _short_day(entry),
    }


def _body_fat_logged(entry: BodyFatEntry, user: User) -> str:
    return gettext("Logged %(percent)s %% body fat for %(day)s.") % {
        "percent": decimal(entry.percent, 1),
        "day": _short_day(entry),
    }


# Whether a run just logged counts toward the running dose, after "Logged a 5.00 km run: ".
DOSE_WORDS = {
    "counted": _("it counts toward your running dose."),
    "short": _("under 30 minutes, so it doesn't count toward your running dose."),
    "easy": _("an easy effort, so it doesn't count toward your running dose."),
    "unknown": _("add how hard it felt (effort) so it can count toward your running dose."),
}


def _run_logged(entry: RunEntry, user: User) -> str:
    return gettext("Logged a %(distance)s run for %(day)s: %(dose)s") % {
        "distance": decimal_text(distance(entry.distance_km, user.distance_unit)),
        "day": _short_day(entry),
        "dose": DOSE_WORDS[dose_status(entry, user)["code"]],
    }


def _protein_logged(entry: ProteinEntry, user: User) -> str:
    return gettext("%(grams)s g of protein on %(day)s.") % {
        "grams": decimal(entry.grams, 0),
        "day": _short_day(entry),
    }


def _latest_weight(user: User) -> dict[str, object]:
    return {"latest_weight": WeightEntry.objects.for_user(user).first()}


def _latest_body_fat(user: User) -> dict[str, object]:
    return {"latest_body_fat": BodyFatEntry.objects.for_user(user).first()}


def _recent_runs(user: User) -> dict[str, object]:
    return {"recent_runs": list(RunEntry.objects.for_user(user)[:3])}


def _protein_today(user: User) -> dict[str, object]:
    grams = (
        ProteinEntry.objects.for_user(user)
        .filter(day=user.local_today())
        .values_list("grams", flat=True)
        .first()
    )
    return {"protein_today": grams or 0}


def _short(day: Any) -> str:
    return short_day_month(day)


def _weight_latest(facts: dict[str, Any], user: User) -> str:
    latest = facts["latest_weight"]
    if latest is None:
        return gettext("No weigh-ins yet")
    value = decimal_text(weight(latest.weight_kg, user.weight_unit))  # 80,4 kg in Italian
    values = {"value": value, "day": _short(latest.day)}
    time = entry_time_text(latest, user)
    if not time:
        return gettext("Last: %(value)s · %(day)s") % values
    if latest.day == user.local_today():
        return gettext("Last: %(value)s at %(time)s") % {**values, "time": time}
    return gettext("Last: %(value)s · %(day)s at %(time)s") % {**values, "time": time}


def _body_fat_latest(facts: dict[str, Any], user: User) -> str:
    latest = facts["latest_body_fat"]
    if latest is None:
        return gettext("No readings yet")
    return gettext("Last: %(percent)s %% · %(day)s") % {
        "percent": floatformat(latest.percent, 1),
        "day": _short(latest.day),
    }


def _runs_latest(facts: dict[str, Any], user: User) -> str:
    runs = facts["recent_runs"]
    if not runs:
        return gettext("No runs yet")
    last = runs[0]
    parts = [
        gettext("Last: %(value)s · %(day)s")
        % {"value": distance(last.distance_km, user.distance_unit), "day": _short(last.day)}
    ]
    if last.effort:
        parts.append(gettext("effort %(effort)s") % {"effort": last.effort})
    if last.avg_heart_rate:
        parts.append(gettext("%(bpm)s bpm") % {"bpm": last.avg_heart_rate})
    text = format_html_join(" · ", "{}", ((part,) for part in parts))
    return format_html("{} · {}", text, _dose_cell(last, user))


def _protein_latest(facts: dict[str, Any], user: User) -> str:
    return gettext("Today: %(grams)s g") % {"grams": floatformat(facts["protein_today"], 0)}


def _dose_cell(entry: RunEntry, user: User) -> str:
    status = dose_status(entry, user)
    return format_html('<span class="run-status {}">{}</span>', status["code"], status["text"])


def _dash(value: object) -> str:
    return "—" if value in (None, "") else str(value)


WEIGHT = Metric(
    slug="weight",
    label=_("Weight"),
    noun=_("weigh-in"),
    noun_plural=_("weigh-ins"),
    model=WeightEntry,
    form=forms.WeightForm,
    quick_form=forms.WeightForm,
    columns=(
        Column(_("Weight"), lambda e, u: weight(e.weight_kg, u.weight_unit)),
        # When it was weighed, in the athlete's zone ("—" for one logged for another day).
        Column(pgettext_lazy("time of day", "Time"), lambda e, u: _dash(entry_time_text(e, u))),
    ),
    export_file="weights.csv",
    export_columns=(ExportColumn("date", _day), ExportColumn("weight_kg", _exact("weight_kg"))),
    import_name="weight",
    import_key=ImportKey(("day", "weight_kg"), places=(("weight_kg", 1),)),
    logged=_weight_logged,
    card_facts=_latest_weight,
    card_title=_("Weight"),
    card_latest=_weight_latest,
    card_rows=(("weight", "day"),),
    card_submit=_("Log weight"),
    offline=True,
)
BODY_FAT = Metric(
    slug="body-fat",
    label=_("Body fat"),
    noun=_("body-fat reading"),
    noun_plural=_("body-fat readings"),
    model=BodyFatEntry,
    form=forms.BodyFatForm,
    quick_form=forms.BodyFatForm,
    columns=(
        Column(_("Body fat"), lambda e, u: f"{floatformat(e.percent, 1)} %"),
        Column(_("Method"), lambda e, u: e.get_method_display(), numeric=False),
    ),
    export_file="body_fat.csv",
    export_columns=(
        ExportColumn("date", _day),
        ExportColumn("body_fat_percent", _exact("percent")),
        ExportColumn("method", _text("method")),
    ),
    import_name="body_fat",
    import_key=ImportKey(("day", "percent"), places=(("percent", 1),)),
    logged=_body_fat_logged,
    card_facts=_latest_body_fat,
    card_title=_("Body fat"),
    card_latest=_body_fat_latest,
    card_rows=(("percent", "method"), ("day",)),
    card_help=_(
        "Single readings from home scales can be off by several points; Wholebody only shows "
        "the trend."
    ),
    card_submit=_("Log body fat"),
)
RUNS = Metric(
    slug="runs",
    label=_("Runs"),
    noun=_("run"),
    noun_plural=_("runs"),
    model=RunEntry,
    form=forms.RunForm,
    quick_form=forms.RunForm,
    columns=(
        Column(_("Distance"), lambda e, u: distance(e.distance_km, u.distance_unit)),
        Column(_("Time"), lambda e, u: duration(e.duration_s)),
        Column(_("Pace"), lambda e, u: pace(e.pace_s_per_km, u.distance_unit)),
        Column(_("HR"), lambda e, u: _dash(e.avg_heart_rate)),
        Column(_("Effort"), lambda e, u: _dash(e.effort)),
        Column(_("Running dose"), _dose_cell, numeric=False),
        Column(
            _("Note"),
            lambda e, u: e.note if len(e.note) <= 40 else e.note[:39] + "…",
            numeric=False,
            wrap=True,
        ),
    ),
    export_file="runs.csv",
    export_columns=(
        ExportColumn("date", _day),
        ExportColumn("distance_km", _exact("distance_km")),
        ExportColumn("duration_s", _text("duration_s")),
        ExportColumn("avg_heart_rate", _exact("avg_heart_rate")),
        ExportColumn("elevation_gain_m", _exact("elevation_gain_m")),
        ExportColumn("effort", _exact("effort")),
        ExportColumn("note", _text("note")),
        ExportColumn("source", _text("source")),
        ExportColumn("external_id", _text("external_id")),
    ),
    import_name="runs",
    import_key=ImportKey(
        ("day", "distance_km", "duration_s"), places=(("distance_km", 2),), also_by="external_id"
    ),
    logged=_run_logged,
    card_facts=_recent_runs,
    card_title=_("Run"),
    card_latest=_runs_latest,
    card_rows=(("distance", "duration", "day", "effort"),),
    card_more_label=_("Heart rate, elevation, note"),
    card_more_rows=(("avg_heart_rate", "elevation_gain_m"), ("note",)),
    card_submit=_("Log run"),
    offline=True,
)
PROTEIN = Metric(
    slug="protein",
    label=_("Protein"),
    noun=_("protein day"),
    noun_plural=_("protein days"),
    model=ProteinEntry,
    form=forms.ProteinForm,
    quick_form=forms.ProteinAddForm,
    columns=(Column(_("Protein"), lambda e, u: f"{floatformat(e.grams, 0)} g"),),
    export_file="protein.csv",
    export_columns=(ExportColumn("date", _day), ExportColumn("grams", _exact("grams"))),
    import_name="protein",
    import_key=ImportKey(("day",)),
    logged=_protein_logged,
    card_facts=_protein_today,
    card_title=_("Protein"),
    card_latest=_protein_latest,
    card_rows=(("grams", "day"),),
    card_increments=(10, 20, 30),
    card_increments_label=_("Quick add protein"),
    card_submit=_("Add protein"),
    offline=True,
)
MEASUREMENTS = Metric(
    slug="measurements",
    label=_("Measurements"),
    noun=_("measurement"),
    noun_plural=_("measurements"),
    model=Measurement,
    form=forms.MeasurementForm,
    columns=(
        Column(_("Site"), lambda e, u: e.label, numeric=False),
        Column(_("Circumference"), lambda e, u: circumference(e.cm, u.length_unit)),
    ),
    export_file="measurements.csv",
    export_columns=(
        ExportColumn("date", _day),
        ExportColumn("site", _text("site")),
        ExportColumn("side", _text("side")),
        ExportColumn("cm", _exact("cm")),
    ),
    import_name="measurements",
    # Same day, site, side and value (to 0.1 cm): a second, different reading of a site on
    # one day is kept, as a second weigh-in is.
    import_key=ImportKey(("day", "site", "side", "cm"), places=(("cm", 1),)),
)

METRICS: dict[str, Metric] = {m.slug: m for m in (WEIGHT, BODY_FAT, RUNS, PROTEIN, MEASUREMENTS)}
# Today's cards, in the order the page shows them (the most frequent logs first).
QUICK_LOG_METRICS: dict[str, Metric] = {
    m.slug: m for m in (WEIGHT, PROTEIN, RUNS, BODY_FAT) if m.quick_form is not None
}
IMPORTED_METRICS: dict[str, Metric] = {m.import_name: m for m in METRICS.values() if m.import_name}
