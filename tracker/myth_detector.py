"""Spot-reduction myth detector: a pure function over a goal text and a vocabulary.

The detector decides whether a goal asks to lose fat from one body area ("lose belly fat",
"bingo wings gone", "crunches to burn my stomach fat", "sauna belt for my thighs") and, if so,
which myth card applies, which area it is about, and which words triggered it. It knows no
language by itself: every word it uses comes from the vocabulary (see `myth_vocabulary` for the
defaults, which a data migration loads into an admin-editable table), so an admin edit changes
the verdict without a code change.

How a verdict is reached, in short:

1. The text is folded (case, accents, ß, ligatures), tokenised, and split into clauses at
   punctuation and at contrast words ("but", "ma", "pero", "mais", "aber").
2. Tokens are mapped to vocabulary words: exact, prefix stems (a vocabulary word ending in
   ``*``), German ``ae/oe/ue`` spellings, joined words ("bellyfat", "Bauchfett"), doubled
   letters ("bellly"), one-edit typos on words of five letters or more ("stomache",
   "cankels"; not a changed final vowel, "faccio" is not "faccia", nor a changed first
   letter in five-letter words, "touch" is not "pouch") and swapped letters in four-letter
   words ("hpis").
3. The language is guessed from which languages' words occur (whole words outweigh stems);
   terms of other languages are
   then ignored (English loanwords excepted), which avoids false friends such as Italian
   "un po'" versus German "Po".
4. Negation and rejection cues cancel the words in a short scope after them, educated cues
   ("I know", "so che", "ich weiß") cancel their clause.
5. An area becomes a *target* when it is tied to fat ("belly fat", "fat on my thighs"), to a
   fat-loss intent ("slim my thighs", "Bauch weg"), to a selective cue ("only my stomach"), or
   is slang that already means fat ("muffin top"). Muscle, rehab and pain words next to the
   area, a medical procedure anywhere, or an explicitly whole-body route ("through diet",
   "to 12 % body fat") cancel plain targets; local methods, local products and selective
   phrasing keep them.
6. Rules that tie words across a sentence:
   * a negation with a cessation word is a wish for the fat to go ("I don't want love handles
     anymore", "non voglio più la pancetta", "keine Speckröllchen mehr");
   * an area goal joined to a whole-body goal by a coordination word ("lose 5 kg and also
     get rid of my love handles") is a goal of its own, so the whole-body words do not
     clear it; a consequence word ("so my love handles shrink", "damit") keeps it an outcome;
   * a word after "and" does not describe the area before it ("tone my arms and lose fat");
   * "the fat" after a toned area refers back to it ("Oberarme straffen und das Fett
     wegbekommen");
   * a fat slang term followed by a place uses the place ("Schwimmring an den Seiten");
   * a fat word with a home area ("rollitos", "cellulite") needs something asking it to go.

Running (for the running-dose card and the coach's "running too light for the goal" flag):
``MythMatch.relies_on_running`` is True when a flagged goal names running (kind ``running``,
any language); the card is then ``running-slims-thighs`` and ``whole_body_rewrite(...,
running=True)`` keeps running in the rewrite. ``relies_on_running(text, vocabulary)`` answers
the same for any goal, myth or not ("run 4x a week to lose 5 kg"); the database glue stores it
as ``Goal.relies_on_running`` whenever a goal's verdict is stored (``myths.apply_verdict``).

Vocabulary kinds (``KIND_LABELS`` gives the human label for the admin's choices):
``area``, ``fat_area``, ``fat``, ``intent``, ``rejection``, ``selective``, ``method``,
``product``, ``negation``, ``educated``, ``whole_body``, ``muscle``, ``rehab``, ``procedure``,
``off_topic``, ``filler``, ``clause_break``, ``coordination``, ``cessation``, ``toning``,
``definite``, ``running``, ``outcome``, ``selector``. A term is one word or a phrase; a word
ending in ``*`` matches any ending ("dimagr*" matches "dimagrire", "dimagrito").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "it", "es", "fr", "de", "pt")

AREAS: tuple[str, ...] = (
    "belly",
    "love_handles",
    "thighs",
    "hips",
    "buttocks",
    "arms",
    "chest",
    "back",
    "chin_face",
    "calves",
    "knees",
    "ankles",
)

AREA_LABELS: dict[str, str] = {
    "belly": "belly / stomach",
    "love_handles": "love handles / flanks",
    "thighs": "thighs / legs",
    "hips": "hips",
    "buttocks": "buttocks / glutes",
    "arms": "arms / upper arms",
    "chest": "chest",
    "back": "back / bra line",
    "chin_face": "chin / face / neck",
    "calves": "calves",
    "knees": "knees",
    "ankles": "ankles",
}

KIND_LABELS: dict[str, str] = {
    "area": "Body area word (belly, cosce, Bauch)",
    "fat_area": "Slang that already means fat on an area (muffin top, bingo wings, Reiterhosen)",
    "fat": "Fat word that ties to a nearby area (fat, flab, grasso, Speck, cellulite)",
    "intent": "Fat-loss intent or outcome word (lose, slim, get rid of, flat, weg)",
    "rejection": "Get-rid-of word: an intent for an area, a rejection of a product (ditch, basta)",
    "selective": "Only-here cue (only, just, specifically, nowhere else, nur)",
    "method": "Local exercise or device aimed at one area (crunches, side bends, tricep dips)",
    "product": "Local product (sauna belt, waist trainer, slimming cream, EMS belt)",
    "negation": "Negation cue; cancels the next few words (not, non, no, pas, nicht)",
    "educated": "Educated cue; cancels its clause (I know, it's a myth, so che, ich weiß)",
    "whole_body": "Whole-body goal or route (body fat, kg, weight, calorie deficit, overall)",
    "muscle": "Muscle, strength or size cue (build, bigger, stronger, hypertrophy)",
    "rehab": "Rehab, pain or mobility cue (pain, injury, physio, mobility)",
    "procedure": "Medical procedure that really acts locally (liposuction, cryolipolysis)",
    "off_topic": "Phrase that belongs to another myth and is not area-targeted (fat-burning zone)",
    "filler": "Small word allowed between an intent and its area (my, the, di, la, am)",
    "clause_break": "Word that starts a new clause (but, ma, pero, mais, aber)",
    "coordination": "Word that adds a separate goal (and, also, e anche, y además, und dazu)",
    "cessation": "Word that ends a state (anymore, no longer, più, ya no, mehr)",
    "toning": "Toning or firming word for an area (tone, rassodare, tonificar, straffen)",
    "definite": "Definite word pointing back to an area (the fat, il grasso, das Fett)",
    "running": "Running word (run, jogging, treadmill, correre): the goal relies on running",
    "outcome": "Shape outcome (flat, slimmer, piatta, plano, flach): a result, not a removal",
    "selector": "Asks for a specific means (which, best, quale, mejor, welche): 'which diet...'",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)

DEFAULT_MYTH_SLUG = "spot-reduction-exercise"
DOUBLE_CHIN_SLUG = "double-chin"

# English words are common loanwords in the other languages ("EMS", "muffin top", "Sixpack");
# grammar words are not, so only these English kinds count in a non-English text.
_LOANWORD_KINDS = frozenset(
    {"area", "fat_area", "fat", "method", "product", "procedure", "muscle", "off_topic"}
)
_FUZZY_KINDS = frozenset({"area", "fat_area", "fat", "intent", "method", "product", "selective"})
_FUZZY_MIN_LENGTH = 5
_FUZZY_SHORT_KINDS = frozenset({"area", "fat_area", "fat"})
_VOWELS = frozenset("aeiouy")
_NEGATION_WINDOW = 6
_REJECTION_WINDOW = 4
_MUSCLE_WINDOW = 4
_TOKEN_CACHE_LIMIT = 20_000

_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|\S")
_BREAK_CHARS = frozenset('.,;:!?()[]{}/|+=&\n\u2014\u2013\u2192\u2022\u2026~<>*"\u201c\u201d')
_FOLD_EXTRA = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_DOUBLED = re.compile(r"(.)\1+")
_JOINING_CHARS = frozenset("+&")


@dataclass(frozen=True)
class VocabularyTerm:
    """One vocabulary row, as stored in the admin table."""

    language: str
    kind: str
    term: str
    area: str = ""
    myth_slug: str = ""


@dataclass(frozen=True)
class MythMatch:
    """A spot-reduction verdict: which myth, which area, which words triggered it.

    `relies_on_running` is True when the goal names running (run, jogging, treadmill, correre,
    laufen, correr, courir...) as its route: the running card applies, and the athlete's own
    running dose is worth showing next to it. For goals that are not a myth at all ("running
    to lose weight"), ask `relies_on_running(text, vocabulary)` instead.
    """

    myth_slug: str
    area: str
    language: str
    triggers: tuple[str, ...]
    relies_on_running: bool = False


@dataclass(frozen=True)
class _Term:
    atoms: tuple[str, ...]  # folded words; a stem keeps its trailing "*"
    language: str
    kind: str
    area: str
    myth_slug: str
    specificity: int  # exact words beat stems, longer stems beat shorter ones


@dataclass
class _Token:
    norm: str
    start: int
    end: int
    clause: int
    atoms: frozenset[str]
    number: bool
    ends_question: bool = False  # the token's clause ended with "?" or ":" (a headline)
    after_comma: bool = False  # the first token of a clause that a comma started


@dataclass
class _Match:
    start: int  # token indices, end exclusive
    end: int
    terms: tuple[_Term, ...]
    kinds: frozenset[str]
    negated: bool = False

    def area(self) -> str:
        return next((t.area for t in self.terms if t.area), "")

    def slug(self) -> str:
        return next((t.myth_slug for t in self.terms if t.myth_slug), "")


def fold(text: str) -> str:
    """Lower-case, strip accents and ligatures, so "Bäuche" and "bauche" compare equal."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    return "".join(c for c in text if not unicodedata.combining(c))


def _atoms_of_phrase(phrase: str) -> tuple[str, ...]:
    atoms: list[str] = []
    for raw in _TOKEN_RE.findall(unicodedata.normalize("NFKC", phrase)):
        if raw == "*" and atoms:
            atoms[-1] += "*"  # "dimagr*" tokenises as "dimagr", "*"
        elif raw[0].isalnum() or _is_emoji(raw) or raw in ("%", "+", "&"):
            atoms.append(fold(raw))
    return tuple(atoms)


def _is_emoji(char: str) -> bool:
    return len(char) == 1 and unicodedata.category(char) == "So"


def _damerau1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


class CompiledVocabulary:
    """Vocabulary indexed for fast matching. Build once with `compile_vocabulary`, reuse."""

    def __init__(self, terms: Iterable[_Term]) -> None:
        self.terms: tuple[_Term, ...] = tuple(terms)
        self.by_first: dict[str, list[_Term]] = {}
        self.exact: set[str] = set()
        self.stems: set[str] = set()
        self.atom_languages: dict[str, frozenset[str]] = {}
        self.fuzzy_index: dict[str, set[str]] = {}
        self.short_fuzzy: dict[str, set[str]] = {}
        self.collapsed: dict[str, str] = {}
        self.languages: frozenset[str] = frozenset(t.language for t in self.terms)
        self.definite: frozenset[str] = frozenset(
            t.atoms[-1] for t in self.terms if t.kind == "definite"
        )
        # Single fat words that can end a compound of their own ("Matronenfett", "Hüftspeck").
        self.fat_heads: frozenset[str] = frozenset(
            t.atoms[0]
            for t in self.terms
            if t.kind == "fat"
            and len(t.atoms) == 1
            and len(t.atoms[0]) >= 4
            and not t.atoms[0].endswith("*")
        )
        langs: dict[str, set[str]] = {}
        for term in self.terms:
            self.by_first.setdefault(term.atoms[0], []).append(term)
            for atom in term.atoms:
                langs.setdefault(atom, set()).add(term.language)
                if atom.endswith("*"):
                    self.stems.add(atom[:-1])
                    continue
                self.exact.add(atom)
                if len(atom) >= 4:
                    self.collapsed.setdefault(_DOUBLED.sub(r"\1", atom), atom)
                if term.kind in _FUZZY_KINDS and len(atom) >= _FUZZY_MIN_LENGTH:
                    for variant in _deletions(atom):
                        self.fuzzy_index.setdefault(variant, set()).add(atom)
                if term.kind in _FUZZY_SHORT_KINDS and len(atom) == 4:
                    # Four-letter words only tolerate swapped letters ("hisp", "bleyl" is
                    # five); a dropped or changed letter too often makes another real word.
                    for variant in _swaps(atom):
                        if variant != atom:
                            self.short_fuzzy.setdefault(variant, set()).add(atom)
        self.atom_languages = {atom: frozenset(v) for atom, v in langs.items()}
        for candidates in self.by_first.values():
            candidates.sort(key=lambda t: (-len(t.atoms), -t.specificity))
        self.max_stem = max((len(s) for s in self.stems), default=0)
        self._pieces_cache: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}

    # -- token analysis -------------------------------------------------------------------

    def direct_atoms(self, word: str) -> frozenset[str]:
        """Vocabulary words a folded token matches exactly or through a stem."""
        found = [word] if word in self.exact else []
        for size in range(min(len(word), self.max_stem), 0, -1):
            if word[:size] in self.stems:
                found.append(word[:size] + "*")
        return frozenset(found)

    def pieces(self, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """Split a raw word into matched, folded pieces (usually one), repairing spelling."""
        cached = self._pieces_cache.get(word)
        if cached is not None:
            return cached
        result = self._analyse(fold(word))
        if len(self._pieces_cache) > _TOKEN_CACHE_LIMIT:
            self._pieces_cache.clear()
        self._pieces_cache[word] = result
        return result

    def _analyse(self, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
        atoms = self.direct_atoms(word)
        if atoms or word.isdigit() or len(word) < 3:
            return ((word, atoms),)
        # German typed without umlauts: "baeuche", "hueftgold".
        if any(pair in word for pair in ("ae", "oe", "ue")):
            plain = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
            atoms = self.direct_atoms(plain)
            if atoms:
                return ((plain, atoms),)
        split = self._split_compound(word)
        if split:
            return split
        for head in self.fat_heads:
            # An unknown word glued to a fat word is that fat ("Matronenfett"): German
            # coins such compounds freely.
            if word.endswith(head) and len(word) - len(head) >= 4:
                return ((head, self.direct_atoms(head)),)
        collapsed = self.collapsed.get(_DOUBLED.sub(r"\1", word))
        if collapsed:
            return ((collapsed, self.direct_atoms(collapsed)),)
        if len(word) >= _FUZZY_MIN_LENGTH:
            candidates = set()
            for variant in (word, *_deletions(word)):
                candidates |= self.fuzzy_index.get(variant, set())
            close = sorted(c for c in candidates if _damerau1(word, c) and _plausible_typo(word, c))
            if close:
                return ((close[0], frozenset(close[:1])),)
        elif len(word) == 4 and word.isalpha():
            close = sorted(self.short_fuzzy.get(word, ()))
            if close:
                return ((close[0], frozenset(close[:1])),)
        return ((word, frozenset()),)

    def _split_compound(self, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
        # Joined words ("bellyfat", "Bauchfett", "doppiomento"): both halves must be known.
        for cut in range(len(word) - 3, 2, -1):
            left, right = word[:cut], word[cut:]
            left_atoms = self.direct_atoms(left)
            if not left_atoms and left.endswith("s") and len(left) > 3:
                left_atoms = self.direct_atoms(left[:-1])  # German linking "s"
            if not left_atoms:
                continue
            right_atoms = self.direct_atoms(right)
            if right_atoms:
                return ((left, left_atoms), (right, right_atoms))
        return ()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _plausible_typo(word: str, known: str) -> bool:
    """Rule out edits that usually make another real word rather than a typo: a different
    final vowel ("faccio" / "faccia" is another inflection in Romance languages) and, in
    short words, a different first letter ("touch" / "pouch")."""
    if len(word) <= 5 and word[0] != known[0]:
        return False
    if len(word) != len(known) or word[:-1] != known[:-1]:
        return True
    return not (word[-1] in _VOWELS and known[-1] in _VOWELS)


def compile_vocabulary(terms: Iterable[VocabularyTerm]) -> CompiledVocabulary:
    """Index vocabulary rows for matching; unknown kinds and empty terms are ignored."""
    compiled: list[_Term] = []
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for row in terms:
        if row.kind not in KIND_LABELS:
            continue
        atoms = _atoms_of_phrase(row.term)
        if not atoms or (row.language, row.kind, atoms) in seen:
            continue
        seen.add((row.language, row.kind, atoms))
        specificity = sum(1000 if not a.endswith("*") else len(a) for a in atoms)
        area = row.area if row.area in AREA_LABELS else ""
        compiled.append(_Term(atoms, row.language, row.kind, area, row.myth_slug, specificity))
    return CompiledVocabulary(compiled)


# -- tokenising -------------------------------------------------------------------------------


def _tokenise(text: str, vocabulary: CompiledVocabulary) -> list[_Token]:
    text = unicodedata.normalize("NFKC", text)
    tokens: list[_Token] = []
    clause = 0
    comma = False
    for found in _TOKEN_RE.finditer(text):
        raw = found.group()
        start, end = found.span()
        if raw.isdigit():
            tokens.append(_Token(raw, start, end, clause, vocabulary.direct_atoms(raw), True))
        elif raw[0].isalpha():
            for piece, atoms in vocabulary.pieces(raw):
                tokens.append(_Token(piece, start, end, clause, atoms, False, after_comma=comma))
                comma = False
        elif raw == "-":
            # A spaced hyphen separates clauses; one inside a word ("inner-thigh") does not.
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before.isspace() and after.isspace():
                clause += 1
        elif raw in _BREAK_CHARS:
            comma = raw == ","
            if raw in "?:":
                for token in reversed(tokens):
                    if token.clause != clause:
                        break
                    token.ends_question = True
            clause += 1
            if raw in _JOINING_CHARS:
                tokens.append(_Token(raw, start, end, clause, vocabulary.direct_atoms(raw), False))
        elif _is_emoji(raw) or raw == "%":
            tokens.append(_Token(raw, start, end, clause, vocabulary.direct_atoms(raw), False))
    _join_adjective_lists(tokens, vocabulary)
    return tokens


_DESCRIBING_KINDS = frozenset({"intent", "outcome", "toning"})


def _join_adjective_lists(tokens: list[_Token], vocabulary: CompiledVocabulary) -> None:
    """Undo the clause break of a comma inside an adjective list: "slim, firm legs",
    "schlanke, feste Beine": a describing word, a comma, and the area within two words."""

    def kinds(token: _Token) -> set[str]:
        return {
            term.kind
            for atom in token.atoms
            for term in vocabulary.by_first.get(atom, ())
            if len(term.atoms) == 1
        }

    for k in range(1, len(tokens)):
        before, after = tokens[k - 1], tokens[k]
        if not after.after_comma or after.clause != before.clause + 1:
            continue
        if not kinds(before) & _DESCRIBING_KINDS or "area" in kinds(after):
            continue
        ahead = [t for t in tokens[k + 1 : k + 3] if t.clause == after.clause]
        if any("area" in kinds(t) for t in ahead):
            for t in tokens[k:]:
                t.clause -= 1


def _language_scores(tokens: list[_Token], vocabulary: CompiledVocabulary) -> dict[str, float]:
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for token in tokens:
        langs: set[str] = set()
        # A whole word is better evidence than a stem: "eliminer" is French even though
        # the Italian and Spanish stem "elimin*" also matches it.
        whole_words = [a for a in token.atoms if not a.endswith("*")]
        for atom in whole_words or token.atoms:
            langs |= vocabulary.atom_languages.get(atom, frozenset())
        for lang in langs:
            # A word shared by several languages ("la", "cellulite") says less.
            scores[lang] = scores.get(lang, 0.0) + 1.0 / len(langs)
    return scores


def _pick_language(scores: dict[str, float]) -> str:
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return "en"
    return next(lang for lang in (*LANGUAGES, *sorted(scores)) if scores.get(lang) == best)


def detect_language(text: str, vocabulary: CompiledVocabulary) -> str:
    """Best guess at the goal's language from its vocabulary words; "en" when unsure."""
    return _pick_language(_language_scores(_tokenise(text, vocabulary), vocabulary))


# -- matching ---------------------------------------------------------------------------------


def _find_matches(
    tokens: list[_Token], vocabulary: CompiledVocabulary, language: str, allowed: set[str]
) -> list[_Match]:
    matches: list[_Match] = []
    i, n = 0, len(tokens)
    while i < n:
        best_key = (0, 0)
        best: list[_Term] = []
        for atom in tokens[i].atoms:
            for term in vocabulary.by_first.get(atom, ()):
                size = len(term.atoms)
                if size < best_key[0] or i + size > n:
                    continue
                if term.language not in allowed:
                    continue
                if term.language == "en" and language != "en" and term.kind not in _LOANWORD_KINDS:
                    continue
                if tokens[i + size - 1].clause != tokens[i].clause:
                    continue
                if all(term.atoms[k] in tokens[i + k].atoms for k in range(1, size)):
                    key = (size, term.specificity)
                    if key > best_key:
                        best_key, best = key, [term]
                    elif key == best_key and term not in best:
                        best.append(term)
        if best:
            end = i + best_key[0]
            kinds = frozenset(t.kind for t in best)
            matches.append(_Match(i, end, tuple(best), kinds))
            i = end
        else:
            i += 1
    return matches


_CONTENT_FREE = frozenset({"filler", "clause_break", "coordination", "cessation", "definite"})
# Words allowed between an intent and its area: small words, and another describing word
# ("slim, firm legs").
_GAP_WORDS = _CONTENT_FREE | {"toning"}


class _Analysis:
    """The matches of one text, with the helpers the decision rules need."""

    def __init__(
        self, tokens: list[_Token], matches: list[_Match], definite: frozenset[str] = frozenset()
    ) -> None:
        self.tokens = tokens
        self.matches = matches
        self.definite = definite
        self.at: list[_Match | None] = [None] * len(tokens)
        for match in matches:
            for k in range(match.start, match.end):
                self.at[k] = match

    def gap_ok(self, left: int, right: int, unknown_allowed: int) -> bool:
        """Tokens in [left, right) are small words, numbers, or few unknown words."""
        unknown = 0
        for k in range(left, right):
            match = self.at[k]
            if match is None:
                if self.tokens[k].number:
                    continue
                unknown += 1
                if unknown > unknown_allowed:
                    return False
            elif not match.kinds <= _GAP_WORDS or match.negated:
                return False
        return True

    def span(self, left: int, right: int) -> int:
        """Words between token positions, a multi-word small phrase ("no fundo das",
        "que se acumula") counting once."""
        units, seen = 0, None
        for k in range(left, right):
            match = self.at[k]
            if match is None or match is not seen:
                units += 1
            seen = match
        return units

    def linked(
        self, area: _Match, other: _Match, forward_gap: int, backward_gap: int, unknown: int
    ) -> bool:
        """`other` sits close to `area` in the same clause with only small words between."""
        if self.tokens[other.start].clause != self.tokens[area.start].clause:
            return False
        if other.end <= area.start:
            # "lose 5 kg and get a flatter stomach": a whole-body word before "and" belongs to
            # its own goal ("thinner wrists and ankles" still links).
            gap = self.span(other.end, area.start)
            return (
                gap <= forward_gap
                and self.gap_ok(other.end, area.start, unknown)
                and not ("whole_body" in other.kinds and self.joined(other.end, area.start))
            )
        if other.start >= area.end:
            # "tone my arms and lose fat": a word after "and" starts another goal.
            gap = self.span(area.end, other.start)
            return (
                gap <= backward_gap
                and self.gap_ok(area.end, other.start, unknown)
                and not self.joined(area.end, other.start)
            )
        return False

    def joined(self, left: int, right: int) -> bool:
        """A coordination word ("and", "e", "und") sits in tokens [left, right)."""
        return any(
            (match := self.at[k]) is not None and "coordination" in match.kinds
            for k in range(left, right)
        )

    def surface(self, text: str, match: _Match) -> str:
        return text[self.tokens[match.start].start : self.tokens[match.end - 1].end]


def _apply_clause_breaks(tokens: list[_Token], matches: list[_Match]) -> None:
    """Start a new clause at each contrast word ("but", "ma", "aber")."""
    shift = 0
    breaks = {m.start for m in matches if "clause_break" in m.kinds}
    for k, token in enumerate(tokens):
        if k in breaks:
            shift += 1
        token.clause += shift


def _apply_negation(analysis: _Analysis) -> None:
    tokens, matches = analysis.tokens, analysis.matches
    clause_of = [tokens[m.start].clause for m in matches]
    for index, cue in enumerate(matches):
        if cue.negated:
            continue
        if "educated" in cue.kinds:
            _negate_clause(analysis, clause_of, clause_of[index], index)
            continue
        if "rejection" in cue.kinds and _rejects_method(analysis, index):
            # "stop doing crunches to lose belly fat": the purpose goes with the method.
            _negate_scope(analysis, index, _NEGATION_WINDOW + 2, None)
            continue
        if "negation" in cue.kinds and not (cue.kinds & {"intent", "rejection"}):
            _negate_subject(analysis, index)
            _negate_asked_claim(analysis, index)
            if _negated_desire(analysis, index):
                # "I don't want love handles anymore": the wish is for the fat to go.
                cue.kinds = cue.kinds | {"intent"}
                continue
            _negate_scope(analysis, index, _NEGATION_WINDOW, None)
        elif "rejection" in cue.kinds:
            _negate_scope(analysis, index, _REJECTION_WINDOW, {"method", "product", "whole_body"})


def _negate_asked_claim(analysis: _Analysis, index: int) -> None:
    """A bare "no" answering the clause before it: "Abdominais diminuem a barriga? Não.",
    "Doppelkinn loswerden: Diese Übungen helfen garantiert nicht"."""
    tokens, matches = analysis.tokens, analysis.matches
    cue = matches[index]
    clause = tokens[cue.start].clause
    if (
        clause == 0
        or not cue.start
        or not any(t.ends_question for t in tokens if t.clause == clause - 1)
    ):
        return
    own = [m for m in matches if tokens[m.start].clause == clause and m is not cue]
    if any(m.kinds & {"area", "fat_area", "fat", "intent", "selective"} for m in own):
        return
    if any(m.start > cue.start and not m.kinds <= _CONTENT_FREE for m in own):
        return
    for m in matches:
        if tokens[m.start].clause == clause - 1:
            m.negated = True


def _negate_subject(analysis: _Analysis, index: int) -> None:
    """A product or method right before a negation is what the negation denies: "Cinta
    modeladora não reduz medidas", "estas cremas reductoras no sirven", "the belt does not
    burn fat"."""
    cue = analysis.matches[index]
    clause = analysis.tokens[cue.start].clause
    for other in reversed(analysis.matches[:index]):
        if other.kinds <= _CONTENT_FREE:
            continue
        if analysis.tokens[other.start].clause != clause or cue.start - other.end > 3:
            return
        if (
            other.kinds & {"product", "method"}
            and not other.kinds & {"area", "fat_area"}
            and analysis.gap_ok(other.end, cue.start, 2)
        ):
            other.negated = True
        return


def _negated_desire(analysis: _Analysis, index: int) -> bool:
    """A negation that, with a cessation word in its clause ("anymore", "più", "mehr",
    "ya no"), is directly followed by a fat or body-area word: "don't want X anymore"."""
    cue = analysis.matches[index]
    clause = analysis.tokens[cue.start].clause
    same_clause = [m for m in analysis.matches[index:] if analysis.tokens[m.start].clause == clause]
    if not any("cessation" in m.kinds for m in same_clause):
        return False
    following = [m for m in same_clause[1:] if not m.kinds <= _CONTENT_FREE]
    if not following or following[0].start - cue.end > _REJECTION_WINDOW:
        return False
    first = following[0]
    return bool(first.kinds & {"area", "fat_area", "fat"}) and not first.kinds & {
        "muscle",
        "rehab",
        "whole_body",
        "method",
        "product",
    }


def _rejects_method(analysis: _Analysis, index: int) -> bool:
    cue = analysis.matches[index]
    for other in analysis.matches[index + 1 :]:
        if other.kinds <= _CONTENT_FREE:
            continue
        same_clause = analysis.tokens[other.start].clause == analysis.tokens[cue.start].clause
        return same_clause and bool(other.kinds & {"method", "product"})
    return False


def _negate_scope(analysis: _Analysis, index: int, window: int, kinds: set[str] | None) -> None:
    matches, tokens = analysis.matches, analysis.tokens
    cue = matches[index]
    clause = tokens[cue.start].clause
    saw_whole_body = False
    for other in matches[index + 1 :]:
        if tokens[other.start].clause != clause or other.start - cue.end >= window:
            break
        # "I don't want to lose weight, just my belly": the negation ends at "just" once it
        # has found what it negates; "no busco reducir solo la barriga" keeps going.
        if "selective" in other.kinds and saw_whole_body:
            break
        saw_whole_body = saw_whole_body or "whole_body" in other.kinds
        if kinds is None or other.kinds & kinds:
            other.negated = True


def _negate_clause(analysis: _Analysis, clause_of: list[int], clause: int, index: int) -> None:
    content = [
        m
        for k, m in enumerate(analysis.matches)
        if clause_of[k] == clause and k != index and not m.kinds <= _CONTENT_FREE
    ]
    later = any(
        clause_of[k] > clause and not m.kinds <= _CONTENT_FREE
        for k, m in enumerate(analysis.matches)
    )
    # "Ich weiß, dass ...": a cue alone in its clause speaks about the next clause.
    targets = {clause, clause + 1} if not content and later else {clause}
    tokens = analysis.tokens
    cue_start = analysis.matches[index].start
    asked = cue_start > 0 and tokens[cue_start - 1].ends_question
    if clause > 0 and not later and (not content or asked):
        # A verdict after the claim: "Sit-ups for a flat stomach? A myth.", "Crunches gegen
        # den Hüftspeck? Keine gute Idee.", "... schmelzen lassen. Leider klappt das nicht."
        targets.add(clause - 1)
    # "flat abs, but I know it's diet that matters": the "but" looks back.
    opener = analysis.matches[clause_of.index(clause)]
    if "clause_break" in opener.kinds and opener.start > 0:
        targets.add(clause - 1)
    for k, match in enumerate(analysis.matches):
        if clause_of[k] in targets:
            match.negated = True


@dataclass
class _Target:
    area: str
    position: int
    matches: list[_Match]
    strong: bool  # kept even next to a whole-body route (selective phrasing)
    slug: str = ""


def _area_targets(analysis: _Analysis, active: list[_Match]) -> list[_Target]:
    targets: list[_Target] = []
    has_drive = any(m.kinds & {"intent", "rejection", "fat", "method", "product"} for m in active)
    fats = [m for m in active if "fat" in m.kinds]
    intents = [m for m in active if m.kinds & {"intent", "rejection"}]
    whole = [m for m in active if "whole_body" in m.kinds]
    selective = [m for m in active if "selective" in m.kinds]
    muscles = [m for m in active if "muscle" in m.kinds]
    rehab_clauses = {analysis.tokens[m.start].clause for m in active if "rehab" in m.kinds}
    used_fats: set[int] = set()
    for area in active:
        if not area.kinds & {"area", "fat_area"} or not area.area():
            continue
        linked_fat = [f for f in fats if f is not area and analysis.linked(area, f, 3, 2, 0)]
        links = list(linked_fat)
        links += [i for i in intents if i is not area and analysis.linked(area, i, 4, 3, 1)]
        links += [w for w in whole if w is not area and analysis.linked(area, w, 3, -1, 0)]
        chosen = [s for s in selective if analysis.linked(area, s, 3, -1, 0)]
        if chosen and has_drive:
            links += chosen
        fat_bound = bool(linked_fat) or "fat_area" in area.kinds
        if not links and "fat_area" not in area.kinds:
            continue
        clause = analysis.tokens[area.start].clause
        if not fat_bound:
            if clause in rehab_clauses:
                continue
            if _is_near_muscle(analysis, area, muscles):
                continue
        elif clause in rehab_clauses and "fat_area" not in area.kinds and not linked_fat:
            continue
        used_fats.update(id(f) for f in linked_fat)
        slug = next((f.slug() for f in linked_fat if f.slug()), "")
        name = area.area()
        if "fat_area" in area.kinds:
            # "Schwimmring an den Seiten", "la lonja de abajo del ombligo": a place named
            # right after the slang says where the fat is.
            place = _place_after(analysis, area, active)
            if place is not None:
                name = place.area()
                links.append(place)
        targets.append(_Target(name, area.start, [area, *links], bool(chosen), slug))
    drives = [m for m in active if m.kinds & {"intent", "rejection", "method", "product"}]
    # A fat word with a home area ("cellulite", "rollitos") counts alone when no area is
    # named and something asks for it to go.
    if not targets:
        for fat in fats:
            if (
                id(fat) not in used_fats
                and fat.area()
                and "area" not in fat.kinds
                and any(d is not fat for d in drives)
            ):
                return [_Target(fat.area(), fat.start, [fat], False, fat.slug())]
    if not targets:
        targets = _toned_area_then_fat(analysis, active, fats, intents, whole, muscles)
    return targets


def _area_after(analysis: _Analysis, method: _Match, active: list[_Match]) -> str:
    """The area a general method names right after it: "ejercicios específicos del brazo"."""
    for other in active:
        if other.start < method.end or "area" not in other.kinds or not other.area():
            continue
        if other.start - method.end <= 2 and analysis.gap_ok(method.end, other.start, 0):
            return other.area()
        return ""
    return ""


def _place_after(analysis: _Analysis, slang: _Match, active: list[_Match]) -> _Match | None:
    """A plain area word right after a fat slang term, joined by small words only."""
    for other in active:
        if other.start < slang.end or "area" not in other.kinds or not other.area():
            continue
        if other.kinds & {"fat_area", "muscle", "rehab"} or other.area() == slang.area():
            continue
        gap = range(slang.end, other.start)
        if any((at := analysis.at[k]) and "coordination" in at.kinds for k in gap):
            return None
        if analysis.linked(slang, other, 0, 3, 1):
            return other
        return None
    return None


def _toned_area_then_fat(
    analysis: _Analysis,
    active: list[_Match],
    fats: list[_Match],
    intents: list[_Match],
    whole: list[_Match],
    muscles: list[_Match],
) -> list[_Target]:
    """Split objects: "Oberarme straffen und das Fett wegbekommen", "tone my arms and lose
    the fat". A fat goal with no area of its own refers back to the area being toned."""
    rehab_clauses = {analysis.tokens[m.start].clause for m in active if "rehab" in m.kinds}
    for fat in fats:
        if fat.area() or any(analysis.linked(fat, w, 3, 3, 0) for w in whole):
            continue
        # "lose the fat" points back to the area; "lose fat" is a whole-body goal.
        if not fat.start or not analysis.tokens[fat.start - 1].atoms & analysis.definite:
            continue
        drive = [i for i in intents if i is not fat and analysis.linked(fat, i, 4, 3, 1)]
        if not drive:
            continue
        for area in active:
            if area.start >= fat.start or "area" not in area.kinds or not area.area():
                continue
            if area.kinds & {"muscle", "rehab"} or _is_near_muscle(analysis, area, muscles):
                continue
            if analysis.tokens[area.start].clause in rehab_clauses:
                continue
            toning = [
                t for t in active if "toning" in t.kinds and analysis.linked(area, t, 3, 3, 1)
            ]
            if toning:
                return [_Target(area.area(), area.start, [area, *toning, fat, *drive], False)]
    return []


def _separate_goal(analysis: _Analysis, target: _Target, whole: _Match) -> bool:
    """The area goal is joined to the whole-body goal by "and", "also", "+"..., and has a
    fat or intent word of its own on its side of the join."""
    # A shape outcome ("a flatter stomach") is what the whole-body goal brings, not a
    # second goal; a removal ("get rid of my love handles") is a goal of its own.
    drivers = [
        m
        for m in target.matches
        if (m.kinds & {"fat_area", "fat", "intent", "rejection"})
        and not m.kinds & {"whole_body", "selective", "outcome"}
    ]
    if not drivers:
        return False
    joins = [m for m in analysis.matches if "coordination" in m.kinds and not m.negated]
    area_start = target.matches[0].start
    for join in joins:
        if whole.end <= join.start < area_start:
            if _no_break(analysis, whole.end, join.start) and any(
                d.start > join.start for d in drivers
            ):
                return True
        elif target.matches[0].end <= join.start and join.end <= whole.start:
            # "get rid of my belly and lose 5 kg"; not "face and neck slim down as total
            # fat drops", where the join only lists areas.
            between = [
                m
                for m in analysis.matches
                if join.end <= m.start < whole.start and m.kinds & {"area", "fat_area"}
            ]
            if (
                not between
                and _no_break(analysis, target.matches[0].end, join.start)
                and any(d.end <= join.start for d in drivers)
            ):
                return True
    return False


def _no_break(analysis: _Analysis, left: int, right: int) -> bool:
    """No contrast or consequence word ("so", "così", "damit") in tokens [left, right):
    "lose weight so my belly also shrinks" is one goal, not two."""
    return not any(
        (at := analysis.at[k]) is not None and "clause_break" in at.kinds
        for k in range(left, right)
    )


def _is_near_muscle(analysis: _Analysis, match: _Match, muscles: list[_Match]) -> bool:
    clause = analysis.tokens[match.start].clause
    return any(
        analysis.tokens[m.start].clause == clause
        and min(abs(m.start - match.end), abs(match.start - m.end)) <= _MUSCLE_WINDOW
        for m in muscles
    )


def _read(text: str, vocabulary: CompiledVocabulary) -> tuple[str, _Analysis, list[_Match]] | None:
    """Language, matches and the matches left active after negation, or None for no words."""
    if not text or not text.strip():
        return None
    tokens = _tokenise(text, vocabulary)
    if not tokens:
        return None
    scores = _language_scores(tokens, vocabulary)
    language = _pick_language(scores)
    top = scores[language]
    allowed = {language, "en"} | {lang for lang, s in scores.items() if top and s >= top}
    if top <= 0:
        allowed = set(LANGUAGES)
    matches = _find_matches(tokens, vocabulary, language, allowed)
    _apply_clause_breaks(tokens, matches)
    analysis = _Analysis(tokens, matches, vocabulary.definite)
    _apply_negation(analysis)
    return language, analysis, [m for m in matches if not m.negated]


def relies_on_running(text: str, vocabulary: CompiledVocabulary) -> bool:
    """True when the goal counts on running to change the body ("run 4x a week to lose 5 kg",
    "jogging to slim my thighs", "correre per dimagrire"), myth or not: running plus a word of
    losing, slimming, fat, weight or a body area. A race or pace goal ("run a faster 10k") is
    not one: the fat-loss dose says nothing about it. A negated mention ("I don't run") does
    not count."""
    read = _read(text, vocabulary)
    if read is None:
        return False
    kinds = set().union(*(m.kinds for m in read[2])) if read[2] else set()
    return "running" in kinds and bool(kinds & _BODY_CHANGE_KINDS)


# Words that make a running goal about the body (see relies_on_running).
_BODY_CHANGE_KINDS = frozenset(
    {"intent", "fat", "fat_area", "area", "whole_body", "outcome", "toning"}
)


def spot_reduction_match(text: str, vocabulary: CompiledVocabulary) -> MythMatch | None:
    """The spot-reduction myth a goal text expresses, or None when it expresses none."""
    read = _read(text, vocabulary)
    if read is None:
        return None
    language, analysis, active = read
    if any("procedure" in m.kinds for m in active):
        return None  # liposuction, cryolipolysis, Kybella really act locally

    muscles = [m for m in active if "muscle" in m.kinds]
    methods = [
        m
        for m in active
        if "method" in m.kinds and not m.kinds & {"area", "fat_area"}
        if not _is_near_muscle(analysis, m, muscles)
    ]
    products = [
        m for m in active if "product" in m.kinds and not _is_near_muscle(analysis, m, muscles)
    ]
    running = [m for m in active if "running" in m.kinds]
    targets = _area_targets(analysis, active)
    linked_ids = {id(m) for t in targets for m in t.matches}
    # Running is whole-body, but "run to slim my thighs" still aims at the thighs: the running
    # card answers it (with the dose), so running words never clear an area target.
    # "which diet shrinks my stomach fat" asks for an area-specific means: the diet named
    # after "which" / "best" is not a whole-body route.
    selected = {
        id(m)
        for s in active
        if "selector" in s.kinds
        for m in active
        if m.start >= s.end and analysis.span(s.end, m.start) <= 1
    }
    loose_whole_body = [
        m
        for m in active
        if "whole_body" in m.kinds
        and "running" not in m.kinds
        and id(m) not in linked_ids
        and id(m) not in selected
    ]

    if targets and loose_whole_body and not (methods or products):
        # An area outcome through an explicitly whole-body route ("visible abs by getting to
        # 12 % body fat") is the advice, not the myth; selective phrasing still is the myth,
        # and so is an area goal added to the whole-body one ("lose 5 kg and also get rid of
        # my love handles").
        targets = [
            t
            for t in targets
            if t.strong or all(_separate_goal(analysis, t, w) for w in loose_whole_body)
        ]
    if not targets and methods and not loose_whole_body:
        # "crunches to burn fat": the exercise names the area.
        drives = [
            m
            for m in active
            if m.kinds & {"fat", "intent"} and id(m) not in linked_ids and "method" not in m.kinds
        ]
        for method in methods:
            area = method.area() or _area_after(analysis, method, active)
            if area and drives:
                targets = [_Target(area, method.start, [method, *drives], False)]
                break
    if not targets and products:
        # A local product is the myth by itself; the area is whatever the text names
        # ("slimming cream on my thighs"), else the product's own area ("sauna belt").
        mentioned = [m for m in active if m.kinds & {"area", "fat_area"} and m.area()]
        product = products[0]
        home = mentioned[0] if mentioned else next((p for p in products if p.area()), None)
        if home is None:
            return None  # a sauna suit with no area is the sweat myth, not this one
        targets = [_Target(home.area(), home.start, [product, home], False)]
    if not targets:
        return None

    target = min(targets, key=lambda t: t.position)
    selective_slug = next((m.slug() for m in active if "selective" in m.kinds and m.slug()), "")
    slug = (
        next((p.slug() for p in products if p.slug()), "")
        or next((r.slug() for r in running if r.slug()), "")
        or next((m.slug() for m in methods if m.slug()), "")
        or target.slug
        or next((t.slug for t in targets if t.slug), "")
        or selective_slug
        or (DOUBLE_CHIN_SLUG if target.area == "chin_face" else "")
        or DEFAULT_MYTH_SLUG
    )
    used = {id(m): m for m in target.matches}
    for extra in (*products, *methods, *running):
        used.setdefault(id(extra), extra)
    for m in active:
        if "selective" in m.kinds and m.slug():
            used.setdefault(id(m), m)
    ordered = sorted(used.values(), key=lambda m: m.start)
    triggers = tuple(dict.fromkeys(analysis.surface(text, m) for m in ordered))
    return MythMatch(slug, target.area, language, triggers, relies_on_running=bool(running))


# -- rewrites ---------------------------------------------------------------------------------


def whole_body_rewrite(area: str, language: str, *, running: bool = False) -> str:
    """A whole-body version of an area goal, in the goal's language (English fallback).

    With `running`, the rewrite keeps running as the route, at the dose that works (3-5 runs a
    week of 30+ minutes at moderate-to-hard effort, with a calorie deficit). The texts live in
    ``tracker/myths/data/rewrites.toml``."""
    from tracker.myths.content import shipped_content

    rewrites = shipped_content().rewrites
    texts = rewrites.get(language) or rewrites["en"]
    lead = str(texts["running" if running else "whole_body"])
    areas = texts["areas"]
    part = areas.get(area) if isinstance(areas, dict) else None
    if part is None:
        return lead
    return f"{lead}, {texts['joiner']} {part}"
