"""Long texts are read passage by passage: a rule's words must meet in one passage, and its flag cites that passage."""

from __future__ import annotations

from auditor.scoring import passages
from tests.scoring.helpers import rule_ids, scored

FILLER = ("The guidance asks public servants to think before they post, and most of what it asks is common sense. "
          "It is worth reading the whole of it, slowly, with a cup of tea. ")


def _essay(*paragraphs: str) -> str:
    return "\n\n".join(FILLER * 3 + p for p in paragraphs)


def test_a_short_text_is_one_passage_and_a_long_one_is_cut_at_paragraphs_and_sentences() -> None:
    assert passages.starts("short text") == (0,)
    text = _essay("First part.", "Second part.")
    bounds = passages.starts(text)
    assert len(bounds) >= 2 and text[bounds[1]:].startswith(FILLER)
    one_paragraph = "A sentence that goes on for a while. " * 60
    assert all(b - a <= passages.PASSAGE + 200 for a, b in zip(passages.starts(one_paragraph),
                                                                  passages.starts(one_paragraph)[1:], strict=False))


def test_words_pages_apart_do_not_make_a_prize_scam() -> None:
    essay = _essay("My team won the plain language challenge.", "We offer a workshop on the guidance.",
                   "The course is free for every employee.")
    assert "GAIN-004" not in rule_ids(essay)
    together = _essay("Congratulations! You have won a free gift card, claim your prize now.")
    assert "GAIN-004" in rule_ids(together)


def test_a_required_companion_must_sit_in_the_same_passage() -> None:
    apart = _essay("Immigrants built this town, and I am proud of them.",
                   "The rats in the old barn were a problem every winter.")
    assert "RESP-002" not in rule_ids(apart)


def test_the_flag_cites_its_passage() -> None:
    text = _essay("Nothing much here.", "What a shitty day at the office it was.")
    flag = scored(text).flags.set_index("rule_id").loc["PROF-001"]
    start, end = flag["evidence"][0]["passage"]
    assert text[start:end].endswith("What a shitty day at the office it was.") and start > 0
