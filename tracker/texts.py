"""Translatable words from the pure modules, which must not import Django (import-linter).

The one mechanism for every string a pure module (trends, charts, body composition, the
running card, the importers) shows to a person:

- Mark the English with the functions below. Their names are keywords ``makemessages``
  (xgettext) already extracts, so ``make messages`` puts the strings in the catalogues.
- :func:`gettext` / :func:`ngettext` translate *now*, in the active language, through the
  translator Django installs at start-up (:meth:`tracker.apps.TrackerConfig.ready` calls
  :func:`install` with Django's own functions). Use them for words built for one request: chart
  titles, axis titles, hover labels, card sentences. Without Django (the pure tests under
  ``-p no:django``, the import parser's child process) they return the English unchanged.
- :func:`gettext_noop` marks a module-level constant (status words in a dict) without
  translating it; pass the value through :func:`gettext` where it is shown.
- :func:`gettext_lazy` / :func:`ngettext_lazy` / :func:`pgettext_lazy` return a :class:`Text`
  (the msgid and its parameters) that is translated only when it becomes a string. Use it for
  words made in one place and shown in another: an importer's message is made in a child
  process that has no Django and shown by the request, in the athlete's language.

Parameters are named (``%(count)s``) and interpolated *after* translation, so a translation may
put them anywhere. Units, numbers and dates stay parameters; only words are translated. A
parameter may be a :class:`Text` (a reason inside a sentence), a :class:`Number`, which is
written the way the language writes numbers (``80,5`` in Italian) when the text is shown, or a
:class:`Day` ("5 gennaio 2031").

A :class:`Text` kept for later (an import preview's problems, in the database) is stored as
plain JSON with :func:`to_data` and made a :class:`Text` again with :func:`from_data`.

Write a number inside a sentence with :func:`decimal` ("0,2 corse a settimana"): Django installs
the language's separator too (:func:`install_decimal_separator`); without Django it stays ".".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


def _english(message: str) -> str:
    return message


def _english_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def _english_context(context: str, message: str) -> str:
    return message


def _point() -> str:
    return "."


_translate: Callable[[str], str] = _english
_translate_plural: Callable[[str, str, int], str] = _english_plural
_translate_context: Callable[[str, str], str] = _english_context
_decimal_separator: Callable[[], str] = _point


def _english_number(value: float, places: int, grouped: bool) -> str:
    text = f"{value:,.{places}f}" if grouped else f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


_format_number: Callable[[float, int, bool], str] = _english_number


def install(
    gettext_function: Callable[[str], str],
    ngettext_function: Callable[[str, str, int], str],
    pgettext_function: Callable[[str, str], str],
) -> tuple[Callable[[str], str], Callable[[str, str, int], str], Callable[[str, str], str]]:
    """Translate through these from now on (Django's gettext, ngettext and pgettext); returns
    the previous three, so a test can put them back."""
    global _translate, _translate_plural, _translate_context
    previous = (_translate, _translate_plural, _translate_context)
    _translate, _translate_plural = gettext_function, ngettext_function
    _translate_context = pgettext_function
    return previous


def install_number_format(
    function: Callable[[float, int, bool], str],
) -> Callable[[float, int, bool], str]:
    """Write :class:`Number` parameters with `function(value, places, grouped)` from now on (the
    active language's separators); returns the previous function, so a test can put it back."""
    global _format_number
    previous = _format_number
    _format_number = function
    return previous


def _iso_day(day: date) -> str:
    return day.isoformat()


_format_day: Callable[[date], str] = _iso_day


def install_day_format(function: Callable[[date], str]) -> Callable[[date], str]:
    """Write :class:`Day` parameters with `function(day)` from now on (the active language's
    day, month and year); returns the previous function. Without Django a day stays ISO."""
    global _format_day
    previous = _format_day
    _format_day = function
    return previous


def install_decimal_separator(separator_function: Callable[[], str]) -> Callable[[], str]:
    """Write decimals with this (Django's separator for the active language: "," in Italian)
    from now on; returns the previous function. Without Django numbers keep their "."."""
    global _decimal_separator
    previous = _decimal_separator
    _decimal_separator = separator_function
    return previous


def decimal(value: float, digits: int) -> str:
    """`value` rounded like ``f"{value:.1f}"``, with the active language's separator: "0,2"."""
    return decimal_text(f"{value:.{digits}f}")


def decimal_text(text: str) -> str:
    """A number already written with a "." ("±0.5", "8.0 km") in the language's format."""
    separator = _decimal_separator()
    return text if separator == "." else text.replace(".", separator)


def english() -> tuple[
    Callable[[str], str], Callable[[str, str, int], str], Callable[[str, str], str]
]:
    """The functions in place before :func:`install`: the English as written."""
    return _english, _english_plural, _english_context


def gettext(message: str) -> str:
    """`message` in the active language (English without Django)."""
    return _translate(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, in the active language."""
    return _translate_plural(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the active language, told apart from the same English by `context`."""
    return _translate_context(context, message)


# One function a month: makemessages still finds each msgid, and a date translates only its
# own month (translating all twelve for every date was most of short_date's time).
_MONTH_ABBREVIATIONS: tuple[Callable[[], str], ...] = (
    lambda: pgettext("month abbreviation", "Jan"),
    lambda: pgettext("month abbreviation", "Feb"),
    lambda: pgettext("month abbreviation", "Mar"),
    lambda: pgettext("month abbreviation", "Apr"),
    lambda: pgettext("month abbreviation", "May"),
    lambda: pgettext("month abbreviation", "Jun"),
    lambda: pgettext("month abbreviation", "Jul"),
    lambda: pgettext("month abbreviation", "Aug"),
    lambda: pgettext("month abbreviation", "Sep"),
    lambda: pgettext("month abbreviation", "Oct"),
    lambda: pgettext("month abbreviation", "Nov"),
    lambda: pgettext("month abbreviation", "Dec"),
)


def short_date(day: date) -> str:
    """A day inside a sentence without its year: "28 Nov" (the order and month translated)."""
    return pgettext("short date: day and month", "%(day)s %(month)s") % {
        "day": day.day,
        "month": _MONTH_ABBREVIATIONS[day.month - 1](),
    }


def chart_date_formats() -> tuple[str, str]:
    """plotly's date formats (d3 syntax) for an axis tick and a hover label: "%-d %b" and
    "%-d %b %Y", "%-d. %b" in German; plotly's locale names the months."""
    return (
        pgettext("chart date format (d3): day and short month", "%-d %b"),
        pgettext("chart date format (d3): day, short month and year", "%-d %b %Y"),
    )


def gettext_noop(message: str) -> str:
    """Mark `message` for the catalogues; translate it later with :func:`gettext`."""
    return message


@dataclass(frozen=True)
class Number:
    """A number inside a :class:`Text`: at most `places` decimals (trailing zeros dropped), with
    thousands grouped if `grouped` (limits and counts; not values read from a file, which show
    as they were written), in the active language's format when shown."""

    value: float
    places: int = 1
    grouped: bool = False

    def __str__(self) -> str:
        return _format_number(self.value, self.places, self.grouped)

    def english(self) -> str:
        return _english_number(self.value, self.places, self.grouped)


@dataclass(frozen=True)
class Day:
    """A date inside a :class:`Text`, written the active language's way when shown ("5 Jan
    2031", "5 gennaio 2031", "5. Januar 2031": Django installs ``l10n.day_month_year``); ISO
    in logs. Kept as ISO text, so it pickles and stores as plain data."""

    iso: str

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.isoformat())

    def __str__(self) -> str:
        return _format_day(date.fromisoformat(self.iso))

    def english(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Text:
    """Words translated when they become a string: ``str(text)`` or ``f"{text}"``.

    Plain data, so it pickles across the import parser's process boundary.
    """

    msgid: str
    params: tuple[tuple[str, Any], ...] = ()
    plural: str = ""
    count: int = 0
    context: str = ""  # tells apart the same English with another meaning (pgettext)

    def __str__(self) -> str:
        if self.plural:
            message = ngettext(self.msgid, self.plural, self.count)
        elif self.context:
            message = pgettext(self.context, self.msgid)
        else:
            message = gettext(self.msgid)
        if not self.params:
            return message
        # A parameter may itself be a Text (a reason inside a sentence): translate it too.
        return message % {key: str(value) for key, value in self.params}

    def english(self) -> str:
        """The untranslated text (logs, tests)."""
        message = self.msgid if not self.plural or self.count == 1 else self.plural
        values = {
            key: value.english() if isinstance(value, Text | Number | Day) else str(value)
            for key, value in self.params
        }
        return message % values if values else message


def gettext_lazy(message: str, /, **params: Any) -> Text:
    """`message` with its `params`, translated when shown."""
    return Text(message, tuple(params.items()))


def ngettext_lazy(singular: str, plural: str, number: int, /, **params: Any) -> Text:
    """The singular or plural for `number` with its `params`, translated when shown."""
    return Text(singular, tuple(params.items()), plural, number)


def pgettext_lazy(context: str, message: str, /, **params: Any) -> Text:
    """`message` told apart by `context`, with its `params`, translated when shown."""
    return Text(message, tuple(params.items()), context=context)


def to_data(value: Any) -> Any:
    """A :class:`Text` (or a parameter of one) as JSON-ready data, for keeping it in the
    database and translating it when it is shown (:func:`from_data`)."""
    if isinstance(value, Text):
        data: dict[str, Any] = {
            "msgid": value.msgid,
            "params": {key: to_data(param) for key, param in value.params},
        }
        if value.plural:
            data["plural"], data["count"] = value.plural, value.count
        if value.context:
            data["context"] = value.context
        return data
    if isinstance(value, Number):
        return {"number": value.value, "places": value.places, "grouped": value.grouped}
    if isinstance(value, Day):
        return {"day": value.iso}
    if isinstance(value, str | int | float) or value is None:
        return value
    return str(value)


def from_data(data: Any) -> Any:
    """What :func:`to_data` made, back as a :class:`Text` (plain text and numbers unchanged, so
    words stored before they were kept as data still show)."""
    if isinstance(data, dict):
        if "msgid" in data:
            return Text(
                data["msgid"],
                tuple((key, from_data(param)) for key, param in data.get("params", {}).items()),
                data.get("plural", ""),
                data.get("count", 0),
                data.get("context", ""),
            )
        if "number" in data:
            return Number(data["number"], data.get("places", 1), data.get("grouped", False))
        if "day" in data:
            return Day(data["day"])
    return data
