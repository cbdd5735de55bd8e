"""The matcher's pre-filter counts for a joined batch equal counting each text alone."""

from __future__ import annotations

import random
import re

import pytest

from auditor.scoring.matcher import _CLASSES, _class_counts, _joined

PIECES = ("a", "B", "Z", "7", "٣", "０", ".", ":", "-", "@", "?", " ", "é", "😀", "\n", "")


@pytest.mark.parametrize("last", ["", "x9"])
def test_class_counts_of_a_batch_are_each_texts_own(last: str) -> None:
    rng = random.Random(4)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(200)] + [last]
    joined, starts = _joined(texts)
    data = joined.encode("latin-1", "replace")
    alone = {"digit": lambda t: len(re.findall(r"\d", t)), "upper": lambda t: sum("A" <= c <= "Z" for c in t)}
    counts = _class_counts(data, joined, starts)
    assert set(counts) == set(_CLASSES)
    for name in _CLASSES:
        count = alone.get(name, lambda t, n=name: t.count(n))
        assert counts[name].tolist() == [count(t) for t in texts]
