"""URL routes for the whole project; each app's athlete or coach pages are listed here or
included from the app."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.views import (
    accounts,
    appearance,
    data,
    entries,
    goals,
    health,
    language,
    library,
    measurements,
    photos,
    progress,
    pwa,
    running,
)

# Public account pages: also under /it/, /es/, ... (see public_patterns below).
public_auth_patterns = [
    path("signup/", accounts.signup, name="signup"),
    path(
        "signup/confirm/<str:uidb64>/<str:token>/",
        accounts.signup_activate,
        name="signup_activate",
    ),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("password/reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

# Logged-in account pages keep one address in every language.
auth_patterns = [
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]

# Pages a visitor may share or find in a search: English at the plain address, other languages
# under their prefix (/it/myths/...), so a shared link opens in its language (tracker.i18n).
public_patterns = i18n_patterns(
    path("", accounts.landing, name="landing"),
    path("accounts/", include(public_auth_patterns)),
    path("myths/", library.myth_list, name="myth_list"),
    path("myths/<slug:slug>/", library.myth_detail, name="myth_detail"),
    prefix_default_language=False,
)

urlpatterns = [
    path("healthz/", health.healthz, name="healthz"),
    path("i18n/setlang/", language.set_language, name="set_language"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("offline/", pwa.offline, name="offline"),
    path("accounts/", include(auth_patterns)),
    path("settings/", accounts.account_settings, name="settings"),
    path("settings/delete/", accounts.delete_account, name="delete_account"),
    path("settings/time-zone/", accounts.time_zone_update, name="time_zone_update"),
    path("settings/appearance/", appearance.theme_update, name="theme_update"),
    path("today/", entries.dashboard, name="dashboard"),
    path("today/offline/", entries.quick_log_shell, name="quick_log_shell"),
    path("progress/", progress.progress, name="progress"),
    path("progress/table/<slug:key>/", progress.progress_table, name="progress_table"),
    path("log/<slug:metric>/", entries.quick_log, name="quick_log"),
    path("history/<slug:metric>/", entries.history, name="history"),
    path("history/<slug:metric>/<int:pk>/edit/", entries.entry_edit, name="entry_edit"),
    path("history/<slug:metric>/<int:pk>/delete/", entries.entry_delete, name="entry_delete"),
    path("weigh-ins/<int:pk>/replace/", entries.weigh_in_replace, name="weigh_in_replace"),
    path("history/<slug:metric>/undo/<int:pk>/", entries.entry_undo, name="entry_undo"),
    path("runs/<int:pk>/effort/", running.run_effort, name="run_effort"),
    path("goals/", goals.goals, name="goals"),
    path("goals/check/", goals.goal_check, name="goal_check"),
    path("goals/<int:pk>/edit/", goals.goal_edit, name="goal_edit"),
    path("goals/<int:pk>/status/", goals.goal_status, name="goal_status"),
    path("goals/<int:pk>/dismiss/", goals.goal_dismiss, name="goal_dismiss"),
    path("goals/<int:pk>/delete/", goals.goal_delete, name="goal_delete"),
    path("measurements/", measurements.measurements, name="measurements"),
    path("photos/", photos.photos, name="photos"),
    path("photos/<int:pk>/delete/", photos.photo_delete_view, name="photo_delete"),
    path("photos/<int:pk>/<slug:size>/", photos.photo_file, name="photo_file"),
    path("data/", data.data_hub, name="data_hub"),
    path("data/import/<slug:kind>/", data.import_upload, name="import_upload"),
    path("data/import/<slug:kind>/<int:batch_id>/", data.import_preview, name="import_preview"),
    path(
        "data/import/<slug:kind>/<int:batch_id>/confirm/",
        data.import_confirm,
        name="import_confirm",
    ),
    path(
        "data/import/<slug:kind>/<int:batch_id>/cancel/",
        data.import_cancel,
        name="import_cancel",
    ),
    path("data/export/", data.export_download, name="export_download"),
    path("jobs/", include("tracker.jobs.urls")),
    path("reminders/", include("tracker.reminders.urls")),
    path("coach/", include("coaching.urls")),
    path("admin/", admin.site.urls),
    *public_patterns,
]
