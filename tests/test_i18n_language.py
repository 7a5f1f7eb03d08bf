"""Which language a page is shown in: the address prefix, the user's setting, the browser, the
switcher; and the public pages' language-prefixed addresses with their hreflang alternates."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client

from tests.conftest import client_for
from tracker.models import Myth

pytestmark = pytest.mark.django_db

LANG_ATTR = re.compile(r'<html lang="([a-z-]+)"')


def page_language(response) -> str:
    match = LANG_ATTR.search(response.content.decode())
    assert match, "no <html lang>"
    return match.group(1)


@pytest.fixture
def myth() -> Myth:
    return Myth.objects.create(
        slug="spot-test", title="Spot test", claim="c", reality="r", instead="i"
    )


def test_english_visitor_sees_the_plain_addresses():
    response = Client().get("/myths/")
    assert response.status_code == 200
    assert page_language(response) == "en"
    assert response["Content-Language"] == "en"


def test_first_visit_with_an_italian_browser_goes_to_the_italian_address(myth):
    client = Client(headers={"accept-language": "it-IT,it;q=0.9,en;q=0.5"})
    response = client.get(f"/myths/{myth.slug}/?ref=share")
    assert response.status_code == 302
    assert response["Location"] == f"/it/myths/{myth.slug}/?ref=share"
    assert "Accept-Language" in response["Vary"]
    followed = client.get(response["Location"])
    assert followed.status_code == 200
    assert page_language(followed) == "it"


def test_a_browser_variant_maps_to_its_language():
    response = Client(headers={"accept-language": "pt-BR"}).get("/")
    assert response.status_code == 302
    assert response["Location"] == "/pt/"


def test_a_language_prefix_wins_over_the_browser(myth):
    """A shared link opens in its language, whatever the reader's browser says."""
    response = Client(headers={"accept-language": "fr"}).get(f"/de/myths/{myth.slug}/")
    assert response.status_code == 200
    assert page_language(response) == "de"


def test_public_pages_list_every_language_and_x_default(myth):
    response = Client().get(f"/es/myths/{myth.slug}/")
    html = response.content.decode()
    site = settings.SITE_URL
    for code in ("en", "it", "es", "fr", "de", "pt"):
        prefix = "" if code == "en" else f"/{code}"
        assert (
            f'<link rel="alternate" hreflang="{code}" href="{site}{prefix}/myths/{myth.slug}/">'
            in html
        )
    assert f'<link rel="alternate" hreflang="x-default" href="{site}/myths/{myth.slug}/">' in html


def test_app_pages_have_no_language_alternates(athlete):
    html = client_for(athlete).get("/today/").content.decode()
    assert "hreflang" not in html


@pytest.mark.parametrize(
    "path",
    ["/", "/it/", "/accounts/login/", "/de/accounts/signup/", "/fr/accounts/password/reset/"],
)
def test_public_account_pages_answer_in_every_language(path):
    assert Client().get(path).status_code == 200


def test_app_pages_keep_their_address_and_use_the_users_language(athlete):
    athlete.language = "de"
    athlete.save()
    client = client_for(athlete)
    response = client.get("/today/", headers={"accept-language": "fr"})
    assert response.status_code == 200
    assert page_language(response) == "de"
    # Kept in the cookie too, so the pages after logging out are in German as well.
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    assert Client().get("/it/today/").status_code == 404


def test_a_user_without_a_setting_follows_the_browser(athlete):
    response = client_for(athlete).get("/progress/", headers={"accept-language": "es-ES,es"})
    assert page_language(response) == "es"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_a_logged_in_user_reads_public_pages_in_their_language(athlete):
    athlete.language = "it"
    athlete.save()
    client = client_for(athlete)
    response = client.get("/myths/")
    assert response.status_code == 302
    assert response["Location"] == "/it/myths/"
    assert page_language(client.get("/it/myths/")) == "it"


def test_the_switcher_remembers_a_visitors_choice(myth):
    client = Client(enforce_csrf_checks=True, headers={"accept-language": "it"})
    page = client.get("/it/myths/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token, "the switcher posts with a CSRF token"
    response = client.post(
        "/i18n/setlang/",
        {"language": "fr", "next": "/myths/", "csrfmiddlewaretoken": token.group(1)},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/myths/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    # The cookie now beats the Italian browser on the plain addresses.
    assert client.get(f"/myths/{myth.slug}/")["Location"] == f"/fr/myths/{myth.slug}/"


def test_choosing_english_keeps_the_plain_address_for_an_italian_browser():
    client = Client(headers={"accept-language": "it"})
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/myths/"})
    assert response["Location"] == "/myths/"
    followed = client.get("/myths/")
    assert followed.status_code == 200
    assert page_language(followed) == "en"


def test_the_switcher_without_csrf_is_refused():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert response.status_code == 403


def test_the_switcher_saves_a_users_choice_to_their_settings(athlete):
    client = client_for(athlete)
    response = client.post("/i18n/setlang/", {"language": "pt", "next": "/today/"})
    assert response.status_code == 302
    assert response["Location"] == "/today/"
    athlete.refresh_from_db()
    assert athlete.language == "pt"
    assert page_language(client.get("/today/")) == "pt"


def test_the_switcher_ignores_an_unknown_language(athlete):
    client_for(athlete).post("/i18n/setlang/", {"language": "xx", "next": "/today/"})
    athlete.refresh_from_db()
    assert athlete.language == ""


def test_the_switcher_refuses_an_outside_next():
    response = Client().post("/i18n/setlang/", {"language": "it", "next": "https://evil.test/"})
    assert response.status_code == 302
    assert "evil" not in response["Location"]


SETTINGS_POST = {
    "display_name": "Ana",
    "weight_unit": "kg",
    "distance_unit": "km",
    "length_unit": "cm",
    "time_zone": "UTC",
}


def test_settings_save_the_language_and_blank_follows_the_browser(athlete):
    client = client_for(athlete)
    assert client.post("/settings/", SETTINGS_POST | {"language": "it"}).status_code == 302
    athlete.refresh_from_db()
    assert athlete.language == "it"
    assert page_language(client.get("/settings/")) == "it"

    client.post("/settings/", SETTINGS_POST | {"language": ""})
    athlete.refresh_from_db()
    assert athlete.language == ""
    page = client.get("/settings/", headers={"accept-language": "de"})
    assert page_language(page) == "de"


def test_settings_posted_without_a_language_keep_it(athlete):
    athlete.language = "es"
    athlete.save()
    client_for(athlete).post("/settings/", SETTINGS_POST)
    athlete.refresh_from_db()
    assert athlete.language == "es"


def test_settings_refuse_an_unknown_language(athlete):
    response = client_for(athlete).post("/settings/", SETTINGS_POST | {"language": "xx"})
    assert response.status_code == 200
    athlete.refresh_from_db()
    assert athlete.language == ""


def test_login_from_an_italian_browser_keeps_next(athlete):
    client = Client(headers={"accept-language": "it"})
    response = client.get("/progress/")
    assert response.status_code == 302
    assert response["Location"] == "/it/accounts/login/?next=/progress/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert page_language(page) == "it"
    logged_in = client.post(
        response["Location"], {"username": "ana@example.com", "password": "correct-horse-9"}
    )
    assert logged_in.status_code == 302
    assert logged_in["Location"] == "/progress/"


def test_an_expired_session_form_post_goes_to_the_login_page_in_the_browsers_language():
    """LoginRedirectMiddleware still points `next` at the page the form was on."""
    client = Client(headers={"accept-language": "de", "referer": "http://testserver/goals/"})
    response = client.post("/goals/", {"text": "x"})
    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/login/?next=%2Fgoals%2F"


def test_logout_keeps_the_users_language_for_the_pages_after(athlete):
    athlete.language = "fr"
    athlete.save()
    client = client_for(athlete)
    client.get("/today/")
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    landing = client.get(response["Location"], follow=True)
    assert page_language(landing) == "fr"


def test_a_myth_page_shows_the_card_in_the_addresses_language(myth):
    myth.translations.create(
        language="it", title="Dimagrire in un punto", claim="ci", reality="ri", instead="ii"
    )
    italian = Client().get(f"/it/myths/{myth.slug}/").content.decode()
    assert "<h1>Dimagrire in un punto</h1>" in italian
    english = Client().get(f"/myths/{myth.slug}/").content.decode()
    assert "<h1>Spot test</h1>" in english
    library = Client().get("/it/myths/").content.decode()
    assert "Dimagrire in un punto" in library
    # A language without a translation yet falls back to the English card.
    assert "<h1>Spot test</h1>" in Client().get(f"/fr/myths/{myth.slug}/").content.decode()


def test_the_myth_card_is_in_the_goals_language_and_the_controls_in_the_users(athlete):
    """An English user typing an Italian goal: the card's headings in Italian, the note under it
    in English; the evidence link opens the Italian myth page."""
    from tracker.myths.sync import sync_content

    sync_content()
    client = client_for(athlete)
    html = client.get(
        "/goals/check/", {"text": "voglio dimagrire le cosce"}, headers={"accept-language": "en"}
    ).content.decode()
    assert "Abbiamo notato:" in html
    assert "We noticed:" not in html
    assert 'lang="it"' in html
    assert 'href="/it/myths/' in html
    assert "A note, not a block: your goal saves either way." in html


def test_the_navigation_links_follow_the_pages_language_and_need_no_request():
    """base.html's links are reversed once per language (tracker.templatetags.navigation): an
    Italian public page links to the Italian addresses, an English one to the plain ones, and
    the 500 page (rendered without a request or context processors) still has them."""
    from django.template import loader

    italian = Client().get("/it/myths/").content.decode()
    assert 'href="/it/myths/"' in italian and 'href="/it/accounts/login/"' in italian
    english = Client().get("/myths/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/myths/"' in english and 'href="/accounts/login/"' in english
    error_page = loader.get_template("500.html").render()
    assert 'class="brand" href="/"' in error_page and 'href="/myths/"' in error_page
