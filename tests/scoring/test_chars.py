"""A text as arrays (auditor/scoring/chars.py): which characters are word characters, read for a whole text at once,
equals asking regex `\\w` of each character."""

from __future__ import annotations

import random
import re

import numpy as np

from auditor.scoring.chars import code_points, text_word_chars

#: ASCII, Latin-1 letters and signs, '?', and characters beyond Latin-1: letters, digits, emoji, a lone surrogate
PIECES = ("a", "Z", "_", "7", " ", "-", "?", "é", "ß", "ª", "²", "×", "\xa0", "\x00", "ш", "٣", "İ", "’", "\u2003",
          "😀", "𝐀", "\ud83d", "中", "\u0301")


def test_the_word_characters_of_a_text_are_those_regex_reads_one_by_one() -> None:
    rng = random.Random(8)
    word = re.compile(r"\w")
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        expected = np.array([word.fullmatch(c) is not None for c in text], dtype=bool)
        assert np.array_equal(text_word_chars(text, code_points(text)), expected), text
