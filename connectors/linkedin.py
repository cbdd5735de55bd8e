"""LinkedIn data export: Shares.csv (modern UTF-8 and 2018 UTF-16 tab layouts), Comments.csv, Articles/*.html."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import unquote

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog, hashtags_in, in_frame, stable_id, urls_in
from connectors.bom import decode, encoding_of
from connectors.csvsafe import Dialect, sniff, table
from connectors.html_text import html_to_text
from connectors.linkedin_profile import linkedin_profile
from connectors.profile_fields import ProfileLog

PLATFORM = "linkedin"
LABEL = "LinkedIn data export (Shares.csv, Comments.csv)"

ARTICLE_MAX = 16 * 1024**2  # bytes of one article page, read whole: a long article (110,000 characters) is ~1 MB
_SHARES = re.compile(r"^Shares(_\d+)?\.csv$")
_COMMENTS = re.compile(r"^Comments(_\d+)?\.csv$")
_SHARES_HEADER = {"date", "sharelink", "sharecommentary"}  # both layouts, once spaces are removed
_COMMENTS_HEADER = {"date", "link", "message"}
_VISIBILITY = {"PUBLIC": "public", "CONNECTIONS": "followers", "MEMBER_NETWORK": "followers"}
_URN = re.compile(r"urn:li:[A-Za-z]+:[\w-]+")
_FILE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[ T_](\d{2})[:._-](\d{2})[:._-](\d{2})")
_HTML_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
# what every record's first field, its Date, looks like in both layouts (quoted in 2018's)
_RECORD_DATE = r'"?\d{4}[-/]\d{2}[-/]\d{2} \d{2}:\d{2}:\d{2}(?: UTC)?"?'


def find(archive: Archive) -> list[str]:
    """Folders holding a Shares or Comments CSV whose header is LinkedIn's."""
    return sorted({posixpath.dirname(m) for m in archive.members() if _table_kind(archive, m)})


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every share, comment and article of the export in `root`."""
    for member in archive.members():
        kind = _table_kind(archive, member) if posixpath.dirname(member) == root else None
        if kind == "shares":
            yield from _shares(archive, member, log)
        elif kind == "comments":
            yield from _comments(archive, member, log)
    yield from _articles(archive, root, log)


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """Name, headline, summary, industry, location and websites (Profile.csv), and positions (Positions.csv)."""
    linkedin_profile(archive, root, found)


def _articles(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """A row per article page; a page too big or not in its encoding is one skip, never the end of the scan."""
    folder = posixpath.join(root, "Articles") + "/"
    for member in archive.members():
        if not (member.startswith(folder) and member.lower().endswith((".html", ".htm"))):
            continue
        where, size = posixpath.relpath(member, root or "."), archive.size(member)
        if size > ARTICLE_MAX:
            log.skip(where, f"article of {size:,} bytes, over the {ARTICLE_MAX:,} limit for one article")
            continue
        data = archive.read_bytes(member)
        try:
            markup = decode(data)
        except UnicodeDecodeError as exc:
            label = (encoding_of(data) or "utf-8").removesuffix("-sig").upper()
            log.skip(where, f"article is not valid {label} text (byte {exc.start})")
            continue
        log.record(member)
        yield _article(member, markup)


def _table_kind(archive: Archive, member: str) -> str | None:
    name = posixpath.basename(member)
    wanted = "shares" if _SHARES.match(name) else "comments" if _COMMENTS.match(name) else None
    if wanted is None:
        return None
    try:
        with archive.open(member) as stream:
            head = stream.read(4096)
    except (SourceError, OSError):
        return None
    fields = set(_header_names(sniff(head).header))
    return wanted if fields >= (_SHARES_HEADER if wanted == "shares" else _COMMENTS_HEADER) else None


def _header_names(line: str) -> list[str]:
    delimiter = "\t" if "\t" in line else ","  # the 2018 export is tab-separated
    return [n.strip().strip('"').replace(" ", "").lower() for n in line.split(delimiter)]


def _records(archive: Archive, member: str, log: ImportLog) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, fields by normalised header name) per record; rows of the wrong width or too long are skipped."""
    name = posixpath.basename(member)
    with archive.open(member) as stream:
        for index, rec in table(stream, _dialect(archive, member), archive.where(member), name, log,
                                header=lambda names: [n.replace(" ", "").lower() for n in names]):
            yield f"{name}#{index}", rec


def _dialect(archive: Archive, member: str) -> Dialect:
    """How this file is written: its encoding and delimiter from its first bytes, and LinkedIn's quirks.

    - The 2018 export is UTF-16 with a byte-order mark and tab-separated, later ones UTF-8 with commas.
    - Some quotes are written \\" rather than "": without escapechar 24 of 337 comments split apart.
    - Every line of a multi-line post is wrapped in its own quotes (173 of 202 shares), with `\\r\\n` between
      lines when the file was written on Windows.
    - The 2021 Comments.csv layout quotes a message only when it holds a comma or a quote, so a multi-line
      message without either runs over several lines unquoted. Every record starts with its Date, and no such
      message line does: a line that does not start with a date and a delimiter continues the record before it.
    """
    with archive.open(member) as stream:
        sniffed = sniff(stream.read(4096))
    dated = _header_names(sniffed.header)[:1] == ["date"]
    starts = re.compile(_RECORD_DATE + re.escape(sniffed.delimiter)) if dated else None
    return Dialect(encoding=sniffed.encoding, delimiter=sniffed.delimiter, escapechar="\\", record_start=starts,
                   line_quoted=True, newline="\n")


def _shares(archive: Archive, member: str, log: ImportLog) -> Iterator[dict]:
    for where, rec in _records(archive, member, log):
        created_at = _time(rec.get("date", ""))
        if created_at is None:
            log.skip(where, f"unreadable date {rec.get('date', '')[:40]!r}")
            continue
        text = rec.get("sharecommentary", "").strip()
        link, shared = rec.get("sharelink", "").strip(), _blank(rec.get("sharedurl"))
        urn = _urn(link)
        yield {
            "post_id": f"linkedin:{urn}" if urn else stable_id(PLATFORM, "", created_at.isoformat(), text, shared),
            "platform": PLATFORM, "kind": "post" if text else "repost", "created_at": created_at,
            "text": text, "title": _blank(rec.get("sharetitle")), "url": _url(link, urn),
            "visibility": _VISIBILITY.get(rec.get("visibility", "").strip().upper(), "unknown"),
            "quoted": None if text else shared, "links": _unique(([shared] if shared else []) + urls_in(text)),
            "hashtags": hashtags_in(text), "media_count": 1 if _blank(rec.get("mediaurl")) else 0,
            "source": where,
        }


def _comments(archive: Archive, member: str, log: ImportLog) -> Iterator[dict]:
    for where, rec in _records(archive, member, log):
        created_at = _time(rec.get("date", ""))
        if created_at is None:
            log.skip(where, f"unreadable date {rec.get('date', '')[:40]!r}")
            continue
        text, link = rec.get("message", "").strip(), rec.get("link", "").strip()
        yield {
            "post_id": stable_id(PLATFORM, "", created_at.isoformat(), text, link), "platform": PLATFORM,
            "kind": "comment", "created_at": created_at, "text": text, "url": link or None,
            "reply_to": link or None, "links": urls_in(text), "hashtags": hashtags_in(text), "source": where,
        }


def _article(member: str, markup: str) -> dict:
    title = _tag_text(markup, "h1") or _tag_text(markup, "title")
    body = re.search(r"<body[^>]*>(.*)</body>", markup, re.S | re.I)
    text, links = html_to_text(body.group(1) if body else markup)
    created_at = _article_time(posixpath.basename(member), text)
    return {
        "post_id": stable_id(PLATFORM, "article", posixpath.basename(member)), "platform": PLATFORM,
        "kind": "article", "created_at": created_at, "title": title, "text": text,
        "links": _unique(links + urls_in(text)), "hashtags": hashtags_in(text), "visibility": "public",
        "source": posixpath.relpath(member, posixpath.dirname(posixpath.dirname(member))),
    }


def _time(text: str) -> datetime | None:
    """`2025-07-01 14:33:22` (modern, UTC without a marker) or `2017/06/08 08:15:44 UTC` (2018)."""
    value = text.strip().removesuffix(" UTC").replace("/", "-")
    try:
        return in_frame(datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))
    except ValueError:  # unreadable, or a year (0001, 9999) no frame can hold
        return None


def _article_time(name: str, text: str) -> datetime | None:
    """An article's time: its file name starts with it; failing that, the first date written in the page."""
    m = _FILE_TIME.search(name)
    if m:
        return _time(f"{m[1]} {m[2]}:{m[3]}:{m[4]}")
    m = _HTML_TIME.search(text)
    return _time(f"{m[1]} {m[2]}:{m[3]}:{m[4] or '00'}") if m else None


def _tag_text(markup: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", markup, re.S | re.I)
    return (html_to_text(m.group(1))[0] or None) if m else None


def _urn(link: str) -> str | None:
    """The share's URN: ShareLink is a URL with the URN percent-encoded; the 2018 export has the bare URN."""
    m = _URN.search(unquote(link))
    return m.group(0) if m else None


def _url(link: str, urn: str | None) -> str | None:
    if link.startswith(("https://", "http://")):
        return link
    return f"https://www.linkedin.com/feed/update/{urn}" if urn else None


def _blank(value: str | None) -> str | None:
    """Empty cells are written as `""` in some exports: both mean nothing."""
    value = (value or "").strip()
    return None if value in ("", '""') else value


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
