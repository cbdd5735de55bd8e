"""Import every source of a scan into canonical frames: archives by content, Mastodon accounts and feeds live."""

from __future__ import annotations

import multiprocessing
import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from auditor.core import gcpause, memory
from auditor.core.errors import SourceError
from auditor.core.forked import dies_with_parent
from auditor.core.frame import build
from auditor.core.records import Skip
from auditor.pipeline import accounting
from auditor.pipeline.sources import Import, open_source
from auditor.scoring import background, parallel, semantic, statistical
from auditor.scoring.background import Background, Turn
from auditor.scoring.engine import READS, Scorer
from connectors.base import ImportLog

Progress = Callable[[str], None]
PROGRESS_EVERY = 5_000

_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass
class LiveOptions:
    """What live sources need: the Mastodon token file, whether direct messages are kept, the hosts besides its
    own a feed's older pages and redirects may come from (--follow-host), and the seconds one feed page may take."""

    token_file: Path | None = None
    exclude_direct: bool = False
    follow_hosts: tuple[str, ...] = ()
    feed_timeout: float = 60.0


@dataclass
class SourceResult:
    """What one source gave: its rows as a frame (for archives and feeds), its logs and timing."""

    source: str
    frame: pd.DataFrame | None
    logs: list[ImportLog] = field(default_factory=list)
    seconds: float = 0.0
    stored_live: int = 0  # rows a live connector wrote to the store itself, page by page
    scoring: Background | None = None  # the frame being scored meanwhile (read_archives with a scorer)
    origins: np.ndarray | None = None  # for each frame row, the index in `logs` of the export it came from

    @property
    def skipped(self) -> list[Skip]:
        """Every entry skipped in this source."""
        return [skip for log in self.logs for skip in log.skipped]

    def stop_scoring(self) -> None:
        """Stop scoring this source's frame in the background, if it still is (an error, or Ctrl-C)."""
        if self.scoring is not None:
            self.scoring.stop()


def is_mastodon(source: str) -> bool:
    """`mastodon:@me@host` names a live Mastodon account."""
    return source.startswith("mastodon:")


def is_feed_url(source: str) -> bool:
    """An http(s) address is a feed to fetch."""
    return bool(_URL.match(source))


def open_all(sources: list[str]) -> dict[str, list[Import]]:
    """Open and detect every path source up front, so a bad path fails before anything is imported."""
    return {source: open_source(source) for source in sources if not (is_mastodon(source) or is_feed_url(source))}


def read_archive(source: str, imports: list[Import], progress: Progress | None = None) -> SourceResult:
    """Read every export found in one path source into one frame."""
    started = time.monotonic()
    sizes: list[int] = []
    with gcpause.paused():
        built = build(_counted(_rows(imports, sizes), source, progress))
    memory.give_back()  # what parsing freed (394 MB after 500,000 tweets), before a worker is forked beside it
    for imp in imports:
        imp.read_profile()
    logs = [imp.log for imp in imports]
    origins = accounting.settle(logs, sizes, built)
    _report_problems(imports)
    accounting.check(logs)
    return SourceResult(source, built.frame, logs, time.monotonic() - started, origins=origins)


def _report_problems(imports: list[Import]) -> None:
    """What every archive of the source refused, as skips: in the log of the export it holds, else in the first."""
    if not imports:
        return
    logs = {id(imp.archive): imp.log for imp in imports}
    archives = {id(a): a for imp in imports for a in (*imp.tree, imp.archive)}
    for key, archive in archives.items():
        log = logs.get(key, imports[0].log)
        for member, reason in archive.problems:
            log.skip(archive.where(member), reason)
        archive.problems.clear()


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
    """What `_send_result` sent."""
    outcome = receive.recv()
    if not isinstance(outcome, _Columns):
        return outcome
    columns = {name: receive.recv() for name in outcome.names}
    outcome.result.frame = pd.DataFrame(columns, columns=outcome.names)
    return outcome.result


def _rows(imports: list[Import], sizes: list[int]) -> Iterator[dict]:
    """The rows of each import in turn; `sizes` gets how many each gave."""
    for imp in imports:
        count = 0
        for count, row in enumerate(imp.rows(), start=1):  # noqa: B007 (count is read after the loop)
            yield row
        sizes.append(count)


def _counted(rows: Iterator[dict], source: str, progress: Progress | None) -> Iterator[dict]:
    """Pass rows through, telling the terminal how far a long import has got."""
    for count, row in enumerate(rows, start=1):
        if progress and count % PROGRESS_EVERY == 0:
            progress(f"{source}: {count:,} posts read…")
        yield row


def read_feed(source: str, state: dict | None, live: LiveOptions | None = None) -> tuple[SourceResult, dict]:
    """Fetch a feed (only what is new since `state`) into a frame; returns the new state to keep."""
    from connectors import feeds

    live = live or LiveOptions()
    started = time.monotonic()
    log = ImportLog(source=source, platform="blog")
    result = feeds.fetch(source, since=state, deadline=live.feed_timeout, follow=live.follow_hosts, log=log)
    for row in result.rows:  # each new entry of each page is a record (entries read by an earlier run are not)
        log.record(row["source"])
    built = build(result.rows)
    origins = accounting.settle([log], [len(result.rows)], built)
    accounting.check([log])
    return SourceResult(source, built.frame, [log], time.monotonic() - started, origins=origins), result.state


def sync_mastodon(source: str, store, live: LiveOptions, progress: Progress | None) -> SourceResult:
    """Fetch a Mastodon account's new statuses straight into the store, page by page."""
    from connectors import mastodon_api

    if store is None:
        raise SourceError(source, "a live Mastodon account needs the store (remove --no-store)")
    started = time.monotonic()
    log = ImportLog(source=source, platform="mastodon")
    token = mastodon_api.read_token(live.token_file)
    result = mastodon_api.sync(source, token=token, store=store, log=log, exclude_direct=live.exclude_direct,
                               on_progress=progress)
    if result.fetched:  # stored page by page: each status fetched is a record, and a row imported
        log.record(source, count=result.fetched)
        log.add_imported(source, result.fetched)
    return SourceResult(source, None, [log], time.monotonic() - started, stored_live=result.fetched)
