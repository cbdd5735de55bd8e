"""Fit one head (a logistic regression over `vectorize` features) and cross-validate it: out-of-fold scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from auditor.scoring import vectorize
from auditor.scoring.vectorize import Settings

FOLDS = 5
SEED = 17


@dataclass
class Head:
    """A fitted head: its idf (per column), its weights (per column, idf not folded in) and its intercept."""

    idf: np.ndarray
    weights: np.ndarray
    intercept: float


@dataclass(frozen=True)
class Choice:
    """What a head is fitted with: features, regularisation (`c`, scikit-learn's C), idf or not, and whether the
    classes are weighed to balance."""

    settings: Settings
    c: float = 4.0
    idf: bool = True
    balanced: bool = False


def fit(texts: Sequence[str], labels: np.ndarray, choice: Choice) -> Head:
    """A logistic regression (liblinear, one core) on the texts' features."""
    from sklearn.linear_model import LogisticRegression

    batch = vectorize.read(texts, choice.settings)
    width = 1 << choice.settings.bits
    idf = vectorize.idf_of(batch, choice.settings) if choice.idf else np.ones(width)
    x = vectorize.design(batch, choice.settings, idf)
    model = LogisticRegression(C=choice.c, solver="liblinear", class_weight="balanced" if choice.balanced else None,
                               max_iter=1000, random_state=0)  # (the primal solver takes no random step anyway)
    model.fit(x, labels)
    return Head(idf, model.coef_[0].astype(np.float64), float(model.intercept_[0]))


def probabilities(head: Head, texts: Sequence[str], settings: Settings) -> np.ndarray:
    """The head's probability for each text, read as the tool reads it (a long text in pieces: the highest)."""
    from auditor.scoring.semantic import WINDOW

    pieces, owners = vectorize.pieces(list(texts), WINDOW)
    batch = vectorize.read(pieces, settings)
    z = vectorize.linear(batch, settings, head.idf[:, None], head.weights[:, None])[:, 0] + head.intercept
    return vectorize.highest(1.0 / (1.0 + np.exp(-z)), owners, len(texts))


def folds(labels: np.ndarray, groups: np.ndarray, k: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """A fold number per row: stratified by label, a group never split (scikit-learn's StratifiedGroupKFold)."""
    from sklearn.model_selection import StratifiedGroupKFold

    out = np.zeros(len(labels), dtype=np.int64)
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    for number, (_, test) in enumerate(splitter.split(np.zeros(len(labels)), labels, groups)):
        out[test] = number
    return out


def out_of_fold(texts: Sequence[str], labels: np.ndarray, fold: np.ndarray, choice: Choice) -> np.ndarray:
    """Each row's probability from the head fitted on the other folds."""
    out = np.zeros(len(texts))
    for number in np.unique(fold):
        train, test = fold != number, fold == number
        head = fit([t for t, m in zip(texts, train, strict=True) if m], labels[train], choice)
        out[test] = probabilities(head, [t for t, m in zip(texts, test, strict=True) if m], choice.settings)
    return out
