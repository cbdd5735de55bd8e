"""Names written in Title Case inside a sentence: a film, a book, a band, an organisation.

"the mother-in-law in Crazy Rich Asians" names a film; its words are not the writer's judgement of a group. A
rule that needs a term *and* a companion word (a group and a derogatory word) does not count the pair when both lie
inside one such name. A name here is three or more capitalised words in a row that follow a lower-case word, in a
text that is not itself written in Title Case (where every word is capitalised, capitals say nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_JOINERS = frozenset({"of", "the", "and", "de", "la", "le", "les", "du", "des", "et", "a", "in", "on", "for"})
TITLE_CASE_SHARE = 0.8  # a text with at least this share of capitalised words is written in Title Case
MIN_WORDS = 3  # "Crazy Rich Asians"; two capitalised words may be emphasis ("Dirty Jews"), not a name


@lru_cache(maxsize=256)
def name_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each Title Case name inside a sentence of `text`; none when the text is in Title Case."""
    if text.islower():  # why: no capital at all, so no capitalised word (most posts that need a companion word)
        return ()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    capitalised = [w[2][0].isupper() for w in words]
    if not words or sum(capitalised) >= TITLE_CASE_SHARE * len(words):
        return ()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not (capitalised[i] and i > 0 and _lower_before(text, words, i)):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and _continues(text, words, j, capitalised):
            j += 1
        while j > i and not capitalised[j]:  # a name does not end on a joining word
            j -= 1
        if j - i + 1 >= MIN_WORDS:
            runs.append((words[i][0], words[j][1]))
        i = j + 1
    return tuple(runs)


def same_name(text: str, first: int, second: int) -> bool:
    """Whether the characters at `first` and `second` lie inside one Title Case name of `text`."""
    return any(start <= first < end and start <= second < end for start, end in name_runs(text))


def _lower_before(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """The word before `i` is lower case and nothing but spaces separates them (mid-sentence, not after a stop)."""
    before = words[i - 1]
    return before[2][0].islower() and text[before[1]:words[i][0]].strip() == ""


def _continues(text: str, words: list[tuple[int, int, str]], j: int, capitalised: list[bool]) -> bool:
    """Word j + 1 carries the name on: one space after word j, capitalised or a joining word ('of', 'de')."""
    if text[words[j][1]:words[j + 1][0]] != " ":
        return False
    return capitalised[j + 1] or words[j + 1][2] in _JOINERS
