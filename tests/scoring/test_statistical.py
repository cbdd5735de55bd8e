"""The statistical signal's shipped arrays give alt-profanity-check's own probabilities, without scikit-learn."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import numpy as np
import pytest

from auditor.scoring import statistical

TEXTS = [
    "What a lovely morning at the market", "you are a complete idiot and everyone knows it",
    "Shut up, nobody cares about your stupid opinion!!!", "Le budget fédéral sera déposé mardi",
    "ΟΔΟΣ ΣΑΣ", "İstanbul'da bir gün", "x\x00y", "ﬁne ŉ ǅ words_with_underscores a b c d",
    "wtf is this shit", "I_AM_SHOUTING 2024 42 a1 b2", "ok", "emoji 😡😡 only", "tab\tand\nnew line",
]
PACKAGE = importlib.util.find_spec("profanity_check") is not None


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> statistical.LinearModel:
    monkeypatch.delenv("AUDITOR_NO_STATISTICAL", raising=False)
    statistical.load()
    return statistical._MODEL[0]


def test_the_model_ships_with_the_package() -> None:
    assert statistical.installed(), f"{statistical.MODEL_FILE} is missing"


@pytest.mark.skipif(not PACKAGE, reason="alt-profanity-check (the model's source) is not installed")
def test_the_arrays_give_the_package_probabilities(model: statistical.LinearModel) -> None:
    from profanity_check import predict_prob

    ours, theirs = model(TEXTS), np.asarray(predict_prob(TEXTS))
    assert np.allclose(ours, theirs, rtol=0, atol=1e-12)
    assert ours.max() > statistical.THRESHOLD > ours.min()


@pytest.mark.skipif(not PACKAGE, reason="alt-profanity-check (the model's source) is not installed")
def test_the_shipped_arrays_are_those_of_the_installed_package() -> None:
    from auditor.scoring.train.export_profanity_check import arrays

    with np.load(statistical.MODEL_FILE, allow_pickle=False) as shipped:
        for name, value in arrays().items():
            assert np.array_equal(shipped[name], value), name


def test_a_text_holding_the_separator_is_counted_on_its_own(model: statistical.LinearModel) -> None:
    texts = [*TEXTS[:3], f"a {model.SEPARATOR} b", *TEXTS[3:]]
    together = model(texts)
    alone = np.concatenate([model([t]) for t in texts])
    assert np.allclose(together, alone, rtol=0, atol=1e-12)


def test_predicting_imports_no_scikit_learn() -> None:
    probe = ("import sys\nfrom auditor.scoring import statistical\nstatistical.load()\n"
             "print(statistical._predict_prob(['you idiot']).tolist(), 'sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
                          env={**os.environ, "AUDITOR_NO_STATISTICAL": ""})
    assert done.stdout.strip().endswith("False")


def test_reading_only_the_english_posts_gives_their_same_candidates(model: statistical.LinearModel) -> None:
    texts = [*TEXTS, "fuck this shit", "putain de merde", "zqxauditorseparatorzqx in a French post"]
    english = [i % 3 != 1 for i in range(len(texts))]
    english[-1] = False
    everything = statistical.candidates(texts)
    some = statistical.candidates(texts, english)
    assert {i: (c.evidence, c.adjustments) for i, c in some.items()} == {
        i: (c.evidence, c.adjustments) for i, c in everything.items() if english[i]}


def test_words_found_in_latin1_bytes_are_those_the_regex_finds(model: statistical.LinearModel) -> None:
    """A batch whose word characters are all Latin-1 is tokenised in bytes; its known words (and separators) are
    those the package's token pattern finds in the lower-cased texts, in order; any other batch is left to it."""
    import random

    rng = random.Random(4)
    vocabulary = [word for word in list(model.columns)[:300] if word != model.SEPARATOR]
    pieces = [*vocabulary, *(w.upper() for w in vocabulary[:50]), *(w.title() for w in vocabulary[:50]), " ", ",",
              "é", "É", "ß", "µ", "ª", "²", "×", "_", "😀", "’", "…", "\u00a0", "\ud83d", "Ⓐ", "—", "1", "x_y", "ﬁ"]

    def known(at: np.ndarray) -> list[int]:
        return at[at != -1].tolist()  # a one-character word is in no vocabulary: the regex does not even find it

    for trial in range(1000):
        extra = ["Ω", "Ÿ", "K", "İ", "Привет"] if trial % 4 == 0 else []
        texts = ["".join(rng.choice(pieces + extra) for _ in range(rng.randint(0, 20))) for _ in range(3)]
        words = model._WORDS.findall(f" {model.SEPARATOR} ".join([t.lower() for t in texts]))
        expected = [model.columns.get(w, -1) for w in words]
        found = model._latin1_columns(texts)
        if found is None:
            assert any(c.isalnum() and ord(c) > 255 for t in texts for c in t), texts
        else:
            assert known(found) == [c for c in expected if c != -1], texts
