"""Scores kept from an earlier pass: a post whose scored fields are unchanged keeps its scores, any other post is
scored again, and the result is always exactly what scoring the whole frame gives."""

from __future__ import annotations

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import engine, score
from tests.scoring.helpers import RULES, post

PROFILE = Profile(level="executive", followers=2000)
TEXTS = ["Vote Liberal", "a quiet walk", "my boss is useless", "call 613-555-0143", "what the fuck is this",
         "#VoteConservative tonight", "this memo is PROTECTED B", "les immigrés sont des parasites"]


def _rows(n: int, start: int = 0) -> list[dict]:
    return [post(f"{TEXTS[i % len(TEXTS)]} {i}", post_id=f"t:{i}", likes=i * 7,
                 created_at=f"2024-03-0{1 + i % 7}T1{i % 10}:00:00Z") for i in range(start, start + n)]


def _same(got: engine.Scores, expected: engine.Scores) -> None:
    assert got.flags.to_dict("records") == expected.flags.to_dict("records")
    assert got.posts.to_dict("records") == expected.posts.to_dict("records")
    assert got.flags.dtypes.to_dict() == expected.flags.dtypes.to_dict()
    assert got.posts.dtypes.to_dict() == expected.posts.dtypes.to_dict()


@pytest.fixture
def scored_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many posts each call to Scorer.score was given."""
    calls: list[int] = []
    real = engine.Scorer.score

    def counted(self, frame, *args):
        calls.append(len(frame))
        return real(self, frame, *args)

    monkeypatch.setattr(engine.Scorer, "score", counted)
    return calls


def test_posts_scored_before_are_not_scored_again(scored_calls: list[int]) -> None:
    first, second = to_frame(_rows(20)), to_frame(_rows(20, start=20))
    earlier = [(first, score(first, RULES, PROFILE)), (second, score(second, RULES, PROFILE))]
    whole = to_frame(_rows(40))  # sorted by time: another order than the two parts
    expected = score(whole, RULES, PROFILE)
    scored_calls.clear()
    _same(score(whole, RULES, PROFILE, earlier=earlier), expected)
    assert scored_calls == []
    assert (expected.posts["band"] != "none").sum() > 10


@pytest.mark.parametrize("change", [
    {"text": "a quiet walk, nothing else"}, {"title": "Vote Liberal"}, {"visibility": "direct"}, {"likes": None},
    {"reply_to": "twitter:99"}, {"created_at": "2024-03-05T02:00:00Z"}, {"links": ["https://liberal.ca/donate"]},
    {"kind": "repost"},
])
def test_a_post_changed_in_any_scored_field_is_scored_again(change: dict, scored_calls: list[int]) -> None:
    rows = _rows(16)
    before = to_frame(rows)
    earlier = [(before, score(before, RULES, PROFILE))]
    rows[4] = {**rows[4], **change}
    now = to_frame(rows)
    expected = score(now, RULES, PROFILE)
    scored_calls.clear()
    _same(score(now, RULES, PROFILE, earlier=earlier), expected)
    assert scored_calls == [1]


def test_a_field_scoring_does_not_read_changes_nothing(scored_calls: list[int]) -> None:
    rows = _rows(12)
    before = to_frame(rows)
    earlier = [(before, score(before, RULES, PROFILE))]
    rows[3] = {**rows[3], "source": "tweets.js#999", "url": "https://x.com/me/status/3"}
    expected = score(to_frame(rows), RULES, PROFILE)
    scored_calls.clear()
    _same(score(to_frame(rows), RULES, PROFILE, earlier=earlier), expected)
    assert scored_calls == []


def test_new_posts_and_a_post_in_two_earlier_frames(scored_calls: list[int]) -> None:
    old = _rows(10)
    edited = [{**old[2], "text": "Vote Conservative, my boss is useless"}]
    first, second = to_frame(old), to_frame(edited)
    earlier = [(first, score(first, RULES, PROFILE)), (second, score(second, RULES, PROFILE))]
    now = to_frame([*old[:2], *edited, *old[3:], *_rows(5, start=50)])
    expected = score(now, RULES, PROFILE)
    scored_calls.clear()
    _same(score(now, RULES, PROFILE, earlier=earlier), expected)
    assert scored_calls == [5]  # only the five new posts; t:2 is found, edited, in the second frame


def test_an_earlier_job_that_failed_leaves_its_posts_to_score(scored_calls: list[int]) -> None:
    frame = to_frame(_rows(9))
    expected = score(frame, RULES, PROFILE)
    scored_calls.clear()
    _same(score(frame, RULES, PROFILE, earlier=[(frame, lambda: None)]), expected)
    assert scored_calls == [9]


def test_empty_frames() -> None:
    empty = to_frame([])
    got = score(empty, RULES, PROFILE, earlier=[(empty, score(empty, RULES, PROFILE))])
    assert got.flags.empty and got.posts.empty
    frame = to_frame(_rows(3))
    _same(score(frame, RULES, PROFILE, earlier=[(empty, score(empty, RULES, PROFILE))]),
          score(frame, RULES, PROFILE))
    assert isinstance(got.posts, pd.DataFrame)
