"""Deciding which rules a post's hits satisfy (auditor/scoring/evaluate.py): whether evidence lies in a quotation,
told from each text's quotations found once, equals searching the text for them again for each piece."""

from __future__ import annotations

import random

from auditor.scoring.evaluate import _QUOTED, _all_quoted

PIECES = ('"', "“", "”", "«", "»", "\n", "vote", " ", "x" * 50, "Liberal", "'", "x" * 500, '"vote Liberal"',
          "« vote »", "“vote”")


def _searched(evidence: list[dict], texts: dict[str, object]) -> bool:
    """`_all_quoted` as it was first written: the text searched for quotations once per piece of evidence."""
    for item in evidence:
        text = texts.get(item["field"])
        if not isinstance(text, str) or ('"' not in text and "“" not in text and "«" not in text):
            return False
        if not any(m.start() < item["start"] and item["end"] < m.end() for m in _QUOTED.finditer(text)):
            return False
    return True


def test_evidence_is_quoted_exactly_where_a_search_of_its_text_says() -> None:
    rng = random.Random(12)
    quoted = 0
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        evidence = []
        for _ in range(rng.randint(1, 3)):
            start = rng.randint(0, max(0, len(text) - 1))
            evidence.append({"field": "text", "start": start, "end": min(len(text), start + rng.randint(1, 8))})
        texts = {"text": text, "title": rng.choice([None, '"x"'])}
        if rng.random() < 0.1:
            evidence.append({"field": "title", "start": 1, "end": 2})
        expected = _searched(evidence, texts)
        quoted += expected
        assert _all_quoted(evidence, texts) == expected, (text, evidence)
    assert quoted > 100
