"""Sign-up, settings and account deletion (login, logout and passwords use Django's views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker.forms import DeleteAccountForm, SettingsForm, SignupForm, TimeZoneForm
from tracker.http import AuthedHttpRequest, HtmxHttpRequest
from tracker.models import User
from tracker.photos import photos_delete_for_user


def home_url_name(user: User) -> str:
    """Where a signed-in person starts: coaches on their roster, athletes on Today."""
    return "roster" if user.is_coach else "dashboard"


class LoginView(auth_views.LoginView):
    """Django's login, landing each role where it works when there is no ?next=."""

    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        user = self.request.user
        # Only reached signed in (redirect_authenticated_user, or after a login).
        return reverse(home_url_name(user) if isinstance(user, User) else "dashboard")


@require_GET
def landing(request: HtmxHttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(home_url_name(request.user))
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
def signup(request: HtmxHttpRequest) -> HttpResponse:
    next_url = _safe_next(request)
    if request.user.is_authenticated:
        return HttpResponseRedirect(next_url) if next_url else redirect(home_url_name(request.user))
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and (user := _create_account(form)):
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        if next_url:
            messages.success(request, "Welcome to Wholebody!")
            return HttpResponseRedirect(next_url)  # a path, never a URL name to reverse
        messages.success(
            request,
            f"Welcome to Wholebody! Your time zone is {user.time_zone.replace('_', ' ')}. "
            "Choose your units below.",
        )
        return redirect("settings")
    return render(request, "registration/signup.html", {"form": form, "next": next_url})


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request: AuthedHttpRequest) -> HttpResponse:
    form = SettingsForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved.")
        return redirect("settings")
    user = request.user
    max_hr = user.max_heart_rate_for_dose(user.local_today())
    return render(request, "tracker/settings.html", {"form": form, "max_hr": max_hr})


@login_required
@require_POST
def time_zone_update(request: AuthedHttpRequest) -> HttpResponse:
    """Accept the time zone offered by the banner when the device's zone differs from the saved
    one (see includes/time_zone_offer.html), then go back to the page it was offered on."""
    form = TimeZoneForm(request.POST)
    next_url = _safe_next(request) or reverse(home_url_name(request.user))
    if not form.is_valid():
        messages.error(request, "That time zone isn't one we know; choose yours in Settings.")
        return HttpResponseRedirect(next_url)
    request.user.time_zone = form.cleaned_data["time_zone"]
    request.user.save(update_fields=["time_zone"])
    messages.success(
        request,
        f"Time zone set to {request.user.time_zone.replace('_', ' ')}: "
        "new entries are dated by it.",
    )
    return HttpResponseRedirect(next_url)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: AuthedHttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            # Photo files are not rows: remove them once the deletion commits.
            photos_delete_for_user(user)
            # Entries, goals, photos, links, invitations and notes cascade from the user row.
            user.delete()
        logout(request)
        messages.success(request, "Your account and all of its data have been deleted.")
        return redirect("landing")
    return render(request, "tracker/delete_account.html", {"form": form})
