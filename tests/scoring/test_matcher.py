"""The matcher: a pattern's pre-filters keep every post it matches (each post matched as if alone), and the
automaton finds every key."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring import load_rules
from auditor.scoring.joined import match_table
from auditor.scoring.matcher import Keys, Matcher
from auditor.scoring.prefilter import implied_needs
from auditor.scoring.rules import parse_rule_file

_SHORT_CODE = """
[[rule]]
id = "OWN-902"
title = "A short code to text"
category = "private_gain"
reason = "Texting a short code is a promotion"
guidance_url = "https://example.org/"
guidance_title = "My notes"
patterns = [{regex = "\\\\b\\\\d{5}\\\\b(?=[^\\\\n]{0,40}\\\\bstop\\\\b)", flags = "i", needs = ["#digit"]}]
"""


def test_a_pattern_runs_only_on_posts_holding_its_implied_needs_and_finds_the_same() -> None:
    """The short-code pattern runs only on the posts holding 'stop' (folded), or an 'ſ' (a case-insensitive 's'
    matches it, and folding keeps it); each post's matches are those of the pattern over that post alone."""
    (rule,) = parse_rule_file("mine.toml", _SHORT_CODE)
    assert implied_needs(rule.patterns[0].regex.pattern, rule.patterns[0].regex.flags) == ("stop",)
    texts = ["text 12345 STOP", "12345 then stop", "12345 ſtop", "12345 no", "stop 12345", "", "99999 Stop\x00",
             "é 55555 stopped", "11111 stop 22222 stop"]
    matcher = Matcher([rule])
    found = matcher.scan("text", texts, list(range(len(texts))))
    alone = [(row, m.start(), m.end()) for row, text in enumerate(texts)
             for m in rule.patterns[0].regex.finditer(text.replace("\x00", " "))]
    assert sorted(zip(found.row.tolist(), found.start.tolist(), found.end.tolist(), strict=True)) == alone
    assert {row for row, _, _ in alone} == {0, 1, 2, 6, 8}


def test_the_automaton_finds_every_key_at_every_place_by_end_then_longest_first() -> None:
    """Keys.find equals looking for each key everywhere (overlapping, across accents, emoji and lone surrogates
    that shift byte offsets), ordered by where each ends and, at one end, longest first."""
    rng = random.Random(6)
    words = ("ab", "b", "abc", "bc", "é", "éa", "😀b", "c😀", "a b", "cé")
    keys = Keys()
    for spec, word in enumerate(words):
        keys.add(word, spec)
    keys.add("ab", len(words))  # a second spec under one key: both, in the order added
    keys.add("", len(words) + 1)  # an empty key is never found
    keys.build()
    pieces = ("a", "b", "c", "é", "😀", " ", "\ud83d", "\x00", "ß")
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        expected = sorted(((at + len(word) - 1, -len(word), k) for k, word in enumerate(words)
                           for at in range(len(text)) if text.startswith(word, at)))
        expected = [(end, spec) for end, _, k in expected for spec in ([k, len(words)] if k == 0 else [k])]
        spec, end = keys.find(text)
        assert list(zip(end.tolist(), spec.tolist(), strict=True)) == expected, text


def test_the_pre_filters_keep_every_post_a_pattern_matches() -> None:
    """Each shipped pattern finds the same in a batch with its derived pre-filters (implied needs, counts, runs of
    characters side by side) as with its own needs alone."""
    rng = random.Random(9)
    pieces = ("K1A 0B1", "k1a0b1", "613-555-0143", "(613) 555 0143", "+44 20 7946 0958", "0044 20", "08 1234 5678",
              "GB82 WEST 1234 5698 7654 32", "12p per", "123p/", "80082 stop", "text WIN to 80082", "SAVE20", "a1b",
              " ", "-", "٣", "０", "😀", "?", "é", "Z", "9", "99", ".", "@", "x@y.com", "APO AE 09012", "12345-6789",
              "192.168.0.1", "\n", "Ÿ", "ſtop", "046 454 286", "4111 1111 1111 1111", "123 Main Street", "Bill C-11",
              "10.0.0", ".1", "1.", "@me", "a@", "me@x", "é@exemple.fr", "fe80::1:2:3:4:5:6:7", "TOP SECRET//",
              "PROTECTED B", "Main St", "12 Rue")
    rules = [r for r in load_rules(packs=("uk", "au")).rules if r.patterns]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    rows = list(range(len(texts)))
    filtered = Matcher(rules)
    assert any(filtered._runs.values()) and any(filtered._implied.values())
    anchors = {run[2] for run in filtered._runs.values() if run}
    assert {"@", ":", "digit", "upper"} <= anchors  # e-mail, IPv6, IPv4 and postal codes, street names
    unfiltered = Matcher(rules)
    unfiltered._runs = dict.fromkeys(unfiltered._runs)
    unfiltered._implied = {k: () for k in unfiltered._implied}
    unfiltered._least = {k: () for k in unfiltered._least}

    def hits(matcher: Matcher) -> list[tuple[int, ...]]:
        found = matcher.scan("text", texts, rows)
        keep = found.spec < 0  # the patterns' hits
        return sorted(zip(*(getattr(found, n)[keep].tolist() for n in ("row", "rule", "start", "end")), strict=True))

    expected = hits(unfiltered)
    assert len(expected) > 1000
    assert hits(filtered) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(*[st.integers(0, 2**40)] * 3), max_size=30))
def test_an_automatons_matches_as_a_table_are_the_array_of_its_triples(matches: list[tuple[int, int, int]]) -> None:
    table = match_table(matches)
    expected = np.array(matches, dtype=np.int64).reshape(-1, 3)
    assert table.dtype == expected.dtype and table.shape == expected.shape and np.array_equal(table, expected)
