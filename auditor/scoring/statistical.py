"""An optional statistical signal: alt-profanity-check's model of offensive language, used only where installed.

The model (a linear classifier over word n-grams, shipped inside the package, run offline) catches crude or abusive
posts the word lists miss. It adds one flag, STAT-001 in `profanity`, whose explanation says what scored it and how
high, so a reader can weigh a model's opinion as such. Without the package nothing changes.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Sequence

from auditor.scoring.context import factor
from auditor.scoring.evaluate import Candidate
from auditor.scoring.model import Rule

_INSTALLED = importlib.util.find_spec("profanity_check") is not None  # optional: pip install alt-profanity-check
_MODEL: list[Callable[[Sequence[str]], Sequence[float]]] = []  # loaded on first use: scikit-learn costs ~1 s to import

THRESHOLD = 0.5  # the package's own decision threshold, not tuned to any evaluation data
MIN_CHARS = 3
COVERS = frozenset({"profanity", "respect"})  # a post already flagged in these needs no second, vaguer flag

RULE = Rule(
    id="STAT-001", title="Reads as offensive to a statistical model", category="profanity", severity="low",
    confidence=0.5,
    reason="A model trained on offensive posts reads this as crude or abusive; worth a look even without a listed word",
    guidance_url="https://www.canada.ca/en/government/publicservice/values/"
                 "best-practices-public-servants-using-personal-social-media.html",
    guidance_title="TBS: best practices for public servants using their personal social media",
    fields=("text",), source="auditor/scoring/statistical.py")


def installed() -> bool:
    """True when alt-profanity-check is installed (whether or not it is switched off)."""
    return _INSTALLED


def available() -> bool:
    """True when alt-profanity-check is installed and not switched off (AUDITOR_NO_STATISTICAL=1; ~17 s/1M posts)."""
    return _INSTALLED and os.environ.get("AUDITOR_NO_STATISTICAL", "") in ("", "0")


def load() -> None:
    """Import the model now, if it is used (before forking workers: once, not once in each)."""
    if available() and not _MODEL:
        from profanity_check import predict_prob

        _MODEL.append(predict_prob)


def _predict_prob(texts: Sequence[str]) -> Sequence[float]:
    """The model's probability that each text is offensive (imports the model the first time)."""
    load()
    return _MODEL[0](texts)


def candidates(texts: Sequence[object]) -> dict[int, Candidate]:
    """Position -> a STAT-001 candidate for each text the model scores at or above THRESHOLD ({} if not installed)."""
    if not available():
        return {}
    present = [i for i, t in enumerate(texts) if isinstance(t, str) and len(t.strip()) >= MIN_CHARS]
    if not present:
        return {}
    probabilities = _predict_prob([texts[i] for i in present])
    out: dict[int, Candidate] = {}
    for i, p in zip(present, probabilities, strict=True):
        if p >= THRESHOLD:
            text = str(texts[i])
            evidence = [{"field": "text", "start": 0, "end": len(text), "text": text}]
            delta = max(1, round((p - THRESHOLD) * 20))  # a surer model adds a little, and always shows its score
            note = factor("statistical", delta, f"a statistical model of offensive language scored this {p:.2f}")
            out[i] = Candidate(RULE, evidence, RULE.confidence, [note])
    return out
