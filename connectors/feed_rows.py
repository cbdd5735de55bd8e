"""One feed document to canonical rows: feedparser in a bounded child process, each entry a row.

feedparser does the parsing (every RSS/Atom dialect, encodings, sanitising); it runs in a child process bounded in
memory and time (`connectors.sandbox`), after a document declaring entities is refused, and the text it gives back
is bounded too: no feed can expand without limit.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from auditor.core.errors import SourceError
from connectors import sandbox, xmlsafe
from connectors.base import ImportLog, from_epoch, stable_id
from connectors.html_text import html_to_text
from connectors.profile_fields import VALUE_MAX, ProfileLog, add_channel

if TYPE_CHECKING:
    import feedparser

PLATFORM = "blog"
#: the text a feed may give (titles, bodies, links): this many times its own size, plus this much
EXPANSION, SLACK = 8, 8 * 1024 ** 2
LANGUAGE_TAG = 64  # characters: the longest language tag kept
PARSE_MEMORY_PER_BYTE = 16  # over sandbox.MEMORY: a well-formed 15 MB feed peaked at 100 MB in feedparser


@dataclass
class Parsed:
    """One feed document read: its rows, and what paging needs of its channel (links, generator, id)."""

    rows: list[dict]
    feed: dict


def parse(data: bytes, where: str, log: ImportLog, headers: dict[str, str] | None = None) -> Parsed:
    """Parse feed bytes (HTTP headers make a charset header apply) in a child process bounded in memory and time;
    ill-formed is a note, unreadable or expanding raises."""
    # why here, before the child is forked: imported once by the parent, not again by every page's child (a scan
    # that reads no feed never imports it: detection imports this module)
    import feedparser
    import feedparser.encodings  # noqa: F401

    memory = sandbox.MEMORY + PARSE_MEMORY_PER_BYTE * len(data)
    parsed, notes = sandbox.run(lambda: _parse(data, where, dict(headers or {})), where, memory=memory)
    for note in notes:
        log.note(note)
    return parsed


def _parse(data: bytes, where: str, headers: dict[str, str]) -> tuple[Parsed, list[str]]:
    """What `parse` runs in its child: the feed's rows and channel, and the notes for the log."""
    import feedparser  # imported by `parse` before the fork

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
    from feedparser.encodings import convert_to_utf8, parse_content_type

    charset = parse_content_type(headers.get("content-type", ""))[1]
    if xmlsafe.declares_entities(data, charset) or xmlsafe.ENTITY.search(convert_to_utf8(headers, data, {})):
        raise SourceError(where, "declares XML entities (an entity-expansion or external-entity attack?), not read")


def text_size(found: list[dict]) -> int:
    """Characters of text in rows: titles, bodies, URLs and links."""
    return sum(len(row["text"]) + len(row["title"] or "") + len(row["url"] or "") + sum(map(len, row["links"]))
               for row in found)


def _refuse_expansion(found: list[dict], size: int, where: str) -> None:
    # why: a long base URI is joined onto every relative link (287 KB -> 600 MB); no real feed grows past this
    text = text_size(found)
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
    face = {key: str(feed.get(key) or "")[:VALUE_MAX] for key in ("title", "subtitle", "link")}
    return {"links": links, "generator": str(feed.get("generator") or "")[:1000],
            "id": str(feed.get("id") or "")[:1000], "author": _name(feed)[:VALUE_MAX], **face}


def channel_profile(channel: dict, where: str, found: ProfileLog) -> None:
    """The feed's title, description, author and address (as `_channel` kept them), for the profile section."""
    author, link = channel.get("author") or "", channel.get("link") or ""
    account = author or link or channel.get("title") or where
    add_channel(found, where, account=account, title=channel.get("title"), description=channel.get("subtitle"),
                authors=[author] if author else [], site=link)


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
    body = _body(entry)
    plain, links = html_to_text(body.get("value") or "")
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
        # why the text's own first: Atom scopes xml:lang to each element (a Russian entry's content says ru where
        # the feed says nothing); feedparser keeps it on the text's detail, and the channel's <language> on the feed
        "language": _language(body) or _language(feed),
        "source": where,
    }


def _body(entry: dict) -> dict:
    """The entry's text with what the feed says of it (`value`, `language`): its longest content, else its summary."""
    # why: full text sits in content (content:encoded, Atom content); summary/description is often an excerpt
    contents = [c for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=lambda c: len(c["value"]))
    return entry.get("summary_detail") or {"value": entry.get("summary", "")}


def _language(detail: dict) -> str | None:
    # why bounded: an inherited xml:lang is repeated on every row; a language tag is short (RFC 5646: 35 characters
    # hold nearly all of them), so a longer value is no tag, and is not copied onto thousands of rows
    value = detail.get("language")
    if not isinstance(value, str) or len(value) > LANGUAGE_TAG:
        return None
    return value.strip() or None


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
