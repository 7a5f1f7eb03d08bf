"""Real-browser fixtures: Debian's chromium driven by Playwright against pytest-django's live
server, with every page load watched for console errors and Content-Security-Policy violations.

The tests skip, loudly, when chromium or Playwright is missing (or axe-core for the
accessibility checks); with E2E_REQUIRED=1 (CI) the same condition fails them instead.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.e2e.support import AXE_JS, ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}

# Reasons the browser tests could not run, printed at the end of the session.
_skipped: dict[str, str] = {}


def e2e_required() -> bool:
    return os.environ.get("E2E_REQUIRED", "").strip().lower() in {"1", "true", "yes", "on"}


def browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        importlib.import_module("playwright.sync_api")
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    return None


def axe_missing() -> str | None:
    if not AXE_JS.exists():
        return f"axe-core not found at {AXE_JS.relative_to(ROOT)} (run `npm ci`)"
    return None


def skip_or_fail(key: str, reason: str) -> None:
    """Skip with a reason that the session summary repeats, or fail when E2E_REQUIRED is set."""
    if e2e_required():
        pytest.fail(f"E2E_REQUIRED is set but {reason}", pytrace=False)
    _skipped[key] = reason
    pytest.skip(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    ours = [item for item in items if here in Path(str(item.path)).parents]
    if not ours:
        return
    reason = browser_missing()
    for item in ours:
        item.add_marker(pytest.mark.e2e)
        if reason and not e2e_required():
            item.add_marker(pytest.mark.skip(reason=reason))
    if reason and not e2e_required():
        _skipped["browser"] = reason
    # Without a browser nothing runs, so only the browser line matters; otherwise say up front
    # whether the accessibility part will run (test_pages.py reports it as a skip too).
    if not reason and axe_missing() and not e2e_required():
        _skipped["axe"] = axe_missing() or ""


def _skips_seen_by_workers(terminalreporter: Any) -> dict[str, str]:
    """Under pytest-xdist the tests (and `_skipped`) live in worker processes: rebuild the
    reasons here, on the controller, from the skip reports of browser tests."""
    here = Path(__file__).parent
    reports = terminalreporter.stats.get("skipped", [])
    if not any(here in (ROOT / report.location[0]).parents for report in reports):
        return {}
    reason = browser_missing()
    if reason:
        return {"browser": reason}
    reason = axe_missing()
    return {"axe": reason} if reason else {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _skipped:
        _skipped.update(_skips_seen_by_workers(terminalreporter))
    if not _skipped:
        return
    for key, reason in sorted(_skipped.items()):
        what = "E2E BROWSER TESTS" if key == "browser" else "E2E ACCESSIBILITY CHECKS"
        terminalreporter.write_sep("!", f"{what} SKIPPED: {reason}", red=True, bold=True)
    terminalreporter.write_line("Set E2E_REQUIRED=1 to make this a failure (CI does).", red=True)


# --- browser --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    reason = browser_missing()
    if reason:
        skip_or_fail("browser", reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running in this thread, which makes Django
    # refuse ORM calls from test code; the calls really are synchronous, so allow them while the
    # browser is up.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Reports CSP violations to the test through a binding (init scripts and bindings run outside
# the page's CSP, so the listener itself can't be blocked).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCsp({
    directive: event.effectiveDirective, blocked: event.blockedURI,
    source: event.sourceFile + ":" + event.lineNumber, sample: event.sample,
    page: location.pathname,
  });
});
"""


@dataclass
class BrowserProblems:
    """Console errors, uncaught exceptions and CSP violations seen by one test's pages."""

    console: list[str] = field(default_factory=list)
    csp: list[dict[str, str]] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)

    def expect_console(self, pattern: str) -> None:
        """Allow console errors matching `pattern` (e.g. the 404 a test asks for)."""
        self.expected.append(re.compile(pattern))

    def unexpected_console(self) -> list[str]:
        return [m for m in self.console if not any(p.search(m) for p in self.expected)]

    def clear(self) -> None:
        self.console.clear()
        self.csp.clear()

    def assert_clean(self) -> None:
        assert not self.csp, f"Content-Security-Policy violations: {self.csp}"
        unexpected = self.unexpected_console()
        assert not unexpected, f"console errors: {unexpected}"


@pytest.fixture
def problems() -> BrowserProblems:
    return BrowserProblems()


def watch(context: BrowserContext, problems: BrowserProblems) -> None:
    context.expose_binding("__reportCsp", lambda _source, report: problems.csp.append(report))
    context.add_init_script(CSP_LISTENER)

    def on_page(page: Page) -> None:
        page.on(
            "console",
            lambda msg: (
                problems.console.append(f"{page.url}: {msg.text}") if msg.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: problems.console.append(f"{page.url}: {error}"))

    context.on("page", on_page)


@dataclass
class Browsing:
    """Opens watched browser contexts against the live server; closes them at the end."""

    browser: Browser
    base_url: str
    problems: BrowserProblems
    contexts: list[BrowserContext] = field(default_factory=list)

    def context(
        self,
        *,
        viewport: dict[str, int] = DESKTOP,
        user: Any = None,
        timezone_id: str = "Europe/London",
    ) -> BrowserContext:
        is_phone = viewport["width"] < 600
        context = self.browser.new_context(
            base_url=self.base_url,
            viewport=viewport,
            device_scale_factor=2 if is_phone else 1,
            is_mobile=is_phone,
            has_touch=is_phone,
            locale="en-GB",
            timezone_id=timezone_id,
        )
        context.set_default_timeout(10_000)
        watch(context, self.problems)
        if user is not None:
            log_in(context, user, self.base_url)
        self.contexts.append(context)
        return context

    def page(self, **kwargs: Any) -> Page:
        return self.context(**kwargs).new_page()


def log_in(context: BrowserContext, user: Any, base_url: str) -> None:
    """Give the browser a session for `user` without the login form (that has its own test)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": base_url}]
    )


@pytest.fixture
def browsing(browser, live_server, problems, settings) -> Iterator[Browsing]:
    # Links in emails and copyable invitation links are built from SITE_URL: point it at the
    # live server so a journey can follow them.
    settings.SITE_URL = live_server.url
    session = Browsing(browser=browser, base_url=live_server.url, problems=problems)
    yield session
    for context in session.contexts:
        context.close()


# --- data -----------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _myth_content(transactional_db) -> None:
    """Reload the myths and detector vocabulary (`sync_content`): transactional tests (which the
    live server needs) empty every table after each test."""
    from tracker.models import Myth
    from tracker.myths.sync import sync_content

    if Myth.objects.exists():
        return
    sync_content()
