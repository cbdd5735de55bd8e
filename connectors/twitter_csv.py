"""Grailbird `tweets.csv`, read only when the month JS files are missing: each row becomes a v1.1-shaped tweet.

The CSV has no entities: links come comma-joined (media links repeated) in `expanded_urls`, and mentions and
hashtags must be read from the text. Text holds real newlines, so only a real CSV parser reads it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from connectors.archive import Archive
from connectors.base import ImportLog, hashtags_in, mentions_in
from connectors.csvsafe import Dialect, table
from connectors.twitter_files import open_utf8, utf16_note
from connectors.twitter_tweet import Author, tweet_row

_HEADER = b"tweet_id,in_reply_to_status_id,"
_URL_SPLIT = re.compile(r",(?=https?://)")  # commas inside a URL are not separators
_TCO = re.compile(r"https?://t\.co/\w+(?![\w…])")  # a link cut short by a retweet's '…' is not a link
_CUT = ("…", " ...")  # how X ended a retweet cut to 140 characters (' ...' before about 2012)
_MEDIA = re.compile(r"/status(?:es)?/\d+/(?:photo|video)/\d+$")


def is_tweets_csv(first: bytes) -> bool:
    """Whether the first bytes are the header of a Grailbird tweets.csv (quoted or not)."""
    return first.removeprefix(b"\xef\xbb\xbf").replace(b'"', b"").startswith(_HEADER)


def csv_rows(archive: Archive, member: str, account: str, log: ImportLog) -> Iterator[dict]:
    """Canonical rows of a tweets.csv; a row without a usable id or time, or a broken one, is skipped and counted.
    A file that ends inside a quoted field (cut short) loses only that record, which csvsafe skips and names."""
    where, name = archive.where(member), posixpath.basename(member)
    author = Author(account=account, rt_by_prefix=False)
    cut = 0
    with open_utf8(archive, member) as raw:
        for index, record in table(raw, Dialect(), where, where, log, first=0):  # sources count rows from 0
            cut += yield from _row((index, record), author, where, name, log)
    if note := utf16_note(where, raw):
        log.note(note)
    if cut:
        log.note(f"{where}: {cut} retweets end with '…' or ' ...', as X cut retweets at 140 characters; the CSV "
                 "does not hold the originals' whole text (the month JS files do)")


def _row(held: tuple, author: Author, where: str, name: str, log: ImportLog) -> Iterator[dict]:
    """Yield the row of one record (or skip it, with why); return whether it is a retweet that ends cut short."""
    index, record = held
    try:
        row = tweet_row(as_tweet(record), author, f"{name}#{index}")
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        log.skip(f"{where}#{index}", f"row without a usable tweet_id or timestamp ({exc!r})")
        return False
    yield row
    return row["kind"] == "repost" and row["text"].endswith(_CUT)


def as_tweet(record: dict) -> dict:
    """A CSV row in the shape of an API v1.1 tweet, so one function turns both into rows."""
    text = record["text"] or ""
    urls, media = _entities(text, record.get("expanded_urls") or "")
    tweet = {
        "id_str": record["tweet_id"] or None,
        "created_at": record["timestamp"],
        "text": text,
        "entities": {"urls": urls, "media": media, "hashtags": [{"text": h} for h in hashtags_in(text)],
                     "user_mentions": [{"screen_name": m} for m in mentions_in(text)]},
        "in_reply_to_status_id_str": record.get("in_reply_to_status_id") or None,
    }
    if record.get("retweeted_status_id"):
        tweet["retweeted_status"] = {"id_str": record["retweeted_status_id"]}
    if not tweet["id_str"]:
        raise KeyError("tweet_id")
    return tweet


def _entities(text: str, expanded: str) -> tuple[list[dict], list[dict]]:
    """Pair the text's t.co links with `expanded_urls` in order, when both count the same links."""
    full = list(dict.fromkeys(u for u in _URL_SPLIT.split(expanded) if u))
    short = list(dict.fromkeys(_TCO.findall(text))) if "t.co/" in text else []
    pairs = zip(short, full, strict=True) if len(short) == len(full) else ((None, u) for u in full)
    urls, media = [], []
    for tco, url in pairs:
        (media if _MEDIA.search(url) else urls).append({"url": tco, "expanded_url": url})
    return urls, media
