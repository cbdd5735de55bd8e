"""What a model's flag of its own points at (auditor/scoring/anchors.py): the words a post's prose names, found as
the rules find words (folded, whole words, 'word*'), never inside a link, a handle or an address."""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring import anchors
from auditor.scoring.fold import fold
from auditor.scoring.joined import Joined
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


# --- the gate: which posts a model reads (anchors.Gate), a superset of where `find` gives evidence ---------------

#: what may stand beside a term, or between its words: boundaries, accents, spaces of every kind, other people's words
_BESIDE = ["", " ", "x", "é", "_", "#", "@", ".", "-", "1", "’", "🙂", "«", "\u2003", "\n", "İ", "٣", "ß"]
_BETWEEN = [" ", "  ", "-", " - ", "\t", "\n", "\u2003", "\u00a0", "\u3000", "\x85", "--", "x", ""]
_MONEY = ["$20", "20 $", "£ 5", "€3,50", "20€", "5 dollars", "3 euros", "2 pounds", "10% off", "10 % off",
          "10p per min", "25 pence a msg", "1.50p/week", "call me on 0800 123 456", "RING 0800-123-456",
          "text STOP to 80082", "reply to ٠٨٠٠١٢٣٤", "send 12345678", "call now 0800", "weekend 5", "spring 12345",
          "txt 12 3456", "$٢٠", "٣ euros"]


def _variant(term: str, rng: random.Random) -> str:
    words = term.rstrip("*").split()
    text = "".join(w + rng.choice(_BETWEEN) for w in words[:-1]) + words[-1] if words else ""
    if term.endswith("*"):
        text += rng.choice(["", "s", "ing", "é", "_x", "-"])
    text = "".join(c.upper() if rng.random() < 0.2 else c for c in text)
    accents = {"e": "é", "a": "à", "o": "ô", "i": "ï", "c": "ç", "u": "ü"}
    text = "".join(accents.get(c, c) if rng.random() < 0.1 else c for c in text)
    before, after = rng.choice(_BESIDE), rng.choice(_BESIDE)
    shape = rng.random()
    if shape < 0.1:
        return f"see @{text.replace(' ', '_')} now"
    if shape < 0.2:
        return f"https://example.org/{text.replace(' ', '-')}?q=1"
    if shape < 0.25:
        return f"{text.replace(' ', '.')}@example.org"
    return f"{before}{text}{after}"


def _texts(seed: int, count: int = 3000) -> list[object]:
    rng = random.Random(seed)
    terms = sorted({t for a in anchors.anchors().values() for t in a.terms})
    out: list[object] = []
    for _ in range(count):
        parts = [_variant(rng.choice(terms), rng) if rng.random() < 0.6 else rng.choice(_MONEY)
                 for _ in range(rng.randint(1, 3))]
        out.append(rng.choice(["", " ", " and ", "\x00", "x"]).join(parts))
    return [*out, None, "", "\x00women\x00", float("nan")]


def _misses(texts: list[object]) -> list[tuple[str, object]]:
    """(category, text) wherever the category's expression matches the folded text (so wherever `find` may give
    evidence) but the gate, asked for the whole batch, says the text holds nothing of the kind."""
    gate = anchors.Gate(texts)
    out = []
    for category, anchor in anchors.anchors().items():
        anchored = gate.anchored(category)
        for i, text in enumerate(texts):
            matched = isinstance(text, str) and anchor.regex.search(fold(text)) is not None
            assert matched or not anchors.find(category, text)
            if matched and not anchored[i]:
                out.append((category, text))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_gate_misses_no_post_whose_prose_may_name_an_anchor(seed: int) -> None:
    texts = _texts(seed)
    assert not _misses(texts)
    # and it says the same of a text asked alone, or only among some
    gate, among = anchors.Gate(texts), np.arange(len(texts)) % 3 == 0
    for category in anchors.anchors():
        alone = np.array([anchors.Gate([t]).anchored(category)[0] for t in texts[:300]])
        assert (alone == gate.anchored(category)[:300]).all()
        assert (anchors.Gate(texts).anchored(category, among) == gate.anchored(category) & among).all()


@pytest.mark.parametrize("seed", [5, 6])
def test_the_gate_reads_the_matchers_folded_text_as_it_would_fold_its_own(seed: int) -> None:
    texts = [*_texts(seed), "ΣWOMEN Σ\u2003kill\u2029them", "Σ"]
    present = [i for i, t in enumerate(texts) if isinstance(t, str) and t]  # as the engine's matcher reads them
    folded = Joined.of([texts[i] for i in present], present).as_folded()
    assert len(present) < len(texts) and "\x00" in "".join(texts[i] for i in present)
    assert (anchors._found(texts, folded) == anchors._found(texts)).all()
    gate = anchors.Gate(texts, folded)
    assert all((gate.anchored(c) == anchors.Gate(texts).anchored(c)).all() for c in anchors.anchors())


def _squeezed(data: bytes) -> bytes:
    """`anchors._squeeze` as it was first written: each space beyond ASCII replaced, then runs squeezed."""
    for space in anchors._keys().spaces:
        data = data.replace(space, b" ")
    data = data.translate(anchors._SPACES)
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    return data


def test_squeezing_finds_every_space_beyond_ascii() -> None:
    rng = random.Random(7)
    spaces = [s.decode() for s in anchors._keys().spaces]
    pieces = [*spaces, "é", "à", "\u2019", "🙂", "Σ", "a", " ", "-", "\u00e2\u0080", "\u3001", "\u2030"]
    for _ in range(300):
        data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))).encode("utf-8", "surrogatepass")
        assert anchors._squeeze(data, anchors._keys().spaces) == _squeezed(data), data


def test_the_gate_lets_through_few_posts_that_name_nothing() -> None:
    texts = _texts(4)
    gate = anchors.Gate(texts)
    for category, anchor in anchors.anchors().items():
        matched = np.array([isinstance(t, str) and anchor.regex.search(fold(t)) is not None for t in texts])
        assert gate.anchored(category).sum() <= matched.sum() * 1.1 + 5


def test_no_character_past_the_last_the_gate_reads_as_a_space_is_whitespace() -> None:
    assert not [c for c in range(anchors._UNICODE_SPACES, sys.maxunicode + 1) if chr(c).isspace()]
    assert all(re.fullmatch(r"\s", chr(c)) for c in range(anchors._UNICODE_SPACES) if chr(c).isspace())
    assert not [c for c in range(anchors._UNICODE_SPACES) if re.fullmatch(r"\s", chr(c)) and not chr(c).isspace()]
    assert min(c for c in range(128, sys.maxunicode + 1) if re.fullmatch(r"\d", chr(c))) >= 0x640  # _DIGIT_BYTE


def _non_ascii_word() -> np.ndarray:
    table = np.ones(256, dtype=bool)
    table[:128] = anchors._WORD_BYTE[:128]
    return table


@pytest.mark.parametrize("mutation", ["boundaries", "spaces", "squeeze", "digits", "non_ascii", "needs"])
def test_the_randomized_check_fails_when_the_gate_misses(mutation: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above sees a gate that misses: each of these broken gates misses some of the generated texts."""
    keys, made = anchors._keys(), anchors._keys
    if mutation == "boundaries":  # 'word*' and a pattern's literal text held to boundaries they do not have
        monkeypatch.setattr(anchors, "_keys", lambda: replace(keys, right=np.ones_like(keys.right),
                                                              left=np.ones_like(keys.left)))
    elif mutation == "spaces":  # whitespace beyond ASCII not read as a space
        monkeypatch.setattr(anchors, "_keys", lambda: replace(keys, spaces=()))
    elif mutation == "squeeze":  # a run of spaces or hyphens not read as one space
        monkeypatch.setattr(anchors, "_squeeze", lambda data, spaces=(): data)
    elif mutation == "digits":  # only ASCII digits taken for digits
        monkeypatch.setattr(anchors, "_DIGIT_BYTE", bytes(48 <= b <= 57 for b in range(256)))
    elif mutation == "non_ascii":  # a character beyond ASCII taken for a word character
        monkeypatch.setattr(anchors, "_WORD_BYTE", _non_ascii_word())
    elif mutation == "needs":  # a pattern's literal text read wrong
        anchors._keys.cache_clear()
        monkeypatch.setattr(anchors, "_needs", lambda pattern: frozenset({("zzz", False)}))
    try:
        assert _misses(_texts(1))
    finally:
        made.cache_clear()


def test_every_shipped_head_has_words_for_its_flags_of_its_own() -> None:
    import json
    from importlib import resources

    card = json.loads(resources.files("auditor.scoring.models").joinpath("model.json").read_text(encoding="utf-8"))
    assert {head["category"] for head in card["heads"]} <= set(anchors.anchors())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\n", "-", "a", "é", "\u00a0", "\u3000", "\x00", "x y"])
                | st.characters(), max_size=40).map(lambda chars: "".join(chars).encode("utf-8", "surrogatepass")))
def test_squeezing_makes_every_run_of_spaces_and_hyphens_one_space(data: bytes) -> None:
    assert anchors._squeeze(data, anchors._keys().spaces) == _squeezed(data)
    assert anchors._squeeze(data) == _squeezed(data) or not data.isascii()
