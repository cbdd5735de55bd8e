"""Scoring a source while the scan stores it: a forked worker scores the frame just read, unit by unit from its
start, and the scan's own process joins in from its end once it has stored everything; the two meet in between.

Storing a million posts keeps one core busy for ~18 s with nothing to do on the other; this fills it. The scores
come back to `engine.score` through `earlier`, which keeps them only for posts whose fields are unchanged.
"""

from __future__ import annotations

import multiprocessing
import signal
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext

import pandas as pd

from auditor import gcpause
from auditor.scoring import engine, parallel, statistical


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
    def start(cls, frame: pd.DataFrame, scorer: engine.Scorer) -> Background:
        """Fork a worker that starts scoring `frame` (which it inherits: nothing is pickled on the way in)."""
        context = multiprocessing.get_context("fork")
        statistical.load()  # once, here: not once in each process
        claims = Claims(context)
        claims.open(units(len(frame)))
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=work, args=(send, frame, scorer, claims), daemon=True)
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
        if self._process.is_alive():
            self._process.terminate()
        self._receive.close()
        self._process.join()


def span(unit: int, rows: int) -> tuple[int, int]:
    """The (start, stop) rows of one unit."""
    return unit * parallel.UNIT, min(rows, (unit + 1) * parallel.UNIT)


def work(send: Connection, frame: pd.DataFrame, scorer: engine.Scorer, claims: Claims) -> None:
    """In the worker: score units from the front until none is left, then send back (True, parts) or (False,
    the error)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the scan's to handle: it stops this worker
    try:
        with gcpause.paused():
            parts = []
            while (unit := claims.front()) is not None:
                parts.append(scorer.part(frame, [span(unit, len(frame))]))
        outcome: tuple[bool, object] = (True, parts)
    except Exception as exc:
        outcome = (False, exc)
    try:
        send.send(outcome)
    except Exception:  # what cannot be pickled: the caller scores these posts itself
        send.send((False, None))
    send.close()
