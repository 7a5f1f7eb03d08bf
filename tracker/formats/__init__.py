"""Dates in each language's format: named formats used by templates and ``tracker.l10n``.

``FORMAT_MODULE_PATH`` points here, so ``{{ day|date:"DAY_MONTH_YEAR_FORMAT" }}`` and
``date_format(day, "DAY_MONTH_YEAR_FORMAT")`` give "9 Mar 2026", "9 marzo 2026",
"9 de marzo de 2026", "9 mars 2026", "9. März 2026", "9 de março de 2026". Every module under
``<lang>/formats.py`` defines the same names (Django returns an unknown name as the format itself,
which would print letters):

- ``DAY_MONTH_FORMAT``, ``DAY_MONTH_YEAR_FORMAT``: a day inside a sentence ("as of 9 marzo
  2026"); what :func:`tracker.l10n.day_month` and :func:`tracker.l10n.day_month_year` print.
- ``SHORT_DAY_MONTH_FORMAT``, ``SHORT_DAY_MONTH_YEAR_FORMAT``: table cells, chart strips, the
  quick-log card ("9 mar", "7. Dez. 2026"); the same words as :func:`tracker.texts.short_date`.
- ``WEEKDAY_DAY_MONTH_FORMAT``, ``WEEKDAY_DAY_MONTH_YEAR_FORMAT``: the same with the short weekday.
- ``LONG_DAY_MONTH_FORMAT``, ``LONG_DAY_MONTH_YEAR_FORMAT``: the month written out even in
  English (emails: "9 March").
- ``LONG_WEEKDAY_DAY_MONTH_FORMAT``, ``LONG_WEEKDAY_DATE_FORMAT``: with the weekday written out.
- ``DAY_MONTH_YEAR_TIME_FORMAT``: a moment ("9 mar 2026, 14:05").

Charts are built by a pure module and written by plotly: their date formats are translated
through :func:`tracker.texts.chart_date_formats` instead.

Month names: Django's Italian and Portuguese catalogues capitalise them ("Dicembre") and its
abbreviations (the ``N`` format) mix styles ("Gen.", "Marzo"). The names below are therefore in
our catalogues too, which take precedence over Django's (``LOCALE_PATHS``): full months in
lower case where the language writes them so, and the abbreviations of
:func:`tracker.texts.short_date` ("dic", "Dez.", "déc.").
"""

from django.utils.translation import gettext_noop, pgettext_lazy

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

# Django's own msgids for the ``N`` format (django.utils.dates.MONTHS_AP).
MONTH_ABBREVIATIONS = (
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
)
