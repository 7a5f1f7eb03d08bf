"""The coach's pages (roster, client page, private notes, invitations) and the athlete's side of a
coaching link (answering an invitation, "My coach").

Access rules, checked by the small helpers at the top:
- A coach reads a client's data only while their link is active; anyone else gets 404, so a
  client's existence never leaks, and access stops the moment either side ends the link.
- The client page is read-only: the active coach sending a write (POST, ...) to it gets 403,
  because they may see the data but not change it. Strangers still get 404.
- Notes belong to the coach who wrote them and are only reachable through an active link.
"""

from __future__ import annotations

import functools
import logging
import smtplib
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coaching import roster, services
from coaching.forms import AcceptForm, InvitationForm, NoteForm
from coaching.models import CoachingLink, CoachNote, Invitation
from tracker import throttle
from tracker.goal_targets import target_views
from tracker.http import AuthedHttpRequest
from tracker.l10n import decimal_text, separator
from tracker.links import absolute_url
from tracker.measurement_page import measurements_context
from tracker.models import Goal, User
from tracker.presenters import CHARTS_PARTIAL, data_table_context, progress_context
from tracker.responses import render_data_table, render_page_or_region
from tracker.running_card import roster_cell_parts
from tracker.templatetags.wholebody import distance, signed, weight
from tracker.trends import RunningDose

READ_METHODS = ("GET", "HEAD")

logger = logging.getLogger(__name__)


# --- Access helpers ----------------------------------------------------------------------------


# The largest id a BigAutoField holds. Django guards plain integer lookups against larger
# values, but not a foreign key's (athlete_id=...): /coach/clients/<20 digits>/ was a 500
# (OverflowError on SQLite, a DataError on PostgreSQL) instead of a 404.
MAX_ID = 2**63 - 1


def active_link_or_404(coach: User, athlete_id: int) -> CoachingLink:
    """The coach's active link to this athlete, or 404 (never 403: no existence leak)."""
    if not 0 < athlete_id <= MAX_ID:
        raise Http404("No such client.")
    # An athlete has at most one active link (a database constraint), so this is one row.
    return get_object_or_404(
        CoachingLink.objects.active().select_related("athlete"),
        coach=coach,
        athlete_id=athlete_id,
    )


def _own_note_or_404(coach: User, athlete: User, pk: int) -> CoachNote:
    return get_object_or_404(CoachNote, pk=pk, coach=coach, athlete=athlete)


def _own_link_or_404(user: User, pk: int) -> CoachingLink:
    """An active link where `user` is the coach or the athlete."""
    return get_object_or_404(
        CoachingLink.objects.active()
        .filter(Q(coach=user) | Q(athlete=user))
        .select_related("coach", "athlete"),
        pk=pk,
    )


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


# --- Roster ------------------------------------------------------------------------------------

ROSTER_COLUMNS = (
    ("name", gettext_lazy("Client")),
    ("weigh_in", gettext_lazy("Last weigh-in")),
    ("trend", gettext_lazy("Trend weight")),
    ("rate", gettext_lazy("28-day rate")),
    ("protein", gettext_lazy("Protein (7 days)")),
    ("km", gettext_lazy("Run, 7 days")),
    ("dose", gettext_lazy("Run dose")),
    ("flags", gettext_lazy("Flags")),
)


ONE_DECIMAL = Decimal("0.1")


def _one_decimal(value: float) -> str:
    """Like ``floatformat:1`` (half-up on the decimal text), without its locale machinery."""
    return str(Decimal(repr(value)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP))


def _last_weigh_in_text(row: roster.RosterRow) -> str:
    if row.last_weigh_in is None or row.days_since_weigh_in is None:
        return _("Never")
    if row.days_since_weigh_in == 0:
        return _("Today")
    if row.days_since_weigh_in == 1:
        return _("Yesterday")
    days = row.days_since_weigh_in
    return ngettext("%(days)d day ago", "%(days)d days ago", days) % {"days": days}


def _days_logged(days: int) -> str:
    return ngettext("%(count)d day logged", "%(count)d days logged", days) % {"count": days}


@functools.cache
def _sparkline_template() -> Any:
    """The roster sparkline's SVG (templates/coaching/includes/sparkline.html), looked up once."""
    return get_template("coaching/includes/sparkline.html")


# Stand-ins the sparkline template is rendered with once per table; each row's escaped points
# and label replace them (html.escape leaves these private-use characters alone).
_POINTS_MARK, _LABEL_MARK = "\ue000points\ue000", "\ue000label\ue000"


class _RowWords:
    """What every roster row repeats, worked out once per table: the sparkline template as a
    stencil, the cells' column names, the decimal separator, and each word the cells use
    (a row used to translate ~9 strings and render the sparkline template on its own; a table
    of 200 rows spent a third of its time there). The output is the same text."""

    def __init__(self) -> None:
        template = _sparkline_template()
        self.sparkline = template.render({"points": _POINTS_MARK, "label": _LABEL_MARK})
        self.no_sparkline = template.render({"points": "", "label": ""})
        self.sep = separator()
        self.labels = _cell_labels()
        self._texts: dict[tuple[object, ...], str] = {}

    def text(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        """The translated text `make()` gives for `key`, made once per table."""
        known = self._texts.get(key)
        if known is None:
            known = self._texts[key] = make()
        return known

    def sparkline_svg(self, points: str, label: str) -> str:
        if not points:
            return self.no_sparkline
        return self.sparkline.replace(_LABEL_MARK, escape(label)).replace(
            _POINTS_MARK, escape(points)
        )


def _dose_cell(dose: RunningDose, sep: str) -> str:
    value, verdict = roster_cell_parts(dose)
    return f'{escape(decimal_text(value, sep))}<span class="detail">{escape(verdict)}</span>'


def _cell_labels() -> dict[str, str]:
    """Each roster cell's column name, escaped for a data-label attribute: a phone draws every
    row as a card and labels each figure with it (static/css/coaching.css)."""
    labels = {key: escape(str(label)) for key, label in ROSTER_COLUMNS}
    labels["sparkline"] = escape(_("28-day trend"))
    return labels


def _roster_row(
    row: roster.RosterRow,
    url: str,
    weight_unit: str,
    distance_unit: str,
    words: _RowWords | None = None,
) -> str:
    """One row's HTML; `words` holds what every row of the table shares."""
    words = words or _RowWords()
    text = words.text
    sep = words.sep
    label = words.labels
    summary = row.summary
    sparkline = words.sparkline_svg(row.sparkline, row.sparkline_label)
    rate = "—"
    if summary.rate is not None:
        status = summary.rate
        per_week = text(("%/wk",), lambda: escape(_("%/wk")))
        status_text = text(("rate", status.status), lambda: escape(status.status_text))
        rate = (
            f"{signed(status.pct_per_week, 2, sep)} {per_week} "
            f'<span class="detail">{status_text}</span>'
        )
    protein = "—"
    if summary.protein is not None:
        days = summary.protein.days_logged
        protein = (
            f"{decimal_text(_one_decimal(summary.protein.g_per_kg), sep)} g/kg"
            f'<span class="detail">{text(("days", days), lambda: escape(_days_logged(days)))}'
            "</span>"
        )
    running = escape(distance(row.recent_km, distance_unit, sep))
    if summary.acute_chronic.ratio is not None:
        ratio = decimal_text(_one_decimal(summary.acute_chronic.ratio), sep)
        average = text(("average",), lambda: _("%(ratio)s× 4-week average"))
        running += f'<span class="detail">{escape(average % {"ratio": ratio})}</span>'
    dose = "—"
    if summary.running_dose is not None and summary.running_dose.sessions:
        running_dose = summary.running_dose
        dose = text(
            ("dose", running_dose.verdict, running_dose.qualifying_per_week),
            lambda: _dose_cell(running_dose, sep),
        )
    if row.flags:
        flags = (
            '<ul class="flag-list">'
            + "".join(
                f'<li><span class="badge warn">{escape(flag.label)}</span> '
                f'<span class="flag-why">{escape(flag.explanation)}</span></li>'
                for flag in row.flags
            )
            + "</ul>"
        )
    else:
        on_track = text(("on track",), lambda: escape(_("On track")))
        flags = f'<span class="badge ok">{on_track}</span>'
    trend = escape(weight(row.trend_weight_kg, weight_unit, sep))
    last = text(("last", row.days_since_weigh_in), lambda: _last_weigh_in_text(row))
    return (
        f'<tr>\n<th scope="row"><a href="{escape(url)}">{escape(row.athlete.name)}</a></th>\n'
        f'<td data-label="{label["weigh_in"]}">{last}</td>\n'
        f'<td class="num" data-label="{label["trend"]}">{trend}</td>\n'
        f'<td data-label="{label["sparkline"]}">{sparkline}</td>\n'
        f'<td class="num" data-label="{label["rate"]}">{rate}</td>\n'
        f'<td class="num" data-label="{label["protein"]}">{protein}</td>\n'
        f'<td class="num" data-label="{label["km"]}">{running}</td>\n'
        f'<td class="num" data-label="{label["dose"]}">{dose}</td>\n'
        f'<td data-label="{label["flags"]}">{flags}</td>\n</tr>'
    )


def roster_body(
    rows: list[roster.RosterRow], *, weight_unit: str, distance_unit: str
) -> SafeString:
    """The roster table's <tr> rows, escaped, built in Python.

    Profiled at 200 clients: the template loop took ~60 ms of CPU per page (``floatformat``
    and ``{% url %}`` alone ~50 µs per call); this takes a few ms. Every piece of user text
    goes through html.escape, so the result is safe to mark as such.
    """
    # One reverse() for all rows: the client id is the only part that changes.
    url_pattern = reverse("client_detail", args=[0])[: -len("0/")] + "{}/"
    words = _RowWords()
    html = "\n".join(
        _roster_row(row, url_pattern.format(row.athlete.pk), weight_unit, distance_unit, words)
        for row in rows
    )
    return mark_safe(html)  # every value is escaped in _roster_row


def _sort_headers(key: str, descending: bool, attention: bool) -> list[dict[str, str]]:
    """Column headers with the link that sorts by them and their aria-sort state."""
    headers = []
    suffix = "&filter=attention" if attention else ""
    for column, label in ROSTER_COLUMNS:
        active = column == key
        # Clicking the sorted column flips it; a new column starts with its natural order.
        if active:
            next_sort = column if descending else f"-{column}"
        else:
            next_sort = f"-{column}" if column == "flags" else column
        headers.append(
            {
                "key": column,
                "label": str(label),
                "query": f"?sort={next_sort}{suffix}",
                "aria_sort": ("descending" if descending else "ascending") if active else "",
            }
        )
    return headers


@login_required
@require_GET
def roster_page(request: AuthedHttpRequest) -> HttpResponse:
    coach = request.user
    rows = roster.roster_rows(coach)
    key, descending = roster.parse_sort(request.GET.get("sort"))
    attention = request.GET.get("filter") == "attention"
    needing_attention = sum(1 for row in rows if row.flags)
    shown = [row for row in rows if row.flags] if attention else rows
    sort_value = f"{'-' if descending else ''}{key}"
    sorted_rows = roster.sort_rows(shown, key, descending)
    context = {
        "rows": sorted_rows,
        "roster_body": roster_body(
            sorted_rows, weight_unit=coach.weight_unit, distance_unit=coach.distance_unit
        ),
        "client_count": len(rows),
        "needing_attention": needing_attention,
        "attention": attention,
        "headers": _sort_headers(key, descending, attention),
        "sort_value": sort_value,
        "weight_unit": coach.weight_unit,
        "distance_unit": coach.distance_unit,
    }
    # htmx sorting swaps just the table; a history restore (back button) wants the whole page.
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "coaching/roster.html#roster_table", context)
        patch_vary_headers(response, ("HX-Request",))
        return response
    context["past_links"] = list(
        CoachingLink.objects.filter(coach=coach, ended_at__isnull=False).select_related(
            "athlete", "ended_by"
        )[:20]
    )
    context["pending_invitations"] = Invitation.objects.filter(coach=coach).pending().count()
    response = render(request, "coaching/roster.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response


# --- Client page -------------------------------------------------------------------------------


def _client_goals(athlete: User) -> list[Goal]:
    goals = roster.goals_with_flag(Goal.objects.filter(user=athlete).active_first())
    return list(goals.select_related("myth"))


def _notes_context(coach: User, athlete: User, form: NoteForm | None = None) -> dict[str, object]:
    return {
        "athlete": athlete,
        "notes": list(CoachNote.objects.filter(coach=coach, athlete=athlete)),
        "note_form": form or NoteForm(),
    }


def _client_context(request: AuthedHttpRequest, link: CoachingLink) -> dict[str, Any]:
    """The athlete's own Progress cards and charts (read-only, in the coach's units), their
    goals with myth badges, the roster's flags, and the coach's private notes."""
    coach, athlete = request.user, link.athlete
    context = progress_context(
        athlete,
        range_key=request.GET.get("range", ""),
        viewer=coach,
        id_prefix="client",
        table_url=lambda key: reverse("client_table", args=[athlete.pk, key]),
    )
    summary = context["progress"].summary
    goals = _client_goals(athlete)
    targets = target_views(athlete, goals, viewer=coach, summary=summary)
    facts = [
        roster.goal_facts(goal, spot_reduction=goal.is_flagged)  # type: ignore[attr-defined]
        for goal in goals
        if goal.status == Goal.Status.ACTIVE
    ]
    context.update(
        {
            "link": link,
            "athlete": athlete,
            "flags": roster.client_flags(summary, facts, weight_unit=coach.weight_unit),
            "goals": goals,
            # Each goal with its target's progress, from the same summary as the cards above.
            "goal_items": [(goal, targets.get(goal.pk)) for goal in goals],
            "weight_unit": coach.weight_unit,
            "distance_unit": coach.distance_unit,
        }
    )
    context.update(_notes_context(coach, athlete))
    measures = measurements_context(athlete, viewer=coach, id_prefix="client-measure")
    context.update(
        {
            "follow_ups": measures.pop("follow_ups"),
            "measures": measures,
        }
    )
    return context


@login_required
def client_detail(request: AuthedHttpRequest, athlete_id: int) -> HttpResponse:
    """A client's progress, goals and the coach's notes. Read-only for the coach."""
    link = active_link_or_404(request.user, athlete_id)
    if request.method not in READ_METHODS:
        # The coach may read this client's data but never change it (notes have their own URLs).
        raise PermissionDenied("Coaches have read-only access to a client's data.")
    context = _client_context(request, link)
    # A range switch swaps only the charts region, exactly as on the athlete's Progress page.
    return render_page_or_region(request, "coaching/client.html", CHARTS_PARTIAL, context)


@login_required
@require_GET
def client_table(request: AuthedHttpRequest, athlete_id: int, key: str) -> HttpResponse:
    """One of a client's chart tables, loaded when the coach opens it (read-only, as the page)."""
    athlete = active_link_or_404(request.user, athlete_id).athlete
    context = data_table_context(
        athlete,
        key=key,
        range_key=request.GET.get("range", ""),
        viewer=request.user,
        id_prefix="client",
    )
    back = reverse("client_detail", args=[athlete.pk])
    if context is not None:
        back += f"?range={context['progress'].chart_range.key}"
    return render_data_table(request, context, back)


# --- Notes -------------------------------------------------------------------------------------


@login_required
@require_POST
def note_create(request: AuthedHttpRequest, athlete_id: int) -> HttpResponse:
    link = active_link_or_404(request.user, athlete_id)
    athlete = link.athlete
    form = NoteForm(request.POST)
    if form.is_valid():
        note = form.save(commit=False)
        note.coach, note.athlete = request.user, athlete
        note.full_clean()
        note.save()
        if request.htmx:
            context = _notes_context(request.user, athlete)
            context["flash"] = _("Note saved.")
            return render(request, "coaching/client.html#notes", context)
        messages.success(request, _("Note saved."))
        return redirect(reverse("client_detail", args=[athlete.pk]) + "#notes")
    if request.htmx:
        return render(
            request, "coaching/client.html#notes", _notes_context(request.user, athlete, form)
        )
    context = _client_context(request, link)
    context["note_form"] = form
    return render(request, "coaching/client.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def note_edit(request: AuthedHttpRequest, athlete_id: int, pk: int) -> HttpResponse:
    link = active_link_or_404(request.user, athlete_id)
    note = _own_note_or_404(request.user, link.athlete, pk)
    form = NoteForm(request.POST or None, instance=note)
    context = {"athlete": link.athlete, "note": note, "form": form}
    if request.method == "POST" and form.is_valid():
        note = form.save()
        if request.htmx:
            return render(request, "coaching/client.html#note", {**context, "note": note})
        messages.success(request, _("Note updated."))
        return redirect(reverse("client_detail", args=[athlete_id]) + "#notes")
    if request.htmx:
        if request.GET.get("cancel"):
            return render(request, "coaching/client.html#note", context)
        return render(request, "coaching/client.html#note_edit", context)
    status = 400 if request.method == "POST" else 200
    return render(request, "coaching/note_edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def note_delete(request: AuthedHttpRequest, athlete_id: int, pk: int) -> HttpResponse:
    link = active_link_or_404(request.user, athlete_id)
    note = _own_note_or_404(request.user, link.athlete, pk)
    if request.method == "POST":
        note.delete()
        if request.htmx:
            return HttpResponse("")  # the note swaps itself out
        messages.success(request, _("Note deleted."))
        return redirect(reverse("client_detail", args=[athlete_id]) + "#notes")
    return render(request, "coaching/note_delete.html", {"athlete": link.athlete, "note": note})


# --- Invitations (coach) -----------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def invitations(request: AuthedHttpRequest) -> HttpResponse:
    """The coach's invitation links: create one (optionally emailed) and see them all."""
    coach = request.user
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["email"]:
                services.invitation_email_check_quota(
                    coach=coach,
                    email=form.cleaned_data["email"],
                    client_ip=throttle.client_ip(request),
                )
            invitation = services.invitation_create(
                coach=coach,
                email=form.cleaned_data["email"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            url = absolute_url(reverse("invitation_respond", args=[invitation.token]))
            if invitation.email:
                try:
                    services.invitation_send_email(invitation=invitation, accept_url=url)
                except (OSError, smtplib.SMTPException):
                    # The link itself works; a mail outage shouldn't lose the invitation.
                    logger.exception("Could not email invitation %s", invitation.pk)
                    messages.warning(
                        request,
                        _(
                            "The invitation was created but the email could not be sent. "
                            "Copy the link below and send it yourself."
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _("Invitation emailed to %(email)s.") % {"email": invitation.email},
                    )
            else:
                messages.success(request, _("Invitation created: copy the link below and send it."))
            return redirect("invitations")
    now = timezone.now()
    sent = list(
        Invitation.objects.filter(coach=coach)
        .select_related("responded_by")
        .order_by("-created_at")[:50]
    )
    items = [
        {
            "invitation": invitation,
            "state": invitation.state(now),  # compared by value, shown by label (translated)
            "url": absolute_url(reverse("invitation_respond", args=[invitation.token])),
        }
        for invitation in sent
    ]
    context = {"form": form, "items": items}
    return render(request, "coaching/invitations.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def invitation_revoke(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation, pk=pk, coach=request.user)
    try:
        services.invitation_revoke(invitation=invitation, coach=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Invitation withdrawn: the link no longer works."))
    return redirect("invitations")


# --- Invitations (athlete) and "My coach" ------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def invitation_respond(request: AuthedHttpRequest, token: str) -> HttpResponse:
    """The athlete opens an invitation link: who is asking for what, then accept or decline."""
    invitation = get_object_or_404(Invitation.objects.select_related("coach"), token=token)
    user = request.user
    current = CoachingLink.objects.active().filter(athlete=user).select_related("coach").first()
    form = AcceptForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            if request.POST.get("answer") == "decline":
                services.invitation_decline(invitation=invitation, athlete=user)
                messages.success(
                    request,
                    _("You declined the invitation from %(coach)s.")
                    % {"coach": invitation.coach.name},
                )
            else:
                services.invitation_accept(
                    invitation=invitation,
                    athlete=user,
                    replace_current=form.cleaned_data["replace_current"],
                )
                messages.success(
                    request,
                    _("%(coach)s is now your coach. You can end this anytime.")
                    % {"coach": invitation.coach.name},
                )
            return redirect("my_coach")
        except ValidationError as exc:
            error = _error_text(exc)
    now = timezone.now()
    context = {
        "invitation": invitation,
        "state": invitation.state(now),  # compared by value, shown by label (translated)
        "is_own": invitation.coach_id == user.pk,
        "current": current,
        "form": form,
        "error": error,
    }
    return render(
        request, "coaching/invitation_respond.html", context, status=400 if error else 200
    )


@login_required
@require_GET
def my_coach(request: AuthedHttpRequest) -> HttpResponse:
    """The athlete's side: their active coach, past coaches, and a way to end the link."""
    links = list(
        CoachingLink.objects.filter(athlete=request.user).select_related("coach", "ended_by")
    )
    context = {
        "current": next((link for link in links if link.is_active), None),
        "past": [link for link in links if not link.is_active],
    }
    return render(request, "coaching/my_coach.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def link_end(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    """Either side ends an active link (GET asks to confirm, so it works without JS)."""
    link = _own_link_or_404(request.user, pk)
    is_coach_side = link.coach_id == request.user.pk
    if request.method == "POST":
        try:
            services.coaching_link_end(link=link, ended_by=request.user)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            if is_coach_side:
                messages.success(
                    request,
                    _("You no longer coach %(athlete)s.") % {"athlete": link.athlete.name},
                )
            else:
                messages.success(
                    request,
                    _("%(coach)s can no longer see your data.") % {"coach": link.coach.name},
                )
        return redirect("roster" if is_coach_side else "my_coach")
    context = {"link": link, "is_coach_side": is_coach_side}
    return render(request, "coaching/link_end.html", context)
