"""The shipped myth content, read from the data files beside this module and validated.

Pure Python (no Django): the myth cards (``data/myths/NN-slug.toml``, one file a myth with a
``[[citations]]`` table and ``[translations.xx]`` tables), the detector vocabulary
(``data/vocabulary/xx.tsv``, one file a language), the whole-body rewrites
(``data/rewrites.toml``) and the per-area advice (``data/area_advice.toml``).

The files are the source of truth for what the project ships; ``manage.py sync_content``
copies them into the database, where admins may edit them (see ``tracker.myths.sync``). Every
problem is reported with its file and line or field, all at once, so an editor can fix a file
in one pass: ``ContentError`` lists them.

``content_hash`` fingerprints the values written into a row. Sync stores it per row (the row's
source version); when a row's current values no longer hash to it, an admin has edited the row
and sync leaves it alone. Changing how values are hashed would make every row look edited, so
keep it stable (migration 0007 carries a frozen copy).
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tracker.myth_detector import AREAS, KIND_LABELS, LANGUAGES, VocabularyTerm

DATA_DIR = Path(__file__).resolve().parent / "data"

TRANSLATION_LANGUAGES: tuple[str, ...] = tuple(lang for lang in LANGUAGES if lang != "en")
"""Languages every myth card is translated into (English is the base text)."""

MYTH_TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "summary",
    "claim",
    "reality",
    "instead",
    "evidence_note",
    "safety_note",
)
TRANSLATED_FIELDS: tuple[str, ...] = MYTH_TEXT_FIELDS
"""A translation carries the whole card; safety_note exactly when the English card has one."""
NOTE_FIELDS: tuple[str, ...] = ("summary", "evidence_note", "safety_note")
"""Translated since issue 15. Hashes cover them only when they have text (see
`translated_values`), so rows written before keep the fingerprints they were stored with."""
_REQUIRED_TEXT = frozenset(MYTH_TEXT_FIELDS) - {"safety_note"}
_MYTH_KEYS = frozenset(
    {"slug", "order", "area_targeted", "published", "citations", "translations"}
) | frozenset(MYTH_TEXT_FIELDS)
# Lengths of the database columns the text goes into (tracker.models).
_MAX_LENGTH = {"title": 200, "summary": 300, "term": 120, "url": 500}
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_VOCAB_HEADER = ["kind", "area", "myth", "term"]
_REWRITE_KEYS = frozenset({"whole_body", "running", "joiner", "areas"})


class ContentError(ValueError):
    """The data files have problems; `problems` lists each with its file and place."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("Myth content has problems:\n" + "\n".join(self.problems))


@dataclass(frozen=True)
class Citation:
    text: str
    url: str


@dataclass(frozen=True)
class MythSource:
    """One myth card as shipped: the English text, its citations and its translations."""

    slug: str
    order: int
    area_targeted: bool
    published: bool
    title: str
    summary: str
    claim: str
    reality: str
    instead: str
    evidence_note: str
    safety_note: str
    citations: tuple[Citation, ...]
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def values(self) -> dict[str, object]:
        """The values of the Myth row's own columns (what its source hash covers)."""
        return {
            **{name: getattr(self, name) for name in MYTH_TEXT_FIELDS},
            "area_targeted": self.area_targeted,
            "order": self.order,
            "published": self.published,
        }

    def english(self) -> dict[str, str]:
        """The English text a translation is made from (its staleness is judged on this)."""
        return translated_values({name: getattr(self, name) for name in TRANSLATED_FIELDS})

    def citation_list(self) -> list[list[str]]:
        return [[c.text, c.url] for c in self.citations]


@dataclass(frozen=True)
class ShippedContent:
    myths: tuple[MythSource, ...]
    terms: tuple[VocabularyTerm, ...]
    rewrites: Mapping[str, Mapping[str, object]]
    area_advice: Mapping[str, str]


def content_hash(values: object) -> str:
    """A stable fingerprint of JSON-like values (dict keys sorted)."""
    encoded = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def translated_values(text: Mapping[str, str]) -> dict[str, str]:
    """The part of a card's text that a translation's hashes cover: title, claim, reality and
    instead, plus each note field that has text. Leaving out empty notes keeps the fingerprints
    stored before the notes were translated (and those of cards without notes) unchanged, so
    sync still recognises those rows as unedited and stale flags don't appear out of nowhere."""
    return {
        name: text.get(name, "")
        for name in TRANSLATED_FIELDS
        if name not in NOTE_FIELDS or text.get(name)
    }


def term_values(term: VocabularyTerm, active: bool = True) -> dict[str, object]:
    """What a vocabulary row's source hash covers (its identity is language, kind, term)."""
    return {"area": term.area, "myth": term.myth_slug, "active": active}


# -- myths ------------------------------------------------------------------------------------


def _check_text(where: str, name: str, value: object, problems: list[str], required: bool) -> str:
    if not isinstance(value, str):
        problems.append(f"{where}: {name} must be text")
        return ""
    if required and not value.strip():
        problems.append(f"{where}: {name} is empty")
    elif value != value.strip():
        problems.append(f"{where}: {name} has spaces at the start or end")
    limit = _MAX_LENGTH.get(name)
    if limit and len(value) > limit:
        problems.append(f"{where}: {name} is {len(value)} characters; the limit is {limit}")
    return value


def _check_translated_text(
    spot: str, name: str, item: Mapping[str, object], english: str, problems: list[str]
) -> str:
    """A translated field: needed exactly when the English card has that text."""
    if name in NOTE_FIELDS and not english.strip():
        if name in item and item[name] != "":
            problems.append(f"{spot}: {name} is given, but the English card has none")
        return ""
    if name not in item:
        problems.append(f"{spot}: {name} is missing")
        return ""
    return _check_text(spot, name, item[name], problems, True)


def _parse_myth(path: Path, data: dict[str, object], problems: list[str]) -> MythSource | None:
    where = path.name
    before = len(problems)
    for key in sorted(set(data) - _MYTH_KEYS):
        problems.append(f"{where}: unknown key {key!r}")
    slug = data.get("slug")
    if not isinstance(slug, str) or not _SLUG_RE.match(slug):
        problems.append(f"{where}: slug must be lower-case words joined by hyphens")
        slug = ""
    elif not path.stem.endswith(slug):
        problems.append(f"{where}: the file name should end with the slug {slug!r}")
    order = data.get("order")
    if not isinstance(order, int) or isinstance(order, bool) or order < 0:
        problems.append(f"{where}: order must be a whole number")
        order = 0
    flags = {}
    for name, default in (("area_targeted", False), ("published", True)):
        flags[name] = data.get(name, default)
        if not isinstance(flags[name], bool):
            problems.append(f"{where}: {name} must be true or false")
    texts = {
        name: _check_text(where, name, data.get(name, ""), problems, name in _REQUIRED_TEXT)
        for name in MYTH_TEXT_FIELDS
    }
    citations: list[Citation] = []
    raw_citations = data.get("citations", [])
    if not isinstance(raw_citations, list) or not raw_citations:
        problems.append(f"{where}: at least one [[citations]] entry is needed")
        raw_citations = []
    for number, item in enumerate(raw_citations, start=1):
        spot = f"{where}: citation {number}"
        if not isinstance(item, dict) or set(item) - {"text", "url"}:
            problems.append(f"{spot}: use only text = ... and url = ...")
            continue
        text = _check_text(spot, "text", item.get("text", ""), problems, True)
        url = _check_text(spot, "url", item.get("url", ""), problems, False)
        if url and (not url.startswith(("https://", "http://")) or " " in url):
            problems.append(f"{spot}: url must be a web link starting with https://")
        citations.append(Citation(text, url))
    translations: dict[str, dict[str, str]] = {}
    raw_translations = data.get("translations", {})
    if not isinstance(raw_translations, dict):
        problems.append(f"{where}: translations must be [translations.xx] tables")
        raw_translations = {}
    for language in sorted(set(raw_translations) - set(TRANSLATION_LANGUAGES)):
        problems.append(f"{where}: translation {language!r} is not a supported language")
    for language in TRANSLATION_LANGUAGES:
        item = raw_translations.get(language)
        spot = f"{where}: [translations.{language}]"
        if not isinstance(item, dict):
            problems.append(f"{spot} is missing")
            continue
        for key in sorted(set(item) - set(TRANSLATED_FIELDS)):
            problems.append(f"{spot}: unknown key {key!r}")
        translations[language] = {
            name: _check_translated_text(spot, name, item, texts.get(name, ""), problems)
            for name in TRANSLATED_FIELDS
        }
    if len(problems) > before:
        return None
    return MythSource(
        slug=slug,
        order=order,
        area_targeted=bool(flags["area_targeted"]),
        published=bool(flags["published"]),
        citations=tuple(citations),
        translations=translations,
        **texts,
    )


def load_myths(directory: Path = DATA_DIR / "myths") -> tuple[MythSource, ...]:
    """Every myth file in `directory`, in display order; ContentError lists all problems."""
    problems: list[str] = []
    myths: list[MythSource] = []
    for path in sorted(directory.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{path.name}: not valid TOML ({exc})")
            continue
        myth = _parse_myth(path, data, problems)
        if myth is not None:
            myths.append(myth)
    seen_slugs: dict[str, str] = {}
    seen_orders: dict[int, str] = {}
    for myth in myths:
        if myth.slug in seen_slugs:
            problems.append(f"slug {myth.slug!r} is used twice")
        if myth.order in seen_orders:
            problems.append(
                f"order {myth.order} is used by {seen_orders[myth.order]!r} and {myth.slug!r}"
            )
        seen_slugs[myth.slug] = myth.slug
        seen_orders[myth.order] = myth.slug
    if not myths and not problems:
        problems.append(f"{directory}: no myth files found")
    if problems:
        raise ContentError(problems)
    return tuple(sorted(myths, key=lambda m: m.order))


# -- vocabulary -------------------------------------------------------------------------------


def load_vocabulary(
    directory: Path = DATA_DIR / "vocabulary", myth_slugs: Sequence[str] | None = None
) -> tuple[VocabularyTerm, ...]:
    """Every term of every language file; ContentError lists bad rows by file and line."""
    problems: list[str] = []
    terms: list[VocabularyTerm] = []
    slugs = set(myth_slugs) if myth_slugs is not None else None
    for language in LANGUAGES:
        path = directory / f"{language}.tsv"
        if not path.exists():
            problems.append(f"{path.name}: missing (every language needs a vocabulary file)")
            continue
        seen: dict[tuple[str, str], int] = {}
        header_seen = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            where = f"{path.name} line {number}"
            if not header_seen:
                header_seen = True
                if cells != _VOCAB_HEADER:
                    problems.append(f"{where}: the header must be {' / '.join(_VOCAB_HEADER)}")
                continue
            if len(cells) != 4:
                problems.append(f"{where}: needs 4 tab-separated cells, found {len(cells)}")
                continue
            kind, area, slug, term = cells
            if kind not in KIND_LABELS:
                problems.append(f"{where}: unknown kind {kind!r}")
            if area and area not in AREAS:
                problems.append(f"{where}: unknown area {area!r}")
            if slug and slugs is not None and slug not in slugs:
                problems.append(f"{where}: no myth has the slug {slug!r}")
            if term != " ".join(term.split()) or not term:
                problems.append(f"{where}: the term is empty or has extra spaces")
                continue
            if len(term) > _MAX_LENGTH["term"]:
                problems.append(
                    f"{where}: the term is longer than {_MAX_LENGTH['term']} characters"
                )
            key = (kind, term.casefold())
            if key in seen:
                problems.append(f"{where}: {term!r} ({kind}) repeats line {seen[key]}")
                continue
            seen[key] = number
            terms.append(VocabularyTerm(language, kind, term, area, slug))
    if problems:
        raise ContentError(problems)
    return tuple(terms)


# -- rewrites and area advice -----------------------------------------------------------------


def load_rewrites(path: Path = DATA_DIR / "rewrites.toml") -> dict[str, dict[str, object]]:
    """Per language: ``whole_body``, ``running``, ``joiner`` and ``areas`` (one per area)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    problems: list[str] = []
    for language in LANGUAGES:
        item = data.get(language)
        if not isinstance(item, dict):
            problems.append(f"{path.name}: [{language}] is missing")
            continue
        for key in sorted(_REWRITE_KEYS - set(item)):
            problems.append(f"{path.name}: [{language}] needs {key}")
        for key in sorted(set(item) - _REWRITE_KEYS):
            problems.append(f"{path.name}: [{language}] has unknown key {key!r}")
        areas = item.get("areas", {})
        for area in AREAS:
            if not str(areas.get(area, "")).strip():
                problems.append(f"{path.name}: [{language}.areas] needs {area}")
        for area in sorted(set(areas) - set(AREAS)):
            problems.append(f"{path.name}: [{language}.areas] has unknown area {area!r}")
    if problems:
        raise ContentError(problems)
    return data


def load_area_advice(path: Path = DATA_DIR / "area_advice.toml") -> dict[str, str]:
    """One or two sentences per body area for the warning card, in area order."""
    with path.open("rb") as handle:
        advice = tomllib.load(handle).get("advice", {})
    missing = [area for area in AREAS if not str(advice.get(area, "")).strip()]
    unknown = sorted(set(advice) - set(AREAS))
    if missing or unknown:
        raise ContentError(
            [f"{path.name}: advice missing for {a}" for a in missing]
            + [f"{path.name}: unknown area {a!r}" for a in unknown]
        )
    return {area: advice[area] for area in AREAS}


@cache
def shipped_content() -> ShippedContent:
    """Everything the project ships, loaded and validated once per process."""
    myths = load_myths()
    return ShippedContent(
        myths=myths,
        terms=load_vocabulary(myth_slugs=[m.slug for m in myths]),
        rewrites=load_rewrites(),
        area_advice=load_area_advice(),
    )
