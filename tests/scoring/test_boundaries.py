"""Word boundaries checked for a whole batch at once give what checking each hit alone gives."""

from __future__ import annotations

import random

import numpy as np
import pytest

from auditor.scoring.boundaries import Batch, Runs, fit_all, fits
from auditor.scoring.chars import code_points, is_word, text_word_chars, word_chars
from auditor.scoring.fold import _fold_codes, _fold_units, fold

PIECES = ("#", "@", " ", "_", "-", ".", "\x00", "a", "b", "Vote", "LIBERAL", "liberal", "Party", "NASA", "2024",
          "é", "É", "ß", "😀", "𝐀", "日本", "x", "İ", "history", "tory")


def test_the_word_table_is_regex_word_characters() -> None:
    codes = np.array([0, 48, 65, 95, 97, 0xE9, 0x2028, 0x4E00, 0xFFFF, 0x1F600, 0x1D400, 0x10FFFF], dtype=np.uint32)
    assert word_chars(codes).tolist() == [is_word(chr(c)) for c in codes.tolist()]
    ascii_text = "".join(map(chr, range(128)))
    assert text_word_chars(ascii_text, code_points(ascii_text)).tolist() == [is_word(c) for c in ascii_text]


@pytest.mark.parametrize("seed", range(20))
def test_every_hit_of_a_batch_fits_as_it_fits_alone(seed: int) -> None:
    rng = random.Random(seed)
    original = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 400)))
    folded = fold(original)
    hits = [(rng.randrange(len(folded)), rng.randint(1, 9), rng.random() < 0.3, rng.random() < 0.2)
            for _ in range(300)]
    hits = [(s, min(len(folded), s + n), prefix, compact) for s, n, prefix, compact in hits]
    start, stop = np.array([h[0] for h in hits]), np.array([h[1] for h in hits])
    prefix, compact = np.array([h[2] for h in hits]), np.array([h[3] for h in hits])
    ok, ends = fit_all(Batch(folded, original), start, stop, prefix, compact)
    runs = Runs(folded, original)
    alone = [fits(folded, s, e, p, c, runs) for s, e, p, c in hits]
    assert ok.tolist() == alone
    assert [int(e) for e, k in zip(ends, ok, strict=True) if k] == [
        runs.word_end(e) if p else e for (_, e, p, _), k in zip(hits, alone, strict=True) if k]


def test_a_long_text_folds_the_same_through_code_units_as_through_code_points() -> None:
    rng = random.Random(5)
    pools = [(0x20, 0x7F), (0xC0, 0x250), (0x370, 0x3FF), (0x2000, 0x2100), (0xD800, 0xE000), (0x1F300, 0x1F700)]
    for surrogates in (True, False):  # lone surrogates, some side by side (then code points are read), or none
        text = "".join(chr(rng.randrange(*rng.choice(pools if surrogates else pools[:4] + pools[5:])))
                       for _ in range(20_000)) + "ΟΔΟΣ İstanbul"
        low = text.lower()
        assert _fold_units(low) == _fold_codes(low)
    latin1 = "".join(map(chr, range(256))) * 20  # a Latin-1 text: through bytes.translate
    assert _fold_units(latin1) == _fold_codes(latin1)


@pytest.mark.parametrize("seed", range(10))
def test_a_run_s_edges_read_near_a_position_are_those_its_breaks_give(seed: int) -> None:
    rng = random.Random(seed)
    # runs of every length, some far longer than the characters read one at a time around a position
    original = "".join(rng.choice(PIECES) * rng.choice((1, 1, 2, 8, 40)) for _ in range(rng.randint(1, 120)))
    batch = Batch(fold(original), original)
    positions = np.arange(len(batch.folded))
    starts = [0 if not batch.folded else max((i + 1 for i in range(p) if not is_word(batch.folded[i])), default=0)
              for p in positions.tolist()]
    ends = [next((i for i in range(p, len(batch.folded)) if not is_word(batch.folded[i])), len(batch.folded))
            for p in positions.tolist()]
    assert batch.run_start(positions).tolist() == starts
    assert batch.run_end(positions).tolist() == ends
