"""What a model's flag of its own points at: the words of a post's prose that name what its reading is about.

A head's reading is one probability for a whole post; alone, it would flag a post with nothing to show the person.
On real histories far from the tweets the heads learnt from, most such readings were wrong (a game's bug "killed",
a WordPress test page, a list of numbers read as spam). So a head flags a post on its own only where the post's
prose names what its reading is about (`models/anchors.toml`: a group for a hateful reading, an insult or words of
violence for an offensive one, political words, words of selling or a sum of money), and those words are the flag's
evidence. `find(category, text)` gives them: each place where the text, folded as the rules fold it (same offsets),
holds one of the category's words or patterns outside a link, a handle, an e-mail address or a domain.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from auditor.scoring.fold import fold, fold_term
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
    alternatives = [words, *table.get("patterns", [])]
    return Anchor(re.compile("|".join(f"(?:{a})" for a in alternatives)), table["about"], table["about_fr"])


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
