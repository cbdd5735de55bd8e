"""WordPress WXR export (Tools → Export): posts and pages as articles, plus the owner's own comments (FORMATS §10).

Decisions: items that are not writing (attachments, menu items, revisions, blocks…) get one note with a count per
type; unpublished writing (drafts, pending, trash) is one skip each, so the report lists what was not audited;
damaged XML is one skip saying where. Private and password-protected posts are imported as `followers`: not public,
yet readable by others, so they still count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from connectors import xmlsafe
from connectors.archive import Archive
from connectors.base import ImportLog, as_utc, in_frame, stable_id
from connectors.html_text import html_to_text
from connectors.profile_fields import add_channel
from connectors.xmlsafe import children, localname, text

PLATFORM = "blog"
LABEL = "WordPress export (WXR)"

KEPT_TYPES = ("post", "page")
#: unpublished statuses -> the reason the person sees for not auditing them
UNPUBLISHED = {
    "draft": "draft, never published",
    "auto-draft": "draft, never published",
    "pending": "pending review, never published",
    "trash": "in the trash",
}
VISIBILITY = {"publish": "public", "future": "public", "private": "followers"}


@dataclass
class _Blog:
    """What the channel says about the site and its authors (they precede the items in every WXR)."""

    site: str = ""
    language: str | None = None
    author_ids: set[str] = field(default_factory=set)
    author_emails: set[str] = field(default_factory=set)
    logins: dict[str, str] = field(default_factory=dict)  # author id -> login
    guids: set[str] = field(default_factory=set)
    ignored: Counter = field(default_factory=Counter)  # not-post item types
    others_comments: int = 0
    restricted: int = 0
    title: str = ""  # the site's title, description and authors' names: read for the profile section
    description: str = ""
    names: list[str] = field(default_factory=list)


def find(archive: Archive) -> list[str]:
    """Members that are WXR files: an RSS document in a wordpress.org/export namespace (any version, http or https)."""
    return [m for m in xmlsafe.candidates(archive) if is_wxr(xmlsafe.head(archive, m))]


def is_wxr(head: bytes) -> bool:
    """Whether the first bytes of a file are a WordPress export."""
    sniffed = xmlsafe.head_text(head)
    return "<rss" in sniffed and "wordpress.org/export/" in sniffed


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows of one WXR file (`root` is the member found by `find`; "" reads every WXR in the archive)."""
    for member in [root] if root else find(archive):
        yield from _read_file(archive, member, log)


def _read_file(archive: Archive, member: str, log: ImportLog) -> Iterator[dict]:
    where = archive.where(member)
    blog = _Blog()
    items = 0
    with archive.open(member) as stream:
        for element in xmlsafe.records(stream, where, 2, log):
            name = localname(element)
            if name == "item":
                items += 1
                yield from _item_rows(element, f"{where}#item{items}", blog, log)
            else:
                _channel_field(blog, name, element)
    add_channel(log.profile, where, account=blog.site, title=blog.title, description=blog.description,
                authors=blog.names, site=blog.site)
    _summarise(blog, where, log)


def _channel_field(blog: _Blog, name: str, element: etree._Element) -> None:
    if name == "author":
        author_id, login = text(element, "author_id"), text(element, "author_login")
        blog.author_ids.add(author_id)
        blog.logins[author_id] = login
        if email := text(element, "author_email").lower():
            blog.author_emails.add(email)
        if shown := text(element, "author_display_name"):
            blog.names.append(shown)
    elif name in ("title", "description") and not getattr(blog, name):
        setattr(blog, name, text(element))
    elif name in ("base_blog_url", "link") and not blog.site:
        blog.site = text(element).rstrip("/")
    elif name == "language":
        blog.language = text(element) or None


def _item_rows(item: etree._Element, where: str, blog: _Blog, log: ImportLog) -> Iterator[dict]:
    post_type = text(item, "post_type") or "post"  # why: a truncated item may lack it; WXR's default type is post
    if post_type not in KEPT_TYPES:
        blog.ignored[post_type] += 1
        return
    log.record(where)
    status = text(item, "status")
    if status in UNPUBLISHED:
        log.skip(where, UNPUBLISHED[status])
        return
    row = _post_row(item, where, blog, status)
    yield row
    yield from _own_comments(item, row, blog, log)


def _post_row(item: etree._Element, where: str, blog: _Blog, status: str) -> dict:
    body, excerpt = _content(item)
    plain, links = html_to_text(body or excerpt)
    visibility = _visibility(status, text(item, "post_password"))
    if visibility == "followers":
        blog.restricted += 1
    return {
        "post_id": _post_id(item, blog),
        "platform": PLATFORM,
        "account": text(item, "creator"),
        "kind": "article",
        "created_at": _wp_time(text(item, "post_date_gmt")) or _rfc822_time(text(item, "pubDate")),
        "title": html_to_text(text(item, "title"))[0] or None,
        "text": plain,
        "url": text(item, "link") or None,
        "visibility": visibility,
        "links": links,
        "hashtags": [text(c) for c in children(item, "category") if c.get("domain") == "post_tag" and text(c)],
        "replies": sum(1 for c in children(item, "comment") if text(c, "comment_approved") == "1"),
        "language": blog.language,
        "source": where,
    }


def _content(item: etree._Element) -> tuple[str, str]:
    # why: content:encoded and excerpt:encoded share the local name "encoded"; only the namespace tells them apart
    body = excerpt = ""
    for element in children(item, "encoded"):
        if "excerpt" in xmlsafe.namespace(element):
            excerpt = excerpt or text(element)
        else:
            body = body or text(element)
    return body, excerpt


def _visibility(status: str, password: str) -> str:
    # why: private posts are read by the site's logged-in editors, protected ones by whoever has the password:
    # not public, but read by others, so they are audited as followers-only
    if password:
        return "followers"
    return VISIBILITY.get(status, "unknown")


def _post_id(item: etree._Element, blog: _Blog) -> str:
    # why: the guid is what the site's feed shows as the entry id, so a WXR post and its feed entry de-duplicate;
    # but duplicated posts keep their original's guid, so a repeated guid falls back to the permalink
    for native in (text(item, "guid"), text(item, "link")):
        if native and native not in blog.guids:
            blog.guids.add(native)
            return f"blog:{native}"
    return stable_id(PLATFORM, blog.site, text(item, "post_id"), text(item, "title"))


def _wp_time(value: str) -> datetime | None:
    # why: WordPress writes 0000-00-00 00:00:00 as the GMT date of anything never published
    if not value or value.startswith("0000"):
        return None
    try:
        return in_frame(datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))
    except ValueError:  # unreadable, or a year no frame can hold
        return None


def _rfc822_time(value: str) -> datetime | None:
    # why: drafts carry the epoch ("Thu, 01 Jan 1970 00:00:00 +0000") as their pubDate, which means "no date"
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if stamp.year <= 1970:
        return None
    try:
        return as_utc(stamp)
    except ValueError:  # a year no frame can hold, or one whose UTC instant overflows (9999 at -1200)
        return None


def _own_comments(item: etree._Element, post: dict, blog: _Blog, log: ImportLog) -> Iterator[dict]:
    for number, comment in enumerate(children(item, "comment"), start=1):
        where = f"{post['source']}/comment{number}"
        if not _is_owner(comment, blog):
            blog.others_comments += 1
            continue
        log.record(where)
        if text(comment, "comment_approved") != "1":
            log.skip(where, "own comment not approved (pending, spam or trash)")
        else:
            yield _comment_row(comment, post, blog, where)


def _is_owner(comment: etree._Element, blog: _Blog) -> bool:
    # why: comments in a WXR are mostly visitors'; only a blog author's user id or e-mail makes one the owner's
    user_id = text(comment, "comment_user_id")
    email = text(comment, "comment_author_email").lower()
    return (user_id not in ("", "0") and user_id in blog.author_ids) or (bool(email) and email in blog.author_emails)


def _comment_row(comment: etree._Element, post: dict, blog: _Blog, where: str) -> dict:
    comment_id = text(comment, "comment_id")
    plain, links = html_to_text(text(comment, "comment_content"))
    anchor = f"#comment-{comment_id}"
    return {
        "post_id": f"{post['post_id']}{anchor}",
        "platform": PLATFORM,
        "account": blog.logins.get(text(comment, "comment_user_id")) or text(comment, "comment_author"),
        "kind": "comment",
        "created_at": _wp_time(text(comment, "comment_date_gmt")),
        "text": plain,
        "url": f"{post['url']}{anchor}" if post["url"] else None,
        "visibility": post["visibility"],
        "reply_to": post["url"] or post["post_id"],
        "links": links,
        "language": blog.language,
        "source": where,
    }


def _summarise(blog: _Blog, where: str, log: ImportLog) -> None:
    if blog.ignored:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(blog.ignored.items()))
        log.note(f"{where}: not posts, so not imported: {kinds}")
    if blog.others_comments:
        log.note(f"{where}: {blog.others_comments} comment(s) by other people not imported")
    if blog.restricted:
        log.note(f"{where}: {blog.restricted} private or password-protected post(s) audited as followers-only")

