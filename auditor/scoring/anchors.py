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
    # the longest first: "deserve to die" is cited whole, not as "die"
    alternatives = [_term(t) for t in sorted(set(terms), key=lambda t: (-len(t), t))] + list(table.get("patterns", []))
    return Anchor(re.compile("|".join(f"(?:{a})" for a in alternatives)), table["about"], table["about_fr"])


def _term(term: str) -> str:
    """A folded term as a regular expression: whole words, 'word*' any ending, spaces or hyphens between words."""
    body = r"[\s-]+".join(re.escape(word) for word in term.rstrip("*").split())
    ending = r"\w*" if term.endswith("*") else ""
    return rf"(?<!\w){body}{ending}(?!\w)"


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
