"""Admin for background jobs: what ran, for whom, how it ended (read-only; workers write it)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from tracker.jobs.models import Job, WorkerHeartbeat


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Job)
class JobAdmin(ReadOnlyAdmin):
    list_display = ["label", "owner", "status", "attempts", "created_at", "finished_at"]
    list_filter = ["status"]
    search_fields = ["label", "owner__email"]
    date_hierarchy = "created_at"


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(ReadOnlyAdmin):
    list_display = ["worker_id", "hostname", "pid", "started_at", "last_seen"]
