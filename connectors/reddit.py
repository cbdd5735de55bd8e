"""Reddit GDPR export: posts.csv and comments.csv (also split as posts_1.csv …), read by header name."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog, in_frame, urls_in
from connectors.csvsafe import Dialect, sniff, table
from connectors.profile_fields import ProfileLog

PLATFORM = "reddit"
LABEL = "Reddit data export (posts.csv, comments.csv)"

_TABLES = {"posts": re.compile(r"^posts(_\d+)?\.csv$"), "comments": re.compile(r"^comments(_\d+)?\.csv$")}
_SIGNATURE = {"id", "permalink", "date", "subreddit"}  # what both tables share, whatever the export year
_PLACEHOLDERS = ("[deleted]", "[removed]")  # Reddit keeps the row but not the words
_SITE = "https://www.reddit.com"


def find(archive: Archive) -> list[str]:
    """Folders holding a posts or comments CSV with Reddit's header."""
    return sorted({posixpath.dirname(m) for m in archive.members() if _table(archive, m)})


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every post and comment of the export in `root`."""
    for member in archive.members():
        table = _table(archive, member) if posixpath.dirname(member) == root else None
        if table:
            for where, rec in _records(archive, member, log):
                row = _post(rec, where) if table == "posts" else _comment(rec, where, log)
                if row:
                    yield row


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """Reddit's data export holds no profile (no display name, bio or links): said, not guessed."""
    found.none(archive.where(root) if root else archive.name, "a Reddit data export holds no profile data")


def _table(archive: Archive, member: str) -> str | None:
    name = posixpath.basename(member)
    table = next((t for t, pattern in _TABLES.items() if pattern.match(name)), None)
    if table is None:
        return None
    try:
        with archive.open(member) as stream:
            sniffed = sniff(stream.read(2048))
    except (SourceError, OSError):
        return None
    return table if set(_names(sniffed.header.split(sniffed.delimiter))) >= _SIGNATURE else None


def _names(header: list[str]) -> list[str]:
    return [n.strip().strip('"').lower() for n in header]


def _records(archive: Archive, member: str, log: ImportLog) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, fields by header name); a row of the wrong width, too long, or without id and date is skipped."""
    name = posixpath.basename(member)
    with archive.open(member) as stream:
        sniffed = sniff(stream.read(2048))
    # a copy re-saved as UTF-16 (a spreadsheet's "Unicode text") is tab-separated; line breaks in bodies as \n
    dialect = Dialect(encoding=sniffed.encoding, delimiter=sniffed.delimiter, newline="\n")
    with archive.open(member) as stream:
        for index, rec in table(stream, dialect, archive.where(member), name, log, header=_names):
            where = f"{name}#{index}"
            rec.pop("ip", None)  # never kept: personal data the audit has no use for
            created_at = _time(rec.get("date", ""))
            if not rec.get("id", "").strip() or created_at is None:
                log.skip(where, f"no id or unreadable date {rec.get('date', '')[:40]!r}")
                continue
            rec["created_at"] = created_at
            yield where, rec


def _post(rec: dict, where: str) -> dict:
    title, body = rec.get("title", "").strip(), rec.get("body", "").strip()
    url, permalink = rec.get("url", "").strip(), _permalink(rec.get("permalink", ""))
    placeholder = body in _PLACEHOLDERS
    text = title if placeholder or not body else f"{title}\n\n{body}"
    external = [url] if url and not _is_self(url, rec["id"]) else []
    return _common(rec, where) | {
        "post_id": f"reddit:t3_{rec['id'].strip()}", "kind": "post", "text": text, "title": title or None,
        "url": permalink, "links": _unique(external + urls_in(body)), "deleted": body == "[deleted]",
    }


def _comment(rec: dict, where: str, log: ImportLog) -> dict | None:
    body = rec.get("body", "").strip()
    if body in _PLACEHOLDERS:
        log.skip(where, f"comment body is {body} in the export: nothing left to audit")
        return None
    link = rec.get("link", "").strip()
    return _common(rec, where) | {
        "post_id": f"reddit:t1_{rec['id'].strip()}", "kind": "comment", "text": body,
        "url": _permalink(rec.get("permalink", "")), "reply_to": rec.get("parent", "").strip() or None,
        "quoted": _permalink(link), "links": urls_in(body), "media_count": 1 if rec.get("media", "").strip() else 0,
    }


def _common(rec: dict, where: str) -> dict:
    subreddit = rec.get("subreddit", "").strip()
    return {
        "platform": PLATFORM, "created_at": rec["created_at"], "visibility": "public", "source": where,
        # the subreddit is where the words were addressed (r/politics): kept where scoring looks for targets
        "mentions": [f"r/{subreddit}"] if subreddit else [],
    }


def _time(text: str) -> datetime | None:
    """Reddit writes `2023-01-15 12:34:56 UTC`."""
    try:
        return in_frame(datetime.strptime(text.strip().removesuffix(" UTC"), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))
    except ValueError:  # unreadable, or a year (0001, 9999) no frame can hold
        return None


def _permalink(value: str) -> str | None:
    """Permalinks are absolute in some exports and site-relative (`/r/…`) in others."""
    value = value.strip()
    if not value:
        return None
    return _SITE + value if value.startswith("/") else value


def _is_self(url: str, post_id: str) -> bool:
    """A self-post's url is its own comments page, not an outbound link."""
    return f"/comments/{post_id.strip()}/" in url + "/" or url.startswith("/r/")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
