"""Scoring a source in the background while it is stored: a forked worker takes units from the front, the caller
from the back, each unit once; the scores are exactly one pass's, and a worker that dies costs only time."""

from __future__ import annotations

import os
import signal

import pytest

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import background, parallel, score
from auditor.scoring.engine import Scorer
from tests.scoring.helpers import RULES, post

PROFILE = Profile(level="executive", followers=2000)
TEXTS = ["Vote Liberal", "a quiet walk", "my boss is useless", "call 613-555-0143", "what the fuck is this",
         "#VoteConservative tonight", "this memo is PROTECTED B", "les immigrés sont des parasites"]
needs_fork = pytest.mark.skipif(not parallel.available(), reason="needs two cores and fork")


def _frame(n: int):
    return to_frame([post(f"{TEXTS[i % len(TEXTS)]} {i}", post_id=f"t:{i}", likes=i * 7,
                          created_at=f"2024-03-0{1 + i % 7}T1{i % 10}:00:00Z") for i in range(n)])


def test_claims_give_each_unit_once_from_both_ends() -> None:
    import multiprocessing

    claims = background.Claims(multiprocessing.get_context("fork"))
    assert not claims.opened() and claims.front() is None and claims.back() is None
    claims.open(5)
    taken = [claims.front(), claims.back(), claims.front(), claims.back(), claims.front()]
    assert taken == [0, 4, 1, 3, 2]
    assert claims.front() is None and claims.back() is None and claims.opened()
    claims.open(2)
    assert [claims.back(), claims.back(), claims.back(), claims.front()] == [1, 0, None, None]


@pytest.mark.parametrize("unit", [1, 4, 1000])
def test_units_and_spans_cover_every_row(unit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "UNIT", unit)
    spans = [background.span(u, 37) for u in range(background.units(37))]
    assert [r for a, b in spans for r in range(a, b)] == list(range(37))


@needs_fork
def test_background_scores_are_one_pass_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "UNIT", 6)  # many units: the worker and this process each take some
    frame = _frame(90)
    job = background.Background.start(frame, Scorer(RULES, PROFILE))
    got = job()
    expected = score(frame, RULES, PROFILE)
    assert got.flags.to_dict("records") == expected.flags.to_dict("records")
    assert got.posts.to_dict("records") == expected.posts.to_dict("records")
    assert not job._process.is_alive()


@needs_fork
def test_a_worker_that_dies_costs_only_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "UNIT", 3)
    frame = _frame(40)
    job = background.Background.start(frame, Scorer(RULES, PROFILE))
    os.kill(job._process.pid, signal.SIGKILL)
    job._process.join()
    assert job() is None
    expected = score(frame, RULES, PROFILE)
    got = score(frame, RULES, PROFILE, earlier=[(frame, job)])
    assert got.flags.to_dict("records") == expected.flags.to_dict("records")
    assert got.posts.to_dict("records") == expected.posts.to_dict("records")


@needs_fork
def test_stop_ends_the_worker() -> None:
    job = background.Background.start(_frame(30), Scorer(RULES, PROFILE))
    job.stop()
    assert not job._process.is_alive()
    job.stop()  # twice is harmless
    assert job() is None  # stopped before it was called: its posts are scored by the caller


def test_small_frames_and_one_core_are_not_worth_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not background.wanted(parallel.MIN_ROWS - 1)
    monkeypatch.setenv("AUDITOR_WORKERS", "1")
    assert not background.wanted(10 * parallel.MIN_ROWS)


@needs_fork
def test_workers_take_turns_and_never_wait_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setattr(parallel, "UNIT", 5)
    frame = _frame(60)
    expected = score(frame, RULES, PROFILE)
    turn = multiprocessing.get_context("fork").Semaphore(1)
    scorer = Scorer(RULES, PROFILE)
    first, second = (background.Background.start(frame, scorer, turn) for _ in range(2))
    for job in (first, second):  # one worker at a time scores; together with this process, all of both frames
        got = job()
        assert got.flags.to_dict("records") == expected.flags.to_dict("records")
        assert got.posts.to_dict("records") == expected.posts.to_dict("records")
    assert turn.acquire(timeout=1)  # given back
    # the turn is never free (its holder died holding it, say): this process takes every unit, the worker ends
    held = background.Background.start(frame, scorer, turn)
    got = held()
    assert got.posts.to_dict("records") == expected.posts.to_dict("records")
    assert not held._process.is_alive()
