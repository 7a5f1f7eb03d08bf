"""Default vocabulary of the spot-reduction myth detector (no Django).

The terms live in ``tracker/myths/data/vocabulary/<language>.tsv``; ``manage.py sync_content``
copies them into the admin-editable table, which is what the app uses. This module serves the
pure tests and tools that run the detector without a database.
"""

from __future__ import annotations

from functools import cache

from tracker.myth_detector import CompiledVocabulary, VocabularyTerm, compile_vocabulary
from tracker.myths.content import shipped_content

DEFAULT_TERMS: tuple[VocabularyTerm, ...] = shipped_content().terms


@cache
def default_vocabulary() -> CompiledVocabulary:
    """The default vocabulary, compiled once per process."""
    return compile_vocabulary(DEFAULT_TERMS)
