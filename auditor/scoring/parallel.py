"""Score the two halves of a large frame at once: the first half in a forked worker process, the second here.

Scoring is per post (each post's flags depend on that post alone), so halves give the same flags as one pass. The
worker is forked, not spawned: it inherits the compiled rules and its half's columns, so nothing is pickled on the
way in; only its half's flags and risks come back. Every forked child of the tool (these workers, the background
scorer, the forked readers) runs its target through `auditor.core.forked.dies_with_parent`.

What it buys (benchmarks/pipeline.py, 100,000 posts, medians of three runs on a busy 2-core machine, 2026-12-06):
with the halves and the report's CSV worker (`reports._csv_beside`, which runs here too) the scan's own process
spends 17.1 CPU s, without them 25.2 s, for the same work in all (24.6 and 25.2 CPU s).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TypeVar

from auditor.core.forked import dies_with_parent

T = TypeVar("T")
UNIT = 25_000  # rows per range when sharing: small enough to balance, large enough for one joined text to pay
MIN_ROWS = 40_000  # below this a second process costs more than it saves (fork, and pickling the result back)
_TASK: list[Callable[[], object]] = []  # what the forked worker runs: set just before the fork, read in the child


def available() -> bool:
    """True when a second core and `fork` are there, and AUDITOR_WORKERS is not 1 (set it to 1 to stay serial)."""
    if os.environ.get("AUDITOR_WORKERS", "") == "1":
        return False
    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def halves(rows: int, unit: int | None = None) -> list[list[tuple[int, int]]]:
    """How to share `rows` posts: [[(0, rows)]] for a small frame (under MIN_ROWS) or without a second core; else
    two lists of (start, stop) ranges of at most `unit` rows, taken in turn, so that each side gets as much of
    every source (a Mastodon archive's posts cost half again an X archive's) as the other."""
    if rows < MIN_ROWS or not available():
        return [[(0, rows)]]
    unit = max(1, min(unit or UNIT, -(-rows // 2)))
    ranges = [(at, min(rows, at + unit)) for at in range(0, rows, unit)]
    return [ranges[0::2], ranges[1::2]]


def run_both(first: Callable[[], T], second: Callable[[], T]) -> tuple[T, T]:
    """`first()` in a forked worker while `second()` runs here; both results, in that order.

    The worker's error is raised here; if this side fails or is interrupted (Ctrl-C), the worker is stopped at once.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    _TASK[:] = [first]
    worker = context.Process(target=dies_with_parent(_work), args=(send,), daemon=True)
    try:
        worker.start()  # the fork: the worker has its copy of _TASK and of everything `first` reads
        send.close()
        here = second()
        try:
            ok, value = receive.recv()
        except EOFError:
            raise RuntimeError(f"the worker process stopped without a result (exit code {worker.exitcode})") from None
    finally:
        _TASK.clear()
        end(worker, receive)
    if not ok:
        raise value
    return value, here


def _work(send: Connection) -> None:
    """In the worker: run the task and send back (True, result) or (False, the error)."""
    try:
        outcome = (True, _TASK[0]())
    except BaseException as exc:  # every failure, Ctrl-C included, goes back to the caller
        outcome = (False, exc)
    reply(send, outcome)


def reply(send: Connection, outcome: tuple[bool, object]) -> None:
    """Send a worker's (True, result) or (False, error) back; what cannot be pickled goes back as text."""
    try:
        send.send(outcome)
    except Exception as exc:
        what = f"its result ({exc})" if outcome[0] else repr(outcome[1])
        send.send((False, RuntimeError(f"the worker process could not send back {what}")))


def end(process: BaseProcess, receive: Connection) -> None:
    """End a forked process whose result has come or is no longer wanted, and wait for it."""
    if process.is_alive():
        process.terminate()
    process.join()
    receive.close()

