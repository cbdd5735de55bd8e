"""Pre-filters derived from a pattern's regex: cheap necessary conditions a post must meet before the regex runs.

Running 30 patterns over every post costs more than the rest of matching; most posts cannot match most of them,
and that can be told without the regex. From each pattern's parsed structure (`re._parser`) this derives:

- `least_counts`: how many digits, capitals, dots, colons, hyphens and @ every match consumes at least (a phone
  number: 10 digits), checked against each text's `class_counts`;
- `implied_needs`: literal text every match holds or looks ahead to ("stop" in a short-code pattern), looked for by
  the matcher's automaton in the same pass as the terms;
- `side_by_side`: a run of characters every match holds in a row, one of them a digit (a letter, a digit, a letter
  in a postal code), looked for from the batch's digits by `holding_run`.

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


#: characters side by side in every match: for each, a table of the Latin-1 bytes it may be (1) or not (0); and which
#: of them is a digit, where the run is looked for (from the batch's digits, found once for the pre-filter counts)
Run = tuple[tuple[bytes, ...], int]
_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
               sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}


@cache
def side_by_side(pattern: str, flags: int = 0) -> Run | None:
    """The longest run of single characters every match of `pattern` consumes side by side, when it is two or more
    long and one of them is a digit: `(?<![\\w-])[A-Za-z]\\d[A-Za-z] ?\\d...` holds a letter, a digit and a
    letter in a row; `\\d{2,3}p` two digits and a 'p'. Read from the pattern's top level: a fixed number of one
    character counts that many times, a repeat of at least m of one character holds m of them on each side."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # an unreadable pattern gets no pre-filter
        return None
    flags = parsed.state.flags & ~(re.VERBOSE | re.MULTILINE)
    runs: list[list[bytes]] = [[]]
    for op, arg in parsed:
        one = _one_character(op, arg, flags)
        if one is not None:
            runs[-1].append(one)
        elif op in _REPEATS and arg[0] >= 1 and len(arg[2]) == 1 and (one := _one_character(*arg[2][0], flags)):
            runs[-1] += [one] * min(arg[0], 8)
            if arg[1] != arg[0] or arg[0] > 8:  # what comes after sits beside its last m (8), not its first
                runs.append([one] * min(arg[0], 8))
        else:
            runs.append([])
    runs = [r for r in runs if len(r) > 1 and any(_digits_only(t) for t in r)]
    if not runs:
        return None
    best = max(runs, key=len)
    return tuple(best), next(k for k, table in enumerate(best) if _digits_only(table))


def _digits_only(table: bytes) -> bool:
    """Whether a character's table allows nothing but digits (and the '?' every table allows)."""
    return all(b in b"0123456789?" for b, allowed in enumerate(table) if allowed)


def _one_character(op, arg, flags: int) -> bytes | None:
    """For an item that consumes exactly one character, which Latin-1 bytes it matches (as the pattern's own regex
    engine says, case folding included), and '?' always: a character beyond Latin-1 is encoded as one. Never NUL:
    in a joined batch it only parts two posts, and no match reaches across."""
    source = _source(op, arg)
    if source is None:
        return None
    try:
        item = re.compile(source, flags)
    except re.error:
        return None
    table = bytearray(item.fullmatch(chr(b)) is not None for b in range(256))
    table[ord("?")], table[0] = 1, 0
    return bytes(table)


def _source(op, arg) -> str | None:
    """A regex of one single-character item of a parsed pattern (a literal, a class, '.'), or None."""
    if op is sre_c.LITERAL:
        return _escaped(arg)
    if op is sre_c.NOT_LITERAL:
        return f"[^{_escaped(arg)}]"
    if op is sre_c.ANY:
        return "."
    if op is not sre_c.IN:
        return None
    parts = []
    for kind, value in arg:
        if kind is sre_c.NEGATE:
            parts.append("^")
        elif kind is sre_c.LITERAL:
            parts.append(_escaped(value))
        elif kind is sre_c.RANGE:
            parts.append(f"{_escaped(value[0])}-{_escaped(value[1])}")
        elif kind is sre_c.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return f"[{''.join(parts)}]"


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


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


def holding_run(data: bytes, starts: np.ndarray, tables: tuple[bytes, ...], first: np.ndarray) -> np.ndarray:
    """Which texts of a joined batch (`data`: one byte per character) hold the run of `tables` starting at one of
    `first` (where its rarest character may be, less that character's place in the run)."""
    codes = np.frombuffer(data, dtype=np.uint8)
    first = first[(first >= 0) & (first + len(tables) <= len(codes))]
    for k, table in enumerate(tables):
        first = first[np.frombuffer(table, dtype=np.uint8)[codes[first + k]] == 1]
    mask = np.zeros(len(starts), dtype=bool)
    mask[np.searchsorted(starts, first, side="right") - 1] = True
    return mask
