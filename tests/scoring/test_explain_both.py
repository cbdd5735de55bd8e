"""explain_both (the sentences of a flag made of what an earlier one was, made once) says what explain says."""

from __future__ import annotations

import dataclasses
import random

from auditor.scoring import explain as explaining
from auditor.scoring import load_rules
from auditor.scoring.explain import explain, explain_both


def test_remembered_sentences_are_those_explain_makes() -> None:
    rng = random.Random(5)
    rules = load_rules().rules
    rules = [*rng.sample(rules, 6), dataclasses.replace(rules[0], title_fr="", reason_fr="")]
    texts = ("fuck", "Vote  Liberal", "{n} clown", "x" * 80, "é\u00a0à", "")
    reasons = (("more terms", "plus de termes"), ("quoted", None), ("reach 50", "portée 50"))
    for _ in range(3000):
        rule = rng.choice(rules)
        evidence = [{"field": rng.choice(("text", "title", "links")), "start": 0, "end": 1, "text": rng.choice(texts)}
                    for _ in range(rng.choice((0, 1, 1, 2, 3, 4, 5)))]
        adjustments = []
        for _ in range(rng.randint(0, 3)):
            reason, reason_fr = rng.choice(reasons)
            change = {"factor": "x", "delta": rng.choice((-15, -5, 0, 5, 10)), "reason": reason}
            if reason_fr:
                change["reason_fr"] = reason_fr
            adjustments.append(change)
        confidence = rng.choice((0.2, 0.35, 0.5, 0.555, 0.8, 1.0, 0.1 + 0.2))
        score = rng.choice((0, 12, 60, 100))
        french = rule.has_french() if rng.random() < 0.8 else rng.random() < 0.5
        expected = (explain(rule, evidence, confidence, score, adjustments),
                    explain(rule, evidence, confidence, score, adjustments, "fr") if french else None)
        assert explain_both(rule, evidence, confidence, score, adjustments, french) == expected


def test_a_rule_made_anew_is_not_given_another_rules_sentences(monkeypatch) -> None:
    monkeypatch.setattr(explaining, "_MADE", {})
    rule = load_rules().rules[0]
    other = dataclasses.replace(rule, title="Another title")
    evidence = [{"field": "text", "start": 0, "end": 4, "text": "word"}]
    first = explain_both(rule, evidence, 0.5, 30, [], True)
    key = next(iter(explaining._MADE))
    explaining._MADE[(id(other), *key[1:])] = explaining._MADE[key]  # as if `other` took a gone rule's place
    assert explain_both(other, evidence, 0.5, 30, [], True) == (explain(other, evidence, 0.5, 30, []),
                                                              explain(other, evidence, 0.5, 30, [], "fr"))
    assert first != explain_both(other, evidence, 0.5, 30, [], True)


def test_the_memory_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(explaining, "_MADE", {})
    monkeypatch.setattr(explaining, "_MADE_LIMIT", 5)
    rule = load_rules().rules[0]
    for score in range(20):
        explain_both(rule, [], 0.5, score, [], True)
        assert len(explaining._MADE) <= 5
