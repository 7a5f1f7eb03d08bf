"""Myth content and detection: the package the rest of the app talks to.

* ``glue`` — the database side: the compiled vocabulary cache, warnings for goal texts, verdicts
  stored on goals. Its names are re-exported here (``from tracker import myths;
  myths.warning_for_text(...)``), loaded on first use so the pure modules below can be imported
  without Django.
* ``content`` — the pure loader and validator of the shipped data files in ``data/``.
* ``sync`` — ``sync_content``: copies shipped content into a database without overwriting
  admin edits.
* ``frozen/`` — the content as the old data migrations loaded it (never edited).
"""

from __future__ import annotations

import importlib
from typing import Any

_SUBMODULES = frozenset({"glue", "content", "sync"})


def __getattr__(name: str) -> Any:
    # Lazy, so `import tracker.myths.content` works in pure tests (no Django settings).
    if name.startswith("__") or name in _SUBMODULES:
        raise AttributeError(name)
    return getattr(importlib.import_module("tracker.myths.glue"), name)
