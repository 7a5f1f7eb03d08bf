"""Dashboard quick-log forms and per-metric history with inline edit and delete.

Each page is one template with partials; htmx requests get just the partial that changed, plain
requests get the whole page (or a redirect after a successful POST), so everything works without
JavaScript too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import serializers
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker import bound_messages, bounds, myths
from tracker.forms import (
    GoalForm,
    ProteinAddForm,
    QuickLogSyncForm,
    WeightForm,
)
from tracker.http import AuthedHttpRequest
from tracker.l10n import day_month_year
from tracker.measurement_page import area_follow_ups
from tracker.metrics import METRICS, QUICK_LOG_METRICS, Metric
from tracker.models import (
    UNDO_WINDOW,
    DeletedEntry,
    Goal,
    ProteinEntry,
    QuickLogReceipt,
    User,
    WeightEntry,
)
from tracker.presenters import today_panel
from tracker.views.access import get_own_entry_or_404
from tracker.views.goals import save_goal
from tracker.weigh_ins import (
    ReplaceOffer,
    after_logging,
    entry_time_text,
    recorded_at,
    replace_offer,
    replace_weigh_in,
    weight_text,
)

HISTORY_PAGE_SIZE = 25
# Each form takes the logging user (for units and "today" in their zone): the registry's
# quick-log metrics, then the goal card (a goal is not a metric).
QUICK_LOG_FORMS: dict[str, Any] = {
    **{slug: metric.quick_form for slug, metric in QUICK_LOG_METRICS.items()},
    "goal": GoalForm,
}


def _metric_or_404(slug: str) -> Metric:
    try:
        return METRICS[slug]
    except KeyError:
        raise Http404("No such metric.") from None


def _key(slug: str) -> str:
    # Template keys use underscores ("body_fat"): hyphens can't be looked up in templates.
    return slug.replace("-", "_")


def _auto_id(slug: str) -> str:
    """Field ids per card ("id_runs_day"): five forms share one page, each with a day field."""
    return f"id_{_key(slug)}_%s"


def _active_goals(user: User) -> dict[str, object]:
    return {
        "active_goals": list(Goal.objects.filter(user=user).active().select_related("myth")[:5])
    }


# What each quick-log card shows beside its form (one small query each), so a quick-log post
# answers with its own card alone instead of rebuilding the whole dashboard.
CARD_FACTS: dict[str, Callable[[User], dict[str, object]]] = {
    **{slug: metric.card_facts for slug, metric in QUICK_LOG_METRICS.items() if metric.card_facts},
    "goal": _active_goals,
}


def _cards_context(
    user: User,
    slugs: Iterable[str],
    *,
    known: dict[str, dict[str, object]] | None = None,
    **forms: object,
) -> dict[str, object]:
    """Context for the quick-log cards `slugs`: their forms (a bound one from `forms` where
    given) and what each shows beside its form (from `known` where the caller has read it
    already, else :data:`CARD_FACTS`)."""
    context: dict[str, object] = {
        "forms": {
            _key(slug): forms.get(slug) or QUICK_LOG_FORMS[slug](user=user, auto_id=_auto_id(slug))
            for slug in slugs
        },
        "today": user.local_today(),
    }
    for slug in slugs:
        facts = known.get(slug) if known else None
        context.update(facts if facts is not None else CARD_FACTS[slug](user))
    # The metric cards, in registry order, each drawn by the one quick-log card partial.
    context["cards"] = [
        {
            "metric": metric,
            "form": context["forms"][metric.key],  # type: ignore[index]
            "latest": metric.card_line(context, user),
        }
        for metric in QUICK_LOG_METRICS.values()
        if metric.slug in slugs
    ]
    return context


def _card_partial(slug: str) -> str:
    """The partial a quick-log post answers with: the one metric card, or the goal card."""
    return f"tracker/dashboard.html#{'log_goal' if slug == 'goal' else 'quicklog_card'}"


def _single_card(context: dict[str, object], slug: str) -> dict[str, object]:
    cards: list[dict[str, object]] = context["cards"]  # type: ignore[assignment]
    if cards:
        context["card"] = cards[0]
    return context


def _card_context(
    user: User, slug: str, form: object = None, facts: dict[str, object] | None = None
) -> dict[str, object]:
    """One card's context: a quick-log post answers with its own card alone. `facts` is what
    the card shows beside its form when the save has read it already."""
    known = {slug: facts} if facts is not None else None
    bound: dict[str, Any] = {slug: form} if form else {}
    return _single_card(_cards_context(user, [slug], known=known, **bound), slug)


def _dashboard_context(user: User, **forms: object) -> dict[str, object]:
    """Every card's context: the whole Today page."""
    bound: dict[str, Any] = forms
    return _cards_context(user, QUICK_LOG_FORMS, **bound)


@login_required
@require_GET
def dashboard(request: AuthedHttpRequest) -> HttpResponse:
    context = _dashboard_context(request.user)
    # Only the full page shows the trend strip; quick-log swaps don't recompute it.
    panel = today_panel(request.user)
    context.update(
        trend_cards=panel.cards,
        dose=panel.dose_card,
        effort_runs=panel.effort_runs,
        goal_target=panel.goal_target,
    )
    context["follow_ups"] = area_follow_ups(request.user, viewer=request.user)
    # Without JavaScript the quick-log post redirects here; the offer to replace the weigh-in
    # it corrected is worked out again from the entry (nothing to trust in the query string).
    context["replace_offer"] = _offer_for(request.user, request.GET.get("corrected"))
    return render(request, "tracker/dashboard.html", context)


def _offer_for(user: User, pk: str | None) -> ReplaceOffer | None:
    if not pk or not pk.isdigit():
        return None
    later = WeightEntry.objects.for_user(user).filter(pk=int(pk)).first()
    return replace_offer(later, user) if later else None


# The quick-log cards that also work offline (static/js/offline-log.js queues their posts).
OFFLINE_METRICS = tuple(slug for slug, metric in QUICK_LOG_METRICS.items() if metric.offline)


@login_required
@require_GET
def quick_log_shell(request: AuthedHttpRequest) -> HttpResponse:
    """Today's quick-log cards without anything logged: the copy the service worker keeps so
    the page opens with no connection (what is logged there waits on the phone).

    Why a separate, data-free page rather than caching Today itself: every signed-in page is
    sent `private, no-store` because it holds health data, and a copy kept on the phone would
    show stale numbers and outlive a log-out. This page holds only the forms in the person's
    units, their account id and a CSRF token, so the worker may keep it (it is still sent
    `no-store`: no HTTP cache keeps it; the worker stores it on purpose). A queue left by
    someone else on a shared phone is refused by the server (the account check), not saved to
    the wrong person.
    """
    user = request.user
    context: dict[str, object] = {
        "cards": [
            {
                "metric": QUICK_LOG_METRICS[slug],
                "form": QUICK_LOG_FORMS[slug](user=user, auto_id=_auto_id(slug)),
            }
            for slug in OFFLINE_METRICS
        ],
        "today": user.local_today(),
        "shell": True,
    }
    return render(request, "tracker/quick_log_shell.html", context)


def _add_protein(user: User, form: ProteinAddForm) -> ProteinEntry | None:
    """Add to the day's total; None (with a form error) if a concurrent add got there first."""
    day, grams = form.cleaned_data["day"], form.cleaned_data["grams"]
    with transaction.atomic():
        entry, created = ProteinEntry.objects.select_for_update().get_or_create(
            user=user, day=day, defaults={"grams": grams}
        )
        if not created:
            # F() so two quick taps racing each other both count; the condition keeps the total
            # within the daily limit even if another add landed after the form checked it.
            updated = ProteinEntry.objects.filter(
                pk=entry.pk, grams__lte=bounds.PROTEIN_MAX_G - grams
            ).update(grams=F("grams") + grams)
            if not updated:
                form.add_error("grams", bound_messages.protein_day_over())
                return None
            entry.refresh_from_db(fields=["grams"])
    return entry


@login_required
@require_POST
def quick_log(request: AuthedHttpRequest, metric: str) -> HttpResponse:
    """Save one quick-log form; htmx gets the refreshed card, plain POSTs a redirect, and the
    offline queue (which asks for JSON) a small answer it can show on the pending entry.

    A post with a `client_id` is saved at most once per user: a repeat answers with what the
    first one said, so the queue can retry a send whose answer was lost.
    """
    if metric not in QUICK_LOG_FORMS:
        raise Http404("No such metric.")
    user = request.user
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    sync = QuickLogSyncForm(request.POST, user=user)
    if not sync.is_valid():
        status = 409 if sync.has_error("account", "other_account") else 400
        return _refused(request, metric, _error_text(sync), status=status, wants_json=wants_json)
    client_id = sync.cleaned_data["client_id"]
    if client_id is not None:
        earlier = QuickLogReceipt.objects.filter(user=user, client_id=client_id).first()
        if earlier is not None:
            return _answer_repeat(request, metric, earlier, wants_json=wants_json)
    form = QUICK_LOG_FORMS[metric](request.POST, user=user, auto_id=_auto_id(metric))
    partial = _card_partial(metric)
    saved: tuple[str, dict[str, object]] | QuickLogReceipt | None = None
    if form.is_valid():
        if client_id is None:
            saved = _save_quick_log(form, user, sync.cleaned_data["logged_at"])
        else:
            saved = _save_quick_log_once(
                form, user, metric, client_id, sync.cleaned_data["logged_at"]
            )
    if isinstance(saved, QuickLogReceipt):  # a concurrent post with the same id won
        return _answer_repeat(request, metric, saved, wants_json=wants_json)
    if saved is not None:
        message, flash = saved
        if wants_json:
            return JsonResponse({"status": "saved", "message": message})
        facts: dict[str, object] | None = flash.pop("card_facts", None)  # type: ignore[assignment]
        if request.htmx:
            context = _card_context(user, metric, facts=facts)
            context.update(flash, flash_metric=metric, flash=message)
            return render(request, partial, context)
        messages.success(request, message)
        if flash.get("replace_offer"):
            offer: ReplaceOffer = flash["replace_offer"]  # type: ignore[assignment]
            return redirect(f"{reverse('dashboard')}?corrected={offer.later.pk}#log-weight")
        return redirect("goals" if isinstance(form, GoalForm) else "dashboard")
    if wants_json:
        errors = {field: list(messages_) for field, messages_ in form.errors.items()}
        return JsonResponse(
            {"status": "refused", "message": _error_text(form), "errors": errors}, status=400
        )
    if request.htmx:
        return render(request, partial, _card_context(user, metric, form))
    context = _dashboard_context(user, **{metric: form})
    return render(request, "tracker/dashboard.html", context, status=400)


def _error_text(form: Any) -> str:
    """Every message of an invalid form in one line (each already names what it is about)."""
    return " ".join(str(message) for errors in form.errors.values() for message in errors)


def _refused(
    request: AuthedHttpRequest, metric: str, message: str, *, status: int, wants_json: bool
) -> HttpResponse:
    """A post whose offline-queue fields are unusable: nothing is saved."""
    if wants_json:
        return JsonResponse({"status": "refused", "message": message}, status=status)
    if request.htmx:
        context = _card_context(request.user, metric)
        context.update(flash_metric=metric, flash=message)
        return render(request, _card_partial(metric), context, status=status)
    messages.error(request, message)
    return redirect("dashboard")


def _answer_repeat(
    request: AuthedHttpRequest, metric: str, receipt: QuickLogReceipt, *, wants_json: bool
) -> HttpResponse:
    """Answer a post whose client id was already saved: what the first answer said, no new row.
    The same id sent for another metric is a conflict (a bug or a tampered queue), not a repeat.
    """
    if receipt.metric != metric:
        message = gettext("This entry was already sent as a different kind of log.")
        return _refused(request, metric, message, status=409, wants_json=wants_json)
    if wants_json:
        return JsonResponse({"status": "saved", "message": receipt.message, "repeat": True})
    if request.htmx:
        context = _card_context(request.user, metric)
        context.update(flash_metric=metric, flash=receipt.message)
        return render(request, _card_partial(metric), context)
    messages.success(request, receipt.message)
    return redirect("goals" if metric == "goal" else "dashboard")


def _save_quick_log_once(
    form: Any, user: User, metric: str, client_id: uuid.UUID, logged_at: dt.datetime | None
) -> tuple[str, dict[str, object]] | QuickLogReceipt | None:
    """Save with a receipt for `client_id` in one transaction: the saved result, the receipt of
    a concurrent post with the same id that got there first, or None when saving added an error
    to the form (and then no receipt is kept either, so a fixed resend can still be saved)."""
    with transaction.atomic():
        try:
            # The unique constraint decides the race: on PostgreSQL the second insert waits for
            # the first transaction and then fails; SQLite serialises the two transactions.
            with transaction.atomic():
                receipt = QuickLogReceipt.objects.create(
                    user=user, client_id=client_id, metric=metric, logged_at=logged_at
                )
        except IntegrityError:
            receipt = None
        if receipt is not None:
            saved = _save_quick_log(form, user, logged_at)
            if saved is None:
                transaction.set_rollback(True)
                return None
            receipt.message = saved[0][:300]
            receipt.save(update_fields=["message"])
            return saved
    return QuickLogReceipt.objects.get(user=user, client_id=client_id)


def _save_quick_log(
    form: Any, user: User, logged_at: dt.datetime | None = None
) -> tuple[str, dict[str, object]] | None:
    """Save a valid quick-log form: the message and what the card shows, or None when saving
    added an error to the form (a protein add racing past the daily limit). A weigh-in keeps
    the time it was made (`logged_at` from the device when sent) and may come with the offer
    to replace the one it corrects."""
    if isinstance(form, GoalForm):
        goal = save_goal(form)
        message = _("Goal saved.")
        if goal.has_active_warning:
            message += " " + _("Have a look at the note about it below.")
        return message, {"flash_warning": myths.warning_for_goal(goal)}
    if isinstance(form, WeightForm):
        form.instance.created_at = recorded_at(logged_at)
        weigh_in = form.save()
        # The card's latest weigh-in and the offer, read together (one query, not two).
        latest, offer = after_logging(weigh_in, user)
        return METRICS["weight"].logged_message(weigh_in, user), {
            "replace_offer": offer,
            "card_facts": {"latest_weight": latest},
        }
    entry = _add_protein(user, form) if isinstance(form, ProteinAddForm) else form.save()
    if entry is None:
        return None
    slug = next(slug for slug, cls in QUICK_LOG_FORMS.items() if isinstance(form, cls))
    return METRICS[slug].logged_message(entry, user), {}


@login_required
@require_GET
def history(request: AuthedHttpRequest, metric: str) -> HttpResponse:
    meta = _metric_or_404(metric)
    entries = meta.model._default_manager.filter(user=request.user).order_by("-day", "-created_at")
    page = Paginator(entries, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "metric": meta,
        "page": page,
        "metrics": METRICS.values(),
        "entry_count": page.paginator.count,
    }
    return render(request, "tracker/history.html", context)


def _save_unless_clash(form: Any) -> bool:
    """Save; False (with a form error) if a constraint the form checked no longer holds.

    ProteinForm checks "one total per day" before saving, but another request can take that
    day between the check and the save: the database refuses it, and that must be a message,
    not a 500.
    """
    try:
        with transaction.atomic():  # a savepoint, so the request's connection stays usable
            form.save()
    except IntegrityError:
        form.add_error(
            None,
            _("That clashes with an entry saved a moment ago. Reload the page and try again."),
        )
        return False
    return True


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: AuthedHttpRequest, metric: str, pk: int) -> HttpResponse:
    meta = _metric_or_404(metric)
    entry = get_own_entry_or_404(meta.model, pk, request.user)
    form = meta.form(
        request.POST if request.method == "POST" else None, instance=entry, user=request.user
    )
    context = {"metric": meta, "entry": entry, "form": form}
    if request.method == "POST" and form.is_valid() and _save_unless_clash(form):
        entry = form.instance
        if request.htmx:
            return render(request, "tracker/history.html#row", {"metric": meta, "entry": entry})
        messages.success(
            request,
            _("Saved the %(noun)s for %(day)s.")
            % {"noun": meta.noun, "day": day_month_year(entry.day)},
        )
        return redirect("history", metric=metric)
    if request.htmx:
        if request.GET.get("cancel"):
            return render(request, "tracker/history.html#row", context)
        return render(request, "tracker/history.html#row_edit", context)
    status = 400 if request.method == "POST" else 200
    return render(request, "tracker/entry_edit.html", context, status=status)


def _entry_count(meta: Metric, user: User) -> int:
    return meta.model._default_manager.filter(user=user).count()


def _deleted_line(meta: Metric, entry: Any, user: User) -> dict[str, object]:
    """What the row says once deleted: "Deleted 80.4 kg weigh-in of 3 Mar"."""
    return {"value": meta.columns[0].cell(entry, user), "noun": meta.noun, "day": entry.day}


def _row_with_count(
    request: AuthedHttpRequest, partial: str, context: dict[str, object], user: User
) -> HttpResponse:
    """A history row partial plus the page's entry count, swapped out of band (htmx)."""
    meta: Metric = context["metric"]  # type: ignore[assignment]
    html = render_to_string(f"tracker/history.html#{partial}", context, request=request)
    html += render_to_string(
        "tracker/history.html#count",
        {"entry_count": _entry_count(meta, user), "oob": True},
        request=request,
    )
    return HttpResponse(html)


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request: AuthedHttpRequest, metric: str, pk: int) -> HttpResponse:
    meta = _metric_or_404(metric)
    user = request.user
    entry = get_own_entry_or_404(meta.model, pk, user)
    if request.method == "POST":
        if request.htmx:
            # Keep what Undo needs; the entry itself goes now, so every count and summary
            # stops counting it at once. Old undo records of this user are cleared on the way.
            with transaction.atomic():
                DeletedEntry.objects.filter(
                    user=user, deleted_at__lt=timezone.now() - UNDO_WINDOW
                ).delete()
                record = DeletedEntry.objects.create(
                    user=user, metric=meta.slug, data=serializers.serialize("json", [entry])
                )
                entry.delete()
            context = {"metric": meta, "record": record, **_deleted_line(meta, entry, user)}
            return _row_with_count(request, "row_deleted", context, user)
        entry.delete()
        messages.success(
            request,
            _("Deleted the %(noun)s from %(day)s.")
            % {"noun": meta.noun, "day": day_month_year(entry.day)},
        )
        return redirect(reverse("history", kwargs={"metric": metric}))
    return render(request, "tracker/entry_delete.html", {"metric": meta, "entry": entry})


@login_required
@require_POST
def weigh_in_replace(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    """Accept the offer: delete weigh-in `pk` in favour of `keep`, the same day's correction.
    Both must be the requester's (404 otherwise, like History's Delete)."""
    user = request.user
    earlier = get_own_entry_or_404(WeightEntry, pk, user)
    keep = request.POST.get("keep", "")
    later = get_own_entry_or_404(WeightEntry, int(keep) if keep.isdigit() else 0, user)
    if later.pk == earlier.pk or later.day != earlier.day:
        raise Http404("Not a correction of that weigh-in.")
    time = entry_time_text(earlier, user)
    replace_weigh_in(earlier=earlier, later=later)
    values = {
        "time": time,
        "old": weight_text(earlier.weight_kg, user),
        "new": weight_text(later.weight_kg, user),
    }
    if time:
        message = _("Replaced the %(time)s weigh-in (%(old)s) with %(new)s.") % values
    else:
        message = _("Replaced the weigh-in (%(old)s) with %(new)s.") % values
    if request.htmx:
        context = _card_context(user, "weight")
        context.update(flash_metric="weight", flash=message)
        return render(request, _card_partial("weight"), context)
    messages.success(request, message)
    return redirect(f"{reverse('dashboard')}#log-weight")


def _restore(record: DeletedEntry, meta: Metric) -> Any | None:
    """Save the deleted entry again through the model's normal save (so whatever a write keeps
    up to date is updated as on any other write); None if the day is taken by a newer entry."""
    entry = next(serializers.deserialize("json", record.data)).object
    if not isinstance(entry, meta.model) or entry.user_id != record.user_id:
        raise Http404("No such deleted entry.")
    for keep_id in (True, False):
        if not keep_id:
            # SQLite may have given the id to a newer entry: restore under a new one.
            entry.pk = None
        try:
            with transaction.atomic():
                entry.save(force_insert=True)
                record.delete()
            return entry
        except IntegrityError:
            continue
    return None


@login_required
@require_POST
def entry_undo(request: AuthedHttpRequest, metric: str, pk: int) -> HttpResponse:
    """Undo a delete: the same entry (values, day) back, within `UNDO_WINDOW`, owner only."""
    meta = _metric_or_404(metric)
    user = request.user
    record = get_object_or_404(DeletedEntry, pk=pk, user=user, metric=meta.slug)
    problem = ""
    entry = None
    if record.expired:
        record.delete()
        problem = _("Too late to undo: a delete can be undone for %(minutes)d minutes.") % {
            "minutes": UNDO_WINDOW.seconds // 60
        }
    else:
        entry = _restore(record, meta)
        if entry is None:
            problem = _("Couldn't undo: a newer entry takes that day. Edit that one instead.")
    if request.htmx:
        if entry is not None:
            return _row_with_count(request, "row", {"metric": meta, "entry": entry}, user)
        context: dict[str, object] = {
            "metric": meta,
            "record": None,
            "problem": problem,
            "undo_pk": pk,
        }
        return _row_with_count(request, "row_deleted", context, user)
    if entry is not None:
        messages.success(
            request,
            _("Restored the %(noun)s from %(day)s.")
            % {"noun": meta.noun, "day": day_month_year(entry.day)},
        )
    else:
        messages.error(request, problem)
    return redirect(reverse("history", kwargs={"metric": metric}))
