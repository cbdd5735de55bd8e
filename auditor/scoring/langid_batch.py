"""py3langid's classifier over a whole batch at once: its byte automaton walked for every text in step.

py3langid walks each text's bytes through its automaton in a Python loop, then scores the features it met: about
150 µs a post, which made identifying 100,000 untagged posts the costliest step of scoring. Here the texts of a batch
are walked together, one byte position at a time (numpy over every text still that long, the bytes laid out position
by position so each step reads one contiguous row, every state reached written in place as a 32-bit text << shift |
1 + feature key), their features counted by one sort, and scored by one sparse product with the model's table: 0.6 s
per 100,000 posts (0.7 s when each step also filtered the states that put out no feature, 1.4 s before those
changes, 15 s one by one). Same model, same arithmetic (float32 sums of log1p counts in
feature order, length-tempered softmax, aliased labels folded): the results equal `classify()`'s, which a test checks.
It reads py3langid's model attributes, so the dependency is pinned to a minor version.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from py3langid.langid import LanguageIdentifier
from scipy import sparse

CHUNK = 16_384  # texts walked together: bounds the byte matrix (16,384 x the longest text); text << 17 fits 32 bits


#: what a BatchIdentifier reads, made by `prepare` (and kept in the person's cache by `langid_model`)
ARRAYS = ("rowbase", "nextmove", "output", "padded", "prior", "classes", "aliases")


def prepare(identifier) -> dict[str, np.ndarray]:  # a py3langid LanguageIdentifier, after set_languages
    """The arrays of a `BatchIdentifier` over `identifier`'s model, in the types and order its walk and product read."""
    nextmove = np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode))
    small = len(nextmove) < 2**31  # py3langid's: 9.8 million moves; 32-bit arithmetic is half the bytes
    # C order: a sparse product with an F-ordered table copied the whole table (20 MB) every time
    table = np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32)
    return {"rowbase": np.asarray(identifier._rowbase, dtype=np.int32 if small else np.int64),
            "nextmove": nextmove.astype(np.int32),
            "output": np.asarray(identifier.tk_output, dtype=np.int32),
            # row 0: the states that put out no feature, all of a text's counted in one entry that adds nothing
            "padded": np.vstack([np.zeros((1, table.shape[1]), dtype=np.float32), table]),
            "prior": np.asarray(identifier.nb_pc, dtype=np.float32),
            "classes": np.array(identifier.nb_classes, dtype=str),
            "aliases": np.array(identifier._alias_pairs, dtype=np.int64).reshape(-1, 2)}


class BatchIdentifier:
    """`classify_all(texts)`: (language, probability) per text, as py3langid's normalised `classify` gives them."""

    encode = staticmethod(LanguageIdentifier._encode)  # a text as py3langid reads it: NFC UTF-8, capitals lowered

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        """From `prepare`'s arrays (read-only maps of the cache's files do: nothing here writes to them)."""
        self._rowbase, self._nextmove, self._output = arrays["rowbase"], arrays["nextmove"], arrays["output"]
        self._padded, self._prior = arrays["padded"], arrays["prior"]
        self._table = self._padded[1:]  # one row per feature
        self._shift = int(self._table.shape[0]).bit_length()  # bits of 1 + a feature, below the text's
        self._classes: list[str] = arrays["classes"].tolist()
        self._aliases: list[tuple[int, int]] = [(a, b) for a, b in arrays["aliases"].tolist()]

    def classify_all(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The most likely language of each text, and its probability."""
        out: list[tuple[str, float]] = []
        for start in range(0, len(texts), CHUNK):
            out += self._chunk([self.encode(t) for t in texts[start:start + CHUNK]])
        return out

    def _chunk(self, encoded: list[bytes]) -> list[tuple[str, float]]:
        counts = self._counts(encoded)
        scores = np.asarray((counts.log1p() @ self._padded), dtype=np.float32) + self._prior
        lengths = np.array([len(e) or 1 for e in encoded], dtype=np.float32)
        scores *= (1.0 / np.sqrt(lengths))[:, None]
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        featureless = self._featureless(counts)  # py3langid: a uniform 0.0 score, then normalised
        scores[featureless] = 1.0 / scores.shape[1]
        for first, dupe in self._aliases:
            scores[:, first] += scores[:, dupe]
            scores[:, dupe] = 0.0
        best = scores.argmax(axis=1)
        probability = scores[np.arange(len(best)), best].tolist()  # float32 to float, exactly as float() does
        return list(zip(map(self._classes.__getitem__, best.tolist()), probability, strict=True))

    def _counts(self, encoded: list[bytes]) -> sparse.csr_matrix:
        """Texts x (1 + features): how often each text's walk reached each feature's state, in column 1 + the
        feature (indices sorted per row); column 0 counts the states without one, and meets the padded table's row of
        zeros (an entry of 0.0 added first to a sum that starts at 0.0: every sum stays the same).

        A key is text << shift | 1 + feature: its row and column are a shift and a mask (a division by the stride and
        a filter of the featureless states cost as much as the sort)."""
        n = len(encoded)
        keys = self._walk(encoded, self._shift)
        keys.sort()  # by text, then by column
        change = np.empty(len(keys), dtype=bool)
        change[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=change[1:])
        first = np.flatnonzero(change)  # where each distinct (text, column) begins
        unique = keys[first]
        tally = np.empty(len(first), dtype=np.float32)  # how often each: np.diff(append=) cost 4 times as much
        np.subtract(first[1:], first[:-1], out=tally[:-1], casting="unsafe")
        tally[-1:] = len(keys) - first[-1:]
        column = (unique & ((1 << self._shift) - 1)).astype(np.int32)
        rows = unique >> self._shift
        indptr = np.searchsorted(rows, np.arange(n + 1, dtype=rows.dtype))
        return sparse.csr_matrix((tally, column, indptr), shape=(n, self._padded.shape[0]))

    @staticmethod
    def _featureless(counts: sparse.csr_matrix) -> np.ndarray:
        """The rows without an entry past column 0 (texts whose walk met no feature)."""
        entries = np.diff(counts.indptr)
        some = entries > 0
        only_none = np.zeros(len(entries), dtype=bool)  # a row's first entry in column 0: its featureless states
        only_none[some] = counts.indices[counts.indptr[:-1][some]] == 0
        return entries - only_none == 0

    def _walk(self, encoded: list[bytes], shift: int) -> np.ndarray:
        """Every state every text's walk reached, as text << shift | 1 + the feature it puts out (text << shift
        when none), 32 bits when that fits.

        Each step is four numpy calls writing in place (`out=`): the keys of states without a feature are dropped
        after the sort, once, not by a filter at every step (which made the walk twice as long)."""
        wide = np.int32 if len(encoded) << shift <= 2**31 else np.int64  # the last key: (n << shift) - 1
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        order = np.argsort(-lengths, kind="stable")  # longest first: those still walking lead
        width = int(lengths[order[0]]) if len(encoded) else 0
        if not width:
            return np.zeros(0, dtype=wide)
        padded = b"".join(encoded[i].ljust(width, b"\0") for i in order)
        columns = np.frombuffer(padded, dtype=np.uint8).reshape(len(encoded), width).T.copy()  # position x text
        # at each position, the texts longer than it: the first `walking[position]` of them
        walking = (len(encoded) - np.searchsorted(lengths[order][::-1], np.arange(width), side="right")).tolist()
        base = order.astype(wide) << shift
        put_out = (self._output + 1).astype(wide)
        keys = np.empty(int(lengths.sum()), dtype=wide)
        state = np.zeros(len(encoded), dtype=np.int32)
        row = np.empty(len(encoded), dtype=self._rowbase.dtype)
        at = 0
        for position, k in enumerate(walking):
            now, moves, out = state[:k], row[:k], keys[at:at + k]
            np.take(self._rowbase, now, out=moves, mode="clip")  # every index is in range: no check needed
            np.add(moves, columns[position, :k], out=moves)
            np.take(self._nextmove, moves, out=now, mode="clip")
            np.take(put_out, now, out=out, mode="clip")
            np.add(out, base[:k], out=out)
            at += k
        return keys
