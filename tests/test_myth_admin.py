"""The vocabulary admin: the "try a text" box beside the changelist, its filters, staff-only access,
and a term added through the admin form changing the live verdict on the next request."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape

from tests.conftest import client_for
from tracker.models import Myth, VocabularyTerm
from tracker.myth_detector import AREA_LABELS

CHANGELIST = reverse("admin:tracker_vocabularyterm_changelist")
ADD = reverse("admin:tracker_vocabularyterm_add")


def test_staff_opens_changelist_with_try_box(staff_user):
    response = client_for(staff_user).get(CHANGELIST)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="try-a-text"' in page
    assert 'name="try_text"' in page
    assert "No warning" not in page
    assert "Myth warning:" not in page


def test_try_text_shows_verdict_and_triggers(staff_user):
    response = client_for(staff_user).get(CHANGELIST, {"try_text": "quiero quitar la papada"})
    assert response.status_code == 200
    page = response.content.decode()
    myth = Myth.objects.get(slug="double-chin")
    assert "Myth warning:" in page
    assert escape(myth.title) in page
    assert "(double-chin)" in page
    assert f"area <strong>{escape(AREA_LABELS['chin_face'])}</strong>" in page
    assert "language <strong>es</strong>" in page
    assert "<code>quitar</code>" in page
    assert "<code>papada</code>" in page
    assert 'value="quiero quitar la papada"' in page
    # The try_text parameter is not mistaken for a bad filter (which redirects with ?e=1).
    assert "?e=1" not in response.get("Location", "")


def test_try_text_ok(staff_user):
    page = client_for(staff_user).get(CHANGELIST, {"try_text": "build bigger glutes"})
    assert "<strong>No warning</strong>" in page.content.decode()


def test_try_text_is_escaped(staff_user):
    text = '"><script>alert(1)</script> lose belly fat'
    page = client_for(staff_user).get(CHANGELIST, {"try_text": text}).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "Myth warning:" in page


def test_try_text_keeps_filters_working(staff_user):
    response = client_for(staff_user).get(
        CHANGELIST,
        {"try_text": "quiero quitar la papada", "language__exact": "es", "kind__exact": "fat_area"},
    )
    assert response.status_code == 200
    result_list = response.context["cl"].result_list
    assert result_list
    assert {(t.language, t.kind) for t in result_list} == {("es", "fat_area")}
    assert "Myth warning:" in response.content.decode()
    # Submitting the box again keeps the active filters.
    page = response.content.decode()
    try_box = page[page.index('id="try-a-text"') : page.index('id="changelist"')]
    assert '<input type="hidden" name="language__exact" value="es">' in try_box
    assert '<input type="hidden" name="kind__exact" value="fat_area">' in try_box
    assert try_box.count('name="try_text"') == 1


def test_search_still_works_with_try_text(staff_user):
    response = client_for(staff_user).get(CHANGELIST, {"try_text": "x", "q": "papada"})
    assert response.status_code == 200
    assert {t.term for t in response.context["cl"].result_list} >= {"papada"}
    assert all("papad" in t.term for t in response.context["cl"].result_list)


def test_non_staff_redirected_to_admin_login(athlete):
    response = client_for(athlete).get(CHANGELIST, {"try_text": "quitar la papada"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_redirected_to_admin_login(db):
    response = client_for(None).get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_add_form_offers_kind_and_area_choices(staff_user):
    page = client_for(staff_user).get(ADD).content.decode()
    assert '<option value="fat_area">' in page
    assert '<option value="chin_face">' in page


def test_term_added_in_admin_applies_on_next_check(staff_user, athlete):
    athlete_client = client_for(athlete)
    staff_client = client_for(staff_user)
    text = "get rid of my zorbleflab"

    def live_card() -> bool:
        response = athlete_client.get(reverse("goal_check"), {"text": text}, HTTP_HX_REQUEST="true")
        return 'class="myth-warning"' in response.content.decode()

    assert not live_card()
    response = staff_client.post(
        ADD,
        {
            "language": "en",
            "kind": "area",
            "term": "zorbleflab",
            "area": "belly",
            "myth": "",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    term = VocabularyTerm.objects.get(term="zorbleflab")
    assert live_card()

    # Unticking "active" on the change form turns it off again.
    staff_client.post(
        reverse("admin:tracker_vocabularyterm_change", args=[term.pk]),
        {"language": "en", "kind": "area", "term": "zorbleflab", "area": "belly", "myth": ""},
    )
    term.refresh_from_db()
    assert not term.active
    assert not live_card()

    staff_client.post(
        reverse("admin:tracker_vocabularyterm_delete", args=[term.pk]), {"post": "yes"}
    )
    assert not VocabularyTerm.objects.filter(term="zorbleflab").exists()
    assert not live_card()


def test_try_box_sees_admin_edits(staff_user):
    client = client_for(staff_user)
    VocabularyTerm.objects.create(language="en", kind="area", term="zorbleflab", area="belly")
    page = client.get(CHANGELIST, {"try_text": "get rid of my zorbleflab"}).content.decode()
    assert "<code>zorbleflab</code>" in page


# --- myth cards: citations and translations in inline forms -------------------------------------


def _form_data(response) -> dict[str, str]:
    """The change form's current values as a browser would post them back."""
    data: dict[str, str] = {}

    def put(form, name, field):
        value = form.initial.get(name, field.initial)
        key = form.add_prefix(name)
        if isinstance(value, bool):
            if value:
                data[key] = "on"
        elif value is not None:
            data[key] = str(value.pk if hasattr(value, "pk") else value)

    main = response.context["adminform"].form
    for name, field in main.fields.items():
        put(main, name, field)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = str(value)
        for form in formset.forms:  # extra forms too, with their defaults, as a browser does
            for name, field in form.fields.items():
                put(form, name, field)
    return data


def _change_url(myth: Myth) -> str:
    return reverse("admin:tracker_myth_change", args=[myth.pk])


def test_myth_form_edits_citations_and_translations_inline(staff_user):
    myth = Myth.objects.get(slug="toning")
    response = client_for(staff_user).get(_change_url(myth))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="citations-0-url"' in page
    assert 'name="translations-0-title"' in page
    for name in ("summary", "evidence_note", "safety_note"):
        assert f'name="translations-0-{name}"' in page
    assert "Enter a valid JSON" not in page
    assert "Up to date with the English card" in page


def test_bad_citation_link_is_reported_on_its_field_and_nothing_is_saved(staff_user):
    myth = Myth.objects.get(slug="toning")
    client = client_for(staff_user)
    data = _form_data(client.get(_change_url(myth)))
    data["title"] = "A new title that must not be saved"
    data["citations-0-url"] = "javascript:alert(1)"
    response = client.post(_change_url(myth), data)
    assert response.status_code == 200  # the form again, with the error on the field
    errors = response.context["inline_admin_formsets"][0].formset.forms[0].errors
    assert list(errors) == ["url"]
    assert "https://" in " ".join(errors["url"])
    myth.refresh_from_db()
    assert myth.title != "A new title that must not be saved"
    assert myth.citations.first().url.startswith("https://")


def test_translation_turns_stale_when_english_changes_until_reviewed(staff_user):
    myth = Myth.objects.get(slug="toning")
    client = client_for(staff_user)
    data = _form_data(client.get(_change_url(myth)))
    data["claim"] = myth.claim + " Even for beginners."
    assert client.post(_change_url(myth), data).status_code == 302
    myth.refresh_from_db()
    assert all(t.is_stale for t in myth.translations.all())
    changelist = client.get(reverse("admin:tracker_myth_changelist")).content.decode()
    assert "it, es, fr, de, pt" in changelist or "de, es, fr, it, pt" in changelist
    page = client.get(_change_url(myth)).content.decode()
    assert "Stale: the English card changed" in page

    data = _form_data(client.get(_change_url(myth)))
    italian = next(
        key[: -len("-language")]
        for key, value in data.items()
        if key.endswith("-language") and value == "it"
    )
    data[f"{italian}-claim"] = data[f"{italian}-claim"] + " Anche per chi inizia."
    data[f"{italian}-reviewed"] = "on"
    assert client.post(_change_url(myth), data).status_code == 302
    stale = {t.language for t in myth.translations.all() if t.is_stale}
    assert stale == {"es", "fr", "de", "pt"}


def test_a_changed_english_evidence_note_makes_translations_stale(staff_user):
    myth = Myth.objects.get(slug="toning")
    assert not myth.translations.get(language="it").is_stale
    client = client_for(staff_user)
    data = _form_data(client.get(_change_url(myth)))
    data["evidence_note"] = myth.evidence_note + " A newer review agrees."
    assert client.post(_change_url(myth), data).status_code == 302
    myth.refresh_from_db()
    assert all(t.is_stale for t in myth.translations.all())


def test_admin_edit_of_a_card_survives_sync(staff_user):
    from tracker.myths.sync import sync_content

    myth = Myth.objects.get(slug="toning")
    client = client_for(staff_user)
    data = _form_data(client.get(_change_url(myth)))
    data["title"] = "Toning, explained by our coaches"
    assert client.post(_change_url(myth), data).status_code == 302
    report = sync_content()
    myth.refresh_from_db()
    assert myth.title == "Toning, explained by our coaches"
    assert "myth toning" in report.kept
