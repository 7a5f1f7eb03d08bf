"""The shipped myth library, as plain dictionaries (no Django).

The text lives in ``tracker/myths/data/myths/*.toml`` (and ``area_advice.toml``); this module only
exposes it in the shape the tests and older callers use. Wording rules for the data files:

* Never claim that targeted exercise has no effect at all. Say it does not *meaningfully*
  reduce fat in that spot: a few small trials report small local effects.
* Medical procedures (cryolipolysis, liposuction, deoxycholic-acid injection) do act on local
  fat; point people to a qualified clinician rather than saying nothing can help.
* Heat garments (sauna suits, sweat belts, wraps) carry a heat-illness safety note.
"""

from __future__ import annotations

from typing import Any

# The body areas are defined once, with the detector; each has advice in the shipped content.
from tracker.myth_detector import AREAS as AREAS
from tracker.myths.content import TRANSLATION_LANGUAGES, MythSource, shipped_content

LANGUAGES: tuple[str, ...] = TRANSLATION_LANGUAGES
"""Language codes that every myth has a translation for (English is the base text)."""


def _as_dict(myth: MythSource) -> dict[str, Any]:
    return {
        "slug": myth.slug,
        **myth.values(),
        "evidence": [{"text": c.text, "url": c.url} for c in myth.citations],
        "translations": {lang: dict(t) for lang, t in myth.translations.items()},
    }


MYTHS: tuple[dict[str, Any], ...] = tuple(_as_dict(m) for m in shipped_content().myths)
"""All myth cards, in display order. Slugs are stable identifiers used elsewhere."""

MYTH_SLUGS: tuple[str, ...] = tuple(myth["slug"] for myth in MYTHS)
