"""Reading the next archive of a scan in a forked child while this process stores the one before, and scoring
each large frame in the background from the moment it is read (`auditor.scoring.background`).

What it buys (benchmarks/pipeline.py on the generated history, 2026-12-06, a 2-core machine shared with other jobs:
CPU seconds, which its load does not move as it moves wall time; medians of three runs at 100,000 posts, one run at
1,000,000). The scan's own process, whose time is the run's when a second core is free, spends 15.3 s (100k) and
125 s (1M) with it, 17.1 s and 136 s without it; all processes together spend 27.1 s and 225 s with it, 24.6 s
and 208 s without it. So it takes ~10 s off a million posts' critical path where a core would otherwise idle, and
costs 8-10 % more CPU, which on a busy machine makes the run slower. Scoring in two halves (`scoring.parallel`)
stays either way: it alone takes 25.2 -> 17.1 s off the scan's own process at 100,000 posts.

Only the scan (and benchmarks/pipeline.py) reads archives this way; `imports.read_archive` reads one in this process.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pandas as pd

from auditor.core import gcpause, memory
from auditor.core.errors import SourceError
from auditor.core.forked import dies_with_parent
from auditor.pipeline.imports import Progress, SourceResult, read_archive
from auditor.pipeline.sources import Import
from auditor.scoring import background, parallel, semantic, statistical
from auditor.scoring.background import Background, Turn
from auditor.scoring.engine import READS, Scorer


def read_archives(items: list[tuple[str, list[Import]]], progress: Progress | None = None,
                  scorer: Scorer | None = None) -> Iterator[SourceResult]:
    """`read_archive` of each (source, imports), in order; with a second core the next one is read in a forked
    process meanwhile, so the caller can store one source while the next one is still being read. With a
    `scorer`, each large frame is also scored in the background from the moment it is read (its `scoring`)."""
    turn = multiprocessing.get_context("fork").Semaphore(1) if scorer is not None else None  # workers take turns
    # the same source twice would share its open files (and their offsets) with the child: read it here then
    if len(items) < 2 or not parallel.available() or len({source for source, _ in items}) < len(items):
        for source, imports in items:
            yield _scored(read_archive(source, imports, progress), scorer, turn)
        return
    pending = list(items[1:])
    reader = _Reader(*pending.pop(0), progress, scorer, turn)
    if scorer is not None:
        statistical.load()  # after that fork, not before: the child loads its own while this process reads
        semantic.load()
    try:
        yield _scored(read_archive(*items[0], progress), scorer, turn)
        while reader is not None:
            result = reader.result()
            reader = _Reader(*pending.pop(0), progress, scorer, turn) if pending else None
            yield result
    finally:
        if reader is not None:
            reader.stop()


def _scored(result: SourceResult, scorer: Scorer | None, turn: Turn | None) -> SourceResult:
    """`result`, its frame being scored in the background when there is a scorer and the frame is large."""
    if scorer is not None and result.frame is not None and background.wanted(len(result.frame)):
        result.scoring = Background.start(result.frame, scorer, turn)
    return result


class _Reader:
    """One source read in a forked child: it inherits the opened archives, and only its result is pickled back
    (measured: ~0.1 s per 100,000 rows, against ~3 s to read them). With a scorer, the child then goes on to
    score its frame in the background, as a `Background` worker."""

    def __init__(self, source: str, imports: list[Import], progress: Progress | None, scorer: Scorer | None,
                 turn: Turn | None) -> None:
        self.source, self.imports, self.progress, self.scorer, self.turn = source, imports, progress, scorer, turn
        context = multiprocessing.get_context("fork")
        self._claims = background.Claims(context) if scorer is not None else None
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=dies_with_parent(_read_and_send),
                                        args=(send, source, imports, progress, scorer, self._claims, turn),
                                        daemon=True)
        self._process.start()
        send.close()

    def result(self) -> SourceResult:
        """The child's result; read here instead when the child failed for any reason but a SourceError."""
        try:
            outcome = _receive_result(self._receive)
        except EOFError:  # the child died (killed, out of memory) before it could answer
            outcome = None
        except BaseException:
            self.stop()
            raise
        if isinstance(outcome, SourceResult) and self._claims is not None and self._claims.opened():
            outcome.scoring = Background(outcome.frame, self.scorer, self._claims, self._receive, self._process)
            return outcome  # the child scores on: the Background owns it now
        self._receive.close()
        self._process.join()
        if outcome is None:  # reading it here gives the same result, or raises the same error with its traceback
            return _scored(read_archive(self.source, self.imports, self.progress), self.scorer, self.turn)
        if isinstance(outcome, tuple):
            raise SourceError(*outcome)  # a SourceError does not survive pickling (two arguments): sent as parts
        return outcome

    def stop(self) -> None:
        """End a child whose result is no longer wanted (Ctrl-C or an error in the caller), and wait for it."""
        parallel.end(self._process, self._receive)


def _read_and_send(send, source: str, imports: list[Import], progress: Progress | None, scorer: Scorer | None,
                   claims: background.Claims | None, turn: Turn | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops this child
    try:
        outcome: object = read_archive(source, imports, progress)
    except SourceError as exc:
        outcome = (exc.source, exc.problem)
    except Exception:  # a bug: the parent reads the source again and raises it there, with its traceback
        outcome = None
    scoring = claims is not None and isinstance(outcome, SourceResult) and background.wanted(len(outcome.frame))
    if not scoring:
        _send_result(send, outcome)
        send.close()
        return
    claims.open(background.units(len(outcome.frame)))  # before the parent can see the frame
    # the parent takes the frame only once it has stored the one before: score meanwhile, sending from a thread.
    # Scoring keeps only the columns it reads; the rest of the result goes once it is sent
    frame, held = outcome.frame[list(READS)], [outcome]
    del outcome

    def send_and_let_go() -> None:
        _send_result(send, held.pop())
        memory.give_back()  # the columns scoring does not read: Arrow's pool would keep them

    background.work(send, frame, scorer, claims, turn, sending=background.sending(send_and_let_go))


@dataclass
class _Columns:
    """Sent ahead of a result's frame, which follows a column at a time."""

    result: SourceResult
    names: list[str]


def _send_result(send, outcome: object) -> None:
    """Send what the child read; a frame a column at a time (whole, its pickle was a second copy of it on each
    side of the pipe: ~0.5 GB for a 500,000-post archive)."""
    if not isinstance(outcome, SourceResult) or outcome.frame is None:
        send.send(outcome)
        return
    frame = outcome.frame
    send.send(_Columns(replace(outcome, frame=None), list(frame.columns)))
    for name in frame.columns:
        send.send(frame[name])


def _receive_result(receive) -> object:
    """What `_send_result` sent. Unpickled without the cyclic collector: a column of lists (links, hashtags) is
    half a million new containers, and with the scan's other frames alive each collection walked them all again
    (measured, 50,000 posts' links: 0.18 s, 0.005 s paused)."""
    with gcpause.paused():
        outcome = receive.recv()
        if not isinstance(outcome, _Columns):
            return outcome
        columns = {name: receive.recv() for name in outcome.names}
    outcome.result.frame = pd.DataFrame(columns, columns=outcome.names)
    return outcome.result
