"""Admin for reminders: who chose what, and every email sent or skipped (read-only log)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from tracker.reminders.models import Delivery, ReminderPreference


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "weigh_in_enabled", "checkin_enabled", "digest_enabled"]
    list_filter = ["weigh_in_enabled", "checkin_enabled", "digest_enabled"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "period", "status", "attempts", "sent_at", "note"]
    list_filter = ["kind", "status"]
    search_fields = ["user__email"]
    # The record holds what a digest reported about clients: not shown in lists or filters.
    exclude = ["record"]

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        # ?record__icontains=... would turn the list's count into an oracle for the hidden field.
        if lookup.split("__")[0] == "record":
            return False
        return super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
