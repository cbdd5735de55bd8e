"""Folding keeps every offset, and a long Latin-1 text folds in one byte translation as it did through lower()."""

from __future__ import annotations

import random

from auditor.scoring.fold import _LONG, _fold_units, fold


def test_a_long_latin1_text_folds_as_its_lower_case_through_the_lookup() -> None:
    rng = random.Random(2)
    latin1 = [chr(b) for b in range(256)]
    for _ in range(50):
        text = "".join(rng.choice(latin1) for _ in range(_LONG + rng.randint(0, 2000)))
        assert fold(text) == _fold_units(text.lower())
        assert len(fold(text)) == len(text)


def test_folding_strips_accents_and_case_and_keeps_offsets() -> None:
    text = "Élection À Montréal — l’ÉTÉ " * 200 + "İstanbul 😀"  # long, and beyond Latin-1
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("election a montreal - l'ete ")
