"""Pre-filters derived from a pattern's regex: cheap necessary conditions a post must meet before the regex runs.

Running 30 patterns over every post costs more than the rest of matching; most posts cannot match most of them,
and that can be told without the regex. From each pattern's parsed structure (`re._parser`) this derives:

- `least_counts`: how many digits, capitals, dots, colons, hyphens and @ every match consumes at least (a phone
  number: 10 digits), checked against each text's `class_counts`;
- `implied_needs`: literal text every match holds or looks ahead to ("stop" in a short-code pattern), looked for by
  the matcher's automaton in the same pass as the terms;
- a run of characters every match holds in a row (a letter, a digit, a letter in a postal code): `runs`.

Each is a necessary condition only: a text that fails one cannot match, and one that passes is matched by the
regex itself (`matcher.Matcher._scan_patterns` applies them). Derived once per pattern (`functools.cache`): a
`Matcher` is built for every `score()` call.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the regex structure the pre-filters are read from
import re._parser as sre_parse
from functools import cache

import numpy as np

#: character classes whose count in a text bounds which patterns can match it
CLASSES = ("digit", "upper", ".", ":", "-", "@")
MARK = len(CLASSES) + 1
#: a bytes.translate table: a latin-1 byte -> 1 + its class's place in CLASSES, MARK for '?', 0 for any other byte
_CLASS_CODES = bytes(1 + CLASSES.index("digit") if 48 <= b <= 57 else 1 + CLASSES.index("upper") if 65 <= b <= 90
                     else 1 + CLASSES.index(chr(b)) if chr(b) in CLASSES else MARK if b == 63 else 0
                     for b in range(256))


@cache  # why: a Matcher is built for every score() call; parsing its 30 patterns again cost more than a small batch
def least_counts(pattern: str, flags: int = 0) -> tuple[tuple[str, int], ...]:
    """Lower bounds on how many digits, capitals, dots, colons, hyphens and @ any match of `pattern` consumes."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # an unreadable pattern gets no pre-filter
        return ()
    folded = bool(parsed.state.flags & re.IGNORECASE)
    out = []
    for name in CLASSES:
        k = _least_of(name, parsed, folded)
        if k:
            out.append((name, k))
    return tuple(out)


def _least_of(name: str, items, folded: bool) -> int:
    total = 0
    for op, arg in items:
        if op is sre_c.LITERAL:
            total += _in_class(name, arg, arg, folded)
        elif op is sre_c.IN:
            total += 1 if arg and all(_member_in(name, o, a, folded) for o, a in arg) else 0
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            total += arg[0] * _least_of(name, arg[2], folded)
        elif op is sre_c.SUBPATTERN:
            _, add, remove, sub = arg
            inner = (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            total += _least_of(name, sub, inner)
        elif op is sre_c.ATOMIC_GROUP:
            total += _least_of(name, arg, folded)
        elif op is sre_c.BRANCH:
            total += min(_least_of(name, alt, folded) for alt in arg[1])
    return total


def _member_in(name: str, op, arg, folded: bool) -> bool:
    """True when every character this item of a [...] set matches is of class `name`."""
    if op is sre_c.CATEGORY:
        return name == "digit" and arg in (sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_UNI_DIGIT)
    if op is sre_c.LITERAL:
        return bool(_in_class(name, arg, arg, folded))
    if op is sre_c.RANGE:
        return bool(_in_class(name, arg[0], arg[1], folded))
    return False


def _in_class(name: str, low: int, high: int, folded: bool) -> int:
    """1 when every code point in low..high is of class `name` (capitals only count case-sensitively)."""
    if name == "digit":
        return int((low == high and bool(_DIGIT_CHAR.fullmatch(chr(low)))) or 48 <= low <= high <= 57)
    if name == "upper":
        return int(not folded and 65 <= low <= high <= 90)
    return int(low == high == ord(name))


_DIGIT_CHAR = re.compile(r"\d")


#: single characters rare enough in posts to be worth a pre-filter of their own (a space or a letter is not)
_RARE = frozenset("+@#$%&=_~^|*<>[]{}\\")
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


@cache
def implied_needs(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Folded strings of which every post holding a match of `pattern` holds one: the literal text every match
    consumes or looks ahead to ("stop", "txt" or "text" in `\\d{5}(?=.{0,40}(?:stop|txt|text))`); () when there is no
    such text, or only some too common to pre-filter on.

    Any printable ASCII character a pattern matches, even case-insensitively, folds to its lower case, save that a
    case-insensitive 's' also matches 'ſ' (U+017F), which does not fold: a text holding one always passes."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # an unreadable pattern gets no pre-filter
        return ()
    found = _required(parsed)
    # why: a short piece of a word ('st' of 'street') is in every other post and would only slow the automaton
    if not found or not all(len(n) > 2 or n in _RARE or (len(n) == 2 and not n.isalpha()) for n in found):
        return ()
    return tuple(sorted(found))


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` holds (the longest such set found), or None."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        char = _printable(op, arg)
        if char is not None:
            run.append(char)
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        inner = None
        if op is sre_c.SUBPATTERN:
            inner = _required(arg[3])
        elif op is sre_c.ATOMIC_GROUP:
            inner = _required(arg)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _required(arg[2])
        elif op is sre_c.ASSERT:  # a lookahead or lookbehind: what it reads lies in the post (matched alone)
            inner = _required(arg[1])
        elif op is sre_c.BRANCH:
            each = [_required(alternative) for alternative in arg[1]]
            inner = None if any(e is None for e in each) else frozenset().union(*each)
        if inner:
            found.append(inner)
    return max(found, key=lambda f: (min(map(len, f)), -len(f)), default=None)


def _printable(op, arg) -> str | None:
    """The folded character a literal item matches, when it is one printable ASCII character."""
    if op is sre_c.IN and len(arg) == 1:
        op, arg = arg[0]
    if op is sre_c.LITERAL and 32 <= arg < 127:
        return chr(arg).lower()
    return None


# what a joined batch of texts is checked against: each text's class counts, and which texts hold a run


def class_places(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Where a joined batch's characters of any class are (its separators are of none), and each one's class code
    (1 + its place in CLASSES, or MARK for a '?', which a character beyond Latin-1 is encoded as)."""
    codes = np.frombuffer(data.translate(_CLASS_CODES), dtype=np.uint8)
    where = np.flatnonzero(codes)
    return where, codes[where]


def class_counts(data: bytes, original: str, starts: np.ndarray,
                 places: tuple[np.ndarray, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """How many characters of each class (CLASSES) each text of a joined batch holds (`data`: its latin-1 bytes;
    `places`: its `class_places`, when made already).

    The few class characters are found once, for every class at once (one translate to class codes, one
    flatnonzero), and counted per text by where the texts start among them: a sum over every byte of the batch per
    class (np.add.reduceat) cost 0.06 s for each of six classes per 100,000 posts."""
    where, which = places if places is not None else class_places(data)
    bounds = np.append(starts, len(data))
    out = {name: np.diff(np.searchsorted(where[which == k + 1], bounds)) for k, name in enumerate(CLASSES)}
    if not original.isascii():
        # digits beyond [0-9] (Arabic-Indic, full-width...) are outside latin-1: they were encoded as '?'
        marks = where[which == MARK]
        if len(marks):
            chars = [original[i] for i in marks.tolist()]
            if any(_DIGIT_CHAR.fullmatch(c) for c in set(chars)):
                more = np.fromiter((bool(_DIGIT_CHAR.fullmatch(c)) for c in chars), dtype=bool, count=len(chars))
                np.add.at(out["digit"], np.searchsorted(starts, marks[more], side="right") - 1, 1)
    return out
