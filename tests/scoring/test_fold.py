"""Folding keeps every offset, and a long Latin-1 text folds in one byte translation as it did through lower()."""

from __future__ import annotations

import random

from auditor.scoring.fold import _LONG, _SLICE, _fold_units, fold


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


def _through_lower(text: str) -> str:
    """`fold` of a long text as it was before its Latin-1 parts were folded in bytes: str.lower(), then UTF-16."""
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return "".join(_fold_units(low[at:at + _SLICE]) for at in range(0, len(low), _SLICE))


def test_a_long_text_with_characters_beyond_latin1_folds_as_through_lower() -> None:
    rng = random.Random(3)
    latin1 = [chr(b) for b in range(256)]
    beyond = ["😀", "…", "’", "“", "Σ", "σ", "İ", "K", "ſ", "œ", "Œ", "ı", "\ud83d", "Ω", "Ж", "𐐀", "\u202f", "–", "Ÿ"]
    for trial in range(60):
        share = (0.001, 0.05, 0.9)[trial % 3]
        text = "".join(rng.choice(beyond) if rng.random() < share else rng.choice(latin1)
                       for _ in range(_LONG + rng.randint(0, 2000)))
        assert fold(text) == _through_lower(text)
        ascii_but_kelvin = "".join(rng.choice("Kab`? ") for _ in range(_LONG))  # lower-cases to ASCII: unfolded
        assert fold(ascii_but_kelvin) == _through_lower(ascii_but_kelvin)
