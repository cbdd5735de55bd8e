"""The labelled dev halves the heads learn from, read as (texts, labels, groups), and the folds that keep a group
together: one text and its exact repeats; in HateCheck, one template written out for each target group."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: ../shared/eval beside the repository (the labelled dev halves; see its README for the rules of use)
DEFAULT_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"
#: texts written for this project (`written/PROVENANCE.md`): a data set named `written:<file>` is read from here
WRITTEN = Path(__file__).resolve().parent / "written"


@dataclass
class Labelled:
    """One dev half: its texts, 0/1 labels, and a group per row (rows of one group share a fold)."""

    name: str
    texts: list[str]
    labels: np.ndarray
    groups: np.ndarray
    rows: list[dict]


def load(name: str, folder: Path = DEFAULT_EVAL) -> Labelled:
    """`<name>.dev.jsonl` from `folder` (or `written/<file>.jsonl` for `written:<file>`), with its groups."""
    rows = [json.loads(line) for line in dataset_path(name, folder).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    texts = [str(r["text"]) for r in rows]
    labels = np.array([int(r["label"]) for r in rows], dtype=np.int64)
    groups = _templates(rows) if name.startswith("hatecheck") else _repeats(texts)
    return Labelled(name, texts, labels, groups, rows)


def dataset_path(name: str, folder: Path = DEFAULT_EVAL) -> Path:
    """Where a data set's rows are: a dev half in `folder`, or a file of texts written for this project."""
    if name.startswith("written:"):
        return WRITTEN / f"{name.removeprefix('written:')}.jsonl"
    return folder / f"{name}.dev.jsonl"


def _repeats(texts: list[str]) -> np.ndarray:
    """One group per distinct text (case and spacing ignored): a repeated tweet never sits on both sides."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(" ".join(t.lower().split()), len(seen)) for t in texts], dtype=np.int64)


# HateCheck writes each template out once per target group ("Je déteste les femmes.", "… les trans.", …), in a
# row, its gendered forms differing by their endings. A case and its neighbour of the same functionality are one
# template when, with target words masked and endings cut, most of their words are the same; the folds then keep
# templates whole, so a score measures templates never seen, not one seen with another group's name.
_TARGETS = re.compile(r"\b(?:femmes?|trans|homos?|gays?|lesbiennes?|blacks?|noire?s?|handicapée?s?|musulmane?s?|"
                      r"réfugiée?s?|arabes?|juif|juifs|juives?|immigrée?s?)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _stems(text: str) -> frozenset[str]:
    masked = _TARGETS.sub(" X ", text.lower())
    return frozenset(re.sub(r"(?:e|s|es|x)$", "", w) for w in _WORD.findall(masked))


def _templates(rows: list[dict]) -> np.ndarray:
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    stems = [_stems(r["text"]) for r in rows]
    by_key: dict[tuple[str, frozenset[str]], int] = {}
    for i, row in enumerate(rows):
        key = (row.get("functionality", ""), stems[i])
        if key in by_key:
            parent[find(i)] = find(by_key[key])
        by_key.setdefault(key, i)
        if i and rows[i - 1].get("functionality") == row.get("functionality"):
            a, b = stems[i - 1], stems[i]
            if a and b and len(a & b) / len(a | b) >= 0.5:
                parent[find(i)] = find(i - 1)
    roots = [find(i) for i in range(len(rows))]
    numbers: dict[int, int] = {}
    return np.array([numbers.setdefault(r, len(numbers)) for r in roots], dtype=np.int64)
