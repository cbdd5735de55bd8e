"""The review loop as a state machine driven by keys, and the terminal adapter driven by scripted keys."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.review import HELP, Review, marked_text, pending, render, run_terminal
from tests.history import audit_of, post_id, write_archive

NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory):
    return audit_of(write_archive(tmp_path_factory.mktemp("history") / "archive"))


def _review(audit) -> Review:
    return Review(pending(audit), "v-test", {"PART-001": "digest-a"}, clock=lambda: NOW)


def test_pending_walks_every_flag_from_the_highest_risk(audit) -> None:
    items = pending(audit)
    assert len(items) == len(audit.flags) >= 5
    assert [i.risk for i in items] == sorted((i.risk for i in items), reverse=True)
    assert items[0].post_id == post_id("101") and items[-1].post_id == post_id("103")
    assert items[0].url == "https://mastodon.example/@me/101"


def test_one_key_per_decision_and_a_capital_asks_for_a_note(audit) -> None:
    review = _review(audit)
    first = review.screen().item
    decided = review.press("k").decided
    assert (decided.flag_id, decided.decision, decided.note) == (first.flag_id, "keep", "")
    assert (decided.decided_at, decided.ruleset_version) == (NOW, "v-test")
    assert decided.rule_digest == {"PART-001": "digest-a"}.get(first.rule_id)
    prompt = review.press("D")
    assert prompt.mode == "note" and prompt.decided is None and "Note" in prompt.message
    noted = review.press("  screenshots exist  ").decided
    assert (noted.decision, noted.note) == ("delete", "screenshots exist")
    assert [review.press(k).decided.decision for k in "en"] == ["edit", "not_a_problem"]
    assert review.position == 4 and len(review.made) == 4


def test_skip_back_quit_and_unknown_keys_decide_nothing(audit) -> None:
    review = _review(audit)
    assert review.press("s").position == 1
    assert review.press("b").position == 0
    assert review.press("b").position == 0
    unknown = review.press("x")
    assert unknown.position == 0 and unknown.message == HELP and unknown.decided is None
    done = review.press("q")
    assert done.mode == "done" and "kept" in done.message and review.made == {}
    assert review.press("k").mode == "done" and review.made == {}


def test_deciding_again_after_going_back_replaces_the_first_choice(audit) -> None:
    review = _review(audit)
    review.press("k")
    review.press("b")
    review.press("n")
    assert [d.decision for d in review.made.values()] == ["not_a_problem"]


def test_render_shows_text_evidence_reason_and_position(audit) -> None:
    review = _review(audit)
    lines = render(review.screen())
    assert lines[0].startswith(f"[1/{len(audit.flags)}] risk ") and "mastodon" in lines[0] and "2024-03-01" in lines[0]
    assert any(line.startswith("Why: ") for line in lines)
    assert "[[" in marked_text(review.screen().item) and lines[-1] == HELP


def test_marked_text_brackets_each_span_once_and_cuts_long_text(audit) -> None:
    item = pending(audit)[0]
    evidence = [{"field": "text", "start": 0, "end": 4}, {"field": "text", "start": 2, "end": 6},
                {"field": "links", "start": 0, "end": 3, "text": "x"}]
    short = type(item)(**{**item.__dict__, "text": "Vote now", "evidence": evidence})
    assert marked_text(short) == "[[Vote]] now"
    long = type(item)(**{**item.__dict__, "text": "a" * 5000, "evidence": []})
    assert len(marked_text(long)) < 1300 and marked_text(long).endswith("…")


def test_terminal_adapter_saves_each_decision_as_it_is_made(audit) -> None:
    keys = iter(["k", "K", "d", "e", "q"])
    notes = iter(["my note"])
    saved, shown = [], []
    counts = run_terminal(_review(audit), getkey=lambda: next(keys), prompt=lambda _msg: next(notes),
                          echo=shown.append, save=saved.append)
    assert [(d.decision, d.note) for d in saved] == [("keep", ""), ("keep", "my note"), ("delete", ""), ("edit", "")]
    assert counts == {"keep": 2, "delete": 1, "edit": 1, "not_a_problem": 0}
    assert shown[-1] == "Stopped; what you decided is kept."


def test_an_empty_walk_is_done_at_once(tmp_path: Path) -> None:
    audit = audit_of(write_archive(tmp_path / "clean", {"201": "Lovely weather"}))
    review = Review(pending(audit), "v", {})
    assert review.screen().mode == "done" and render(review.screen()) == ["Done: 0 flag(s) walked through."]
