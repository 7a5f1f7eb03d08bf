"""Admin for coaching links, invitations and notes (notes are private: list metadata only)."""

from __future__ import annotations

from django.contrib import admin

from coaching.models import CoachingLink, CoachNote, Invitation
from tracker.admin_hidden import HiddenFieldsAdminMixin


@admin.register(CoachingLink)
class CoachingLinkAdmin(admin.ModelAdmin):
    list_display = ["coach", "athlete", "started_at", "ended_at", "ended_by"]
    list_filter = [("ended_at", admin.EmptyFieldListFilter)]
    search_fields = ["coach__email", "athlete__email"]
    raw_id_fields = ["coach", "athlete", "ended_by"]
    date_hierarchy = "started_at"


@admin.register(Invitation)
class InvitationAdmin(HiddenFieldsAdminMixin, admin.ModelAdmin):
    list_display = ["coach", "email", "created_at", "expires_at", "accepted", "revoked_at"]
    list_filter = ["accepted"]
    search_fields = ["coach__email", "email"]
    raw_id_fields = ["coach", "responded_by"]
    # The token is a bearer secret: never shown or filterable, so an admin screen can't leak a
    # working link.
    hidden_fields = ("token",)


@admin.register(CoachNote)
class CoachNoteAdmin(HiddenFieldsAdminMixin, admin.ModelAdmin):
    # The text is the coach's private writing; support staff see who and when, not what.
    list_display = ["coach", "athlete", "created_at", "updated_at"]
    search_fields = ["coach__email", "athlete__email"]
    raw_id_fields = ["coach", "athlete"]
    hidden_fields = ("text",)
