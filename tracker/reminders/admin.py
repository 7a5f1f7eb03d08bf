"""Admin for reminders: who chose what, and every email sent or skipped (read-only log)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from tracker.admin_hidden import HiddenFieldsAdminMixin
from tracker.reminders.models import Delivery, ReminderPreference


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "weigh_in_enabled", "checkin_enabled", "digest_enabled"]
    list_filter = ["weigh_in_enabled", "checkin_enabled", "digest_enabled"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]


@admin.register(Delivery)
class DeliveryAdmin(HiddenFieldsAdminMixin, admin.ModelAdmin):
    list_display = ["user", "kind", "period", "status", "attempts", "sent_at", "note"]
    list_filter = ["kind", "status"]
    search_fields = ["user__email"]
    # The record holds what a digest reported about clients: not shown in forms or filters
    # (?record__icontains=... would turn the list's count into an oracle).
    hidden_fields = ("record",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
