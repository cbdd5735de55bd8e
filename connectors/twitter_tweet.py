"""One X tweet object (API v1.1 shape, modern archive or Grailbird) to one canonical row, cheaply.

Archives of heavy users hold millions of tweets, so the work per tweet is plain dict look-ups and string
replaces: no regex over the text except one anchored match on the last expanded URL.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from connectors.base import from_twitter_time

PLATFORM = "twitter"

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
# X's language codes for "no language": media only, undetermined, mentions/hashtags/cashtags only, very short, none
_NOT_LANGUAGES = frozenset({"qme", "und", "qam", "qht", "qct", "qst", "zxx"})
_STATUS_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(?:i/web|i|\w+)/status(?:es)?/(\d+)",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Author:
    """What the archive says about its owner, applied to every tweet: handle and audience."""

    account: str = ""
    visibility: str = "public"
    rt_by_prefix: bool = True  # modern archives mark retweets only by their "RT @" text


def status_url(account: str | None, tweet_id: str) -> str:
    """The permalink of a status; `x.com/i/status/<id>` works when the handle is unknown."""
    return f"https://x.com/{account or 'i'}/status/{tweet_id}"


def tweet_time(value: str) -> datetime:
    """Parse `Fri Feb 20 09:10:58 +0000 2026` (modern) or `2014-06-30 12:18:28 +0000` (Grailbird) to UTC."""
    if len(value) == 30 and value[20:25] == "+0000" and value[4:7] in _MONTHS:
        # fast path: X always writes UTC in this fixed-width layout; fixed slices beat a regex per tweet
        return datetime(int(value[26:30]), _MONTHS[value[4:7]], int(value[8:10]), int(value[11:13]),
                        int(value[14:16]), int(value[17:19]), tzinfo=UTC)
    if len(value) >= 25 and value[4] == "-":
        return datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S %z").astimezone(UTC)
    return from_twitter_time(value)


def tweet_row(tweet: dict, author: Author, source: str, deleted: bool = False) -> dict:
    """The canonical row of one tweet; raises KeyError/ValueError/TypeError when its id or time is unusable."""
    tweet_id = str(tweet["id_str"])
    entities = tweet.get("entities") or {}
    urls = entities.get("urls") or []
    media = _media(tweet)
    text = expand_links(_unescape(tweet.get("full_text") or tweet.get("text") or ""), urls, media)
    repost = "retweeted_status" in tweet or (author.rt_by_prefix and text.startswith("RT @"))
    quoted = _quoted(tweet, urls, media, repost)
    kind = _kind(tweet, repost, quoted)
    reply_id = tweet.get("in_reply_to_status_id_str")
    return {
        "post_id": f"{PLATFORM}:{tweet_id}",
        "platform": PLATFORM,
        "account": author.account,
        "kind": kind,
        "created_at": tweet_time(tweet["created_at"]),
        "text": text,
        "url": status_url(author.account, tweet_id),
        "visibility": author.visibility,
        "reply_to": status_url(tweet.get("in_reply_to_screen_name"), reply_id) if reply_id else None,
        "quoted": quoted,
        "links": _values(urls, "expanded_url"),
        "mentions": _values(entities.get("user_mentions"), "screen_name"),
        "hashtags": _values(entities.get("hashtags"), "text"),
        "media_count": len(media),
        "media_alt": "\n".join(_values(media, "ext_alt_text")) or None if media else None,
        "likes": _count(tweet.get("favorite_count")),
        "reposts": _count(tweet.get("retweet_count")),
        "language": _language(tweet.get("lang")),
        "source": source,
        "deleted": deleted,
    }


def expand_links(text: str, urls: list, media: list) -> str:
    """Replace each t.co link by its expanded URL and drop the media link X appends to the text."""
    for u in urls:
        short, full = u.get("url"), u.get("expanded_url")
        if short and full:
            text = text.replace(short, full)
    if media:
        for m in media:
            if m.get("url"):
                text = text.replace(m["url"], "")
        text = text.rstrip()
    return text


def _unescape(text: str) -> str:
    # full_text carries only &amp; &lt; &gt; escapes; skip the call on the many tweets without any
    return html.unescape(text) if "&" in text else text


def _media(tweet: dict) -> list:
    # extended_entities lists every attachment; entities.media only the first (and is all Grailbird has)
    extended = tweet.get("extended_entities") or {}
    return extended.get("media") or (tweet.get("entities") or {}).get("media") or []


def _kind(tweet: dict, repost: bool, quoted: str | None) -> str:
    if repost:  # modern archives drop retweeted_status and set retweeted=false: the "RT @" prefix is all there is
        return "repost"
    if tweet.get("in_reply_to_status_id_str"):
        return "reply"  # in_reply_to_user_id alone is a tweet that starts with a mention, not a reply
    return "quote" if quoted else "post"


def _quoted(tweet: dict, urls: list, media: list, repost: bool) -> str | None:
    original = tweet.get("retweeted_status")
    if isinstance(original, dict) and original.get("id_str"):
        return status_url((original.get("user") or {}).get("screen_name"), original["id_str"])
    if repost:
        return _retweeted_media_source(media)
    if urls and _STATUS_URL.match(urls[-1].get("expanded_url") or ""):
        return urls[-1]["expanded_url"]  # archives have no quoted_status: a quote ends with the quoted status URL
    return None


def _retweeted_media_source(media: list) -> str | None:
    # a modern retweet has no original id, but a retweeted photo still names the status it came from
    for m in media:
        if m.get("source_status_id_str"):
            return status_url(None, m["source_status_id_str"])
    return None


def _language(lang: str | None) -> str | None:
    return None if not lang or lang in _NOT_LANGUAGES else lang


def _count(value: object) -> int | None:
    # modern archives write every number as a string
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _values(items: list | None, key: str) -> list[str]:
    """The distinct non-empty `key` of each entity; most tweets have none or one, so those skip the dedup."""
    if not items:
        return []
    if len(items) == 1:
        value = items[0].get(key)
        return [value] if value else []
    return list(dict.fromkeys(v for v in (i.get(key) for i in items) if v))
