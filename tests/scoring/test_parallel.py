"""Scoring a frame in two halves (one in a forked worker) gives exactly the flags and risks of one pass."""

from __future__ import annotations

import os
import time

import pytest

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import parallel, score
from tests.scoring.helpers import RULES, post

TEXTS = ["Vote Liberal", "a quiet walk", "my boss is useless", "call 613-555-0143", "what the fuck is this",
         "#VoteConservative tonight", "this memo is PROTECTED B", "les immigrés sont des parasites"]


def _frame(n: int):
    """N posts over a week of days and hours (some in work hours), with growing reach."""
    return to_frame([post(f"{TEXTS[i % len(TEXTS)]} {i}", post_id=f"t:{i}", likes=i * 7,
                          created_at=f"2024-03-0{1 + i % 7}T1{i % 10}:00:00Z") for i in range(n)])


def test_halves_split_only_large_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ROWS", 10)
    monkeypatch.delenv("AUDITOR_WORKERS", raising=False)
    assert parallel.halves(9) == [[(0, 9)]]
    expected = [[(0, 6)], [(6, 11)]] if parallel.available() else [[(0, 11)]]
    assert parallel.halves(11) == expected
    if parallel.available():  # ranges taken in turn, so each side sees every part of the frame
        assert parallel.halves(11, unit=3) == [[(0, 3), (6, 9)], [(3, 6), (9, 11)]]
    monkeypatch.setenv("AUDITOR_WORKERS", "1")
    assert parallel.halves(11) == [[(0, 11)]]


@pytest.mark.skipif(not parallel.available(), reason="needs two cores and fork")
def test_two_halves_score_exactly_as_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = _frame(61)
    monkeypatch.setenv("AUDITOR_WORKERS", "1")
    serial = score(frame, RULES, Profile(level="executive", followers=2000))
    monkeypatch.delenv("AUDITOR_WORKERS")
    monkeypatch.setattr(parallel, "MIN_ROWS", 10)
    monkeypatch.setattr(parallel, "UNIT", 5)  # ranges taken in turn by each side, and chunks within them
    calls = []

    def counted(first, second):
        calls.append(1)
        return _real_run_both(first, second)

    monkeypatch.setattr(parallel, "run_both", counted)
    split = score(frame, RULES, Profile(level="executive", followers=2000), chunk=7)
    assert calls, "the frame was not split"
    assert len(serial.flags) > 20 and (serial.posts["band"] != "none").sum() > 20
    assert split.flags.to_dict("records") == serial.flags.to_dict("records")
    assert split.posts.to_dict("records") == serial.posts.to_dict("records")


_real_run_both = parallel.run_both


def test_worker_errors_reach_the_caller() -> None:
    def boom() -> int:
        raise ValueError("in the worker")

    if not parallel.available():
        pytest.skip("needs two cores and fork")
    with pytest.raises(ValueError, match="in the worker"):
        parallel.run_both(boom, lambda: 1)
    assert parallel.run_both(lambda: os.getpid(), lambda: os.getpid())[0] != os.getpid()


@pytest.mark.skipif(not parallel.available(), reason="needs two cores and fork")
def test_an_interrupted_caller_stops_the_worker_at_once(tmp_path) -> None:
    marker = tmp_path / "worker-finished"

    def slow() -> None:
        time.sleep(3)
        marker.write_text("done")

    def interrupted() -> None:
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        parallel.run_both(slow, interrupted)
    assert time.monotonic() - started < 2
    time.sleep(3.2)
    assert not marker.exists()


def test_a_worker_that_dies_is_one_clear_error() -> None:
    if not parallel.available():
        pytest.skip("needs two cores and fork")
    with pytest.raises(RuntimeError, match="without a result"):
        parallel.run_both(lambda: os._exit(3), lambda: 1)
