"""Admin for myth content, the detector vocabulary (with a "try a text" box), users and entries.

Citations and translations are edited in inline forms with per-field validation. A translation
whose English card changed since it was written shows as stale until an editor reviews it. Every
content save bumps the content version (see tracker.models.ContentModel), so the detector picks
the edit up on the next goal check without a restart.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tracker import myths
from tracker.admin_hidden import HiddenFieldsAdminMixin
from tracker.models import (
    BodyFatEntry,
    Citation,
    Goal,
    Myth,
    MythTranslation,
    ProteinEntry,
    RunEntry,
    User,
    VocabularyTerm,
    WeightEntry,
)


class CitationForm(forms.ModelForm):
    url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Enter a full web link that starts with https://")},
        help_text=_("A DOI or PubMed link (https://...)."),
    )

    class Meta:
        model = Citation
        fields = ["order", "text", "url"]
        # A reference is one line in the library; a short box keeps the table readable.
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


class CitationInline(admin.TabularInline):
    model = Citation
    form = CitationForm
    extra = 1


class TranslationForm(forms.ModelForm):
    """A translation, plus a box to confirm it matches the current English card."""

    reviewed = forms.BooleanField(
        required=False,
        label=_("Matches the current English"),
        help_text=_("Tick after checking this translation against the English card above."),
    )

    class Meta:
        model = MythTranslation
        fields = ["language", *Myth.TRANSLATED_FIELDS, "reviewed"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ("claim", "reality", "instead", "evidence_note", "safety_note")
        }


class TranslationInline(admin.StackedInline):
    model = MythTranslation
    form = TranslationForm
    extra = 0
    readonly_fields = ["status"]
    fields = ["language", "status", *Myth.TRANSLATED_FIELDS, "reviewed"]

    @admin.display(description=_("Status"))
    def status(self, obj: MythTranslation) -> str:
        if obj.pk is None:
            return gettext("New")
        if obj.is_stale:
            return gettext("Stale: the English card changed since this translation was written")
        return gettext("Up to date with the English card")


@admin.register(Myth)
class MythAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "area_targeted", "published", "order", "stale_translations"]
    list_editable = ["published", "order"]
    list_filter = ["published", "area_targeted"]
    search_fields = ["title", "slug", "claim", "reality"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [CitationInline, TranslationInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "published", "area_targeted", "order"]}),
        (_("Card"), {"fields": ["claim", "reality", "instead", "safety_note"]}),
        (_("Evidence"), {"fields": ["evidence_note"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).prefetch_related("translations")

    @admin.display(description=_("Stale translations"))
    def stale_translations(self, obj: Myth) -> str:
        english = obj.english_hash()
        stale = [t.language for t in obj.translations.all() if t.english_hash != english]
        return ", ".join(stale) or "—"

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is MythTranslation:
            english = form.instance.english_hash()
            for translation_form in formset.forms:
                instance = translation_form.instance
                if not translation_form.has_changed() or translation_form in formset.deleted_forms:
                    continue
                # A new translation, or one an editor confirms, is written from today's English.
                if instance.pk is None or translation_form.cleaned_data.get("reviewed"):
                    instance.english_hash = english
        super().save_formset(request, form, formset, change)


@admin.register(VocabularyTerm)
class VocabularyTermAdmin(admin.ModelAdmin):
    """Every word the detector knows. Edits apply on the next goal check, without a restart."""

    list_display = ["term", "language", "kind", "area", "myth", "active"]
    list_editable = ["active"]
    list_filter = ["language", "kind", "area", "active"]
    search_fields = ["term"]
    list_select_related = ["myth"]
    change_list_template = "admin/tracker/vocabularyterm/change_list.html"

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        from django import forms

        from tracker.myth_detector import AREA_LABELS, KIND_LABELS

        if db_field.name == "kind":
            return forms.ChoiceField(choices=list(KIND_LABELS.items()), label=_("Kind"))
        if db_field.name == "area":
            return forms.ChoiceField(
                choices=[("", "—")] + list(AREA_LABELS.items()), required=False, label=_("Area")
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict | None = None
    ) -> HttpResponse:
        sample = request.GET.get("try_text", "")[:300]
        context = dict(extra_context or {})
        context["try_text"] = sample
        if sample.strip():
            context["try_warning"] = myths.warning_for_text(sample)
            context["try_checked"] = True
        # The changelist filters on GET parameters; take ours out before it sees them.
        if "try_text" in request.GET:
            query = request.GET.copy()
            del query["try_text"]
            request.GET = query  # type: ignore[assignment]  # a mutable copy, on purpose
        return super().changelist_view(request, extra_context=context)


@admin.register(User)
class UserAdmin(HiddenFieldsAdminMixin, BaseUserAdmin):
    # The hash is shown only as a summary; a ?password__regex= filter would read it out.
    hidden_fields = ("password",)

    def get_exclude(self, request: HttpRequest, obj: Any = None) -> list[str]:
        # The password stays on the form as its read-only summary and "reset password" link.
        return list(super(HiddenFieldsAdminMixin, self).get_exclude(request, obj) or [])

    ordering = ["email"]
    list_display = ["email", "display_name", "is_coach", "is_staff", "date_joined"]
    list_filter = ["is_coach", "is_staff", "is_superuser", "is_active"]
    search_fields = ["email", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Profile"),
            {
                "fields": [
                    "display_name",
                    "weight_unit",
                    "distance_unit",
                    "time_zone",
                    "height_cm",
                    "birth_year",
                    "max_heart_rate",
                    "resting_heart_rate",
                    "is_coach",
                ]
            },
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


class EntryAdmin(admin.ModelAdmin):
    list_display = ["user", "day", "created_at"]
    list_filter = ["day"]
    search_fields = ["user__email"]
    date_hierarchy = "day"
    list_select_related = ["user"]
    raw_id_fields = ["user"]


@admin.register(WeightEntry)
class WeightEntryAdmin(EntryAdmin):
    list_display = ["user", "day", "weight_kg", "created_at"]


@admin.register(BodyFatEntry)
class BodyFatEntryAdmin(EntryAdmin):
    list_display = ["user", "day", "percent", "method"]


@admin.register(RunEntry)
class RunEntryAdmin(EntryAdmin):
    list_display = ["user", "day", "distance_km", "duration_s", "source"]


@admin.register(ProteinEntry)
class ProteinEntryAdmin(EntryAdmin):
    list_display = ["user", "day", "grams"]


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ["text", "user", "status", "myth", "myth_area", "myth_dismissed_at"]
    list_filter = ["status", "myth"]
    search_fields = ["text", "user__email"]
    list_select_related = ["user", "myth"]
    raw_id_fields = ["user"]
