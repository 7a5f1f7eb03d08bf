"""Template filters that show stored metric values in the viewer's units, with the decimal
separator of the page's language (22,5 km in Italian)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django import template
from django.utils.formats import number_format
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as django_gettext

from tracker import units
from tracker.l10n import rounded
from tracker.running_card import run_status
from tracker.trends import RunPoint

register = template.Library()


def _decimal(value: float, digits: int, sep: str | None = None) -> str:
    # Rounded like f"{value:.1f}" but with the active language's decimal separator (`sep`, when
    # the caller looked it up once for many numbers). No thousands grouping
    # (USE_THOUSAND_SEPARATOR is off; see the README's Languages section).
    return rounded(value, digits, sep)


@register.filter
def weight(kg: float | None, unit: str = "kg", sep: str | None = None) -> str:
    """81.2 kg, or 179.0 lb for a user who prefers pounds."""
    if kg is None:
        return "—"
    return f"{_decimal(units.kg_to_display(kg, unit), 1, sep)} {unit}"


@register.filter
def circumference(cm: float | None, unit: str = "cm") -> str:
    """A circumference: 84.5 cm, or 33.3 in. (Not named "length": that is Django's built-in
    filter, which this library would shadow in every template that loads it.)"""
    if cm is None:
        return "—"
    return f"{_decimal(units.cm_to_display(cm, unit), 1)} {unit}"


@register.filter
def distance(km: float | None, unit: str = "km", sep: str | None = None) -> str:
    if km is None:
        return "—"
    return f"{_decimal(units.km_to_display(km, unit), 2, sep)} {unit}"


@register.filter
def elevation(metres: float | None, distance_unit: str = "km") -> str:
    """Elevation gain in feet for mile users, metres otherwise: "394 ft" / "120 m"."""
    if metres is None:
        return "—"
    shown = units.m_to_display_elevation(metres, distance_unit)
    # Grouped (1,234 ft; 1.234 m in Italian): only elevation reaches the thousands.
    shown_text = number_format(round(shown), force_grouping=True)
    return f"{shown_text} {units.elevation_unit(distance_unit)}"


@register.filter
def duration(seconds: float | None) -> str:
    return "—" if seconds is None else units.format_duration(seconds)


@register.filter
def pace(seconds_per_km: float | None, unit: str = "km") -> str:
    return "—" if not seconds_per_km else units.format_pace(seconds_per_km, unit)


@register.filter
def signed(value: float | None, digits: int = 1, sep: str | None = None) -> str:
    """+0.4 / −0.4 with a real minus sign."""
    if value is None:
        return "—"
    text = _decimal(abs(value), digits, sep)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)


@register.filter
def with_next(url: str, next_url: str | None) -> str:
    """``{{ signup_url|with_next:next }}``: the link carries ?next= when there is one, so a
    translated sentence can hold the whole link as one variable."""
    return f"{url}?next={quote(next_url, safe='/')}" if next_url else url  # as |urlencode does


@register.filter
def times(count: int | None) -> range:
    """``{% for _ in n|times %}``: repeat something n times (the dose card's dots)."""
    return range(max(0, min(int(count or 0), 14)))  # a week never holds more dots than this


@register.filter
def dose_status(run: Any, user: Any) -> dict[str, str]:
    """Whether a logged run counted toward the running dose, for the run history and quick-log.

    ``{% with status=entry|dose_status:user %}``: ``status.code`` is counted / short / easy /
    unknown, ``status.text`` the words. Heart rate is judged against the user's max HR (as of
    the run's day), else the effort decides.
    """
    max_hr = user.max_heart_rate_for_dose(run.day)
    point = RunPoint(
        run.day, run.distance_km, float(run.duration_s), run.avg_heart_rate, run.effort
    )
    code, text = run_status(point, max_hr.bpm if max_hr else None)
    return {"code": code, "text": text}


@register.simple_tag
def history_cells(metric: Any, entry: Any, user: Any) -> list[tuple[str, str, str]]:
    """``{% history_cells metric entry user as cells %}``: (css class, text, header) per column
    of the metric's history table, as the registry (tracker.metrics) declares them; the header
    labels the cell when the table is drawn as cards on a phone."""
    return [(column.css, column.cell(entry, user), column.header) for column in metric.columns]


# Languages that write weekday names in lower case inside a sentence; Django's names are
# capitalised, as they stand at the start of a heading or a table cell.
LOWER_CASE_WEEKDAYS = frozenset({"it", "es", "fr", "pt"})


@register.filter
def in_sentence(text: str) -> str:
    """``{{ day|date:"LONG_WEEKDAY_DATE_FORMAT"|in_sentence }}``: a date that starts with a
    weekday, as written inside a sentence ("verrà eliminata la pesata di lunedì 7 dicembre");
    German and English keep the capital."""
    language = (get_language() or "").split("-")[0]
    if text and language in LOWER_CASE_WEEKDAYS:
        return text[0].lower() + text[1:]
    return text


@register.filter
def field(form: Any, name: str) -> Any:
    """``{{ form|field:name }}``: a form's bound field by a name held in a variable (the
    quick-log card lays out the fields its registry entry names)."""
    return form[name]


# Widgets whose template is Django's plain <input> (text.html, date.html, ... only include it).
_PLAIN_INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html" for name in ("input", "text", "date", "number", "email")
)


def _html_attrs(attrs: dict[str, Any]) -> str:
    """What django/forms/attrs.html writes: ` name="value"`, bare for True, nothing for False."""
    return "".join(
        ""
        if value is False
        else f" {escape(name)}"
        if value is True
        else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
    )


def _label_html(bound: Any) -> str:
    """What ``bound.label_tag()`` renders through django/forms/label.html (the suffix unless the
    label ends in punctuation, ``for`` the widget's id), written directly."""
    field = bound.field
    contents = bound.label
    suffix = field.label_suffix if field.label_suffix is not None else bound.form.label_suffix
    # Django's own catalogue translates these (aliased: makemessages must not copy it to ours).
    if suffix and contents and contents[-1] not in django_gettext(":?.!"):
        contents = format_html("{}{}", contents, suffix)
    id_ = field.widget.attrs.get("id") or bound.auto_id
    if not id_:
        return str(conditional_escape(contents))
    for_id = field.widget.id_for_label(id_)
    attrs = f' for="{escape(for_id)}"' if for_id else ""
    return f"<label{attrs}>{conditional_escape(contents)}</label>"


def _is_plain_select(widget: Any) -> bool:
    return (
        widget.template_name == "django/forms/widgets/select.html"
        and widget.option_template_name == "django/forms/widgets/select_option.html"
    )


def _input_html(context: dict[str, Any]) -> str:
    """django/forms/widgets/input.html."""
    value = context["value"]
    return (
        f'<input type="{escape(context["type"])}" name="{escape(context["name"])}"'
        + ("" if value is None else f' value="{escape(value)}"')
        + _html_attrs(context["attrs"])
        + ">"
    )


def _select_html(context: dict[str, Any]) -> str:
    """django/forms/widgets/select.html with select_option.html for each option (whose own
    trailing newline is part of the markup)."""
    parts = [f'<select name="{escape(context["name"])}"{_html_attrs(context["attrs"])}>']
    for group_name, group_choices, _index in context["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{escape(group_name)}">')
        for option in group_choices:
            parts.append(
                f'\n  <option value="{escape(option["value"])}"{_html_attrs(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


@register.filter
def field_group(bound: Any) -> str:
    """``{{ bound|field_group }}``: the same HTML as ``{{ bound.as_field_group }}`` (label, help
    text, errors, input, with the ids, aria-describedby and aria-invalid Django gives them),
    written directly for plain <input> and <select> fields instead of through the form
    renderer's templates (a select's options were a template each: two selects were a tenth of
    Today's time); other widgets (radios, fieldsets) and forms with a required-field class go
    the usual way. tests/test_quick_log_queries.py checks both give the same markup."""
    widget = bound.field.widget
    plain_input = widget.template_name in _PLAIN_INPUT_TEMPLATES
    if (
        bound.use_fieldset
        or widget.is_hidden
        or not (plain_input or _is_plain_select(widget))
        or getattr(bound.form, "required_css_class", None)
        or bound.form.template_name_label != "django/forms/label.html"
    ):
        return bound.as_field_group()
    # BoundField.as_widget, then the widget's input.html or select.html.
    attrs = bound.build_widget_attrs({}, widget)
    if bound.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound.auto_id)
    context = widget.get_context(bound.html_name, bound.value(), attrs)["widget"]
    input_html = _input_html(context) if plain_input else _select_html(context)
    label = _label_html(bound) if bound.label else ""
    help_html = ""
    if bound.help_text:
        help_id = f' id="{bound.auto_id}_helptext"' if bound.auto_id else ""
        help_html = f'<div class="helptext"{help_id}>{bound.help_text}</div>'
    errors = bound.errors
    errors_html = ""
    if errors:
        error_id = f' id="{escape(errors.field_id)}_error"' if errors.field_id else ""
        items = "".join(f"<li>{escape(error)}</li>" for error in errors)
        errors_html = f'<ul class="{escape(errors.error_class)}"{error_id}>{items}</ul>'
    return mark_safe(f"{label}\n\n{help_html}\n{errors_html}\n{input_html}".strip())  # noqa: S308
