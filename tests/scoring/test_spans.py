"""Typed spans: each kind found where it is, and hits read only in the span types their rule reads."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring.spans import _TLDS, spans
from tests.scoring.helpers import rule_ids, scored


def _kinds(text: str) -> list[tuple[str, str]]:
    found = spans(text)
    return [(text[s:e], k) for s, e, k in zip(found.starts, found.ends, found.kinds, strict=True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("see https://x.com/me/status/1234567890123456789.", [("https://x.com/me/status/1234567890123456789", "url")]),
    ("visit www.example.org/a?b=1 now", [("www.example.org/a?b=1", "url")]),
    ("on eupolicy.social today", [("eupolicy.social", "domain")]),
    ("mail jane.doe@example.org", [("jane.doe@example.org", "email")]),
    ("cc @bert_hubert@mastodon.nl and @NOS", [("@bert_hubert@mastodon.nl", "handle"), ("@NOS", "handle")]),
    ("#VoteLiberal and #elxn43", [("#VoteLiberal", "hashtag"), ("#elxn43", "hashtag")]),
    ("a plain sentence, e.g. this one.", []),
])
def test_each_kind_is_found_where_it_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def test_kinds_over_a_range_says_prose_for_what_no_span_claims() -> None:
    text = "liberal party #VoteLiberal https://liberal.ca"
    found = spans(text)
    assert found.kinds_over(0, 7) == {"prose"}
    assert found.kinds_over(8, 20) == {"prose", "hashtag"}
    assert found.kinds_over(31, 38) == {"url"}


@pytest.mark.parametrize("text", [
    "Is er al een expert post van @bert_hubert@eupolicy.social die dit uitlegt",  # "policy" inside a domain
    "a post by eupolicy.social about nothing",
    "@IfindRetards another confirmation",  # a slur inside someone else's handle
    "look https://x.com/someone/status/4111111111111111 ok",  # a card number inside a status link
    "read https://example.org/stupid-idiots-guide later",
])
def test_words_and_numbers_inside_links_handles_and_addresses_do_not_count(text: str) -> None:
    assert rule_ids(text) == set()


def test_rules_read_what_they_ask_for() -> None:
    assert "PII-001" in rule_ids("write to jane.doe@example.org please")  # the e-mail rule reads e-mail spans
    assert "PII-001" not in rule_ids("cc @jane@mastodon.social please")  # a fediverse address is an account
    assert "PART-010" in rule_ids("thanks @KamalaHarrisHQ")  # partisan rules read handles as names
    assert "PII-004" in rule_ids("my card is 4111 1111 1111 1111")


def test_evidence_keeps_offsets_into_the_original_text() -> None:
    text = "see https://damn.example and then damn it"
    flags = scored(text).flags  # (a model's flag, if a head speaks, holds the whole text: the rule's is the one read)
    evidence = flags[flags["rule_id"] == "PROF-001"].iloc[0]["evidence"][0]
    assert (evidence["start"], evidence["end"]) == (34, 38) and text[34:38] == "damn"


#: the hints as first written (`spans._HINT` is the same, written so the regex engine skips to where one may start)
_PLAIN_HINT = re.compile(rf"[@#]|://|www\.|\.(?:{_TLDS})(?![\w-])", re.IGNORECASE)


def _scanned(text: str) -> list[tuple[int, int, str | None]]:
    """The spans' regex run over the whole text, as `spans` ran it before it searched from the hints only."""
    from auditor.scoring.spans import _SPANS

    if not _PLAIN_HINT.search(text):
        return []
    return [(m.start(), m.end(), m.lastgroup) for m in _SPANS.finditer(text)]


def test_searching_from_the_hints_finds_what_scanning_the_whole_text_finds() -> None:
    from auditor.scoring.spans import _found

    rng = random.Random(8)
    pieces = ("http://a.b/c", "https://x.com/@me", "www.", "WWW.X.CA", "w.", "@", "me@x.org", "@bob", "#tag", " ",
              "word", ".com", ".co.uk", "a.b", "e.g.", "é", "ſ", "K", "\n", "ftp+x://y", "a.b@c", "😀", "://", "x@@y",
              "@a@b.social", "&#", "/#x", "-", "_", "+", ".", ".ca/", "'", "ı", "1", "#", "a" * 70)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert [(m.start(), m.end(), m.lastgroup) for m in _found(text)] == _scanned(text), text


_HINT_PIECES = st.sampled_from(["@", "#", "://", ":", "/", "www.", "WwW.", "wWw.", "ww", "w", "W", ".", ".com", ".COM",
                                ".Co", ".social", ".ca-", ".ca_", ".cab", ".caé", ".ai", ".uk.", "\u212a", "ſ", "İ",
                                "ı", "é", " ", "\n", "x", "-", "😀"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_HINT_PIECES | st.characters(), max_size=30).map("".join), st.integers(0, 40))
def test_the_hints_are_found_where_the_case_insensitive_hints_are(text: str, start: int) -> None:
    from auditor.scoring.spans import _HINT

    found, plain = _HINT.search(text, start), _PLAIN_HINT.search(text, start)
    assert (found and found.span()) == (plain and plain.span())
