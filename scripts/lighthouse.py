"""Lighthouse scores of the main pages, mobile preset, against production settings.

    .venv/bin/python scripts/lighthouse.py [--port 8765] [--keep]

Builds a throwaway SQLite database with the demo data, collects static files, serves the app with
gunicorn and DEBUG=false (HTTP on 127.0.0.1: the HTTPS redirect and HSTS are switched off, as a
TLS proxy would handle them), signs in the demo athlete and coach by session cookie, and runs
Lighthouse (npm package pinned in scripts/lighthouse/package.json, installed on first use) in
Debian's chromium on: landing, a myth page, Today, Progress and the roster. It also asks chromium
whether the app is installable (Page.getInstallabilityErrors: manifest, icons, service worker).
Prints one row per page and exits 1 if any category is under 95 or the app is not installable.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from prodserver import CHROMIUM, CHROMIUM_ARGS, ROOT, production_server

TOOL = ROOT / "scripts" / "lighthouse"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
THRESHOLD = 95
PAGES = [
    ("Landing", "/", None),
    ("Myth page", "/myths/spot-reduction-exercise/", None),
    ("Today", "/today/", "athlete@demo.wholebody.app"),
    ("Progress", "/progress/", "athlete@demo.wholebody.app"),
    ("Roster", "/coach/", "coach@demo.wholebody.app"),
]


def _lighthouse(url: str, cookie: str | None, out: Path) -> dict[str, int]:
    args = [
        str(TOOL / "node_modules" / ".bin" / "lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--max-wait-for-load=30000",
    ]
    if cookie:
        args.append(f"--extra-headers={json.dumps({'Cookie': cookie})}")
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    for attempt in (1, 2):  # chromium now and then fails to start on a loaded machine
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        if done.returncode == 0:
            break
        if attempt == 2:
            sys.exit(f"Lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report = json.loads(out.read_text())
    if report.get("runtimeError"):
        sys.exit(f"Lighthouse could not load {url}: {report['runtimeError']}")
    if report.get("finalDisplayedUrl", url) != url:
        sys.exit(f"{url} redirected to {report['finalDisplayedUrl']}: is the session valid?")
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failing = [
        f"{audit['id']} ({audit.get('score')})"
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    scores["_failing"] = failing  # type: ignore[assignment]
    return scores


def _installability(base: str) -> list[str]:
    """Chromium's installability errors for the app (empty: installable)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="wholebody-chromium-"),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
        )
        # A persistent profile: chromium never offers to install from an incognito window.
        page = context.new_page()
        page.goto(base + "/")
        page.evaluate("() => navigator.serviceWorker.ready")
        session = page.context.new_cdp_session(page)
        for _ in range(20):
            errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
            if not errors:
                break
            time.sleep(0.5)
        context.close()
    return [e["errorId"] for e in errors]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()
    if not (TOOL / "node_modules" / ".bin" / "lighthouse").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOL, check=True)
    rows = []
    with production_server(options.port, keep=options.keep) as server:
        cookies = {email: server.session_cookie(email) for _, _, email in PAGES if email}
        for name, path, email in PAGES:
            report = server.workdir / f"lighthouse-{name.lower().replace(' ', '-')}.json"
            scores = _lighthouse(server.base + path, cookies.get(email or ""), report)
            rows.append((name, path, scores))
            print(f"  {name}: " + ", ".join(f"{c} {scores[c]}" for c in CATEGORIES), flush=True)
        installability = _installability(server.base)
    print()
    print("| Page | " + " | ".join(c.replace("-", " ").capitalize() for c in CATEGORIES) + " |")
    print("|---|" + "---:|" * len(CATEGORIES))
    low = False
    for name, path, scores in rows:
        print(f"| {name} (`{path}`) | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")
        low = low or any(scores[c] < THRESHOLD for c in CATEGORIES)
    print()
    print("Installable (chromium):", "yes" if not installability else ", ".join(installability))
    for name, _, scores in rows:
        if any(scores[c] < THRESHOLD for c in CATEGORIES):
            print(f"{name}: audits under 0.9: {', '.join(scores['_failing']) or '—'}")
    sys.exit(1 if low or installability else 0)


if __name__ == "__main__":
    main()
