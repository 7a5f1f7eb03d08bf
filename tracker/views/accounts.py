"""Sign-up, settings and account deletion (login, logout and passwords use Django's views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods

from tracker.forms import DeleteAccountForm, SettingsForm, SignupForm
from tracker.models import User


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    return render(request, "tracker/landing.html")


def _safe_next(request: HttpRequest) -> str:
    """The ?next= target (e.g. an invitation link) if it stays on this site, else ""."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path on this site ("/coach/invite/..."): a bare word such as "foo" passes the host
    # check but redirect() would try to reverse it as a URL name (a 500 after the signup).
    allowed = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else ""


def _create_account(form: SignupForm) -> User | None:
    """The new user, or None (with a form error) if the same email signed up a moment ago:
    clean_email checked it, but two requests can both pass that check before either saves."""
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:
        form.add_error("email", "An account with this email already exists. Try logging in.")
        return None


# On the view, not on _safe_next: there it made the helper return a 405 response instead of a
# URL, which redirect() then tried to reverse (a 500 for a signed-in PUT or DELETE).
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    next_url = _safe_next(request)
    if request.user.is_authenticated:
        return HttpResponseRedirect(next_url) if next_url else redirect("dashboard")
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and (user := _create_account(form)):
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        if next_url:
            messages.success(request, "Welcome to Wholebody!")
            return HttpResponseRedirect(next_url)  # a path, never a URL name to reverse
        messages.success(request, "Welcome to Wholebody! Set your units and time zone below.")
        return redirect("settings")
    return render(request, "registration/signup.html", {"form": form, "next": next_url})


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request: HttpRequest) -> HttpResponse:
    form = SettingsForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved.")
        return redirect("settings")
    user = request.user
    max_hr = user.max_heart_rate_for_dose(user.local_today())
    return render(request, "tracker/settings.html", {"form": form, "max_hr": max_hr})


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            # Entries, goals, links, invitations and notes all cascade from the user row.
            user.delete()
        logout(request)
        messages.success(request, "Your account and all of its data have been deleted.")
        return redirect("landing")
    return render(request, "tracker/delete_account.html", {"form": form})
