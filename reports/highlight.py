"""Post text made safe to show: escaped, evidence spans in <mark>, hidden control characters made visible."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from markupsafe import Markup, escape

# Bidi embeddings/overrides/isolates and marks, C0 (but tab and newlines) and C1 controls: each could reorder or
# hide what a reader sees, so each is replaced by a visible token instead of being passed to the browser.
MAX_EXCERPTS = 20  # evidence passages shown past the limit of a very long text
CONTEXT = 120  # characters shown on each side of such a passage
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str, label: str = "{code}") -> Markup:
    """Escaped text in which every control or bidi-override character shows as a visible `[U+XXXX]` token."""
    if not _HIDDEN.search(text):  # nearly every text
        return escape(text)
    parts: list[str] = []
    pos = 0
    for match in _HIDDEN.finditer(text):
        code = f"U+{ord(match.group()):04X}"
        parts.append(escape(text[pos:match.start()]))
        parts.append(Markup('<span class="ctl" title="{}">[{}]</span>').format(label.replace("{code}", code), code))
        pos = match.end()
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


def has_hidden(text: str) -> bool:
    """Whether the text carries a control or bidi-override character."""
    return bool(_HIDDEN.search(text))


def span_of(text: str, evidence: Mapping) -> tuple[int, int] | None:
    """The (start, end) of one evidence entry in `text`, checked against its quoted text; None if it is not there."""
    quoted = str(evidence.get("text") or "")
    try:
        start, end = int(evidence.get("start")), int(evidence.get("end"))
    except (TypeError, ValueError):
        start = end = -1
    if 0 <= start < end <= len(text) and (not quoted or text[start:end].casefold() == quoted.casefold()):
        return start, end
    # offsets that disagree with the quoted text (another normalisation upstream): find the words themselves
    if quoted and len(text.lower()) == len(text):
        found = text.lower().find(quoted.lower())
        if found >= 0:
            return found, found + len(quoted)
    return None


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order, so marks never nest."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: Iterable[tuple[int, int]], label: str = "{code}") -> Markup:
    """The text escaped, with each span wrapped in <mark> and hidden characters made visible."""
    # joined as strings: every piece is already Markup (Markup.format and Markup.join, the same markup, cost a page
    # of 5,000 posts ~0.2 s)
    parts: list[str] = []
    pos = 0
    for start, end in merge(spans):
        parts.append(neutralise(text[pos:start], label))
        parts.append(f"<mark>{neutralise(text[start:end], label)}</mark>")
        pos = end
    parts.append(neutralise(text[pos:], label))
    return Markup("".join(parts))


def clipped(text: str, spans: Iterable[tuple[int, int]], limit: int, label: str = "{code}",
            more: str = "… ({n})") -> Markup:
    """`highlight` for a text of any length: past `limit` characters only the marked passages are shown.

    A single post can be megabytes (a pasted log, a hostile export): inline, it would make the page unusable. The
    start is shown, then each later piece of evidence with some context, then how much was left out.
    """
    if len(text) <= limit:
        return highlight(text, spans, label)
    pieces = [(0, limit)]
    for start, end in [span for span in merge(spans) if span[1] > limit][:MAX_EXCERPTS]:
        first, last = max(start - CONTEXT, 0), min(end + CONTEXT, len(text))
        if first <= pieces[-1][1]:  # touches the piece before: one longer piece, no gap
            pieces[-1] = (pieces[-1][0], max(last, pieces[-1][1]))
        else:
            pieces.append((first, last))
    parts = [highlight(text[a:b], [(max(s, a) - a, min(e, b) - a) for s, e in spans if s < b and e > a], label)
             for a, b in pieces]
    hidden = len(text) - sum(b - a for a, b in pieces)
    shown = Markup('<span class="more"> … </span>').join(parts)
    if not hidden:
        return shown
    return shown + Markup('<span class="more">{}</span>').format(more.replace("{n}", f"{hidden:,}"))


