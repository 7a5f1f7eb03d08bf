"""URLs of background jobs (included under /jobs/)."""

from django.urls import path

from tracker.jobs import views

urlpatterns = [path("<uuid:pk>/", views.job_status, name="job_status")]
