"""One Mastodon API `Status` (as Mastodon.py returns it) to one canonical row.

`post_id` is `"mastodon:" + status.uri`, the same key the archive connector builds from outbox ids, so a status
imported from an archive and from the API is one post.
"""

from __future__ import annotations

from datetime import datetime

from connectors.base import from_iso
from connectors.html_text import html_to_text

PLATFORM = "mastodon"

#: Mastodon's visibility names -> canonical ones ("private" is followers-only)
_VISIBILITY = {"public": "public", "unlisted": "unlisted", "private": "followers", "direct": "direct"}


class BrokenStatus(ValueError):
    """A status without what every post needs (uri, creation time)."""


def to_row(status: dict, *, owner: str, host: str, source: str) -> dict:
    """The canonical row for one of the owner's statuses; a boost carries the boosted text as an endorsement."""
    boosted = status.get("reblog")
    if boosted:
        return _boost_row(status, boosted, owner=owner, host=host, source=source)
    text, links = _text_and_links(status)
    quoted = _quoted_uri(status)
    reply = status.get("in_reply_to_id")
    return {
        **_common(status, owner=owner, source=source),
        "kind": "quote" if quoted else "reply" if reply else "post",
        "text": text, "links": links, "quoted": quoted,
        "reply_to": _reply_target(status, host) if reply else None,
        "url": status.get("url") or status.get("uri"),
        **_details(status, host),
    }


def _boost_row(status: dict, boosted: dict, *, owner: str, host: str, source: str) -> dict:
    """A boost is an endorsement: the row reads the boosted status, but keeps the boost's own id, time, reach."""
    text, links = _text_and_links(boosted)
    author = _acct((boosted.get("account") or {}).get("acct"), host)
    details = _details(boosted, host)
    details["mentions"] = list(dict.fromkeys([author, *details["mentions"]])) if author else details["mentions"]
    return {
        **_common(status, owner=owner, source=source),
        "kind": "repost", "text": text, "links": links,
        "quoted": boosted.get("uri"),  # the object URI, as the archive's Announce gives it
        "url": boosted.get("url") or boosted.get("uri"),
        **details,
    }


def _common(status: dict, *, owner: str, source: str) -> dict:
    uri = status.get("uri")
    if not uri:
        raise BrokenStatus("status without a uri")
    created = status.get("created_at")
    if not created:
        raise BrokenStatus("status without created_at")
    return {
        "post_id": f"{PLATFORM}:{uri}", "platform": PLATFORM, "account": owner,
        "created_at": _time(created),
        "visibility": _VISIBILITY.get(str(status.get("visibility")), "unknown"),
        "likes": status.get("favourites_count"), "reposts": status.get("reblogs_count"),
        "replies": status.get("replies_count"), "source": f"{source}#{status.get('id')}",
    }


def _details(status: dict, host: str) -> dict:
    """What the post says beyond its text: CW, poll, media, tags, language, edits."""
    media = [m for m in status.get("media_attachments") or [] if isinstance(m, dict)]
    alts = [m["description"] for m in media if isinstance(m.get("description"), str) and m["description"].strip()]
    return {
        "content_warning": status.get("spoiler_text") or None,
        "media_count": len(media), "media_alt": "\n".join(alts) or None,
        "mentions": [a for m in status.get("mentions") or [] if (a := _acct(m.get("acct"), host))],
        "hashtags": [t["name"] for t in status.get("tags") or [] if t.get("name")],
        "language": status.get("language") or None,
        "edited_at": _time(status["edited_at"]) if status.get("edited_at") else None,
    }


def _text_and_links(status: dict) -> tuple[str, list[str]]:
    """Plain text with the poll's options appended; links without the mention and hashtag anchors."""
    text, links = html_to_text(status.get("content") or "")
    not_links = {m.get("url") for m in status.get("mentions") or []} | {t.get("url") for t in status.get("tags") or []}
    return text + _poll(status.get("poll")), [link for link in links if link not in not_links]


def _poll(poll: dict | None) -> str:
    # same layout as the archive connector, so the same poll reads the same from either source
    names = [o["title"] for o in (poll or {}).get("options") or [] if o.get("title")]
    return "\n\n" + "\n".join(f"- {name}" for name in names) if names else ""


def _quoted_uri(status: dict) -> str | None:
    """Mastodon 4.4+ quotes: `quote.quoted_status` (older servers and forks: none)."""
    quote = status.get("quote")
    quoted = quote.get("quoted_status") if isinstance(quote, dict) else None
    return (quoted.get("uri") or quoted.get("url")) if isinstance(quoted, dict) else None


def _reply_target(status: dict, host: str) -> str:
    """The handle answered when it is among the mentions, else the id of the status answered."""
    account_id = status.get("in_reply_to_account_id")
    for mention in status.get("mentions") or []:
        if account_id is not None and str(mention.get("id")) == str(account_id):
            return _acct(mention.get("acct"), host)
    return str(status.get("in_reply_to_id"))


def _acct(acct: str | None, host: str) -> str:
    # the API omits the host for local accounts; the archive's tags always carry it
    if not acct:
        return ""
    return acct if "@" in acct else f"{acct}@{host}"


def _time(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        return from_iso(str(value))
    except ValueError:
        raise BrokenStatus(f"time {str(value)[:40]!r} is not ISO-8601") from None
