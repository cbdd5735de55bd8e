"""A statistical signal: alt-profanity-check's model of offensive language, shipped as plain arrays.

The model (TF-IDF over single words and five sigmoid-calibrated linear SVMs, trained by alt-profanity-check's
authors, MIT licence) catches crude or abusive posts the word lists miss. Its arrays ship in
`models/profanity_check.npz` (written by `train/export_profanity_check.py` from the package, and checked against
it by the tests), so a scan predicts with numpy alone: no scikit-learn to import (a second of every scan's start).
It adds one flag, STAT-001 in `profanity`, whose explanation says what scored it and how high, so a reader can weigh
a model's opinion as such; like a head's flag of its own, only where the post's prose names what it is about (an
insult, words of violence, or the people it is aimed at: `anchors`), which is what it cites; so it reads only the
English posts that may name one (`anchors.Gate`, a superset of those), not every post.
AUDITOR_NO_STATISTICAL=1 turns it off.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from auditor.scoring import anchors, language
from auditor.scoring.context import factor
from auditor.scoring.evaluate import Candidate
from auditor.scoring.explain import both
from auditor.scoring.model import Rule

MODEL_FILE = Path(__file__).resolve().parent / "models" / "profanity_check.npz"
_MODEL: list[LinearModel] = []  # loaded on first use

THRESHOLD = 0.5  # the package's own decision threshold, not tuned to any evaluation data
MIN_CHARS = 3
COVERS = frozenset({"profanity", "respect"})  # a post already flagged in these needs no second, vaguer flag

RULE = Rule(
    id="STAT-001", title="Reads as offensive to a statistical model", category="profanity", severity="low",
    confidence=0.5,
    reason="A model trained on offensive posts reads this as crude or abusive; the words shown (an insult, words of "
           "violence, or the people it is aimed at) are what it points at (no rule of this kind flagged the post): "
           "worth a look",
    guidance_url="https://www.canada.ca/en/government/publicservice/values/"
                 "best-practices-public-servants-using-personal-social-media.html",
    guidance_title="TBS: best practices for public servants using their personal social media",
    fields=("text",), source="auditor/scoring/statistical.py",
    title_fr="Se lit comme offensante selon un modèle statistique",
    reason_fr="Un modèle entraîné sur des publications offensantes la lit comme grossière ou injurieuse ; les mots "
              "montrés (une insulte, des mots de violence, ou les personnes visées) sont ce qu'il vise (aucune règle "
              "de ce genre n'a signalé la publication) : elle mérite un coup d'œil",
    guidance_url_fr="https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/"
                    "pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles.html",
    guidance_title_fr="SCT : pratiques exemplaires à l'intention des fonctionnaires pour l'utilisation des médias "
                      "sociaux à des fins personnelles")


def installed() -> bool:
    """True when the model's arrays are there (they ship with the package)."""
    return MODEL_FILE.is_file()


def available() -> bool:
    """True when the model is there and not switched off (AUDITOR_NO_STATISTICAL=1; AUDITOR_NO_MODEL=1 switches off
    every model, this one too)."""
    return (installed() and os.environ.get("AUDITOR_NO_STATISTICAL", "") in ("", "0")
            and os.environ.get("AUDITOR_NO_MODEL", "") in ("", "0"))


def load() -> None:
    """Read the model now, if it is used (before forking workers: once, not once in each)."""
    if available() and not _MODEL:
        _MODEL.append(LinearModel.from_file(MODEL_FILE))


def _predict_prob(texts: Sequence[str]) -> np.ndarray:
    """The model's probability that each text is offensive (reads the model the first time)."""
    load()
    return _MODEL[0](texts)


class LinearModel:
    """TF-IDF over words of two or more word characters (lower case, l2-normalised), then the mean of
    expit(-(a * (x . w + c) + b)) over calibrated linear classifiers: alt-profanity-check's `predict_prob`.

    Words are counted for a whole batch in one tokenising pass over the joined texts (the package's vectoriser
    loops in Python: 2 s per 100,000 posts, against 1.3 s here)."""

    SEPARATOR = "zqxauditorseparatorzqx"  # a word no vocabulary holds, between the joined texts
    _WORDS = re.compile(r"\w{2,}")  # the package's token pattern, (?u)\b\w\w+\b: runs of two or more word characters

    def __init__(self, words: list[str], idf: np.ndarray, weights: np.ndarray, intercepts: np.ndarray,
                 slopes: np.ndarray, offsets: np.ndarray) -> None:
        self.columns = {word: i for i, word in enumerate(words)}
        if self.SEPARATOR in self.columns:
            raise ValueError("the model's vocabulary holds the separator word")
        self.columns[self.SEPARATOR] = -2
        self.idf, self.weights, self.intercepts = idf, np.ascontiguousarray(weights.T), intercepts
        self.slopes, self.offsets = slopes, offsets
        self._latin1: dict[bytes, int] | None = None  # the vocabulary in Latin-1 bytes, made on first use

    @classmethod
    def from_file(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(str(data["words"]).split("\n"), data["idf"], data["weights"], data["intercepts"],
                       data["slopes"], data["offsets"])

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        rows, columns = self._counted(texts)
        return self._probabilities(rows, columns, len(texts))

    def _counted(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, vocabulary column) for every known word of every text."""
        get = self.columns.get
        at = self._latin1_columns(texts)
        if at is None:
            words = self._WORDS.findall(f" {self.SEPARATOR} ".join([t.lower() for t in texts]))
            at = np.fromiter(map(get, words, repeat(-1)), dtype=np.int64, count=len(words))  # dict.get, called from C
        separators = at == -2
        if int(separators.sum()) == len(texts) - 1:
            known = at >= 0
            return np.cumsum(separators)[known], at[known]
        # a text holds the separator word itself: count each text on its own
        rows, columns = [], []
        for row, text in enumerate(texts):
            found = [c for c in (get(w, -1) for w in self._WORDS.findall(text.lower())) if c >= 0]
            rows.extend([row] * len(found))
            columns.extend(found)
        return np.asarray(rows, dtype=np.int64), np.asarray(columns, dtype=np.int64)

    def _latin1_columns(self, texts: Sequence[str]) -> np.ndarray | None:
        """The vocabulary column of every word of the joined texts (-2: the separator), as `_counted` reads them,
        when every word character is in Latin-1 (English and French); else None.

        Words are found in bytes: each Latin-1 byte lower-cased, or a space when it is no word character, then split
        (a regex run over every character, then lower-casing, cost twice as much). A character beyond Latin-1 that is
        no word character (an emoji, a typographic quote) reads as a space, as it does to the regex; a one-character
        word (which the regex does not find) is in no vocabulary, so it reads -1, as an unknown word does."""
        try:
            data = f" {self.SEPARATOR} ".join(texts).encode("latin-1", _BLANK_NON_WORD)
        except UnicodeEncodeError:  # a word character beyond Latin-1
            return None
        if self._latin1 is None:
            self._latin1 = {word.encode("latin-1"): column for word, column in self.columns.items()
                            if len(word) > 1 and max(map(ord, word)) < 256}
        tokens = data.translate(_LATIN1_WORDS).split()
        return np.fromiter(map(self._latin1.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))

    def _probabilities(self, rows: np.ndarray, columns: np.ndarray, count: int) -> np.ndarray:
        from scipy import sparse

        tfidf = sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)),
                                  shape=(count, len(self.idf)))
        tfidf.sum_duplicates()
        tfidf.data *= self.idf[tfidf.indices]
        norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        decisions = (sparse.diags(1.0 / norms) @ tfidf) @ self.weights + self.intercepts
        return (1.0 / (1.0 + np.exp(self.slopes * decisions + self.offsets))).mean(axis=1)


def _blank(error: UnicodeEncodeError) -> tuple[str, int]:
    """Encoding to Latin-1 for `_latin1_columns`: a character beyond it that is no word character is a space (its
    lower case is none either); a word character beyond it gives up (the error is raised again)."""
    chars = error.object[error.start:error.end]
    if any(c.isalnum() or c == "_" for c in chars):
        raise error
    return " " * len(chars), error.end


_BLANK_NON_WORD = "auditor.statistical.blank"
codecs.register_error(_BLANK_NON_WORD, _blank)
#: a Latin-1 byte -> its lower case when it is a word character (regex \w: alphanumeric or '_'), else a space
_LATIN1_WORDS = bytes(ord(chr(b).lower()) if chr(b).isalnum() or b == 95 else 32 for b in range(256))


def candidates(texts: Sequence[object], english: Sequence[bool] | None = None,
               gate: anchors.Gate | None = None) -> dict[int, Candidate]:
    """Position -> a STAT-001 candidate for each text whose prose the model scores at or above THRESHOLD ({} if not
    installed). The whole batch is read as it is (one call); a text it flags that holds links, handles or e-mail
    addresses is read again without them, so a word in someone else's handle never speaks for the poster.

    `english`: which texts are read in English; the model, which speaks only English, then reads only those, and of
    them only those whose prose may name what its flag cites (`gate`, made here when not given): each text's
    probability is its own, it does not depend on the others read with it."""
    if not available():
        return {}
    present = [i for i, t in enumerate(texts) if isinstance(t, str) and len(t.strip()) >= MIN_CHARS]
    if english is not None:
        present = [i for i in present if english[i]]
    if present:  # its flag needs words to cite (`anchors`): a post whose prose names none is not read
        among = np.zeros(len(texts), dtype=bool)
        among[present] = True
        anchored = (gate if gate is not None else anchors.Gate(texts)).anchored(RULE.category, among)
        present = np.flatnonzero(anchored).tolist()
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
        # as a head's flag of its own (auditor.scoring.anchors): only where the prose names an insult, words of
        # violence or whom it is aimed at, and those words are its evidence
        evidence = anchors.find(RULE.category, texts[i]) if p >= THRESHOLD else []
        if evidence:
            delta = max(1, round((p - THRESHOLD) * 20))  # a surer model adds a little, and always shows its score
            english, _ = both("factor.why.statistical", p=f"{p:.2f}")
            _, french = both("factor.why.statistical", p=f"{p:.2f}".replace(".", ","))
            note = factor("statistical", delta, english, french)
            out[i] = Candidate(RULE, evidence, RULE.confidence, [note])
    return out
