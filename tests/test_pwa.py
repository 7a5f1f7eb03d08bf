"""Installable app: manifest, service worker, offline page; and compressed HTML."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.conftest import client_for


def test_manifest_names_icons_shortcuts_and_standalone_display(client):
    response = client.get(reverse("manifest"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#0f766e"
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    assert [s["url"] for s in manifest["shortcuts"]] == ["/today/#log-weight", "/today/#log-runs"]
    for icon in manifest["icons"]:
        data = Path(finders.find(icon["src"].removeprefix("/static/"))).read_bytes()
        assert data.startswith(b"\x89PNG")
        width = int.from_bytes(data[16:20], "big")
        assert f"{width}x{width}" == icon["sizes"]


def test_service_worker_is_served_from_the_root_never_cached(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    config = json.loads(body.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["offline"] == "/offline/"
    assert "/static/css/app.css" in config["precache"]
    assert config["cache"].startswith("wholebody-")


def test_offline_page_stands_alone_without_session_data(athlete):
    html = client_for(athlete).get(reverse("offline")).content.decode()
    assert "You're offline" in html
    assert athlete.email not in html and "csrfmiddlewaretoken" not in html


def test_pages_link_the_manifest_and_icons(client):
    html = client.get(reverse("landing")).content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert 'rel="apple-touch-icon"' in html
    assert '<meta name="theme-color"' in html


def test_html_is_compressed_for_browsers_that_accept_gzip(athlete):
    client = client_for(athlete)
    response = client.get(reverse("dashboard"), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"<!doctype html>" in gzip.decompress(response.content)
    assert "Accept-Encoding" in response["Vary"]


def test_pages_work_with_production_static_files(tmp_path, athlete, settings):
    """Production serves hashed static names from a collected manifest; a static() call the
    manifest can't answer (static("") once broke /sw.js) is a 500 there and never in DEBUG."""
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    signed_in = client_for(athlete)
    for url in ("/sw.js", "/manifest.webmanifest", reverse("offline")):
        response = client_for(None).get(url)
        assert response.status_code == 200, url
    sw = client_for(None).get("/sw.js").content.decode()
    assert '"static": "/static/"' in sw
    hashed = [
        name
        for name in json.loads(sw.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])["precache"]
        if name.startswith("/static/")
    ]
    assert hashed and all(len(Path(name).suffixes) >= 2 for name in hashed)  # app.<hash>.css
    for name in ("dashboard", "progress", "settings"):
        assert signed_in.get(reverse(name)).status_code == 200, name


def test_landing_shows_the_product_in_screenshots_that_keep_their_space(client):
    """Real screenshots (scripts/screenshots.py) with alt text, lazy-loaded, with width and height
    so the page does not jump when they arrive, and files small enough for a phone."""
    html = client.get(reverse("landing")).content.decode()
    shots = re.findall(r"<img src=\"(/static/img/landing/\w+\.webp)\"([^>]*)>", html)
    assert [Path(src).stem for src, _ in shots] == ["today", "progress", "roster"]
    for index, (src, attrs) in enumerate(shots):
        assert 'width="390" height="844"' in attrs
        # The first is the page's largest paint on a phone: fetched early; the others lazily.
        assert ('fetchpriority="high"' if index == 0 else 'loading="lazy"') in attrs
        assert re.search(r'alt="[^"]{30,}"', attrs), attrs
        for candidate in re.findall(r"(/static/\S+\.webp) \d+w", attrs) + [src]:
            found = finders.find(candidate.removeprefix("/static/"))
            assert found and Path(found).stat().st_size < 120_000, candidate
    assert "Why it is different" in html and "Running, honestly" in html


def test_the_manifest_is_in_the_language_of_its_address(client):
    manifest = json.loads(client.get(reverse("manifest"), {"lang": "it"}).content)
    assert manifest["lang"] == "it"
    assert manifest["description"].startswith("Monitora")
    assert [s["name"] for s in manifest["shortcuts"]] == ["Registra peso", "Registra corsa"]
    # One address, one language: cookies and Accept-Language don't change it, so a shared
    # cache can keep it (each language has its own URL).
    response = client.get(reverse("manifest"), HTTP_ACCEPT_LANGUAGE="de")
    assert json.loads(response.content)["lang"] == "en"
    assert "public" in response["Cache-Control"]
    assert json.loads(client.get(reverse("manifest"), {"lang": "xx"}).content)["lang"] == "en"


def test_a_page_links_the_manifest_in_its_language(client):
    html = client.get("/it/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest?lang=it">' in html
