"""Goals: list, create, edit, status changes and delete, with the myth warning checked live while
typing and again on every save."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker import goal_targets, myths
from tracker.forms import GoalForm
from tracker.http import AuthedHttpRequest
from tracker.measurement_page import area_follow_ups
from tracker.models import Goal, User
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


GoalItem = tuple[Goal, myths.MythWarning | None, goal_targets.TargetView | None]


def _goal_items(user: User, goals: list[Goal]) -> list[GoalItem]:
    """Each goal with its myth warning and its target's progress (one summary for all)."""
    targets = goal_targets.target_views(user, goals, viewer=user)
    return [(goal, myths.warning_for_goal(goal), targets.get(goal.pk)) for goal in goals]


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
    form = GoalForm(request.POST or None, instance=goal, user=request.user)
    if request.method == "POST" and form.is_valid():
        goal = save_goal(form)
        messages.success(request, _("Goal updated."))
        return redirect("goals")
    warning = (
        myths.warning_for_text(request.POST.get("text", "")[:MAX_CHECK_LENGTH])
        if form.is_bound
        else myths.warning_for_goal(goal)
    )
    context = {"form": form, "goal": goal, "warning": warning}
    return render(request, "tracker/goal_edit.html", context, status=400 if form.is_bound else 200)


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


def _goal_item_response(request: HttpRequest, goal: Goal) -> HttpResponse:
    targets = goal_targets.target_views(goal.user, [goal], viewer=goal.user)
    context = {
        "goal": goal,
        "item_warning": myths.warning_for_goal(goal),
        "target": targets.get(goal.pk),
    }
    return render(request, "tracker/goals.html#goal_item", context)
