"""Reminder choices in Settings, and the one-click unsubscribe page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tracker.http import AuthedHttpRequest
from tracker.models import User
from tracker.reminders.forms import ReminderPreferenceForm
from tracker.reminders.kinds import REGISTRY, preference_of
from tracker.reminders.unsubscribe import read_token

# "Turn on" buttons on Settings: one tap, the default times.
QUICK_TURN_ON = {"weigh_in": "weigh_in_enabled", "checkin": "checkin_enabled"}


@login_required
@require_http_methods(["GET", "POST"])
def reminder_settings(request: AuthedHttpRequest) -> HttpResponse:
    preference = preference_of(request.user)
    if request.method == "POST" and request.POST.get("turn_on") in QUICK_TURN_ON:
        setattr(preference, QUICK_TURN_ON[request.POST["turn_on"]], True)
        preference.save()
        messages.success(request, _("Reminder turned on. Change its time below."))
        return redirect("reminder_settings")
    form = ReminderPreferenceForm(
        request.POST if request.method == "POST" else None, instance=preference
    )
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Reminder choices saved."))
            return redirect("reminder_settings")
        return render(request, "reminders/settings.html", {"form": form}, status=400)
    return render(request, "reminders/settings.html", {"form": form})


# No CSRF token: mail clients' one-click unsubscribe (RFC 8058) POSTs without a session; the
# signed token in the URL is the credential, and unsubscribing is all it can do.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    decoded = read_token(token)
    kind = REGISTRY.get(decoded[1]) if decoded else None
    user = User.objects.filter(pk=decoded[0]).first() if decoded else None
    if kind is None or user is None:
        raise Http404("Unknown unsubscribe link")
    context = {"kind": kind, "email": user.email}
    if request.method == "GET":
        # Link scanners fetch every URL in an email; only a POST (the button, or the mail
        # client's one-click) unsubscribes.
        return render(request, "reminders/unsubscribe.html", context)
    preference = preference_of(user)
    setattr(preference, kind.preference_field, False)
    preference.save()
    return render(request, "reminders/unsubscribe.html", context | {"done": True})
