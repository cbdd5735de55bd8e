"""A live RSS or Atom feed, fetched with its history: `fetch` walks its pages back through the blog's past.

Each page is fetched by `connectors.feed_paging` (one guarded HTTP GET, and where the next, older page is: RFC 5005
archives, `rel="next"`, WordPress `?paged=N`, Blogger `start-index`) and parsed as a feed file is
(`connectors.feed_rows`). Only entries new since the state of the last run are kept, and a page that could not be
read is read again by a later run. Apart from `connectors.feeds` (a feed file in an archive) because this module
imports requests: only a scan that reads a feed URL imports it (`auditor.pipeline.imports.read_feed`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from auditor.core.errors import SourceError
from connectors import feed_hosts, feed_paging, feed_rows
from connectors.base import ImportLog
from connectors.feed_paging import Page
from connectors.feed_rows import Parsed, channel_profile, parse

IDS_KEPT = 1000  # ids remembered between runs, for entries without dates
#: text one fetch may gather, over all its pages: 200 pages of a blog's full posts hold about 40 MB
WALK_TEXT = 256 * 1024 ** 2


@dataclass
class FeedResult:
    """What one fetch found: new rows, and the state to pass back as `since` next time."""

    rows: list[dict]
    state: dict


def fetch(url: str, *, since: dict | None = None, max_pages: int = 200, max_text: int = WALK_TEXT,
          timeout: float = 20, deadline: float | None = None, follow: tuple[str, ...] = (),
          log: ImportLog) -> FeedResult:
    """Fetch a live feed and its older pages (at most `max_pages`, `max_text` characters of new text), keeping only
    entries that are new since `since`; each page in `deadline` seconds at most, and pages and redirects only on
    the feed's own host and those in `follow` (`deadline` None: feed_paging.DEADLINE)."""
    since = dict(since or {})
    deadline = feed_paging.DEADLINE if deadline is None else deadline
    pending = since.get("pending")
    fetching = _Fetch(timeout, deadline, feed_hosts.Hosts(url, follow))
    # why unconditional while a page is pending: "not modified" would leave that older page unread again
    first = fetching.get(url, *((None, None) if pending else (since.get("etag"), since.get("modified"))))
    if first.status == 304:
        log.note(f"{url}: not modified since the last run")
        log.profile.missing(url, "the feed was not modified since the last run: its title and description are "
                                 "as the store last kept them")
        return FeedResult([], since)
    if pending:
        log.note(f"{url}: reading back to {pending}, an older page an earlier run could not read")
    walk = _walk(first, _Known(since), (max_pages, max_text), fetching, log, resuming=bool(pending))
    return FeedResult(walk.kept, _state(url, first, walk, since))


@dataclass(frozen=True)
class _Fetch:
    """How every page of one feed is fetched: the timeout of each read, the deadline of each page, and the hosts
    it may come from."""

    timeout: float
    deadline: float
    hosts: feed_hosts.Hosts

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> Page:
        """One page (conditional on `etag` and `modified` when given)."""
        return feed_paging.get(url, self.timeout, etag, modified, hosts=self.hosts, deadline=self.deadline)


@dataclass
class _Walk:
    """What one walk back through a feed's pages read: the new rows, the date of every entry read, and the first
    page it could not read (None when it read every page it went to)."""

    kept: list[dict] = field(default_factory=list)
    seen: list[datetime] = field(default_factory=list)
    failed: str | None = None
    text: int = 0  # characters of text kept


def _walk(page: Page, known: _Known, bounds: tuple[int, int], fetching: _Fetch, log: ImportLog,
          resuming: bool) -> _Walk:
    (max_pages, max_text), walk, visited = bounds, _Walk(), set()
    parsed = parse(page.data, page.url, log, page.headers)  # the first page decides: unreadable raises
    channel_profile(parsed.feed, page.url, log.profile)  # the feed's face: its first page says it
    while True:
        visited.add(page.url)
        fresh = [row for row in parsed.rows if known.is_new(row)]
        known.ids.update(row["post_id"] for row in fresh)
        walk.kept.extend(fresh)
        walk.text += feed_rows.text_size(fresh)
        walk.seen.extend(row["created_at"] for row in parsed.rows if row["created_at"])
        following = feed_paging.next_page(parsed.feed, page.url, len(parsed.rows))
        # why: a page with nothing new, or one seen before, is where the history (or news) ends; but after an
        # earlier run's gap, pages it read are known, and only a page as old as its watermark ends the gap
        ends = not fresh and (not resuming or not parsed.rows or known.reaches(parsed.rows))
        if ends or following is None or following in visited:
            return walk
        if len(visited) >= max_pages:
            log.note(f"{following}: stopped after {max_pages} pages; older entries were not fetched")
            return walk
        if walk.text >= max_text:  # why: each page is bounded, 200 of them are not: 16 MB each would be 3 GB
            log.note(f"{following}: stopped after {walk.text / 1024 ** 2:,.0f} MB of text; older entries were not "
                     "fetched")
            return walk
        page, parsed = _next(following, fetching, log, walk)
        if page is None or parsed is None:
            return walk


def _next(url: str, fetching: _Fetch, log: ImportLog, walk: _Walk) -> tuple[Page | None, Parsed | None]:
    try:
        page = fetching.get(url)  # why through it: a link to a host the person did not name is refused, not fetched
        return page, parse(page.data, page.url, log, page.headers)
    except feed_paging.FetchError as exc:
        if exc.status in (404, 410):  # why: WordPress answers 404 past the last ?paged=N: history ends there
            return None, None
        problem = exc.problem
    except SourceError as exc:
        problem = exc.problem
    log.skip(url, problem)
    walk.failed = url  # why: the state must not pass over it; a later run reads again down to it
    return None, None


class _Known:
    """What the last run saw: an entry is new if its id is unknown and it is not older than the newest seen."""

    def __init__(self, since: dict) -> None:
        self.ids: set[str] = set(since.get("ids", []))
        newest = since.get("newest")
        self.newest = datetime.fromisoformat(newest) if newest else None

    def is_new(self, row: dict) -> bool:
        created = row["created_at"]
        if row["post_id"] in self.ids:
            return False
        return created is None or self.newest is None or created > self.newest

    def reaches(self, rows: list[dict]) -> bool:
        """Whether a page holds an entry no newer than the newest seen: below it, everything was read before."""
        return self.newest is not None and any(r["created_at"] and r["created_at"] <= self.newest for r in rows)


def _state(url: str, first: Page, walk: _Walk, since: dict) -> dict:
    """The state for the next run: its watermark moves only over a walk that read every page it went to."""
    ids = list(dict.fromkeys([row["post_id"] for row in walk.kept] + list(since.get("ids", []))))[:IDS_KEPT]
    state = {
        "url": url,
        "etag": first.headers.get("etag") or since.get("etag"),
        "modified": first.headers.get("last-modified") or since.get("modified"),
        "ids": ids,
    }
    if walk.failed:  # why: entries older than those read and newer than the watermark are still to be read
        return {**state, "newest": since.get("newest"), "pending": walk.failed}
    times = walk.seen + ([datetime.fromisoformat(since["newest"])] if since.get("newest") else [])
    return {**state, "newest": max(times).isoformat() if times else None}
