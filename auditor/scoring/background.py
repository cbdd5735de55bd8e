"""Scoring a source while the scan stores it: a forked worker scores the frame just read, unit by unit from its
start, and the scan's own process joins in from its end once it has stored everything; the two meet in between.

Storing a million posts keeps one core busy for ~12 s with nothing to do on the other; this fills it (what it
buys together with the forked readers: `auditor.pipeline.readahead`). The scores
come back to `reuse.score` through `earlier`, which keeps them only for posts whose fields are unchanged.

Workers of several frames take turns (one `turn` semaphore): with two cores, one worker and the scan's own process
keep both busy, and a third busy process only slows the other two (measured: ~18 s more CPU for a million posts).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.synchronize import Semaphore as Turn

import pandas as pd

from auditor.core import gcpause
from auditor.core.forked import dies_with_parent
from auditor.scoring import engine, parallel, semantic, statistical


class Claims:
    """Which units of a frame are left to score, shared by two processes: one takes from the front, one from
    the back, each unit once."""

    def __init__(self, context: BaseContext) -> None:
        # [next unit from the front, first unit taken from the back, how many units were opened]
        self._shared = context.Array("q", [0, 0, 0])

    def open(self, units: int) -> None:
        """Make `units` units claimable (before the other process can look)."""
        with self._shared.get_lock():
            self._shared[0], self._shared[1], self._shared[2] = 0, units, units

    def opened(self) -> bool:
        """True when units were opened (whether or not any is left)."""
        with self._shared.get_lock():
            return self._shared[2] > 0

    def front(self) -> int | None:
        """The next unit from the front, or None when all are taken."""
        with self._shared.get_lock():
            unit, end = self._shared[0], self._shared[1]
            if unit >= end:
                return None
            self._shared[0] = unit + 1
            return unit

    def left(self) -> int:
        """How many units are still to be taken."""
        with self._shared.get_lock():
            return max(0, self._shared[1] - self._shared[0])

    def back(self) -> int | None:
        """The next unit from the back, or None when all are taken."""
        with self._shared.get_lock():
            unit = self._shared[1] - 1
            if unit < self._shared[0]:
                return None
            self._shared[1] = unit
            return unit


def units(rows: int) -> int:
    """How many units of at most parallel.UNIT rows `rows` posts make."""
    return -(-rows // parallel.UNIT)


def wanted(rows: int) -> bool:
    """True when a frame of `rows` posts is worth scoring in the background (as parallel.halves judges it)."""
    return rows >= parallel.MIN_ROWS and parallel.available()


class Background:
    """One frame being scored by a forked worker; call it to take the rest here and get the frame's `Scores`."""

    def __init__(self, frame: pd.DataFrame, scorer: engine.Scorer, claims: Claims, receive: Connection,
                 process: multiprocessing.process.BaseProcess) -> None:
        self.frame, self.scorer, self.claims = frame, scorer, claims
        self._receive, self._process = receive, process
        self._done: list[engine.Scores | None] = []  # the outcome, once called

    @classmethod
    def start(cls, frame: pd.DataFrame, scorer: engine.Scorer, turn: Turn | None = None) -> Background:
        """Fork a worker that starts scoring `frame` (which it inherits: nothing is pickled on the way in) when it
        gets its `turn`."""
        context = multiprocessing.get_context("fork")
        statistical.load()  # once, here: not once in each process
        semantic.load()
        claims = Claims(context)
        claims.open(units(len(frame)))
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=dies_with_parent(work), args=(send, frame, scorer, claims, turn),
                                  daemon=True)
        process.start()
        send.close()
        return cls(frame, scorer, claims, receive, process)

    def __call__(self) -> engine.Scores | None:
        """Score the units the worker has not taken, here; then all of the frame's scores (None if it failed:
        the caller scores those posts itself). Called again, the same outcome."""
        if not self._done:
            self._done.append(self._finish())
        return self._done[0]

    def _finish(self) -> engine.Scores | None:
        if self._receive.closed:  # stopped before it was called
            return None
        mine = []
        with gcpause.paused():
            while (unit := self.claims.back()) is not None:
                mine.append(self.scorer.part(self.frame, [span(unit, len(self.frame))]))
        try:
            with gcpause.paused():  # its flags' dicts and lists: each collection walked every live frame again
                ok, theirs = self._receive.recv()
        except EOFError:  # the worker died (killed, out of memory): what it had taken was never scored
            ok, theirs = False, None
        finally:
            self.stop()
        if not ok:
            return None
        with gcpause.paused():
            return engine.assemble(self.frame, [*theirs, *mine])

    def stop(self) -> None:
        """End the worker (its result is no longer wanted, or has come), and wait for it."""
        parallel.end(self._process, self._receive)


def span(unit: int, rows: int) -> tuple[int, int]:
    """The (start, stop) rows of one unit."""
    return unit * parallel.UNIT, min(rows, (unit + 1) * parallel.UNIT)


def work(send: Connection, frame: pd.DataFrame, scorer: engine.Scorer, claims: Claims, turn: Turn | None = None,
         sending: threading.Thread | None = None) -> None:
    """In the worker: once it is its `turn`, score units from the front until none is left, then send back
    (True, parts) or (False, the error); (True, []) at once if the caller takes every unit first. `sending`: a
    thread still sending something before it on the same pipe, waited for."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the scan's to handle: it stops this worker
    try:
        parts = []
        if _wait(turn, claims):
            try:
                with gcpause.paused():
                    while (unit := claims.front()) is not None:
                        parts.append(scorer.part(frame, [span(unit, len(frame))]))
            finally:
                if turn is not None:
                    turn.release()
        outcome: tuple[bool, object] = (True, parts)
    except Exception as exc:
        outcome = (False, exc)
    if sending is not None:
        sending.join()
    parallel.reply(send, outcome)  # any failure: the caller scores these posts itself
    send.close()


def sending(send: Callable[[], None]) -> threading.Thread:
    """A thread running `send` (a pipe takes a large frame only as fast as the other side reads it: meanwhile this
    process can score)."""
    def run() -> None:
        with contextlib.suppress(OSError):  # the other side has gone (stopped): nothing to tell it
            send()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _wait(turn: Turn | None, claims: Claims) -> bool:
    """Wait for the turn; False if every unit was taken meanwhile (or the holder died holding it: the caller then
    takes them all), so that a worker never waits for nothing."""
    if turn is None:
        return True
    while not turn.acquire(timeout=_POLL):
        if not claims.left():
            return False
    return True


_POLL = 0.2  # seconds between looks at the units while waiting for the turn
