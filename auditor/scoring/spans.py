"""A text as typed spans: where its prose is, and where it is a URL, a domain, an e-mail address or a handle.

A word list read across everything matched "policy" inside the domain `eupolicy.social`, a slur inside someone
else's handle `@IfindRetards`, and a payment card number in the 19-digit id of an `x.com/…/status/…` link. Each rule
says which span types it reads (`Rule.reads`; by default prose and hashtags); a hit that touches a span of another
type is dropped. Spans are found once per post that has hits, and are offsets into the original text, so evidence and
highlighting keep their offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

#: the span types a rule may read; prose is whatever no other type claims
KINDS = ("prose", "hashtag", "handle", "url", "domain", "email")
DEFAULT_READS = ("prose", "hashtag")

# Order matters: a URL holds domains, handles (x.com/@me) and digits; a fediverse address (@me@host.social) looks
# like an e-mail address; a handle is an @ not preceded by a word character.
_TLDS = ("com|org|net|edu|gov|int|mil|info|biz|io|co|ca|uk|us|fr|de|nl|be|ch|eu|au|nz|ie|social|online|app|dev|me|"
         "tv|ly|gl|gg|xyz|site|blog|news|page|tech|ai|cloud|world|zone|club|quebec|ngo")
_SPANS = re.compile(
    r"(?P<url>(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>\"'\u00a0]+)"
    r"|(?P<fediverse>(?<![\w@])@[\w.-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
    r"|(?P<email>(?<![\w.+-])[\w.+-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
    r"|(?P<handle>(?<![\w@])@\w[\w.-]{0,63})"
    rf"|(?P<domain>(?<![\w@.-])(?:[a-z0-9-]{{1,63}}\.)+(?:{_TLDS})(?:/[^\s<>\"']*)?(?![\w-]))"
    r"|(?P<hashtag>(?<![\w&/#])#\w{1,140})",
    re.IGNORECASE,
)
_KIND = {"fediverse": "handle"}  # a fediverse address names an account, as a handle does
# every span holds one of these: a text with none is all prose, and the costlier scan above is not run on it.
# `[@#]|://|www\.|\.(?:TLDS)(?![\w-])` read case-insensitively, written so that each alternative opens with one
# character matched as it is: the regex engine then skips to the next '@', '#', ':', 'w', 'W' or '.' instead of trying
# every alternative at every character (0.16 -> 0.07 CPU s over 30,000 posts' texts)
_HINT = re.compile(rf"@|#|://|w(?i:ww\.)|W(?i:ww\.)|\.(?i:{_TLDS})(?![\w-])")


@dataclass(frozen=True)
class Spans:
    """The non-prose spans of one text, sorted: `starts`, `ends` and `kinds` in step."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[str, ...]

    def kinds_over(self, start: int, end: int) -> set[str]:
        """The span types that [start, end) touches ("prose" for any part outside every span)."""
        found: set[str] = set()
        i = max(0, bisect_right(self.starts, start) - 1)
        covered = start
        while i < len(self.starts) and self.starts[i] < end:
            if self.ends[i] > start:
                found.add(self.kinds[i])
                if self.starts[i] > covered:
                    found.add("prose")
                covered = max(covered, self.ends[i])
            i += 1
        if covered < end:
            found.add("prose")
        return found


def spans(text: str) -> Spans:
    """The URLs, domains, e-mail addresses, handles and hashtags of `text`, in order."""
    # why: every hint holds '@', '#', '.' or '://'; most posts' words are tested by `in` faster than by the regex
    if not ("." in text or "@" in text or "#" in text or "://" in text) or not _HINT.search(text):
        return _EMPTY
    starts, ends, kinds = [], [], []
    for match in _found(text):
        kind = match.lastgroup or "prose"
        end = match.end()
        if kind == "url":  # why: a sentence's full stop or closing bracket is not part of its link
            end -= len(match.group()) - len(match.group().rstrip(".,;:!?)]}'\""))
        starts.append(match.start())
        ends.append(end)
        kinds.append(_KIND.get(kind, kind))
    return Spans(tuple(starts), tuple(ends), tuple(kinds))


def _found(text: str) -> Iterator[re.Match[str]]:
    """`_SPANS.finditer(text)`, each match searched for from just before the next hint (`_HINT`).

    Scanned from the start, the pattern tried six alternatives (lookbehinds first) at every character: 20 µs a post.
    Every match holds a hint, and what a match holds before its first hint is letters, digits, '_', '.', '+' or '-'
    (a scheme, an address's name, a domain's labels): searched from the start of that run before the next hint, the
    search finds the very match a scan from the end of the last one finds."""
    done = 0
    while (hint := _HINT.search(text, done)) is not None:
        start = hint.start()
        while start > done and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = _SPANS.search(text, start)
        if match is None:
            return
        yield match
        done = match.end()


_EMPTY = Spans((), (), ())


def readable(kinds: set[str], reads: tuple[str, ...]) -> bool:
    """Whether a hit over spans of `kinds` may count for a rule that reads `reads`."""
    return kinds <= set(reads)
