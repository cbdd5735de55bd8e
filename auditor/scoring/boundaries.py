"""Whether a term found in a joined, folded batch sits on word boundaries: every hit of the batch checked at once.

A term must start and end on word boundaries (no Scunthorpe), or, inside a #hashtag or @handle, on a word change
(#VoteLiberal). The automaton finds ~140,000 places per 100,000 posts, most of them inside longer words ("tory" in
"history"); walking the text around each in Python cost more than finding them. Here the characters around every hit
are read from one array of the batch's code points, word characters (regex `\\w`: `str.isalnum()` or '_') from one
table; only hits that may sit in a hashtag (a '#' or '@' opens the run of word characters they start in) are read
one by one, with the rules below. The result equals `fits` applied to each hit alone, which a test checks.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from auditor.scoring.chars import code_points, is_word, text_word_chars, word_chars

_HASH, _AT = ord("#"), ord("@")
_NEAR = 32  # characters read one step at a time around a position before its run's edge is looked up instead


class Batch:
    """A joined, folded batch of texts (and its original), read as arrays."""

    def __init__(self, folded: str, original: str) -> None:
        self.folded, self.original = folded, original
        self.codes = code_points(folded)
        self._words: np.ndarray | None = None
        self._breaks: np.ndarray | None = None

    @property
    def words(self) -> np.ndarray:
        """Whether each position holds a word character."""
        if self._words is None:
            self._words = text_word_chars(self.folded, self.codes)
        return self._words

    def word_at(self, positions: np.ndarray) -> np.ndarray:
        """Whether each of `positions` (all inside the text) holds a word character."""
        return self.words[positions] if self._words is not None else word_chars(self.codes[positions])

    def run_start(self, positions: np.ndarray) -> np.ndarray:
        """Where the run of word characters holding each position (a word character) begins."""
        return self._near_edge(positions, -1, self._run_start)

    def run_end(self, positions: np.ndarray) -> np.ndarray:
        """Where the run of word characters holding each position (a word character) ends."""
        return self._near_edge(positions, 1, self._run_end)

    def _near_edge(self, positions: np.ndarray, step: int, far: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """Each position moved by `step` while the next character that way is a word character: read a character
        at a time around the few positions asked of, since words are short (finding every break of the batch
        cost 0.4 s per million posts); a position still moving after _NEAR steps sits in a long run, whose edge
        `far` finds from those breaks."""
        edge = np.array(positions, dtype=np.int64)
        moving = np.arange(len(edge))
        for _ in range(_NEAR):
            if not len(moving):
                return edge
            probe = edge[moving] - 1 if step < 0 else edge[moving]
            inside = (probe >= 0) & (probe < len(self.codes))
            word = np.zeros(len(moving), dtype=bool)
            word[inside] = self.word_at(probe[inside])
            moving = moving[word]
            edge[moving] += step
        edge[moving] = far(edge[moving])
        return edge

    def _run_start(self, positions: np.ndarray) -> np.ndarray:
        breaks = self._nonword()
        before = np.searchsorted(breaks, positions) - 1
        return np.where(before >= 0, breaks[np.maximum(before, 0)] + 1 if len(breaks) else 0, 0)

    def _run_end(self, positions: np.ndarray) -> np.ndarray:
        breaks = self._nonword()
        after = np.searchsorted(breaks, positions)
        found = after < len(breaks)
        return np.where(found, breaks[np.minimum(after, len(breaks) - 1)] if len(breaks) else 0, len(self.folded))

    def _nonword(self) -> np.ndarray:
        if self._breaks is None:
            self._breaks = np.flatnonzero(~self.words)
        return self._breaks


def fit_all(batch: Batch, start: np.ndarray, stop: np.ndarray, prefix: np.ndarray,
            compact: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For hits [start, stop) of a batch: which fit (`fits`), and where each ends (a prefix term: its word's end)."""
    size = len(batch.folded)
    if not len(start):
        return np.zeros(0, dtype=bool), stop
    after = stop < size
    left = (start == 0) | ~batch.word_at(np.maximum(start - 1, 0)) | np.isin(batch.codes[start], (_HASH, _AT))
    right = prefix | ~after | ~batch.word_at(np.minimum(stop, size - 1)) | ~batch.word_at(stop - 1)
    ok = left & right & ~compact
    maybe = np.flatnonzero(~ok)
    if len(maybe):  # only a hashtag or a handle can still hold these: its '#' or '@' opens their run
        s = start[maybe]
        inside = (s > 0) & batch.word_at(np.maximum(s - 1, 0))
        first = np.where(inside, batch.run_start(np.maximum(s - 1, 0)), s)
        opened = (first > 0) & np.isin(batch.codes[np.maximum(first - 1, 0)], (_HASH, _AT))
        runs = Runs(batch.folded, batch.original)
        for k in maybe[opened].tolist():
            ok[k] = fits_hashtag(batch.folded, int(start[k]), int(stop[k]), bool(prefix[k]), runs)
    longer = np.flatnonzero(ok & prefix & after)
    if len(longer):  # a prefix term ('liberal*') ends where its word ends
        stop = stop.copy()
        inside = batch.word_at(stop[longer])
        stop[longer[inside]] = batch.run_end(stop[longer[inside]])
    return ok, stop


def fits(folded: str, start: int, end: int, prefix: bool, compact: bool, runs: Runs) -> bool:
    """Word boundaries on both ends (no Scunthorpe), or word boundaries inside a hashtag."""
    left = start == 0 or not is_word(folded[start - 1]) or folded[start] in "@#"
    right = prefix or end >= len(folded) or not is_word(folded[end]) or not is_word(folded[end - 1])
    if left and right and not compact:
        return True
    return fits_hashtag(folded, start, end, prefix, runs)


class Runs:
    """Runs of word characters, each found once: hits arrive in order, so a long run (200,000 letters without a
    space) is walked once, not once per hit inside it (which was quadratic). The two latest runs are kept: a term's
    two ends may sit in two runs ("liberal party" inside "#voteliberal party")."""

    def __init__(self, folded: str, original: str) -> None:
        self.folded, self.original = folded, original
        self._recent: list[tuple[int, int]] = []
        self._cases: dict[tuple[int, int], bool] = {}

    def around(self, i: int) -> tuple[int, int]:
        """(first, last) of the run of word characters holding position i."""
        for run in self._recent:
            if run[0] <= i < run[1]:
                return run
        text, first, last = self.folded, i, i + 1
        while first > 0 and is_word(text[first - 1]):
            first -= 1
        while last < len(text) and is_word(text[last]):
            last += 1
        self._recent = [(first, last), *self._recent[:1]]
        return first, last

    def word_start(self, start: int) -> int:
        """Where the word a term starting at `start` sits in begins (`start` when nothing word-like precedes it)."""
        return self.around(start - 1)[0] if start > 0 and is_word(self.folded[start - 1]) else start

    def word_end(self, end: int) -> int:
        """Where the word a term ending at `end` sits in ends (`end` when nothing word-like follows it)."""
        return self.around(end)[1] if end < len(self.folded) and is_word(self.folded[end]) else end

    def flat(self, first: int, last: int) -> bool:
        """Whether original[first:last] has no case changes to go by (#ashevilleprotest, #NASA, #Asheville)."""
        if (first, last) not in self._cases:
            tag = self.original[first:last]
            self._cases[first, last] = tag.islower() or tag.isupper() or tag[1:].islower()
        return self._cases[first, last]


def fits_hashtag(folded: str, start: int, end: int, prefix: bool, runs: Runs) -> bool:
    """Inside #CamelCase (or a @CamelCase handle) a term must start and end on a word change; in #lowercase it
    must touch an end (a prefix term's end is the tag's)."""
    first = runs.word_start(start)
    if first == 0 or folded[first - 1] not in "#@":
        return False
    last = runs.word_end(end)
    if runs.flat(first, last):  # #Ashevilleprotest has no word changes to go by
        return (start == first and (end == last or prefix)) or (end - start >= 5 and (start == first or end == last
                                                                                     or prefix))
    original = runs.original
    left = start == first or _camel_break(original, start)
    return left and (prefix or end == last or _camel_break(original, end))


def _camel_break(text: str, i: int) -> bool:
    """True when a word of a CamelCase or ACRONYMWord hashtag starts at position i."""
    a, b = text[i - 1], text[i]
    if a.isdigit() != b.isdigit() or (a.islower() and b.isupper()):
        return True
    if a.isupper() and b.isupper():
        return i + 1 < len(text) and text[i + 1].islower()
    return a.isupper() and b.islower() and i >= 2 and text[i - 2].isupper()
