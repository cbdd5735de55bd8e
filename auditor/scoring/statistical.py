"""An optional statistical signal: alt-profanity-check's model of offensive language, used only where installed.

The model (a linear classifier over word n-grams, shipped inside the package, run offline) catches crude or abusive
posts the word lists miss. It adds one flag, STAT-001 in `profanity`, whose explanation says what scored it and how
high, so a reader can weigh a model's opinion as such. Without the package nothing changes.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Sequence

import numpy as np

from auditor.scoring import language
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
    """True when alt-profanity-check is installed and not switched off (AUDITOR_NO_STATISTICAL=1; ~14 s/1M posts;
    AUDITOR_NO_MODEL=1 switches off every model, this one too)."""
    return (_INSTALLED and os.environ.get("AUDITOR_NO_STATISTICAL", "") in ("", "0")
            and os.environ.get("AUDITOR_NO_MODEL", "") in ("", "0"))


def load() -> None:
    """Import the model now, if it is used (before forking workers: once, not once in each)."""
    if available() and not _MODEL:
        from profanity_check import profanity_check as package

        _MODEL.append(_Model(package.vectorizer, package.model, package.predict_prob))


def _predict_prob(texts: Sequence[str]) -> Sequence[float]:
    """The model's probability that each text is offensive (imports the model the first time)."""
    load()
    return _MODEL[0](texts)


# the vectoriser settings alt-profanity-check ships with, which `_Model` counts words for itself
_SHIPPED = {"analyzer": "word", "lowercase": True, "preprocessor": None, "tokenizer": None, "strip_accents": None,
            "token_pattern": r"(?u)\b\w\w+\b", "ngram_range": (1, 1), "binary": False, "use_idf": True, "norm": "l2",
            "sublinear_tf": False}


class _Model:
    """alt-profanity-check's `predict_prob`, with its word counting done for a whole batch at once.

    The package's vectoriser splits and counts each text in a Python loop: 2 s per 100,000 posts. With the settings
    it ships (lower case, words of two or more word characters, single words, l2-normalised TF-IDF) the same
    counts come from one tokenising pass over the joined texts, and the same probabilities (checked equal to the
    last bit on 100,000 posts and every eval text) in 1.3 s. Other settings, or a text that holds the separator,
    go through the package's own function."""

    SEPARATOR = "zqxauditorseparatorzqx"  # a word no vocabulary holds, between the joined texts
    _WORDS = re.compile(r"\w{2,}")  # the same words as the token pattern: runs of two or more word characters

    def __init__(self, vectorizer, model, predict_prob: Callable[[Sequence[str]], Sequence[float]]) -> None:
        self.predict_prob, self.model = predict_prob, model
        params = vectorizer.get_params()
        self.fast = all(params.get(k) == v for k, v in _SHIPPED.items()) and hasattr(vectorizer, "idf_")
        if self.fast:
            self.columns = dict(vectorizer.vocabulary_)
            self.fast = self.SEPARATOR not in self.columns
            self.columns[self.SEPARATOR] = -2
            self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)

    def __call__(self, texts: Sequence[str]) -> Sequence[float]:
        found = self._batch(texts) if self.fast and texts else None
        return self.predict_prob(texts) if found is None else found

    def _batch(self, texts: Sequence[str]) -> np.ndarray | None:
        from scipy import sparse
        from sklearn.preprocessing import normalize

        words = self._WORDS.findall(f" {self.SEPARATOR} ".join([t.lower() for t in texts]))
        get = self.columns.get
        at = np.fromiter((get(w, -1) for w in words), dtype=np.int64, count=len(words))
        separators = at == -2
        if int(separators.sum()) != len(texts) - 1:  # a text holds the separator word itself
            return None
        known = at >= 0
        rows, columns = np.cumsum(separators)[known], at[known]
        counts = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, columns)),
                                   shape=(len(texts), len(self.idf)))
        counts.sum_duplicates()
        counts.sort_indices()
        tfidf = counts.astype(np.float64)
        tfidf.data *= self.idf[tfidf.indices]
        return self.model.predict_proba(normalize(tfidf, norm="l2", copy=False))[:, 1]


def candidates(texts: Sequence[object]) -> dict[int, Candidate]:
    """Position -> a STAT-001 candidate for each text whose prose the model scores at or above THRESHOLD ({} if not
    installed). The whole batch is read as it is (one call); a text it flags that holds links, handles or e-mail
    addresses is read again without them, so a word in someone else's handle never speaks for the poster."""
    if not available():
        return {}
    present = [i for i, t in enumerate(texts) if isinstance(t, str) and len(t.strip()) >= MIN_CHARS]
    if not present:
        return {}
    probabilities = dict(zip(present, _predict_prob([texts[i] for i in present]), strict=True))
    flagged = [i for i, p in probabilities.items() if p >= THRESHOLD]
    plain = {i: language.prose(str(texts[i])) for i in flagged}
    again = [i for i in flagged if plain[i] != str(texts[i]).replace("#", " ").strip()]
    if again:
        probabilities.update(zip(again, _predict_prob([plain[i] for i in again]), strict=True))
    out: dict[int, Candidate] = {}
    for i in flagged:
        p = probabilities[i]
        if p >= THRESHOLD:
            text = str(texts[i])
            evidence = [{"field": "text", "start": 0, "end": len(text), "text": text}]
            delta = max(1, round((p - THRESHOLD) * 20))  # a surer model adds a little, and always shows its score
            note = factor("statistical", delta, f"a statistical model of offensive language scored this {p:.2f}")
            out[i] = Candidate(RULE, evidence, RULE.confidence, [note])
    return out
