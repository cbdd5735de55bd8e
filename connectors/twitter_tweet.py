"""One X tweet object (API v1.1 shape, modern archive or Grailbird) to one canonical row, cheaply.

Archives of heavy users hold millions of tweets, so the work per tweet is plain dict look-ups and string
replaces: no regex over the text except one anchored match on the last expanded URL.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from connectors.base import as_utc, from_twitter_time, in_frame

PLATFORM = "twitter"

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
# "no language": undetermined, no linguistic content, uncoded, several; X's own q-codes (media, mentions, hashtags,
# cashtags only, too short: qme qam qht qct qst) sit in ISO 639's range for local use, qaa-qtz, as any new one will
_NOT_LANGUAGES = frozenset({"und", "zxx", "mis", "mul"})
# X still writes the ISO 639 codes withdrawn in 1989 for Indonesian, Hebrew and Yiddish
_RENAMED = {"in": "id", "iw": "he", "ji": "yi"}
_LANGUAGES: dict[str, str | None] = {}  # lang as written -> `language_tag`'s answer
_LANGUAGES_HELD = 1024  # past this many distinct tags (a damaged archive), the rest are worked out each time
_TAG_HELD = 64  # a longer "tag" is damage: worked out each time, never held
_UNSEEN = object()
_RT_PREFIX = re.compile(r"RT @(\w+):")
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


def status_id(url: object) -> str | None:
    """The status id a URL of an X/Twitter status points at, or None for any other URL."""
    match = _STATUS_URL.match(url) if isinstance(url, str) else None
    return match.group(1) if match else None


def tweet_time(value: str) -> datetime:
    """Parse `Fri Feb 20 09:10:58 +0000 2026` (modern) or `2014-06-30 12:18:28 +0000` (Grailbird) to UTC.

    Raises ValueError for anything else, and for times outside the years a frame can hold.
    """
    if not isinstance(value, str):
        raise TypeError(f"created_at is a {type(value).__name__}, not text")
    if len(value) == 30 and value[20:25] == "+0000" and value[4:7] in _MONTHS:
        # fast path: X always writes UTC in this fixed-width layout; fixed slices beat a regex per tweet
        if value[13] == ":" == value[16]:
            try:  # its fields as ISO text, parsed in C: 1.67 -> 0.85 µs a tweet (same instant, same UTC)
                stamp = datetime.fromisoformat(f"{value[26:30]}-{_MONTHS[value[4:7]]:02d}-{value[8:10]}T"
                                               f"{value[11:19]}+00:00")
            except ValueError:
                pass  # ASCII digits only, no 24:00: anything else gets the slices' answer or their error below
            else:
                return in_frame(stamp)
        return in_frame(datetime(int(value[26:30]), _MONTHS[value[4:7]], int(value[8:10]), int(value[11:13]),
                                 int(value[14:16]), int(value[17:19]), tzinfo=UTC))
    if len(value) >= 25 and value[4] == "-":
        return as_utc(datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S %z"))
    return from_twitter_time(value)


def tweet_row(tweet: dict, author: Author, source: str, deleted: bool = False) -> dict:
    """The canonical row of one tweet; raises KeyError/ValueError/TypeError when its id or time is unusable."""
    tweet_id = str(tweet["id_str"])
    tweet = _with_original(tweet)
    entities = _dict(tweet.get("entities"))
    urls = _dicts(entities.get("urls"))
    media = _media(tweet)
    text = tweet.get("full_text") or tweet.get("text") or ""
    if not isinstance(text, str):
        raise TypeError(f"full_text is a {type(text).__name__}, not text")
    text = expand_links(_unescape(line_breaks(text)), urls, media)
    repost = "retweeted_status" in tweet or (author.rt_by_prefix and text.startswith("RT @"))
    quoted = _quoted(tweet, urls, media, repost, tweet_id)
    kind = _kind(tweet, repost, quoted)
    reply_id = tweet.get("in_reply_to_status_id_str")
    return {  # every canonical key: the frame reads such a row by one C-level lookup
        "post_id": f"{PLATFORM}:{tweet_id}",
        "platform": PLATFORM,
        "account": author.account,
        "kind": kind,
        "created_at": tweet_time(tweet["created_at"]),
        "text": text,
        "title": None,
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
        "replies": None,
        "language": _language(tweet.get("lang")),
        "content_warning": None,
        "source": source,
        "deleted": deleted,
        "edited_at": None,
    }


def _with_original(tweet: dict) -> dict:
    """A retweet with the whole text of the original it carries: X cut its own text to 140 characters with '…'."""
    original = _dict(tweet.get("retweeted_status"))
    full = original.get("full_text") or original.get("text")
    own = tweet.get("full_text") or tweet.get("text")
    if not full or not isinstance(full, str) or not isinstance(own, str):
        return tweet
    prefix = _RT_PREFIX.match(own)
    name = prefix.group(1) if prefix else _dict(original.get("user")).get("screen_name")
    if not name or not isinstance(name, str):
        return tweet
    mine, theirs = _dict(tweet.get("entities")), _dict(original.get("entities"))
    entities = {key: _dicts(mine.get(key)) + _dicts(theirs.get(key)) for key in ("urls", "user_mentions", "hashtags")}
    return {**tweet, "full_text": f"RT @{name}: {full}", "entities": entities,
            "extended_entities": {"media": _media(tweet) or _media(original)},
            "lang": tweet.get("lang") or original.get("lang")}


def expand_links(text: str, urls: list, media: list) -> str:
    """Replace each t.co link by its expanded URL and drop the media link X appends to the text."""
    for u in urls:
        short, full = u.get("url"), u.get("expanded_url")
        if short and full and isinstance(short, str) and isinstance(full, str):
            text = text.replace(short, full)
    if media:
        for m in media:
            if m.get("url") and isinstance(m["url"], str):
                text = text.replace(m["url"], "")
        text = text.rstrip()
    return text


def line_breaks(text: str) -> str:
    """Every line break as `\\n`: some clients posted `\\r` or `\\r\\n`, and a re-saved tweets.csv rewrites them all."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _unescape(text: str) -> str:
    # full_text carries only &amp; &lt; &gt; escapes; skip the call on the many tweets without any
    return html.unescape(text) if "&" in text else text


def _media(tweet: dict) -> list[dict]:
    # extended_entities lists every attachment; entities.media only the first (and is all Grailbird has)
    media = _dict(tweet.get("extended_entities")).get("media") or _dict(tweet.get("entities")).get("media")
    return _dicts(media)


def _dict(value: object) -> dict:
    # a damaged archive may hold anything where an object belongs: it then counts as absent
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _kind(tweet: dict, repost: bool, quoted: str | None) -> str:
    if repost:  # modern archives drop retweeted_status and set retweeted=false: the "RT @" prefix is all there is
        return "repost"
    if tweet.get("in_reply_to_status_id_str"):
        return "reply"  # in_reply_to_user_id alone is a tweet that starts with a mention, not a reply
    return "quote" if quoted else "post"


def _quoted(tweet: dict, urls: list, media: list, repost: bool, tweet_id: str) -> str | None:
    original = tweet.get("retweeted_status")
    if isinstance(original, dict) and original.get("id_str"):
        return status_url(_dict(original.get("user")).get("screen_name"), original["id_str"])
    if repost:
        return _retweeted_media_source(media)
    last = urls[-1].get("expanded_url") if urls else None
    if status_id(last) not in (None, tweet_id):  # a long post cut short links to itself: that is no quote
        return last  # archives have no quoted_status: a quote ends with the quoted status URL
    return None


def _retweeted_media_source(media: list) -> str | None:
    # a modern retweet has no original id, but a retweeted photo still names the status it came from
    for m in media:
        if m.get("source_status_id_str"):
            return status_url(None, m["source_status_id_str"])
    return None


def _language(lang: object) -> str | None:
    """The tweet's own language tag, or None where X says it has none (`und`, `zxx`, `qme` and the like).

    An archive holds a few dozen tags a million times: each is worked out once (`_LANGUAGES`, bounded)."""
    if type(lang) is not str:
        return language_tag(lang)
    tag = _LANGUAGES.get(lang, _UNSEEN)
    if tag is _UNSEEN:
        tag = language_tag(lang)
        if len(_LANGUAGES) < _LANGUAGES_HELD and len(lang) <= _TAG_HELD:
            _LANGUAGES[lang] = tag
    return tag


def language_tag(lang: object) -> str | None:
    """`_language` worked out afresh."""
    if not isinstance(lang, str):
        return None
    tag = lang.strip().lower()
    primary = tag.split("-", 1)[0]
    if not (primary.isascii() and primary.isalpha() and len(primary) in (2, 3)) or primary in _NOT_LANGUAGES:
        return None
    if len(primary) == 3 and "qaa" <= primary <= "qtz":
        return None
    return _RENAMED.get(primary, primary) + tag[len(primary):]


def _count(value: object) -> int | None:
    # modern archives write every number as a string; a negative or 64-bit-overflowing count is damage, not a count
    if value is None or value == "":
        return None
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return count if 0 <= count < 2**63 else None


def _values(items: object, key: str) -> list[str]:
    """The distinct non-empty text `key` of each entity; most tweets have none or one, so those skip the dedup."""
    if not items or not isinstance(items, list):
        return []
    if len(items) == 1:
        value = items[0].get(key) if isinstance(items[0], dict) else None
        return [value] if value and isinstance(value, str) else []
    values = (i.get(key) for i in items if isinstance(i, dict))
    return list(dict.fromkeys(v for v in values if v and isinstance(v, str)))
