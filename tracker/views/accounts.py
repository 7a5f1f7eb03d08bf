"""Sign-up, settings and account deletion (login, logout and passwords use Django's views)."""

from __future__ import annotations

import logging
import smtplib
from urllib.parse import urlencode, urlsplit

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import (
    url_has_allowed_host_and_scheme,
    urlsafe_base64_decode,
    urlsafe_base64_encode,
)
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker import signups, throttle
from tracker.forms import (
    DeleteAccountForm,
    LocalizedPasswordResetForm,
    SettingsForm,
    SignupForm,
    TimeZoneForm,
)
from tracker.http import AuthedHttpRequest, HtmxHttpRequest
from tracker.i18n import email_language, supported
from tracker.links import absolute_url
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


logger = logging.getLogger(__name__)


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


class _ActivationTokenGenerator(PasswordResetTokenGenerator):
    """Single-use sign-up links: the hash covers the password and activation state, so a link
    stops working once the account is confirmed or someone signs up again with a new password."""

    key_salt = "tracker.views.accounts.activation"

    def _make_hash_value(self, user: AbstractBaseUser, timestamp: int) -> str:
        email = getattr(user, "email", "")
        return f"{user.pk}{user.password}{user.is_active}{timestamp}{email}"


activation_tokens = _ActivationTokenGenerator()


def _pending_account(form: SignupForm) -> User | None:
    """The inactive account this sign-up will confirm (created, or refreshed if an earlier
    sign-up for the address was never confirmed), or None if the address has a live account."""
    email = form.cleaned_data["email"]
    with transaction.atomic():
        existing = User.objects.select_for_update().filter(email=email).first()
        if existing is not None and existing.is_active:
            return None
        # A new account, or an unconfirmed one: the newest sign-up's details win, and the new
        # password hash makes the earlier link stop working.
        user = form.save(commit=False)
        if existing is not None:
            # date_joined stays the new sign-up's: unconfirmed accounts are purged by its age.
            user.pk = existing.pk
            user._state.adding = False
        user.is_active = False
        # The language of the page they signed up on, so mail and pages stay in it.
        user.language = translation.get_language() if supported(translation.get_language()) else ""
        user.save()
        return user


def _send_signup_mail(user: User | None, email: str, next_url: str) -> None:
    """In the account's language: a new one was created in the page's language; an existing
    owner reads theirs (else the page's)."""
    owner = user if user is not None else User.objects.filter(email=email).first()
    with translation.override(email_language(owner, translation.get_language())):
        _send_signup_mail_now(user, email, next_url)


def _send_signup_mail_now(user: User | None, email: str, next_url: str) -> None:
    if user is None:
        context = {
            "login_url": absolute_url(reverse("login")),
            "reset_url": absolute_url(reverse("password_reset")),
        }
        body = render_to_string("registration/signup_existing_email.txt", context)
        subject = _("Your Wholebody account")
    else:
        path = reverse(
            "signup_activate",
            args=[urlsafe_base64_encode(force_bytes(user.pk)), activation_tokens.make_token(user)],
        )
        if next_url:
            path += "?" + urlencode({"next": next_url})
        context = {"name": user.display_name, "activate_url": absolute_url(path)}
        body = render_to_string("registration/signup_activate_email.txt", context)
        subject = _("Finish creating your Wholebody account")
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


# On the view, not on _safe_next: there it made the helper return a 405 response instead of a
# URL, which redirect() then tried to reverse (a 500 for a signed-in PUT or DELETE).
@require_http_methods(["GET", "POST"])
def signup(request: HtmxHttpRequest) -> HttpResponse:
    """Sign-up answers "check your email" whether or not the address already has an account
    (that owner gets a "you already have an account" mail instead), so the page can't be used
    to find out who uses Wholebody. The account works once the emailed link is confirmed."""
    next_url = _safe_next(request)
    if request.user.is_authenticated:
        return HttpResponseRedirect(next_url) if next_url else redirect(home_url_name(request.user))
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        allowed = throttle.allow(
            [
                (throttle.SIGNUP_MAIL_PER_RECIPIENT_HOUR, email),
                (throttle.SIGNUP_MAIL_PER_IP_HOUR, throttle.client_ip(request)),
            ]
        )
        if not allowed:
            form.add_error(
                None,
                _(
                    "Too many sign-up emails for now. Wait an hour and try again, or check your "
                    "inbox for the link we already sent."
                ),
            )
            context = {"form": form, "next": next_url}
            return render(request, "registration/signup.html", context, status=429)
        signups.purge_unconfirmed()
        try:
            user = _pending_account(form)
        except IntegrityError:
            # Two sign-ups for one address raced; the other one's mail is on its way.
            user = None
        try:
            _send_signup_mail(user, email, next_url)
        except (OSError, smtplib.SMTPException):
            logger.exception("Could not send the sign-up email")
            form.add_error(None, _("We couldn't send the email just now. Try again in a minute."))
            context = {"form": form, "next": next_url}
            return render(request, "registration/signup.html", context, status=503)
        return render(request, "registration/signup_sent.html", {"email": email, "next": next_url})
    return render(request, "registration/signup.html", {"form": form, "next": next_url})


@require_http_methods(["GET", "POST"])
def signup_activate(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The emailed link: GET shows a confirm button (mail scanners follow links with GET, and
    must not spend the link), POST activates the account and logs in."""
    try:
        user = User.objects.get(pk=int(urlsafe_base64_decode(uidb64).decode()), is_active=False)
    except (ValueError, OverflowError, User.DoesNotExist):
        user = None
    valid = user is not None and activation_tokens.check_token(user, token)
    if not valid or user is None:
        return render(request, "registration/signup_activate.html", {"valid": False}, status=400)
    if request.method == "GET":
        return render(
            request, "registration/signup_activate.html", {"valid": True, "email": user.email}
        )
    user.is_active = True
    user.save(update_fields=["is_active"])
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    next_url = _safe_next(request)
    if next_url:
        messages.success(request, _("Welcome to Wholebody!"))
        return HttpResponseRedirect(next_url)  # a path, never a URL name to reverse
    messages.success(
        request,
        _("Welcome to Wholebody! Your time zone is %(time_zone)s. Choose your units below.")
        % {"time_zone": user.time_zone.replace("_", " ")},
    )
    return redirect("settings")


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset view with rate limits, and links built from SITE_URL rather than the
    request's Host header (whose port a client chooses). The mail is in the account's
    language (LocalizedPasswordResetForm)."""

    form_class = LocalizedPasswordResetForm

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        email = form.cleaned_data["email"]
        if not throttle.allow([(throttle.RESET_PER_IP_HOUR, throttle.client_ip(self.request))]):
            form.add_error(
                None,
                _("Too many password reset requests from your network. Try again in an hour."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        # Over the per-address limit the page still says "check your email", so it can't tell
        # anyone whether the address has an account; the owner already has recent links.
        if throttle.allow([(throttle.RESET_PER_RECIPIENT_HOUR, email)]):
            site = urlsplit(settings.SITE_URL)
            form.save(
                domain_override=site.netloc,
                use_https=site.scheme == "https",
                token_generator=self.token_generator,
                from_email=self.from_email,
                email_template_name=self.email_template_name,
                subject_template_name=self.subject_template_name,
                request=self.request,
                html_email_template_name=self.html_email_template_name,
                extra_email_context=self.extra_email_context,
            )
        return HttpResponseRedirect(self.get_success_url())


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request: AuthedHttpRequest) -> HttpResponse:
    form = SettingsForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        # In the language just chosen: the message shows on the next page, which uses it.
        with translation.override(request.user.language or translation.get_language()):
            messages.success(request, _("Settings saved."))
        response = redirect("settings")
        if not request.user.language:
            # "Same as my browser": forget the language remembered from the setting.
            response.delete_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
            )
        return response
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
        messages.error(request, _("That time zone isn't one we know; choose yours in Settings."))
        return HttpResponseRedirect(next_url)
    request.user.time_zone = form.cleaned_data["time_zone"]
    request.user.save(update_fields=["time_zone"])
    messages.success(
        request,
        _("Time zone set to %(time_zone)s: new entries are dated by it.")
        % {"time_zone": request.user.time_zone.replace("_", " ")},
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
            # The login throttle's records (email, IP address, browser) are personal data too.
            for model in (AccessAttempt, AccessLog, AccessFailureLog):
                model.objects.filter(username__iexact=user.email).delete()
            # Entries, goals, photos, links, invitations and notes cascade from the user row.
            user.delete()
        logout(request)
        messages.success(request, _("Your account and all of its data have been deleted."))
        return redirect("landing")
    return render(request, "tracker/delete_account.html", {"form": form})
