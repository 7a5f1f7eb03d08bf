"""Admin screens that hide a field must also refuse URL lookups on it.

Django's changelist accepts any lookup on the model's own fields as a GET parameter
(`?text__regex=^a`), and the result count then answers yes/no questions about a field the
screen never shows: a private note or a working invitation token could be read out one
character at a time. Admins list their secret fields in `hidden_fields`; the mixin excludes them
from forms and refuses any lookup that touches them (Django answers 400).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest


class HiddenFieldsAdminMixin(admin.ModelAdmin):
    hidden_fields: tuple[str, ...] = ()

    def get_exclude(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [*(super().get_exclude(request, obj) or []), *self.hidden_fields]

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        if lookup.split("__", 1)[0] in self.hidden_fields:
            return False
        return super().lookup_allowed(lookup, value, request)
