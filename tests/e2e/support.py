"""Helpers for the browser tests: seeded athlete history, axe-core runs, layout checks and
screenshots. Nothing here starts a browser; the fixtures in conftest.py do."""

from __future__ import annotations

import datetime as dt
import random
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PASSWORD = "correct-horse-9"

# What fails the accessibility check (axe's "moderate" and "minor" are reported, not failed).
BLOCKING_IMPACTS = {"serious", "critical"}


def make_user(email: str, **fields: Any) -> Any:
    from tracker.models import User

    fields.setdefault("display_name", email.split("@")[0].title())
    # The browser contexts run in Europe/London (conftest.py); a different saved zone would
    # show the "use this device's time zone" offer on every page.
    fields.setdefault("time_zone", "Europe/London")
    return User.objects.create_user(email, PASSWORD, **fields)


def seed_history(user: Any, persona_key: str, *, days: int = 120) -> None:
    """Give `user` the noisy weigh-ins, body fat, runs and protein of a demo persona."""
    from coaching import demo
    from tracker.models import BodyFatEntry, ProteinEntry, RunEntry, WeightEntry

    persona = next(p for p in demo.PERSONAS if p.key == persona_key)
    rng = random.Random(f"e2e-{persona_key}")
    today = user.local_today()
    history = [today - dt.timedelta(days=n) for n in range(days - 1, -1, -1)]
    WeightEntry.objects.bulk_create(demo._weights(persona, rng, history, user))
    BodyFatEntry.objects.bulk_create(demo._body_fat(persona, rng, history, user))
    RunEntry.objects.bulk_create(demo._runs(persona, rng, history, user))
    ProteinEntry.objects.bulk_create(demo._protein(persona, rng, history, user))


def add_goal(user: Any, text: str) -> Any:
    """A goal saved the way the goals page saves it (with the detector's verdict)."""
    from tracker import myths
    from tracker.models import Goal

    goal = Goal(user=user, text=text)
    myths.apply_verdict(goal, myths.warning_for_text(text))
    goal.save()
    return goal


def wait_for_charts(page: Page) -> int:
    """Wait until every chart container on the page holds plotly's SVG; return how many.

    Charts are drawn as they near the screen, so each is scrolled to first."""
    charts = page.locator("[data-figure]")
    charts.first.wait_for(state="attached")
    for index in range(charts.count()):
        charts.nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        """() => {
          const charts = document.querySelectorAll("[data-figure]");
          return charts.length > 0 &&
            Array.from(charts).every((c) => c.querySelector("svg.main-svg"));
        }"""
    )
    return page.locator("[data-figure]").count()


def horizontal_overflow(page: Page) -> dict[str, Any] | None:
    """None if the page fits the viewport's width; else how wide it is and the widest culprits."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const scroll = document.documentElement.scrollWidth;
          if (scroll <= width) return null;
          const culprits = [];
          for (const el of document.body.querySelectorAll("*")) {
            const box = el.getBoundingClientRect();
            if (box.right > width + 1 && box.width > 0) {
              culprits.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
                (el.className && typeof el.className === "string" ? "." +
                  el.className.trim().split(/\\s+/).join(".") : "") + " right=" +
                Math.round(box.right));
            }
          }
          return {viewport: width, scroll_width: scroll, culprits: culprits.slice(0, 8)};
        }"""
    )


@cache
def _axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page (WCAG 2.x A/AA and best practices) and return its violations.

    axe is evaluated through the DevTools protocol, which the page's CSP doesn't govern, so the
    strict policy stays on while it runs.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    return page.evaluate(
        """async () => {
          const result = await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                            "wcag22aa", "best-practice"]},
            resultTypes: ["violations"],
          });
          return result.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => ({target: n.target.join(" "),
                                                   summary: n.failureSummary})),
          }));
        }"""
    )


def blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def save_screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path
