"""What a model's flag of its own points at (auditor/scoring/anchors.py): the words a post's prose names, found as
the rules find words (folded, whole words, 'word*'), never inside a link, a handle or an address."""

from __future__ import annotations

import random
import re

import pytest

from auditor.scoring import anchors
from auditor.scoring.model import CATEGORIES
from auditor.scoring.validate import lexicon


def words(category: str, text: str) -> list[str]:
    return [e["text"] for e in anchors.find(category, text)]


def test_every_anchor_loads_for_a_category_with_a_sentence_in_both_languages() -> None:
    loaded = anchors.anchors()
    assert set(loaded) == {"respect", "profanity", "policy", "private_gain"} and set(loaded) <= set(CATEGORIES)
    assert all(a.about and a.about_fr and a.about != a.about_fr for a in loaded.values())


@pytest.mark.parametrize(("category", "text", "found"), [
    ("respect", "Les IMMIGRÉS du bloc d'en face", ["IMMIGRÉS"]),  # folded as the rules fold: case and accents
    ("respect", "see @women_in_tech and https://example.org/women", []),  # a handle, a link: someone else's words
    ("respect", "#RefugeesWelcome", ["RefugeesWelcome"]),  # a hashtag is prose
    ("profanity", "they deserve to die, death to them", ["deserve to die", "death to"]),  # the longest term
    ("profanity", "Killed a bug that had been bugging me", []),  # violence names a person
    ("policy", "a left-wing press and the far  right", ["left-wing", "far  right"]),  # hyphen or spaces
    ("policy", "racistes", ["racistes"]),
    ("private_gain", "Call now 0800 123 456, only 10p per min, or $20 off", ["Call now", "10p per min", "$20"]),
    ("private_gain", "free pasture for the goats", []),  # an everyday word sells only in its phrases
])
def test_find_cites_the_words_in_the_prose(category: str, text: str, found: list[str]) -> None:
    assert words(category, text) == found
    for e in anchors.find(category, text):
        assert text[e["start"]:e["end"]] == e["text"] and e["field"] == "text"


def test_each_word_is_cited_once_and_at_most_six() -> None:
    assert words("respect", "women, women and women") == ["women"]
    assert len(anchors.find("respect", " ".join(["women", "immigrants", "refugees", "muslims", "jews", "arabs",
                                                 "gays", "lesbians"]))) == anchors.MAX_EVIDENCE


def _naive(terms: set[str]) -> re.Pattern[str]:
    """The terms one by one, longest first: what the tree-shaped expression must match."""
    def one(term: str) -> str:
        body = r"[\s-]+".join(re.escape(w) for w in term.rstrip("*").split())
        return body + (r"\w*" if term.endswith("*") else "")
    return re.compile(r"(?<!\w)(?:" + "|".join(one(t) for t in sorted(terms, key=lambda t: (-len(t), t))) + r")(?!\w)")


@pytest.mark.parametrize("name", ["groups", "insults", "violence", "politics", "camps", "commerce"])
def test_the_tree_shaped_expression_matches_what_the_terms_one_by_one_match(name: str) -> None:
    terms = set(lexicon(name) or ())
    tree, naive = re.compile(rf"(?<!\w)(?:{anchors._trie(terms)})(?!\w)"), _naive(terms)
    rng = random.Random(name)
    pieces = [t.rstrip("*") for t in terms] + [t.rstrip("*") + "s" for t in terms] + [
        "the", "a", "and", "-", "  ", "x", "ing", "'", "#", "left", "wing", "kill", "de"]
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        text = text.replace(" - ", rng.choice(["-", " - ", " "]))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in naive.finditer(text)], text
