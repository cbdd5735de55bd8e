"""A pattern pre-filter: a run of characters every match of a regex holds side by side, and which texts hold it.

`side_by_side` reads the run from the pattern's parsed structure (`re._parser`): a postal code's letter, digit and
letter; an IP address's digit, dot and digit (each of its numbers ends and begins with a digit, however many it
has); an e-mail address's word character, '@' and word character (a handle, '@' after a space, has none). The run
holds one character of a class rare in posts (`ANCHORS`), looked for from the batch's characters of that class, which
the matcher finds once for its counts (`prefilter.class_places`); `holding_run` then tells which texts hold the run.
A necessary condition only: a text that holds it is matched by the regex itself. On the sample histories (x16,
98,704 posts) the IP pattern then reads 2,032 texts, not 7,552, and the e-mail pattern 1,424, not 38,432.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the regex structure the run is read from
import re._parser as sre_parse
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

#: the classes (of `prefilter.CLASSES`) a run may be looked for from, the rarest in posts first
ANCHORS = ("@", ":", "digit", "-", ".", "upper")
#: characters side by side in every match: for each, a table of the Latin-1 bytes it may be (1) or not (0); which of
#: them the run is looked for from, and that character's class (ANCHORS)
Run = tuple[tuple[bytes, ...], int, str]
_CLASS_BYTES = {"@": b"@", ":": b":", "digit": b"0123456789", "-": b"-", ".": b".",
                "upper": bytes(range(65, 91))}
_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
               sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT)  # consume nothing: what is on each side stays side by side
_LONGEST = 8  # characters of a repeat taken into a run


@dataclass(frozen=True)
class _Shape:
    """What every match of a piece of a pattern holds: `exact`, the tables of its every character when it has a
    fixed length (else None); the tables it begins and ends with, and the runs it holds inside; with `empty`, it may
    match nothing, and what it begins and ends with is that of its matches of one character or more."""

    exact: tuple[bytes, ...] | None
    prefix: tuple[bytes, ...] = ()
    suffix: tuple[bytes, ...] = ()
    runs: tuple[tuple[bytes, ...], ...] = ()
    empty: bool = False


_UNKNOWN = _Shape(None, empty=True)


@cache
def side_by_side(pattern: str, flags: int = 0) -> Run | None:
    """A run of two or more single characters every match of `pattern` consumes side by side, one of them of a
    class in ANCHORS (the rarest class first, then the longest run), or None."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # an unreadable pattern gets no pre-filter
        return None
    shape = _sequence(parsed, parsed.state.flags & ~(re.VERBOSE | re.MULTILINE))
    runs = [shape.exact] if shape.exact is not None else shape.runs
    found = [(rank, len(run), run, at) for run in runs if len(run) > 1
             for at, rank in [_anchor(run)] if at >= 0]
    if not found:
        return None
    rank, _, run, at = min(found, key=lambda f: (f[0], -f[1]))
    return tuple(run), at, ANCHORS[rank]


def _anchor(run: tuple[bytes, ...]) -> tuple[int, int]:
    """(where, rank) of the run's character of the rarest class in ANCHORS, or (-1, -1)."""
    best = (-1, len(ANCHORS))
    for at, table in enumerate(run):
        allowed = {b for b, yes in enumerate(table) if yes and b != ord("?")}
        for rank, name in enumerate(ANCHORS[:best[1]]):
            if allowed and allowed <= set(_CLASS_BYTES[name]):
                best = (at, rank)
                break
    return best if best[0] >= 0 else (-1, -1)


def _sequence(items, flags: int) -> _Shape:
    """The shape of a sequence of parsed items."""
    shapes = [_item(op, arg, flags) for op, arg in items if op not in _ZERO_WIDTH]
    runs: list[tuple[bytes, ...]] = []
    current: tuple[bytes, ...] = ()
    prefix: tuple[bytes, ...] | None = None  # set at the first item of no fixed length
    for shape in shapes:
        if shape.exact is not None:
            current += shape.exact
            continue
        if shape.empty:  # what is before it and what is after it may be side by side, or not
            runs.append(current)
            prefix, current = (current if prefix is None else prefix), ()
            continue
        if prefix is None:
            prefix = current + shape.prefix
        runs += [current + shape.prefix, *shape.runs]
        current = shape.suffix
    if prefix is None:
        return _Shape(current, current, current, (current,))
    empty = all(s.empty or s.exact == () for s in shapes)
    return _Shape(None, prefix or _edge(shapes, False), current or _edge(shapes, True), (*runs, current), empty)


def _edge(shapes: list[_Shape], end: bool) -> tuple[bytes, ...]:
    """The first (`end`: last) character of every match of one character or more of a sequence whose first (last)
    items may match nothing: any of theirs, or of the first (last) item that matches something."""
    tables = []
    for shape in reversed(shapes) if end else shapes:
        if shape.exact == ():
            continue
        edge = shape.exact if shape.exact is not None else shape.suffix if end else shape.prefix
        if not edge:
            return ()
        tables.append(edge[-1:] if end else edge[:1])
        if not shape.empty:
            break
    return _union(tables)


def _item(op, arg, flags: int) -> _Shape:
    """The shape of one parsed item."""
    one = _one_character(op, arg, flags)
    if one is not None:
        return _Shape((one,), (one,), (one,), ((one,),))
    if op is sre_c.SUBPATTERN:
        _, add, remove, inner = arg
        return _sequence(inner, (flags | add) & ~remove)
    if op is sre_c.ATOMIC_GROUP:
        return _sequence(arg, flags)
    if op in _REPEATS:
        return _repeat(arg[0], arg[1], _sequence(arg[2], flags))
    if op is sre_c.BRANCH:
        return _branch([_sequence(alternative, flags) for alternative in arg[1]])
    return _UNKNOWN


def _repeat(least: int, most: int, shape: _Shape) -> _Shape:
    """The shape of `least` to `most` repeats of a piece of shape `shape`."""
    if shape.exact == ():
        return _Shape(())
    if least < 1:  # nothing, or what one repeat begins and ends with
        ends = shape.exact if shape.exact is not None else None
        return _Shape(None, (ends or shape.prefix)[:1], (ends or shape.suffix)[-1:], empty=True)
    if shape.exact is not None:
        whole = shape.exact * least
        if least == most and len(whole) <= _LONGEST:
            return _Shape(whole, whole, whole, (whole,))
        return _Shape(None, whole[:_LONGEST], whole[-_LONGEST:], (whole[:_LONGEST],))
    # where one repeat ends and the next begins (when no repeat may be empty)
    between = (shape.suffix + shape.prefix,) if least > 1 and not shape.empty else ()
    return _Shape(None, shape.prefix, shape.suffix, () if shape.empty else (*shape.runs, *between), shape.empty)


def _branch(shapes: list[_Shape]) -> _Shape:
    """The shape of alternatives: each place they all begin (or end) with may be any of theirs."""
    if all(s.exact is not None for s in shapes) and len({len(s.exact) for s in shapes}) == 1:
        exact = _union([s.exact for s in shapes])
        return _Shape(exact, exact, exact, (exact,))
    some = [s for s in shapes if s.exact != ()]  # an empty alternative begins and ends with nothing
    starts = [s.prefix if s.exact is None else s.exact for s in some]
    ends = [s.suffix if s.exact is None else s.exact for s in some]
    size, end_size = min(map(len, starts)), min(map(len, ends))
    return _Shape(None, _union([s[:size] for s in starts]),
                  _union([e[len(e) - end_size:] for e in ends]) if end_size else (),
                  empty=len(some) < len(shapes) or any(s.empty for s in some))


def _union(runs: list[tuple[bytes, ...]]) -> tuple[bytes, ...]:
    """Place by place, the bytes any of the runs (of one length) allows there."""
    return tuple(_either(tables) for tables in zip(*runs, strict=True))


def _either(tables: tuple[bytes, ...]) -> bytes:
    """The bytes either table allows: their tables of 0 and 1 or-ed as one integer each (no bit carries over)."""
    allowed = 0
    for table in tables:
        allowed |= int.from_bytes(table, "big")
    return allowed.to_bytes(len(tables[0]), "big")


def _one_character(op, arg, flags: int) -> bytes | None:
    """For an item that consumes exactly one character, which Latin-1 bytes it matches (as the pattern's own regex
    engine says, case folding included), and '?' always: a character beyond Latin-1 is encoded as one. Never NUL:
    in a joined batch it only parts two posts, and no match reaches across."""
    source = _source(op, arg)
    return None if source is None else _table(source, flags)


# the rules' patterns repeat a few dozen classes (\d, [A-Za-z], \s…): each made once, not with 256 matches each time
@lru_cache(maxsize=1024)
def _table(source: str, flags: int) -> bytes | None:
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
