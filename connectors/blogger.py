"""Blogger export: the classic Atom backup (kind categories) and the modern Takeout feed.atom (FORMATS §11).

Posts and pages become articles; drafts, scheduled and trashed entries are one skip each; settings and template
entries are not writing and get one note with a count; comments are imported only when the blog's own author
(by profile URI, else name) wrote them. Comments may precede their posts, so they are held until the file ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from connectors import xmlsafe
from connectors.archive import Archive
from connectors.base import ImportLog, from_iso, stable_id
from connectors.html_text import html_to_text
from connectors.profile_fields import add_channel
from connectors.xmlsafe import child, children, localname, text

PLATFORM = "blog"
LABEL = "Blogger export"

KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
#: modern blogger:status -> reason the entry is not audited (LIVE is imported)
NOT_LIVE = {"DRAFT": "draft, never published", "SCHEDULED": "scheduled, not yet published",
            "SOFT_TRASHED": "in the trash", "DELETED": "deleted"}


@dataclass
class _Blog:
    """What the feed says about the blog, and what is held until the file ends."""

    url: str = ""
    owners: set[str] = field(default_factory=set)  # profile URIs and names of the blog's authors
    comments: list[tuple[dict, str]] = field(default_factory=list)  # (row, author's profile URI)
    ignored: Counter = field(default_factory=Counter)
    #: the blog's name and description (feed title and subtitle, or the BLOG_NAME and BLOG_DESCRIPTION settings)
    #: and its authors' names: read for the profile section
    face: dict[str, str] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)


def find(archive: Archive) -> list[str]:
    """Members that are Blogger exports: Atom with a Blogger entry kind or the 2018 `blogger:` namespace."""
    return [m for m in xmlsafe.candidates(archive) if is_blogger(xmlsafe.head(archive, m))]


def is_blogger(head: bytes) -> bool:
    """Whether the first bytes of a file are a Blogger export (not merely a Blogger-hosted public feed)."""
    sniffed = xmlsafe.head_text(head)
    return "feed" in sniffed and ("schemas.google.com/blogger/2008/kind#" in sniffed
                                  or "schemas.google.com/blogger/2018" in sniffed)


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows of one Blogger export file (`root` is the member found by `find`; "" reads every one)."""
    for member in [root] if root else find(archive):
        yield from _read_file(archive, member, log)


def _read_file(archive: Archive, member: str, log: ImportLog) -> Iterator[dict]:
    where = archive.where(member)
    blog = _Blog()
    entries = 0
    with archive.open(member) as stream:
        for element in xmlsafe.records(stream, where, 1, log):
            name = localname(element)
            if name == "entry":
                entries += 1
                yield from _entry_rows(element, f"{where}#entry{entries}", blog, log)
            elif name == "link" and element.get("rel") == "alternate":
                blog.url = (element.get("href") or "").rstrip("/")
            elif name == "author":
                blog.owners |= _identities(element)
                blog.names.append(text(element, "name"))
            elif name in ("title", "subtitle"):
                blog.face.setdefault(name, text(element))
    for row in _owner_comments(blog):
        log.record(row["source"])
        yield row
    add_channel(log.profile, where, account=blog.url, title=blog.face.get("BLOG_NAME") or blog.face.get("title", ""),
                description=blog.face.get("BLOG_DESCRIPTION") or blog.face.get("subtitle", ""), authors=blog.names,
                site=blog.url)
    _summarise(blog, where, log)


def _entry_rows(entry: etree._Element, where: str, blog: _Blog, log: ImportLog) -> Iterator[dict]:
    kind, status = _kind(entry), _status(entry)
    if kind in ("post", "page"):  # a comment is a record only once known to be the blog's own (_owner_comments)
        log.record(where)
    if kind not in ("post", "page", "comment"):
        blog.ignored[kind or "unknown"] += 1
        if kind == "settings":
            _setting(entry, blog)
    elif status != "LIVE":
        log.skip(where, NOT_LIVE.get(status, f"status {status.lower()}, not published"))
    elif kind == "comment":
        blog.comments.append((_row(entry, where, blog, "comment"), text(child(entry, "author"), "uri")))
    else:
        for author in children(entry, "author"):
            blog.owners |= _identities(author)
        yield _row(entry, where, blog, "article")


def _setting(entry: etree._Element, blog: _Blog) -> None:
    """The blog's name and description from the classic backup's settings entries (`….settings.BLOG_NAME`)."""
    key = text(entry, "id").rpartition(".settings.")[2]
    if key in ("BLOG_NAME", "BLOG_DESCRIPTION"):
        blog.face.setdefault(key, text(entry, "content"))


def _kind(entry: etree._Element) -> str:
    # why: the 2018 Takeout names the type in <blogger:type>; the classic backup in a kind-scheme category
    modern = child(entry, "type")
    if modern is not None:
        return text(modern).lower()
    for category in children(entry, "category"):
        if category.get("scheme") == KIND_SCHEME:
            return (category.get("term") or "").rsplit("#", 1)[-1]
    return ""


def _status(entry: etree._Element) -> str:
    # why: classic drafts are marked by <app:control><app:draft>yes</app:draft>; Takeout by <blogger:status>
    modern = child(entry, "status")
    if modern is not None:
        return text(modern).upper() or "LIVE"
    control = child(entry, "control")
    return "DRAFT" if control is not None and text(control, "draft").lower() == "yes" else "LIVE"


def _row(entry: etree._Element, where: str, blog: _Blog, kind: str) -> dict:
    plain, links = html_to_text(text(entry, "content"))
    reply = child(entry, "in-reply-to")
    return {
        "post_id": f"blog:{text(entry, 'id')}" if text(entry, "id") else stable_id(PLATFORM, where),
        "platform": PLATFORM,
        "account": text(child(entry, "author"), "name"),
        "kind": kind,
        "created_at": _time(text(entry, "published") or text(entry, "created") or text(entry, "updated")),
        "title": (_title(entry) or None) if kind == "article" else None,
        "text": plain,
        "url": _url(entry, blog),
        "visibility": "public",
        "reply_to": (reply.get("href") or reply.get("ref")) if reply is not None else None,
        "links": links,
        "hashtags": _labels(entry),
        "replies": _total(entry),
        "source": where,
    }


def _title(entry: etree._Element) -> str:
    # why: titles may be type="html" (escaped markup); comments' titles merely repeat their first words
    title = child(entry, "title")
    if title is None:
        return ""
    return html_to_text(text(title))[0] if title.get("type") == "html" else text(title)


def _url(entry: etree._Element, blog: _Blog) -> str | None:
    # why: Takeout has no alternate link, only the permalink path in <blogger:filename> under the blog URL
    for link in children(entry, "link"):
        if link.get("rel") == "alternate" and link.get("href"):
            return link.get("href")
    filename = text(entry, "filename")
    return f"{blog.url}{filename}" if filename and blog.url else None


def _labels(entry: etree._Element) -> list[str]:
    return [c.get("term") for c in children(entry, "category") if c.get("scheme") != KIND_SCHEME and c.get("term")]


def _total(entry: etree._Element) -> int | None:
    value = text(entry, "total")
    # isdigit alone accepts "²", which int() refuses; 19 digits or more overflow int64 (or int()'s 4300-digit cap)
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


def _time(value: str) -> str | None:
    try:
        return from_iso(value).isoformat() if value else None
    except ValueError:
        return None


def _identities(author: etree._Element) -> set[str]:
    # why: e-mails are often noreply@blogger.com, so the profile URI (or else the name) identifies a person
    return {value for value in (text(author, "uri"), text(author, "name")) if value}


def _owner_comments(blog: _Blog) -> Iterator[dict]:
    for row, uri in blog.comments:
        if (uri or row["account"]) in blog.owners:
            yield row
        else:
            blog.ignored["comment by other people"] += 1


def _summarise(blog: _Blog, where: str, log: ImportLog) -> None:
    if blog.ignored:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(blog.ignored.items()))
        log.note(f"{where}: not the blog's own writing, so not imported: {kinds}")
