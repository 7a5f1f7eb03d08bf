"""Phone screenshots of the demo, for the landing page and the README.

    .venv/bin/python scripts/screenshots.py [--port 8766]

Serves the demo with production settings (scripts/prodserver.py) and photographs it in Debian's
chromium at 390×844 CSS px (2× pixels): Today, Progress and the coach's roster for the landing
page (static/img/landing/*.webp, the first screen of each) and the README (docs/*-phone.png),
and Progress in Italian for the README's language example. Run it again after a visible change.
"""

from __future__ import annotations

import argparse
import io

from PIL import Image
from playwright.sync_api import Page, sync_playwright
from prodserver import CHROMIUM, CHROMIUM_ARGS, ROOT, production_server

ATHLETE = "athlete@demo.wholebody.app"
COACH = "coach@demo.wholebody.app"
PHONE = {"width": 390, "height": 844}
LANDING = ROOT / "static" / "img" / "landing"
DOCS = ROOT / "docs"
LANDING_WIDTHS = (390, 560)
# (file stem, path, who, language, wait for a drawn chart)
SHOTS = [
    ("today", "/today/", ATHLETE, "en", False),
    ("progress", "/progress/", ATHLETE, "en", True),
    ("roster", "/coach/", COACH, "en", False),
    ("progress-it", "/progress/", ATHLETE, "it", True),
]


def _ready(page: Page, chart: bool) -> None:
    page.wait_for_load_state("networkidle")
    if chart:
        # Charts are drawn as they near the screen: bring the first one's card to the top.
        page.evaluate(
            "() => document.querySelector('[data-figure]').closest('section, .card')"
            ".scrollIntoView({block: 'start'})"
        )
        page.wait_for_function("() => document.querySelector('.js-plotly-plot .main-svg')")
        page.wait_for_timeout(500)  # plotly's transition
    # Fonts and late layout settle before the picture.
    page.evaluate("() => document.fonts.ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8766)
    options = parser.parse_args()
    LANDING.mkdir(parents=True, exist_ok=True)
    with production_server(options.port) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cookies = {email: server.session_cookie(email) for email in (ATHLETE, COACH)}
        for stem, path, email, language, chart in SHOTS:
            context = browser.new_context(
                viewport=PHONE,
                device_scale_factor=2,
                locale=language,
                timezone_id="Europe/London",  # the demo users' zone: no time-zone offer
                color_scheme="light",
            )
            name, value = cookies[email].split("=", 1)
            context.add_cookies([{"name": name, "value": value, "url": server.base}])
            page = context.new_page()
            page.goto(server.base + path)
            _ready(page, chart)
            png = page.screenshot()  # the first screen, as a phone shows it
            (DOCS / f"{stem}-phone.png").write_bytes(png)
            if language == "en":
                # The landing page's srcset: full size (2× a phone) and two smaller widths, so a
                # phone showing it 270 px wide doesn't download the 780 px picture.
                image = Image.open(io.BytesIO(png)).convert("RGB")
                image.save(LANDING / f"{stem}.webp", "WEBP", quality=78, method=6)
                for width in LANDING_WIDTHS:
                    height = round(image.height * width / image.width)
                    smaller = image.resize((width, height), Image.Resampling.LANCZOS)
                    smaller.save(LANDING / f"{stem}-{width}.webp", "WEBP", quality=80, method=6)
            print(f"{stem}: {path} ({language})", flush=True)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
