"""py3langid's classifier over a whole batch at once: its byte automaton walked for every text in step.

py3langid walks each text's bytes through its automaton in a Python loop, then scores the features it met: about
150 µs a post, which made identifying 100,000 untagged posts the costliest step of scoring. Here the texts of a batch
are walked together, one byte position at a time (numpy over every text still that long), their features counted in
one sparse matrix, and scored by one product with the model's table. Same model, same arithmetic (float32 sums of
log1p counts, length-tempered softmax, aliased labels folded): the results equal `classify()`'s, which a test checks.
It reads py3langid's model attributes, so the dependency is pinned to a minor version.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

CHUNK = 2048  # texts walked together: bounds the byte matrix (2,048 x the longest text)


class BatchIdentifier:
    """`classify_all(texts)`: (language, probability) per text, as py3langid's normalised `classify` gives them."""

    def __init__(self, identifier) -> None:  # a py3langid LanguageIdentifier, after set_languages
        self._id = identifier
        self._nextmove = np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode))
        self._rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
        self._output = np.asarray(identifier.tk_output, dtype=np.int64)
        self._table = np.asarray(identifier.nb_ptc, dtype=np.float32)
        self._prior = np.asarray(identifier.nb_pc, dtype=np.float32)
        self._classes = list(identifier.nb_classes)

    def classify_all(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The most likely language of each text, and its probability."""
        out: list[tuple[str, float]] = []
        for start in range(0, len(texts), CHUNK):
            out += self._chunk([self._id._encode(t) for t in texts[start:start + CHUNK]])
        return out

    def _chunk(self, encoded: list[bytes]) -> list[tuple[str, float]]:
        counts = self._counts(encoded)
        scores = np.asarray((counts.log1p() @ self._table), dtype=np.float32) + self._prior
        lengths = np.array([len(e) or 1 for e in encoded], dtype=np.float32)
        scores *= (1.0 / np.sqrt(lengths))[:, None]
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        featureless = np.asarray(counts.getnnz(axis=1)) == 0  # py3langid: a uniform 0.0 score, then normalised
        scores[featureless] = 1.0 / scores.shape[1]
        for first, dupe in self._id._alias_pairs:
            scores[:, first] += scores[:, dupe]
            scores[:, dupe] = 0.0
        best = scores.argmax(axis=1)
        return [(self._classes[b], float(scores[i, b])) for i, b in enumerate(best)]

    def _counts(self, encoded: list[bytes]) -> sparse.csr_matrix:
        """Texts x features: how often each text's walk reached each feature's state."""
        n = len(encoded)
        order = np.argsort([-len(e) for e in encoded], kind="stable")  # longest first: those still walking lead
        lengths = np.array([len(encoded[i]) for i in order], dtype=np.int64)
        width = int(lengths[0]) if n else 0
        data = np.zeros((n, width), dtype=np.uint8)
        for row, i in enumerate(order):
            data[row, :len(encoded[i])] = np.frombuffer(encoded[i], dtype=np.uint8)
        # at each position, the texts longer than it: the first `walking[position]` rows
        walking = n - np.searchsorted(lengths[::-1], np.arange(width), side="right")
        state = np.zeros(n, dtype=np.int64)
        rows, cols = [], []
        for position in range(width):
            k = int(walking[position])
            step = self._nextmove[self._rowbase[state[:k]] + data[:k, position]]
            state[:k] = step
            features = self._output[step]
            met = np.flatnonzero(features >= 0)
            rows.append(order[met])
            cols.append(features[met])
        rows_all = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        cols_all = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        ones = np.ones(len(rows_all), dtype=np.float32)  # duplicates are summed: the counts
        return sparse.csr_matrix((ones, (rows_all, cols_all)), shape=(n, self._table.shape[0]))
