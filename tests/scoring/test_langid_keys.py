"""The batch identifier's keys (text << shift | 1 + feature, the featureless states in a column of zeros) give the
very scores of the earlier keys (text * stride + 1 + feature, the featureless states filtered out)."""

from __future__ import annotations

import random

import numpy as np
from scipy import sparse

from auditor.scoring.language import _batch


def _slow_scores(batch, encoded: list[bytes]) -> np.ndarray:
    """The scores as `_chunk` made them before: a division by the stride and a filter."""
    n, features = len(encoded), batch._table.shape[0]
    stride = features + 1
    wide = np.int64
    lengths = np.array([len(e) for e in encoded], dtype=np.int64)
    keys = []
    for i, text in enumerate(encoded):  # py3langid's walk, one text at a time
        state = 0
        for byte in text:
            state = int(batch._nextmove[int(batch._rowbase[state]) + byte])
            keys.append(i * stride + int(batch._output[state]) + 1)
    keys = np.sort(np.array(keys, dtype=wide))
    unique, tally = np.unique(keys, return_counts=True)
    rows, column = unique // stride, unique % stride - 1
    met = column >= 0
    rows, column, tally = rows[met], column[met], tally[met].astype(np.float32)
    counts = sparse.csr_matrix((tally, column.astype(np.int32), np.searchsorted(rows, np.arange(n + 1))),
                               shape=(n, features))
    scores = np.asarray(counts.log1p() @ batch._table, dtype=np.float32) + batch._prior
    scores *= (1.0 / np.sqrt(np.maximum(lengths, 1).astype(np.float32)))[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    scores[np.asarray(counts.getnnz(axis=1)) == 0] = 1.0 / scores.shape[1]
    for first, dupe in batch._aliases:
        scores[:, first] += scores[:, dupe]
        scores[:, dupe] = 0.0
    return scores


def test_the_shifted_keys_score_as_the_divided_ones() -> None:
    batch = _batch()
    rng = random.Random(11)
    pieces = ("the", "and", "le", "des", "über", "ñ", "日本", "Привет", " ", "!", "1", "zzz", "q", "é", "\x00", "ſ",
              "qu'il", "xx", "—", "😀", "a")
    for _ in range(30):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.choice((0, 1, 2, 5, 20, 60))))
                 for _ in range(rng.randint(1, 40))]
        encoded = [batch.encode(t) for t in texts]
        if not any(encoded):
            continue
        slow = _slow_scores(batch, encoded)
        best = slow.argmax(axis=1)
        expected = list(zip([batch._classes[b] for b in best.tolist()], slow[np.arange(len(best)), best].tolist(),
                            strict=True))
        assert batch._chunk(encoded) == expected, texts


def test_keys_fit_32_bits_for_a_whole_chunk() -> None:
    from auditor.scoring.langid_batch import CHUNK

    batch = _batch()
    assert batch._walk([b"ab"] * CHUNK, batch._shift).dtype == np.int32
    assert batch._walk([b"ab"] * (CHUNK * 2), batch._shift).dtype == np.int64
