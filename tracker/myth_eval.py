"""Scoring of the spot-reduction detector against labelled goal texts.

Pure helpers, no Django: parse a labelled TSV (text, label, area, note with ``lang=xx``),
compare with the detector's verdicts, and report precision, recall and F1 overall and per
language, plus how often the area is right on true positives. The ``myth_check`` management
command and the tests both use this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from tracker.myth_detector import MythMatch

_LANG_RE = re.compile(r"\blang\s*=\s*([a-z]{2})\b")


@dataclass(frozen=True)
class LabelledGoal:
    """One row of a labelled file. `label` is "myth" or "ok"; `area` may be "none"."""

    text: str
    label: str = ""
    area: str = ""
    note: str = ""

    @property
    def language(self) -> str:
        found = _LANG_RE.search(self.note)
        return found.group(1) if found else "??"

    @property
    def is_myth(self) -> bool:
        return self.label.strip().lower() == "myth"


@dataclass
class Counts:
    """Confusion counts for one slice of the data."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        actual = self.tp + self.fn
        return self.tp / actual if actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1


@dataclass
class Mistake:
    """A row the detector got wrong, for the report."""

    goal: LabelledGoal
    predicted: MythMatch | None
    reason: str  # "false positive", "false negative" or "wrong area"


@dataclass
class EvalResult:
    """Scores overall, per language, and area accuracy on true positives."""

    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    area_correct: int = 0
    area_total: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    @property
    def area_accuracy(self) -> float:
        return self.area_correct / self.area_total if self.area_total else 1.0

    def as_dict(self) -> dict[str, object]:
        def scores(c: Counts) -> dict[str, float | int]:
            return {
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "tn": c.tn,
            }

        return {
            "overall": scores(self.overall),
            "by_language": {lang: scores(c) for lang, c in sorted(self.by_language.items())},
            "area_accuracy": self.area_accuracy,
            "area_correct": self.area_correct,
            "area_total": self.area_total,
        }


def parse_tsv(text: str) -> list[LabelledGoal]:
    """Rows of a TSV whose first column is the goal text; a header starting "text" is skipped.

    With a header, the "label", "area" and "note" columns are found by name; without one they
    are read from the second, third and fourth columns when present."""
    return parse_tsv_with_header(text)[0]


def parse_tsv_with_header(text: str) -> tuple[list[LabelledGoal], bool]:
    """Like `parse_tsv`, also saying whether the file has labels (label and area columns)."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if not lines:
        return [], False
    first = [c.strip().lower() for c in lines[0].split("\t")]
    if first[0] == "text":
        lines = lines[1:]
        columns = [first.index(n) if n in first else -1 for n in ("label", "area", "note")]
        labelled = columns[0] > 0 and columns[1] > 0
    else:
        columns = [1, 2, 3]
        labelled = all(len(line.split("\t")) >= 3 for line in lines)
    rows: list[LabelledGoal] = []
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        extra = [cells[i] if 0 <= i < len(cells) else "" for i in columns]
        rows.append(LabelledGoal(cells[0], *extra))
    return rows, labelled


def evaluate(goals: Sequence[LabelledGoal], predictions: Sequence[MythMatch | None]) -> EvalResult:
    """Compare labelled goals with the detector's verdicts, row by row."""
    if len(goals) != len(predictions):
        raise ValueError("one prediction per goal is needed")
    result = EvalResult()
    for goal, predicted in zip(goals, predictions, strict=True):
        expected, flagged = goal.is_myth, predicted is not None
        result.overall.add(expected, flagged)
        result.by_language.setdefault(goal.language, Counts()).add(expected, flagged)
        if expected and predicted is not None:
            result.area_total += 1
            if predicted.area == goal.area:
                result.area_correct += 1
            else:
                result.mistakes.append(Mistake(goal, predicted, "wrong area"))
        elif flagged:
            result.mistakes.append(Mistake(goal, predicted, "false positive"))
        elif expected:
            result.mistakes.append(Mistake(goal, predicted, "false negative"))
    return result


def evaluate_with(
    goals: Iterable[LabelledGoal], detect: Callable[[str], MythMatch | None]
) -> EvalResult:
    """Run `detect` on every goal text and score it."""
    goals = list(goals)
    return evaluate(goals, [detect(g.text) for g in goals])


def _line(name: str, counts: Counts) -> str:
    return (
        f"{name:<8} precision {counts.precision:.3f}  recall {counts.recall:.3f}  "
        f"F1 {counts.f1:.3f}  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn}, tn {counts.tn})"
    )


def format_report(result: EvalResult, show_mistakes: bool = True) -> str:
    """A plain-text report of `result`."""
    lines = [_line("overall", result.overall)]
    lines += [_line(lang, c) for lang, c in sorted(result.by_language.items())]
    lines.append(
        f"area accuracy on true positives {result.area_accuracy:.3f} "
        f"({result.area_correct}/{result.area_total})"
    )
    if show_mistakes and result.mistakes:
        lines.append("mistakes:")
        for m in result.mistakes:
            got = f"{m.predicted.area} {m.predicted.triggers}" if m.predicted else "-"
            lines.append(f"  {m.reason}: {m.goal.text!r} (expected {m.goal.area}; got {got})")
    return "\n".join(lines)
