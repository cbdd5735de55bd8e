"""The run of characters side by side that every match of a pattern holds (auditor/scoring/runs.py): every text a
pattern matches holds it, for the shipped patterns and for the shapes of regex its reading must get right."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from auditor.scoring.joined import join
from auditor.scoring.rules import load_rules
from auditor.scoring.runs import holding_run, side_by_side

#: shapes: alternatives of one or several lengths, optional and repeated pieces, lookarounds, groups with flags
SHAPES = [r"(?:ab|cd)\d", r"x?\d\.\d?y", r"(?:1?\d?\d\.){3}\d", r"(?:a|)\d@", r"\d(?=x)x", r"(?:\d[ -]?){3,5}\d",
          r"[A-Z](?i:b)\d", r"(?:(?:a|bc)d){2}\d", r"(?:\d|)@x", r"(\d)\1@", r"(?:@|::)\d", r"(?>\d+)\.\d",
          r"\d*?@\w+?", r"(?:a?b?)+\d:", r"(?:ab|a)(?:c|)\d", r"\d{2,}(?:@|\.)+x", r"(?<=a)\d(?!c)b\d",
          r"\b\d{1,3}p\b(?:/|\s?per\b)", r"[^\W\d]\d[^\W\d]", r"(?i)x\d",
          r"(?:\d?\d?){2,}x", r"(a)\d\1@"]
SHIPPED = sorted({p.regex.pattern for r in load_rules(packs=("uk", "au", "us")).rules for p in r.patterns})
#: what the texts are made of: pieces of matches, and what may break them
PIECES = ("a", "b", "c", "d", "x", "y", "p", "1", "2", "9", "0", ".", "@", ":", " ", "-", "/", "B", "A", "é",
          "😀", "?", "\n", "٣", "ſ", "K", "192.168.0.1", "a@b.co", "1.2.3.4", "12p per", "ab1", "cd9", "x1.2y",
          "1@x", "::7", "99.x", "ad", "bcd", "adbcd", "a1b", "x1", "b1:", "1b", "11@x", "11..x", "a1b2", "a1a@",
          "613-555-0143", "4111 1111 1111 1111", "123 Main Street", "K1A 0B1", " St")


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10))) for _ in range(3000)]


@pytest.mark.parametrize("pattern", SHAPES + SHIPPED)
def test_every_text_a_pattern_matches_holds_its_run(pattern: str) -> None:
    run = side_by_side(pattern)
    if run is None:
        return
    tables, anchor, _ = run
    texts = _texts(len(pattern))
    joined, starts = join(texts)
    data = joined.encode("latin-1", "replace")
    codes = np.frombuffer(data, dtype=np.uint8)
    at = np.flatnonzero(np.frombuffer(tables[anchor], dtype=np.uint8)[codes] == 1)
    held = holding_run(data, starts, tables, at - anchor)
    matched = [re.search(pattern, t) is not None for t in texts]
    assert [t for t, m, h in zip(texts, matched, held, strict=True) if m and not h] == []
    assert sum(matched) >= 10 or pattern in SHIPPED, pattern  # a shape the texts test


@pytest.mark.parametrize(("pattern", "run", "anchor"), [
    (r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])", [r"\d", r"\.", r"\d"],
     "digit"),  # each number of an IP address ends and begins with a digit, however long it is
    (r"(?<![\w.+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[A-Za-z]{2,24}\b", [r"[\w.%+-]", "@", r"[\w-]"],
     "@"),  # an e-mail address: a handle ('@' after a space) holds no such run
    (r"(?<![\w-])[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d(?![\w-])", ["[A-Za-z]", r"\d", "[A-Za-z]"], "digit"),
    (r"(?:ab|a)(?:c|)\d", None, None),  # 'a' then an optional 'b' or 'c': nothing sure beside the digit
])
def test_the_run_read_from_a_pattern(pattern: str, run: list[str] | None, anchor: str | None) -> None:
    found = side_by_side(pattern)
    if run is None:
        assert found is None
        return
    expected = tuple(bytes(re.fullmatch(c, chr(b)) is not None or b == ord("?") for b in range(256)) for c in run)
    assert found is not None and found[0] == tuple(bytes([0]) + t[1:] for t in expected) and found[2] == anchor


def test_tables_are_joined_as_the_bytes_either_allows() -> None:
    from auditor.scoring.runs import _either

    rng = random.Random(7)
    for _ in range(500):
        tables = tuple(bytes(rng.random() < 0.3 for _ in range(256)) for _ in range(rng.randint(1, 4)))
        assert _either(tables) == bytes(max(column) for column in zip(*tables, strict=True))
