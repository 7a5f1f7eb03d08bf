"""One-tap effort for runs logged without effort or heart rate (the running-dose card).

A run with neither can't be placed as easy, moderate or hard, so it can't count toward the dose.
The card lists such runs with a few effort buttons; a tap saves the effort and, with htmx,
answers with the refreshed card (the verdict may change). Without JavaScript the same form
posts and redirects back to the page it came from.
"""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tracker import presenters, selectors
from tracker.http import AuthedHttpRequest
from tracker.l10n import day_month
from tracker.models import RunEntry
from tracker.summary import athlete_summary
from tracker.views.access import get_own_entry_or_404

CARD_PARTIAL = "tracker/includes/running_dose_card.html#dose_card"
DEFAULT_DOSE_ID = "today-dose"
_DOSE_ID = re.compile(r"[a-z][a-z0-9-]{0,40}")
# Whole sentences per named effort, so each language can agree the word with "run".
EFFORT_SAVED = {
    3: gettext_lazy("Saved: the run of %(day)s was easy (%(effort)d of 10)."),
    5: gettext_lazy("Saved: the run of %(day)s was moderate (%(effort)d of 10)."),
    7: gettext_lazy("Saved: the run of %(day)s was hard (%(effort)d of 10)."),
    9: gettext_lazy("Saved: the run of %(day)s was all out (%(effort)d of 10)."),
}


def _next_url(request: HttpRequest) -> str:
    """The page to go back to, if it is a path on this site; else Today."""
    target = request.POST.get("next") or ""
    safe = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else ""


def _effort(raw: str | None) -> int | None:
    try:
        value = int(raw or "")
    except ValueError:
        return None
    return value if 1 <= value <= 10 else None


@login_required
@require_POST
def run_effort(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    """Set the effort (RPE 1-10) of one of the user's own runs."""
    run = get_own_entry_or_404(RunEntry, pk, request.user)
    effort = _effort(request.POST.get("effort"))
    if effort is None:
        message = _("Choose an effort between 1 and 10.")
        status = 400
    else:
        RunEntry.objects.filter(pk=run.pk).update(effort=effort)
        saved = EFFORT_SAVED.get(effort) or _(
            "Saved: the run of %(day)s was effort %(effort)d of 10."
        )
        message = saved % {"day": day_month(run.day), "effort": effort}
        status = 200
    if request.htmx:
        # 200 either way: htmx swaps only successful responses, and the card carries the message.
        return _card_response(request, message)
    if status == 400:
        messages.error(request, message)
    else:
        messages.success(request, message)
    next_url = _next_url(request)
    return HttpResponseRedirect(next_url) if next_url else redirect("dashboard")


def _card_response(request: AuthedHttpRequest, message: str) -> HttpResponse:
    user = request.user
    as_of = user.local_today()
    summary = athlete_summary(selectors.summary_history(user, as_of), as_of)
    dose_id = request.POST.get("dose_id", "")
    context = {
        "dose": presenters.dose_card_for(summary, athlete=user, is_own=True),
        "effort_runs": selectors.runs_without_intensity(user, summary),
        "dose_id": dose_id if _DOSE_ID.fullmatch(dose_id) else DEFAULT_DOSE_ID,
        "next_url": _next_url(request),
        "show_safety": True,
        "flash": message,
    }
    return render(request, CARD_PARTIAL, context)
