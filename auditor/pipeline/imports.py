"""Import every source of a scan into canonical frames: archives by content, Mastodon accounts and feeds live."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from auditor.core import gcpause, memory
from auditor.core.errors import SourceError
from auditor.core.frame import build
from auditor.core.records import Skip
from auditor.pipeline import accounting
from auditor.pipeline.sources import Import, open_source
from auditor.scoring.background import Background
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
    scoring: Background | None = None  # the frame being scored meanwhile (readahead.read_archives with a scorer)
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
    from connectors import feed_walk  # here: it imports requests, which only a scan reading a feed URL needs

    live = live or LiveOptions()
    started = time.monotonic()
    log = ImportLog(source=source, platform="blog")
    result = feed_walk.fetch(source, since=state, deadline=live.feed_timeout, follow=live.follow_hosts, log=log)
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
