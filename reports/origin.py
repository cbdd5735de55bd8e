"""Who wrote what a like or a repost carries: the report says "You liked this post by @x", never that you wrote it.

A like's or a repost's row holds the other person's words under the person's own account (the frame's `account` is
whose history it is). The original author is read only where the export names it: an X retweet's "RT @name:"
text or its original's status link, a Mastodon status link, a Bluesky record's DID; otherwise it is unknown and
the report says so rather than guess.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reports import values

ENDORSEMENTS = ("like", "repost")
_RT = re.compile(r"RT @(\w{1,50}):")
_X_HOSTS = frozenset({"twitter.com", "x.com", "mobile.twitter.com", "www.twitter.com", "www.x.com"})
_X_STATUS = re.compile(r"/(\w{1,50})/status(?:es)?/\d+")
_X_NOT_HANDLES = frozenset({"i", "intent", "web", "home", "search", "share"})
_MASTODON_STATUS = (re.compile(r"/@([\w.-]{1,64})/\d+"), re.compile(r"/users/([\w.-]{1,64})/statuses/\d+"))
_DID = re.compile(r"at://(did:[a-z]+:[\w.:%-]{1,200})/")


def author(platform: str, text: str, quoted: str) -> str:
    """The original author's handle (`@name`, `@name@host`, a Bluesky DID) as the export gives it, or ''."""
    if platform == "twitter":
        found = _RT.match(text)
        if found:
            return "@" + found.group(1)
    if quoted.startswith("at://"):
        found = _DID.match(quoted)
        return found.group(1) if found else ""
    try:
        parts = urlsplit(quoted)
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return ""
    if host in _X_HOSTS:
        found = _X_STATUS.match(parts.path)
        return "@" + found.group(1) if found and found.group(1).lower() not in _X_NOT_HANDLES else ""
    if platform == "mastodon":
        for pattern in _MASTODON_STATUS:
            found = pattern.match(parts.path)
            if found:
                return f"@{found.group(1)}@{host}"
    return ""


def _same(handle: str, account: str) -> bool:
    """Whether an author handle names the history's own account (`@me`, `me`, `@me@host`, `me@host`)."""
    def plain(value: str) -> str:
        return value.strip().lstrip("@").casefold()

    a, b = plain(handle), plain(account)
    return bool(a and b) and (a == b or a.split("@")[0] == b or b.split("@")[0] == a)


def origin(row: dict) -> dict | None:
    """For a like or a repost: the key of the sentence that says what the person did, the author (when the export
    names one who is not the person) and the key of the sentence that says whose words the text is ('' when the
    export kept no text, or the post is the person's own); None for what the person wrote."""
    kind = str(row.get("kind"))
    if kind not in ENDORSEMENTS:
        return None
    text, account = values.text(row.get("text")), values.text(row.get("account"))
    by = author(str(row.get("platform")), text, values.text(row.get("quoted")))
    own = bool(by) and _same(by, account)
    key = f"origin.{kind}_own" if own else f"origin.{kind}_by" if by else f"origin.{kind}"
    words = "" if own or not text else "origin.words_theirs" if by else f"origin.words_{kind}"
    return {"kind": kind, "key": key, "author": "" if own else by, "words": words}
