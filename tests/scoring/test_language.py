"""Each post's language: the platform's tag first, else identified from its prose; English words read English."""

from __future__ import annotations

import random

import pytest

from auditor.scoring import language
from auditor.scoring.language import Decision, decide, identify, tag
from tests.scoring.helpers import rule_ids, scored


@pytest.mark.parametrize(("raw", "expected"), [
    ("en", "en"), ("en-US", "en"), ("fr_CA", "fr"), ("in", "id"), ("iw", "he"), ("und", None), ("zxx", None),
    ("qme", None), ("", None), (None, None), ("x-klingon-nonsense", None), (42, None),
])
def test_platform_tags_are_normalised(raw: object, expected: str | None) -> None:
    assert tag(raw) == expected


def test_a_tag_wins_and_an_untagged_post_is_identified() -> None:
    dutch = "ik vraag me af, hoe je zoiets kan meten, en wie het uitlegt"
    assert decide([dutch, dutch], ["nl", None]) == [Decision("nl", "platform"), Decision("nl", "identified")]
    assert identify("Je suis très fier de notre équipe aujourd'hui, merci à tous").language == "fr"
    assert identify("I am very proud of our team today, thanks everyone").language == "en"


@pytest.mark.parametrize("text", ["", "😀😀😀", "https://example.org/a-long-link", "@someone @other", "12 34 56",
                                  "Vote Liberal"])
def test_too_little_prose_is_read_as_english_and_french(text: str) -> None:
    decision = identify(text)
    assert decision.language == language.UNDECIDED and decision.reads == {"en", "fr"} and decision.scored


def test_english_words_are_not_read_in_a_dutch_post() -> None:
    dutch = "ik vraag me af, hoe je zoiets kan meten. Zou je kunnen uitleggen hoe je tot die conclusie komt?"
    assert rule_ids(dutch) == set()  # "hoe" is an English slur, and Dutch for "how"
    assert rule_ids(dutch, language="en") >= {"RESP-001"}  # a wrong tag is followed, and the decision is visible
    posts = scored(dutch).posts.iloc[0]
    assert (posts["lang"], posts["lang_source"]) == ("nl", "identified")


def test_numbers_are_read_in_every_language() -> None:
    assert "PII-004" in rule_ids("Mijn kaartnummer is 4111 1111 1111 1111, bel me maar", language="nl")


def test_french_words_are_read_in_french_posts_only() -> None:
    assert "PROF-001" in rule_ids("C'est vraiment de la merde, ce projet de loi", language="fr")
    assert "PROF-001" not in rule_ids("Merde is a word I would never write in English prose", language="en")


def test_right_to_left_mixed_scripts_and_long_text_are_decided_the_same_way_twice() -> None:
    for text in ("مرحبا بكم في كندا، هذا منشور طويل بما فيه الكفاية", "Привет всем, это длинный пост на русском",
                 "word " * 20_000):
        assert identify(text) == identify(text)


def test_the_batch_identifier_gives_what_py3langid_gives_one_by_one() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from auditor.scoring.language import CANDIDATES, _batch

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    theirs.set_languages(CANDIDATES)

    texts = ["I am very proud of our team today", "Je suis très fier de notre équipe", "ik vraag me af hoe dat kan",
             "Das ist ein ganz normaler deutscher Satz", "", "ÉNORME NOUVELLE POUR TOUT LE MONDE", "12345 !!!",
             "mixed English et un peu de français " * 8, "Привет всем, это длинный пост", "日本語の文章です"]
    one = [theirs.classify(t) for t in texts]
    batch = _batch().classify_all(texts)
    assert [lang for lang, _ in batch] == [lang for lang, _ in one]
    assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(batch, one, strict=True))


def test_a_batch_is_made_readable_as_each_text_alone() -> None:
    """readable_all (links, addresses and handles of the whole batch removed in one pass, letters counted in bytes)
    equals reading each text alone."""
    from auditor.scoring.language import READ, _readable, readable_all

    rng = random.Random(3)
    pieces = ("http://a.b/c", "https://x.com/@me", "www.", "WWW.X.CA", "w.", "@", "me@x.org", "@bob", "#tag", " ",
              "word", "Long sentence of plain English words here ", "é", "ſ", "\n", "ftp+x://y", "a.b@c", "—", "😀",
              "://", "x@@y", "\ud83d", "Ça va très bien")
    for _ in range(500):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(0, 12))]
        assert readable_all(texts) == [_readable(text[:READ * 2]) for text in texts], texts
