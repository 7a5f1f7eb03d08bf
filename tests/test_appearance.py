"""Light, dark or the device's choice, kept per browser in a cookie."""

from __future__ import annotations

from django.urls import reverse

from tracker.views.appearance import THEME_COOKIE


def test_pages_follow_the_device_until_a_choice_is_saved(athlete_client):
    html = athlete_client.get(reverse("dashboard")).content.decode()
    assert '<html lang="en" data-theme="system">' in html
    assert '<meta name="color-scheme" content="light dark">' in html
    assert "css/dark.css" in html


def test_choosing_dark_sets_a_cookie_and_marks_every_page(athlete_client):
    response = athlete_client.post(reverse("theme_update"), {"theme": "dark"})
    assert response["Location"] == reverse("settings")
    cookie = response.cookies[THEME_COOKIE]
    assert cookie.value == "dark" and cookie["httponly"] and cookie["samesite"] == "Lax"
    html = athlete_client.get(reverse("progress")).content.decode()
    assert '<html lang="en" data-theme="dark">' in html
    assert '<meta name="color-scheme" content="dark">' in html
    settings_page = athlete_client.get(reverse("settings")).content.decode()
    assert 'value="dark" checked' in settings_page


def test_an_unknown_choice_changes_nothing_and_says_so(athlete_client):
    response = athlete_client.post(reverse("theme_update"), {"theme": "neon"}, follow=True)
    assert "Choose light, dark or the same as this device." in response.content.decode()
    assert THEME_COOKIE not in response.cookies or not response.cookies[THEME_COOKIE].value
    athlete_client.cookies[THEME_COOKIE] = "neon"  # a forged cookie is ignored
    html = athlete_client.get(reverse("dashboard")).content.decode()
    assert 'data-theme="system"' in html
