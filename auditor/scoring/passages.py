"""Long texts read passage by passage: a paragraph, or a few sentences of a long one.

A 25,000-character essay scored as one bag of words read "won", "offer" and "free", met once each pages apart, as a
prize scam. A post longer than `LONG` characters is cut into passages; a rule's terms, required companions, minimum
number of terms and raising or lowering words must then sit in one passage, and a flag cites the passage it is
about. Shorter posts are one passage, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

LONG = 400  # characters: a post this long (a LinkedIn article, a blog post) is read passage by passage
PASSAGE = 600  # characters: a paragraph longer than this is cut after the sentence that passes it
_PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]»]*\s+(?=[\"'(«\[]?[A-ZÀ-Ý0-9])")


@lru_cache(maxsize=256)
def starts(text: str) -> tuple[int, ...]:
    """Where each passage of `text` starts (one passage, (0,), for a short text)."""
    if len(text) <= LONG:
        return (0,)
    out = [0]
    for paragraph_start, paragraph_end in _paragraphs(text):
        if paragraph_start > out[-1]:
            out.append(paragraph_start)
        last = paragraph_start
        for match in _SENTENCE_END.finditer(text, paragraph_start, paragraph_end):
            if match.end() - last >= PASSAGE:
                out.append(match.end())
                last = match.end()
    return tuple(out)


def index(text: str, position: int) -> int:
    """Which passage of `text` holds `position`."""
    return bisect_right(starts(text), position) - 1


def span(text: str, number: int) -> tuple[int, int]:
    """(start, end) of passage `number` of `text`, blank lines trimmed."""
    bounds = starts(text)
    start, end = bounds[number], bounds[number + 1] if number + 1 < len(bounds) else len(text)
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for match in _PARAGRAPH.finditer(text):
        out.append((at, match.start()))
        at = match.end()
    out.append((at, len(text)))
    return out
