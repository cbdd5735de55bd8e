"""Pre-filters derived from a pattern: counts for a joined batch equal counting each text alone, and a pattern's
implied needs are the literal text every match holds."""

from __future__ import annotations

import random
import re

import pytest

from auditor.scoring.joined import join
from auditor.scoring.prefilter import CLASSES, class_counts, implied_needs

PIECES = ("a", "B", "Z", "7", "٣", "０", ".", ":", "-", "@", "?", " ", "é", "😀", "\n", "")


@pytest.mark.parametrize("last", ["", "x9"])
def testclass_counts_of_a_batch_are_each_texts_own(last: str) -> None:
    rng = random.Random(4)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(200)] + [last]
    joined, starts = join(texts)
    data = joined.encode("latin-1", "replace")
    alone = {"digit": lambda t: len(re.findall(r"\d", t)), "upper": lambda t: sum("A" <= c <= "Z" for c in t)}
    counts = class_counts(data, joined, starts)
    assert set(counts) == set(CLASSES)
    for name in CLASSES:
        count = alone.get(name, lambda t, n=name: t.count(n))
        assert counts[name].tolist() == [count(t) for t in texts]


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?i)\b\d{5}\b(?=[^\n]{0,40}\b(?:stop|txt|text)\b)", ("stop", "text", "txt")),  # a lookahead's words too
    (r"(?<!\w)(?:\+|00)[1-9]\d{2}", ("+", "00")),
    (r"(?:ab)?CDEF\d", ("cdef",)),  # folded; an optional part is not needed
    (r"(?:hello|hi)+ there", (" there",)),  # the longer of two certain texts
    (r"\d{3}-\d{4}", ()),  # a hyphen is in too many posts
    (r"st\w+|road", ()),  # 'st' is part of too many words
    (r"\d+(?!stop)", ()),  # what a negative lookahead names need not be there
    (r"(?:stop)?\d{5}", ()),
])
def test_implied_needs_are_the_literal_text_every_match_holds(pattern: str, needs: tuple[str, ...]) -> None:
    assert implied_needs(pattern) == needs
