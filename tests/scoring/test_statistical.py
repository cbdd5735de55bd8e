"""The statistical signal's batch word counting gives alt-profanity-check's own probabilities, to the last bit."""

from __future__ import annotations

import pytest

from auditor.scoring import statistical

pytestmark = pytest.mark.skipif(not statistical.installed(), reason="alt-profanity-check is not installed")

TEXTS = [
    "What a lovely morning at the market", "you are a complete idiot and everyone knows it",
    "Shut up, nobody cares about your stupid opinion!!!", "Le budget fédéral sera déposé mardi",
    "ΟΔΟΣ ΣΑΣ", "İstanbul'da bir gün", "x\x00y", "ﬁne ŉ ǅ words_with_underscores a b c d",
    "wtf is this shit", "I_AM_SHOUTING 2024 42 a1 b2", "ok", "emoji 😡😡 only", "tab\tand\nnew line",
]


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> statistical._Model:
    monkeypatch.delenv("AUDITOR_NO_STATISTICAL", raising=False)
    statistical.load()
    return statistical._MODEL[0]


def test_batch_counting_gives_the_package_probabilities(model: statistical._Model) -> None:
    from profanity_check import predict_prob

    assert model.fast, "the package's shipped vectoriser settings are no longer what the fast path expects"
    assert list(model(TEXTS)) == list(predict_prob(TEXTS))
    assert max(model(TEXTS)) > statistical.THRESHOLD > min(model(TEXTS))


def test_a_text_holding_the_separator_falls_back_to_the_package(model: statistical._Model) -> None:
    from profanity_check import predict_prob

    texts = [*TEXTS[:3], f"a {model.SEPARATOR} b", *TEXTS[3:]]
    assert model._batch(texts) is None
    assert list(model(texts)) == list(predict_prob(texts))


def test_other_vectoriser_settings_use_the_package(model: statistical._Model) -> None:
    from profanity_check import profanity_check as package
    from sklearn.base import clone

    bigrams = clone(package.vectorizer).set_params(ngram_range=(1, 2))
    calls = []
    other = statistical._Model(bigrams, package.model, lambda texts: calls.append(texts) or [0.0] * len(texts))
    assert not other.fast
    assert list(other(["one", "two"])) == [0.0, 0.0] and calls == [["one", "two"]]


@pytest.mark.parametrize("extra", ["", "zqxauditorseparatorzqx in a French post"])
def test_reading_only_the_english_posts_gives_their_same_candidates(model: statistical._Model, extra: str) -> None:
    texts = [*TEXTS, "fuck this shit", "putain de merde", extra]
    english = [i % 3 != 1 for i in range(len(texts))]
    english[-1] = False
    everything = statistical.candidates(texts)
    some = statistical.candidates(texts, english)
    assert {i: (c.evidence, c.adjustments) for i, c in some.items() if english[i]} == {
        i: (c.evidence, c.adjustments) for i, c in everything.items() if english[i]}
