"""A batch of texts read into words (auditor/scoring/vectorize.py): the words of some of the texts, taken from the
words of all of them, are exactly those the texts read alone give, so each head's scores are bit for bit the same."""

from __future__ import annotations

import random
from dataclasses import fields

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from auditor.scoring import semantic, vectorize

PIECES = ("the", "The", "vote", "VOTE", "élections", "42", "4242", "😡", "!", "#BlackLivesMatter", "l'immigration",
          "https://example.com/x", "@someone", "x@y.org", " ", "  ", "\n", "\x00", "réfugiés", "a", "qu'ils", "?")


def _texts(seed: int, count: int = 400) -> list[object]:
    rng = random.Random(seed)
    texts: list[object] = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]
    return [*texts, "", None]


def _same(a: vectorize.Batch, b: vectorize.Batch) -> bool:
    return all(np.array_equal(getattr(a, f.name), getattr(b, f.name)) if isinstance(getattr(a, f.name), np.ndarray)
               else getattr(a, f.name) == getattr(b, f.name) for f in fields(vectorize.Batch))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_words_of_some_texts_taken_from_all_are_those_they_give_alone(seed: int) -> None:
    texts = _texts(seed)
    rng = np.random.default_rng(seed)
    split = vectorize.tokens(texts)
    settings = vectorize.Settings(bits=12, chars=(2, 4), pairs=True)
    for share in (0.0, 0.05, 0.5, 0.95, 1.0):
        rows = np.flatnonzero(rng.random(len(texts)) < share)
        if share == 0.0:
            rows = np.array([int(rng.integers(len(texts)))])
        alone = vectorize.read([texts[i] for i in rows], settings)
        assert _same(vectorize.batch_of(split.take(rows), settings), alone)


def _each_group_alone(model: semantic.Model, texts: list[str], wanted: np.ndarray) -> np.ndarray:
    """`Model.probabilities` as it was first written: each group of heads reads its own texts into words."""
    z = np.zeros((len(texts), len(model.heads)))
    for settings, columns, idf, weights in model.groups:
        rows = np.flatnonzero(wanted[:, columns].any(axis=1))
        if len(rows):
            batch = vectorize.read([texts[i] for i in rows], settings)
            z[rows[:, None], columns] = vectorize.linear(batch, settings, idf, weights)
    return 1.0 / (1.0 + np.exp(-(z + model.intercepts)))


@pytest.mark.parametrize("share", [0.02, 0.4, 1.0])
def test_the_heads_score_each_text_bit_for_bit_as_when_each_group_read_its_own(share: float) -> None:
    texts = [str(t) for t in _texts(4, 300)]
    model = semantic.read_model()
    assert len(model.groups) > 1  # else there is nothing to share
    wanted = np.random.default_rng(5).random((len(texts), len(model.heads))) < share
    expected = _each_group_alone(model, texts, wanted)
    assert np.array_equal(model.probabilities(texts, wanted)[wanted], expected[wanted])


_PROSE_PIECES = st.sampled_from(["@", "://", "www.", "WwW.", "pic.twitter.com/", "PIC.twitter.COM/", "http", "a", "Z",
                                 "é", "ſ", "\u212a", "_", ".", "+", "-", "7", " ", "\n", "\x00", "#", "/", ":", "é@",
                                 "x.y", "😡", "’"])


@examples(max_examples=400, deadline=None)
@given(st.lists(_PROSE_PIECES | st.characters(), max_size=40).map("".join))
def test_links_and_handles_are_blanked_as_one_substitution_over_the_whole_text_blanks_them(text: str) -> None:
    assert vectorize.not_prose_blanked(text) == vectorize._NOT_PROSE.sub(" ", text)


def _tokens_of_the_joined_text(texts: list[object]) -> vectorize.Tokens:
    """`vectorize.tokens` as first written: one regex over the joined texts, its tokens numbered by pandas."""
    found = vectorize._TOKENS.findall(f" {vectorize._SEPARATOR} ".join([vectorize.plain(t).lower() for t in texts]))
    codes, uniques = pd.factorize(pd.Series(found, dtype=object), sort=False)
    return vectorize.Tokens(len(texts), np.asarray(codes, dtype=np.int64), [str(w) for w in uniques])


_TOKEN_PIECES = st.sampled_from(["the", "The", "vote", "a", "élections", "42", "4x2", "x²", "½", "_", "a_b", "'", "’",
                                 "qu'ils", "😡", "!", "?!", "#BlackLivesMatter", "@someone", "https://x.org/a", " ",
                                 "\n", "\t", "\x1c", "\x85", "\u2028", "\u3000", "\u00a0", "\x00", "İ", "Σ", "ΑΣ",
                                 "\ud800", "٣", "Ⅻ"])


@examples(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(_TOKEN_PIECES | st.characters(), max_size=12).map("".join)),
                max_size=12))
def test_a_batch_is_split_into_the_tokens_the_joined_text_gives(texts: list[object]) -> None:
    got, expected = vectorize.tokens(texts), _tokens_of_the_joined_text(texts)
    assert got.size == expected.size and got.words == expected.words
    assert got.codes.dtype == expected.codes.dtype and np.array_equal(got.codes, expected.codes)
