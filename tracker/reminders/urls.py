"""URLs of reminder settings and unsubscribe links (included under /reminders/)."""

from django.urls import path

from tracker.reminders import views

urlpatterns = [
    path("", views.reminder_settings, name="reminder_settings"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="reminder_unsubscribe"),
]
