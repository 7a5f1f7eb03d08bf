"""Goals: list, create, edit, status changes and delete, with the myth warning checked live while
typing and again on every save."""

from __future__ import annotations

import contextlib
import datetime as dt
import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker import goal_targets, myths, selectors
from tracker.forms import GoalForm
from tracker.http import AuthedHttpRequest
from tracker.measurement_page import area_follow_ups
from tracker.models import Goal, User
from tracker.summary import athlete_summary
from tracker.views.access import get_own_entry_or_404

MAX_CHECK_LENGTH = 300
GOAL_TEXT_INPUT_IDS = frozenset({"id_text", "id_goal_text"})


def _goals_for(user: User) -> list[Goal]:
    return list(
        Goal.objects.filter(user=user)
        .select_related("myth")
        .prefetch_related("myth__translations")
        .active_first()
    )


GoalItem = tuple[
    Goal,
    myths.MythWarning | None,
    goal_targets.TargetView | None,
    goal_targets.TargetOffer | None,
]


def _goal_items(user: User, goals: list[Goal]) -> list[GoalItem]:
    """Each goal with its myth warning, its target's progress, and an offer to track a number
    its words hold (one summary for all: five queries whatever the number of goals)."""
    if not goals:
        return []
    as_of = user.local_today()
    summary = athlete_summary(selectors.summary_history(user, as_of), as_of)
    targets = goal_targets.target_views(user, goals, viewer=user, summary=summary)
    return [
        (
            goal,
            myths.warning_for_goal(goal),
            targets.get(goal.pk),
            goal_targets.target_offer(goal, summary, user=user),
        )
        for goal in goals
    ]


def save_goal(form: GoalForm) -> Goal:
    """Save a valid goal form with the detector's verdict on its text (the dashboard uses it
    too)."""
    goal: Goal = form.save(commit=False)
    goal.user = form.user
    target_changed = goal.pk is None or bool(
        {"target_kind", "target_value"} & set(form.changed_data)
    )
    goal_targets.keep_target_start(goal, changed=target_changed)
    myths.apply_verdict(goal, myths.warning_for_text(goal.text))
    goal.save()
    return goal


@login_required
@require_http_methods(["GET", "POST"])
def goals(request: AuthedHttpRequest) -> HttpResponse:
    form = GoalForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        goal = save_goal(form)
        if goal.has_active_warning:
            messages.info(
                request,
                _("Goal saved.") + " " + _("Have a look at the note about it below."),
            )
        else:
            messages.success(request, _("Goal saved."))
        return redirect("goals")
    warning = None
    if form.is_bound:
        warning = myths.warning_for_text(request.POST.get("text", "")[:MAX_CHECK_LENGTH])
    context = {
        "form": form,
        "items": _goal_items(request.user, _goals_for(request.user)),
        "warning": warning,
        "follow_ups": area_follow_ups(request.user, viewer=request.user),
    }
    return render(request, "tracker/goals.html", context, status=400 if form.is_bound else 200)


@login_required
@require_GET
def goal_check(request: AuthedHttpRequest) -> HttpResponse:
    """Live myth check while typing: the warning card, or nothing."""
    text = request.GET.get("text", "")[:MAX_CHECK_LENGTH]
    warning = myths.warning_for_text(text)
    # Which text box "Use this wording" fills: the Goals page's or the dashboard's.
    text_input_id = request.GET.get("input", "")
    context = {
        "warning": warning,
        "text_input_id": text_input_id if text_input_id in GOAL_TEXT_INPUT_IDS else "id_text",
    }
    return render(request, "tracker/goals.html#myth_warning", context)


@login_required
@require_http_methods(["GET", "POST"])
def goal_edit(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    goal = get_own_entry_or_404(Goal, pk, request.user)
    prefill = _target_prefill(request) if request.method == "GET" else {}
    form = GoalForm(request.POST or None, instance=goal, user=request.user, initial=prefill)
    if request.method == "POST" and form.is_valid():
        goal = save_goal(form)
        messages.success(request, _("Goal updated."))
        return redirect("goals")
    warning = (
        myths.warning_for_text(request.POST.get("text", "")[:MAX_CHECK_LENGTH])
        if form.is_bound
        else myths.warning_for_goal(goal)
    )
    offer = None
    if prefill:
        # The same offer the Goals page showed: it says which date was assumed.
        offer = goal_targets.target_offer(goal, None, user=request.user)
    context = {"form": form, "goal": goal, "warning": warning, "prefill": bool(prefill)}
    context["offer"] = offer
    return render(request, "tracker/goal_edit.html", context, status=400 if form.is_bound else 200)


def _target_prefill(request: HttpRequest) -> dict[str, object]:
    """Target fields from a "Track this target" link; anything malformed is left out (the person
    sees the form and fixes or fills it, nothing is saved from the address)."""
    if request.GET.get("prefill") != "1":
        return {}
    kind = request.GET.get("target_kind", "")
    if kind not in goal_targets.OFFER_KINDS:
        return {}
    initial: dict[str, object] = {"target_kind": kind}
    with contextlib.suppress(ValueError):
        value = float(request.GET.get("target_value", ""))
        if math.isfinite(value):
            initial["target_value"] = round(value, 1)
    with contextlib.suppress(ValueError):
        initial["target_date"] = dt.date.fromisoformat(request.GET.get("target_date", ""))
    return initial


@login_required
@require_POST
def goal_status(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    goal = get_own_entry_or_404(Goal, pk, request.user)
    status = request.POST.get("status", "")
    if status not in Goal.Status.values:
        messages.error(request, _("Unknown goal status."))
        return redirect("goals")
    goal.status = status
    goal.save(update_fields=["status", "updated_at"])
    if request.htmx:
        return _goal_item_response(request, goal)
    message = {
        Goal.Status.ACTIVE: _("Goal marked active."),
        Goal.Status.ACHIEVED: _("Goal marked achieved."),
        Goal.Status.ARCHIVED: _("Goal marked archived."),
    }[Goal.Status(status)]
    messages.success(request, message)
    return redirect("goals")


@login_required
@require_POST
def goal_dismiss(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    """ "I know": hide the warning for this goal (the coach's flag clears too)."""
    goal = get_own_entry_or_404(Goal, pk, request.user)
    myths.dismiss(goal)
    if request.htmx:
        return _goal_item_response(request, goal)
    messages.success(request, _("Got it — we won't show that note for this goal again."))
    return redirect("goals")


@login_required
@require_http_methods(["GET", "POST"])
def goal_delete(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    goal = get_own_entry_or_404(Goal, pk, request.user)
    if request.method == "POST":
        goal.delete()
        if request.htmx:
            return HttpResponse("")
        messages.success(request, _("Goal deleted."))
        return redirect("goals")
    return render(request, "tracker/goal_delete.html", {"goal": goal})


def _goal_item_response(request: AuthedHttpRequest, goal: Goal) -> HttpResponse:
    _, warning, target, offer = _goal_items(request.user, [goal])[0]
    context = {"goal": goal, "item_warning": warning, "target": target, "offer": offer}
    return render(request, "tracker/goals.html#goal_item", context)
