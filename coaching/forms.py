"""Forms for the coach's pages: inviting an athlete and writing private notes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from coaching.models import CoachNote

NOTE_MAX_LENGTH = 5000


class InvitationForm(forms.Form):
    email = forms.EmailField(
        required=False,
        label=_("Athlete's email (optional)"),
        help_text=_("We'll email them the link. Leave empty to copy the link yourself."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    message = forms.CharField(
        required=False,
        max_length=500,
        label=_("Message (optional)"),
        help_text=_("Shown to the athlete with the invitation."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NoteForm(forms.ModelForm):
    class Meta:
        model = CoachNote
        fields = ["text"]
        labels = {"text": _("Note")}
        help_texts = {"text": _("Private: only you can see your notes.")}
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "maxlength": NOTE_MAX_LENGTH})}
        # Whitespace-only text is stripped to "" by the form field, so it counts as empty.


class AcceptForm(forms.Form):
    """The athlete's answer; `replace_current` confirms switching away from a current coach."""

    replace_current = forms.BooleanField(
        required=False, label=_("End my current coaching link and switch to this coach")
    )
