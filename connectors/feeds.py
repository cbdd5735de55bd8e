"""RSS and Atom feeds: a local feed file as an archive connector, and `fetch` for a live feed with its history.

feedparser does the parsing (every RSS/Atom dialect, encodings, sanitising); this module turns its entries into
rows, and for live feeds follows the pages back through the blog's history (RFC 5005 archives, `rel="next"`,
WordPress `?paged=N`, Blogger `start-index`) through `connectors.feed_paging`, keeping only entries that are new
since the state of the last run. feedparser runs in a child process bounded in memory and time
(`connectors.sandbox`), after a document declaring entities is refused, and what it gives back is bounded too.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

import feedparser
from feedparser.encodings import convert_to_utf8, parse_content_type

from auditor.errors import SourceError
from connectors import blogger, feed_hosts, feed_paging, sandbox, wordpress, xmlsafe
from connectors.archive import Archive
from connectors.base import ImportLog, from_epoch, html_to_text, stable_id

PLATFORM = "blog"
LABEL = "RSS/Atom feed"

_ROOTS = ("<rss", "<feed", "<rdf:rdf", ":feed ", ":feed>")
IDS_KEPT = 1000  # ids remembered between runs, for entries without dates
#: the text a feed may give (titles, bodies, links): this many times its own size, plus this much
EXPANSION, SLACK = 8, 8 * 1024 ** 2
PARSE_MEMORY_PER_BYTE = 16  # over sandbox.MEMORY: a well-formed 15 MB feed peaked at 100 MB in feedparser


@dataclass
class FeedResult:
    """What one fetch found: new rows, and the state to pass back as `since` next time."""

    rows: list[dict]
    state: dict


def fetch(url: str, *, since: dict | None = None, max_pages: int = 200, timeout: float = 20,
          deadline: float = feed_paging.DEADLINE, follow: tuple[str, ...] = (), log: ImportLog) -> FeedResult:
    """Fetch a live feed and its older pages (bounded), keeping only entries that are new since `since`; each page
    in `deadline` seconds at most, and pages and redirects only on the feed's own host and those in `follow`."""
    since = dict(since or {})
    pending = since.get("pending")
    fetching = _Fetch(timeout, deadline, feed_hosts.Hosts(url, follow))
    # why unconditional while a page is pending: "not modified" would leave that older page unread again
    first = fetching.get(url, *((None, None) if pending else (since.get("etag"), since.get("modified"))))
    if first.status == 304:
        log.note(f"{url}: not modified since the last run")
        return FeedResult([], since)
    if pending:
        log.note(f"{url}: reading back to {pending}, an older page an earlier run could not read")
    walk = _walk(first, _Known(since), max_pages, fetching, log, resuming=bool(pending))
    return FeedResult(walk.kept, _state(url, first, walk, since))


@dataclass(frozen=True)
class _Fetch:
    """How every page of one feed is fetched: the timeout of each read, the deadline of each page, and the hosts
    it may come from."""

    timeout: float
    deadline: float
    hosts: feed_hosts.Hosts

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> feed_paging.Page:
        """One page (conditional on `etag` and `modified` when given)."""
        return feed_paging.get(url, self.timeout, etag, modified, hosts=self.hosts, deadline=self.deadline)


@dataclass
class _Walk:
    """What one walk back through a feed's pages read: the new rows, the date of every entry read, and the first
    page it could not read (None when it read every page it went to)."""

    kept: list[dict] = field(default_factory=list)
    seen: list[datetime] = field(default_factory=list)
    failed: str | None = None


def _walk(page: feed_paging.Page, known: _Known, max_pages: int, fetching: _Fetch, log: ImportLog,
          resuming: bool) -> _Walk:
    walk, visited = _Walk(), set()
    parsed = parse(page.data, page.url, log, page.headers)  # the first page decides: unreadable raises
    while True:
        visited.add(page.url)
        fresh = [row for row in parsed.rows if known.is_new(row)]
        known.ids.update(row["post_id"] for row in fresh)
        walk.kept.extend(fresh)
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
        page, parsed = _next(following, fetching, log, walk)
        if page is None or parsed is None:
            return walk


def _next(url: str, fetching: _Fetch, log: ImportLog, walk: _Walk) -> tuple[feed_paging.Page | None, Parsed | None]:
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


def _state(url: str, first: feed_paging.Page, walk: _Walk, since: dict) -> dict:
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


def find(archive: Archive) -> list[str]:
    """Members that are RSS/Atom/RDF feeds, leaving WordPress and Blogger exports to their own connectors."""
    return [m for m in xmlsafe.candidates(archive) if is_feed(xmlsafe.head(archive, m))]


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are a syndication feed (and not a WXR or Blogger export)."""
    sniffed = xmlsafe.head_text(head)
    if not any(marker in sniffed for marker in _ROOTS):
        return False
    return not (wordpress.is_wxr(head) or blogger.is_blogger(head))


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows of one local feed file (`root` is the member found by `find`; "" reads every feed in the archive)."""
    for member in [root] if root else find(archive):
        where = archive.where(member)
        yield from parse(archive.read_bytes(member), where, log).rows


@dataclass
class Parsed:
    """One feed document read: its rows, and what paging needs of its channel (links, generator, id)."""

    rows: list[dict]
    feed: dict


def parse(data: bytes, where: str, log: ImportLog, headers: dict[str, str] | None = None) -> Parsed:
    """Parse feed bytes (HTTP headers make a charset header apply) in a child process bounded in memory and time;
    ill-formed is a note, unreadable or expanding raises."""
    memory = sandbox.MEMORY + PARSE_MEMORY_PER_BYTE * len(data)
    parsed, notes = sandbox.run(lambda: _parse(data, where, dict(headers or {})), where, memory=memory)
    for note in notes:
        log.note(note)
    return parsed


def _parse(data: bytes, where: str, headers: dict[str, str]) -> tuple[Parsed, list[str]]:
    """What `parse` runs in its child: the feed's rows and channel, and the notes for the log."""
    _refuse_entities(data, where, headers)
    # why: always bytes, never a str: feedparser would treat a str as a URL or a path and fetch it
    parsed = feedparser.parse(bytes(data), response_headers=headers)
    problem = _bozo_reason(parsed)
    if problem and not parsed.entries:
        raise SourceError(where, f"is not a readable feed ({problem})")
    notes = []
    if problem:
        notes.append(f"{where}: ill-formed feed ({problem}); kept the {len(parsed.entries)} entries that could be read")
    elif not parsed.entries:
        notes.append(f"{where}: the feed has no entries")
    found = list(rows(parsed, where))
    _refuse_expansion(found, len(data), where)
    return Parsed(found, _channel(parsed.get("feed", {}))), notes


def _refuse_entities(data: bytes, where: str, headers: dict[str, str]) -> None:
    # why: feedparser keeps a declared entity and its fallback parser expands it without limit (62 KB -> 30 MB);
    # read as feedparser itself decodes the page (HTTP charset, declared encoding, BOM, chardet's guess) too
    charset = parse_content_type(headers.get("content-type", ""))[1]
    if xmlsafe.declares_entities(data, charset) or xmlsafe.ENTITY.search(convert_to_utf8(headers, data, {})):
        raise SourceError(where, "declares XML entities (an entity-expansion or external-entity attack?), not read")


def _refuse_expansion(found: list[dict], size: int, where: str) -> None:
    # why: a long base URI is joined onto every relative link (287 KB -> 600 MB); no real feed grows past this
    text = sum(len(row["text"]) + len(row["title"] or "") + len(row["url"] or "") + sum(map(len, row["links"]))
               for row in found)
    if text > EXPANSION * size + SLACK:
        raise SourceError(where, f"expands to {text / 1024 ** 2:,.0f} MB of text from {size / 1024 ** 2:,.1f} MB "
                                 "(an expansion attack?), not read")


def _channel(feed: dict) -> dict:
    # why: only what paging reads, as plain values, crosses back from the child (a feed may hold many links)
    links, found = [], feed.get("links", [])
    for rel in ("prev-archive", "next"):
        href = next((link["href"] for link in found if link.get("rel") == rel and link.get("href")), None)
        if href:
            links.append({"rel": rel, "href": str(href)})
    return {"links": links, "generator": str(feed.get("generator") or "")[:1000],
            "id": str(feed.get("id") or "")[:1000]}


def _bozo_reason(parsed: feedparser.FeedParserDict) -> str:
    if not parsed.get("bozo"):
        return ""
    exc = parsed.get("bozo_exception")
    message = " ".join(str(exc).split()) if exc else "unknown problem"
    return f"{type(exc).__name__}: {message}" if exc else message


def rows(parsed: feedparser.FeedParserDict, where: str) -> Iterator[dict]:
    """Canonical rows of a parsed feed's entries."""
    feed = parsed.get("feed", {})
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_row(entry, feed, f"{where}#entry{number}")


def entry_row(entry: dict, feed: dict, where: str) -> dict:
    """One feed entry as a row: an article when it has a title, a post for title-less microblog items."""
    plain, links = html_to_text(_body(entry))
    title = _title(entry)
    created = _time(entry)
    return {
        "post_id": _post_id(entry, feed, title, plain, created),
        "platform": PLATFORM,
        "account": _name(entry) or _name(feed) or feed.get("title") or "",
        "kind": "comment" if _reply_to(entry) else "article" if title else "post",
        "created_at": created,
        "edited_at": _time(entry, ("updated_parsed",)) if dict.get(entry, "published_parsed") else None,
        "title": title or None,
        "text": plain,
        "url": entry.get("link"),
        "visibility": "public",
        "reply_to": _reply_to(entry),
        "links": links,
        "hashtags": [t["term"] for t in entry.get("tags", []) if t.get("term")],
        "media_count": len(entry.get("enclosures", [])),
        "language": feed.get("language"),
        "source": where,
    }


def _body(entry: dict) -> str:
    # why: full text sits in content (content:encoded, Atom content); summary/description is often an excerpt
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(contents, key=len) if contents else entry.get("summary", "")


def _title(entry: dict) -> str:
    detail = entry.get("title_detail") or {}
    value = entry.get("title", "")
    return html_to_text(value)[0] if "html" in detail.get("type", "") else value.strip()


_DATE_KEYS = ("published_parsed", "updated_parsed", "created_parsed")


def _time(entry: dict, keys: tuple[str, ...] = _DATE_KEYS) -> datetime | None:
    # why: feedparser normalises every date dialect to a UTC struct_time (timegm keeps it UTC); dict.get skips
    # its deprecated updated->published alias, which would warn and report a publication date as an edit
    for key in keys:
        value = dict.get(entry, key)
        if value:
            try:
                return from_epoch(calendar.timegm(value))
            except ValueError:  # a year no frame can hold (feedparser reads "0001" and "9999" as dates)
                return None
    return None


def _post_id(entry: dict, feed: dict, title: str, text: str, created: datetime | None) -> str:
    # why: id (guid) is stable across fetches and equals the WXR/Blogger export's id; link is the next best
    native = entry.get("id") or entry.get("link")
    if native:
        return f"blog:{native}"
    return stable_id(PLATFORM, feed.get("link") or feed.get("title"), title, text, created)


def _name(item: dict) -> str:
    # why: feedparser's `author` glues the e-mail on ("John (noreply@blogger.com)"); the detail has the bare name
    return (item.get("author_detail") or {}).get("name") or item.get("author") or ""


def _reply_to(entry: dict) -> str | None:
    # why: Atom threading (thr:in-reply-to) marks the entries of comment feeds as answers to a post
    reply = entry.get("thr_in-reply-to")
    return (reply.get("href") or reply.get("ref")) if isinstance(reply, dict) else None
