"""What a model's flag of its own points at: the words of a post's prose that name what its reading is about.

A head's reading is one probability for a whole post; alone, it would flag a post with nothing to show the person.
On real histories far from the tweets the heads learnt from, most such readings were wrong (a game's bug "killed",
a WordPress test page, a list of numbers read as spam). So a head flags a post on its own only where the post's
prose names what its reading is about (`models/anchors.toml`: a group for a hateful reading, an insult or words of
violence for an offensive one, political words, words of selling or a sum of money), and those words are the flag's
evidence. `find(category, text)` gives them: each place where the text, folded as the rules fold it (same offsets),
holds one of the category's words or patterns outside a link, a handle, an e-mail address or a domain.

`Gate` tells, for a whole chunk of posts at once, which may hold a category's words (never missing one where `find`
gives evidence): the models read only those, and the posts with a rule's hit.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # what a pattern's matches must hold is read from its parsed structure
import re._parser as sre_parse
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick_rs
import numpy as np

from auditor.scoring.fold import fold, fold_term
from auditor.scoring.joined import Folded, Joined, match_table
from auditor.scoring.prefilter import least_counts
from auditor.scoring.spans import DEFAULT_READS, spans
from auditor.scoring.validate import lexicon

MAX_EVIDENCE = 6  # places cited at most (each distinct word once)
_LEXICON = "lexicon:"


@dataclass(frozen=True)
class Anchor:
    """A head category's words and patterns (one regular expression over folded text), and what they are."""

    regex: re.Pattern[str]
    about: str
    about_fr: str
    terms: frozenset[str] = frozenset()  # folded, as `regex` reads them
    patterns: tuple[str, ...] = ()


@cache
def anchors() -> dict[str, Anchor]:
    """Each head category's anchor, read from `models/anchors.toml`."""
    text = resources.files("auditor.scoring.models").joinpath("anchors.toml").read_text(encoding="utf-8")
    return {category: _anchor(category, table) for category, table in tomllib.loads(text).items()}


def _anchor(category: str, table: dict) -> Anchor:
    terms: list[str] = []
    for item in table.get("terms", []):
        if item.startswith(_LEXICON):
            found = lexicon(item[len(_LEXICON):])
            if found is None:
                raise ValueError(f"models/anchors.toml [{category}]: no lexicon {item!r} under auditor/rules/lexicons")
            terms += found
        else:
            terms.append(fold_term(item))
    words = rf"(?<!\w)(?:{_trie(set(terms))})(?!\w)"
    patterns = tuple(table.get("patterns", []))
    alternatives = [words, *patterns]
    return Anchor(re.compile("|".join(f"(?:{a})" for a in alternatives)), table["about"], table["about_fr"],
                  frozenset(terms), patterns)


_SPACE, _ENDING = "\x01", "\x02"  # a term's units besides its letters: between two words, and 'word*'


def _trie(terms: set[str]) -> str:
    """Folded terms as one regular expression shaped as a tree of their common beginnings: whole words, 'word*' any
    ending, spaces or hyphens between words; a longer term wins over its beginning ("death to" over "death"). An
    alternation of the hundreds of terms themselves was tried term by term at every character: 100 times slower."""
    root: dict = {}
    for term in terms:
        node = root
        for unit in _units(term):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _branches(root)


def _units(term: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(term.rstrip("*").split()):
        out += ([_SPACE] if i else []) + list(word)
    return out + ([_ENDING] if term.endswith("*") else [])


def _branches(node: dict) -> str:
    unit = {_SPACE: r"[\s-]+", _ENDING: r"\w*"}
    branches = [unit.get(u) or re.escape(u) for u in sorted(node) if u]
    branches = [b + _branches(node[u]) for b, u in zip(branches, sorted(u for u in node if u), strict=True)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:  # no term ends here
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def find(category: str, text: object) -> list[dict]:
    """The evidence a model's own flag of `category` cites in `text`: [] when its prose names nothing of the kind."""
    anchor = anchors().get(category)
    if anchor is None or not isinstance(text, str) or not text:
        return []
    out: list[dict] = []
    seen: set[str] = set()
    places = None
    for match in anchor.regex.finditer(fold(text)):
        start, end = match.span()
        places = places or spans(text)
        if not places.kinds_over(start, end) <= set(DEFAULT_READS):
            continue
        word = match.group()
        if word not in seen:
            seen.add(word)
            out.append({"field": "text", "start": start, "end": end, "text": text[start:end]})
            if len(out) == MAX_EVIDENCE:
                break
    return out


class Gate:
    """Which texts of a batch may hold a category's anchor, told for the whole batch at once, so that a model reads
    only the posts where its reading can count (`semantic.read`, `statistical.candidates`): asking `find` of every
    post, category by category, cost nearly what not reading them saved.

    One automaton pass over the batch's folded text, in which every run of spaces and hyphens reads as one space
    (as a term's words may be apart), finds each term (its words one space apart; 'word*' any ending) where a word
    boundary it needs is not plainly missing (an ASCII letter, digit or '_' beside it), and literal text every match
    of a pattern holds (`_needs`): a pattern is then matched itself, in those texts only. `anchored` is thus True
    wherever the category's expression matches the folded text (so wherever `find` gives evidence), and rarely
    elsewhere (a term beside a letter beyond ASCII, or hyphenated where it is spaced)."""

    def __init__(self, texts: Sequence[object], folded: Folded | None = None) -> None:
        """`folded`: the batch's strings joined and folded already (by the matcher), to be read instead of folding
        them again; dropped once read."""
        self.texts, self._folded = texts, folded
        self._found: np.ndarray | None = None  # texts x sources (`_Keys.sources`): a key of it is in the text
        self._patterns: dict[int, np.ndarray] = {}  # source -> per text: 1 it matches, 0 not, -1 not asked yet

    def anchored(self, category: str, among: np.ndarray | None = None) -> np.ndarray:
        """One bool per text: whether it may hold `category`'s anchor (asked only `among` these, when given: a bool
        per text; False elsewhere)."""
        n = len(self.texts)
        keys = _keys()
        wanted = np.ones(n, dtype=bool) if among is None else np.asarray(among, dtype=bool)
        out = np.zeros(n, dtype=bool)
        if category not in keys.names or n == 0 or not wanted.any():
            return out
        if self._found is None:
            folded, self._folded = self._folded, None
            self._found = _found(self.texts, folded)
        for source, (name, pattern) in enumerate(keys.sources):
            if name != category:
                continue
            rows = self._found[:, source] & wanted & ~out
            if pattern is None:  # the terms: the automaton's answer
                out |= rows
                continue
            known = self._patterns.setdefault(source, np.full(n, -1, dtype=np.int8))
            for i in np.flatnonzero(rows & (known < 0)).tolist():
                known[i] = pattern.search(fold(self.texts[i])) is not None
            out |= rows & (known > 0)
        return out


#: a UTF-8 byte -> whether a character it begins may be a digit (regex \d): an ASCII digit, or the first byte of a
#: character from U+0640 on (the first digit beyond ASCII is U+0660)
_DIGIT_BYTE = bytes(48 <= b <= 57 or b >= 0xD9 for b in range(256))  # a bytes.translate table: 1 or 0
#: a UTF-8 byte -> whether it is plainly a word character (ASCII letter, digit, '_'): a boundary is missing there
_WORD_BYTE = np.array([chr(b).isalnum() or b == 95 if b < 128 else False for b in range(256)], dtype=bool)
#: ASCII whitespace and '-' -> a space (a term's words are apart by any run of them: `[\s-]+`)
_SPACES = bytes(32 if chr(b).isspace() or b == 45 else b for b in range(256))
_SPACE_RUNS = re.compile(b"  +")
_UNICODE_SPACES = 0x3001  # no character from here on is whitespace (a test checks every one)
_ASCII = bytes(range(128))


@dataclass(frozen=True)
class _Keys:
    """The automaton of every category's keys; `sources`: (category, None) for a category's terms, (category, the
    compiled pattern) for each of its patterns; for each key: its sources (bits), and whether the character before
    it and the one after it must not be a word character."""

    automaton: ahocorasick_rs.BytesAhoCorasick | None
    names: tuple[str, ...]
    sources: tuple[tuple[str, re.Pattern[str] | None], ...]
    bits: np.ndarray
    left: np.ndarray
    right: np.ndarray
    everywhere: np.ndarray  # sources every text may hold (no key: a term or pattern of no literal text)
    digits: tuple[bool, ...]  # sources whose every match holds a digit
    spaces: tuple[bytes, ...]  # whitespace beyond ASCII, in UTF-8: read as a space


@cache
def _keys() -> _Keys:
    found: dict[bytes, list] = {}  # key -> [sources, left, right]
    sources: list[tuple[str, re.Pattern[str] | None]] = []
    everywhere: list[bool] = []
    digits: list[bool] = []

    def add(key: str, source: int, left: bool, right: bool) -> None:
        squeezed = _squeeze(key.encode("utf-8", "surrogatepass"))
        # a space at an end of the key stands for what may be beside a word: no boundary to ask there
        left, right = left and not squeezed.startswith(b" "), right and not squeezed.endswith(b" ")
        squeezed = squeezed.strip(b" ")
        if not squeezed:
            everywhere[source] = True
            return
        entry = found.setdefault(squeezed, [0, True, True])
        entry[0] |= 1 << source
        entry[1], entry[2] = entry[1] and left, entry[2] and right  # the loosest of its uses

    for name, anchor in anchors().items():
        sources.append((name, None))
        everywhere.append(False)
        digits.append(False)
        for term in anchor.terms:
            add(" ".join(term.rstrip("*").split()), len(sources) - 1, True, not term.endswith("*"))
        for pattern in anchor.patterns:
            sources.append((name, re.compile(pattern)))
            everywhere.append(False)
            digits.append(dict(least_counts(pattern)).get("digit", 0) > 0)
            for need, bounded in _needs(pattern) or [("", False)]:
                add(need, len(sources) - 1, bounded, False)
    if len(sources) > 63:
        raise ValueError("models/anchors.toml: more than 63 tables and patterns")
    keys = list(found)
    automaton = ahocorasick_rs.BytesAhoCorasick(keys, implementation=ahocorasick_rs.Implementation.DFA) \
        if keys else None
    spaces = tuple(chr(c).encode("utf-8") for c in range(128, _UNICODE_SPACES) if chr(c).isspace())
    return _Keys(automaton, tuple(anchors()), tuple(sources), np.array([found[k][0] for k in keys], dtype=np.int64),
                 np.array([found[k][1] for k in keys], dtype=bool), np.array([found[k][2] for k in keys], dtype=bool),
                 np.array(everywhere, dtype=bool), tuple(digits), spaces)


def _squeeze(data: bytes, spaces: Sequence[bytes] = ()) -> bytes:
    """UTF-8 text with every run of whitespace and hyphens one space."""
    if spaces:
        # looked for among the bytes beyond ASCII first: each search of the whole text cost 0.3 s per 100,000 posts
        beyond = data.translate(None, _ASCII)
        for space in spaces:
            if space in beyond and space in data:
                data = data.replace(space, b" ")
    # every run of spaces at once: replacing pairs until none is left read a chunk's text once per halving, and
    # bytes.replace is slow on a pattern that so many bytes begin (0.09 -> 0.055 CPU s per 100,000 posts)
    return _SPACE_RUNS.sub(b" ", data.translate(_SPACES))


def _found(texts: Sequence[object], folded: Folded | None = None) -> np.ndarray:
    """Texts x sources: whether the text holds one of the source's keys where its boundaries allow (a superset of
    the texts the source matches). `folded`: the texts' strings, or some of them (the others hold nothing but the
    empty string), joined and folded."""
    keys = _keys()
    n = len(texts)
    out = np.zeros((n, len(keys.sources)), dtype=bool)
    out[:, keys.everywhere] = True
    if keys.automaton is None:
        return out
    if folded is None:
        strings = [t if isinstance(t, str) else "" for t in texts]
        # a text holding the separator: a space there finds the same keys
        folded = Joined.of(strings, range(n)).as_folded()
    data, rows_of = folded.utf8, np.asarray(folded.rows, dtype=np.int64)
    del folded  # its bytes, once squeezed, are no longer needed
    data = _squeeze(data, () if data.isascii() else keys.spaces)
    table = match_table(keys.automaton.find_matches_as_indexes(data, overlapping=True))
    if not len(table):
        return out
    key, start, end = table[:, 0], table[:, 1], table[:, 2]
    raw = np.frombuffer(data, dtype=np.uint8)
    before = np.where(start > 0, raw[np.maximum(start - 1, 0)], 0)
    after = np.where(end < len(raw), raw[np.minimum(end, len(raw) - 1)], 0)
    fits = ~(keys.left[key] & _WORD_BYTE[before]) & ~(keys.right[key] & _WORD_BYTE[after])
    key, start = key[fits], start[fits]
    separators = np.flatnonzero(raw == 0)
    rows = rows_of[np.searchsorted(separators, start)]  # separators before the key: its text
    for source in range(len(keys.sources)):
        out[rows[(keys.bits[key] >> source) & 1 == 1], source] = True
    digits = np.array(keys.digits, dtype=bool)
    if out[:, digits].any():  # a pattern whose every match holds a digit: only in a text holding one
        holding = np.zeros(n, dtype=bool)
        digit = np.frombuffer(data.translate(_DIGIT_BYTE), dtype=bool)
        holding[rows_of[np.searchsorted(separators, np.flatnonzero(digit))]] = True
        out[:, digits] &= holding[:, None]
    return out


@cache
def _needs(pattern: str) -> frozenset[tuple[str, bool]] | None:
    r"""Strings one of which every match of `pattern` (read over folded text) holds, each with whether no word
    character is right before it (the pattern's `(?<!\w)` says so), or None when none is known."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _required(parsed, False)


def _required(items, bounded: bool) -> frozenset[tuple[str, bool]] | None:
    """(string, bounded) one of which every match of the sequence `items` holds (the set whose shortest string is
    longest), or None; `bounded`: no word character is right before the sequence."""
    found: list[frozenset[tuple[str, bool]]] = []
    run: list[str] = []
    run_bounded = False
    for op, arg in [*items, (None, None)]:
        chars = _chars(op, arg)
        if chars is not None and len(chars) == 1:
            if not run:
                run_bounded = bounded
            run.append(next(iter(chars)))
            bounded = False
            continue
        if run:
            found.append(frozenset({("".join(run), run_bounded)}))
            run = []
        inner = None if chars is None else frozenset((c, bounded) for c in chars)
        if op is sre_c.SUBPATTERN:
            inner = None if arg[1] & re.IGNORECASE else _required(arg[3], bounded)
        elif op is sre_c.ATOMIC_GROUP:
            inner = _required(arg, bounded)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2], bounded)
        elif op is sre_c.ASSERT:  # a lookahead or lookbehind: what it reads lies in the text
            inner = _required(arg[1], False)
        elif op is sre_c.BRANCH:
            each = [_required(alternative, bounded) for alternative in arg[1]]
            inner = None if any(e is None for e in each) else frozenset().union(*each)
        if inner:
            found.append(inner)
        # what follows a lookbehind that no word character may match has none right before it; anything else
        # that consumes nothing keeps what was before it
        bounded = _not_after_word(op, arg) or (bounded and op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT))
    return max(found, key=lambda f: (min(len(n) for n, _ in f), -len(f)), default=None)


def _not_after_word(op, arg) -> bool:
    r"""Whether the item is a lookbehind `(?<![...])` whose set holds every word character (`\w`)."""
    if op is not sre_c.ASSERT_NOT or arg[0] != -1 or len(arg[1]) != 1:
        return False
    inner_op, inner = arg[1][0]
    return inner_op is sre_c.IN and (sre_c.CATEGORY, sre_c.CATEGORY_WORD) in inner and \
        not any(o is sre_c.NEGATE for o, _ in inner)


def _chars(op, arg) -> frozenset[str] | None:
    """The characters one item matches, when it is a literal or a set of literals (no range, class or negation)."""
    if op is sre_c.LITERAL:
        return frozenset({chr(arg)})
    if op is sre_c.IN and arg and all(o is sre_c.LITERAL for o, _ in arg):
        return frozenset(chr(a) for _, a in arg)
    return None
