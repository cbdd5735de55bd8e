"""Long posts ("note tweets"): note-tweet.js holds the full text of tweets that tweets.js cuts short with '…'."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime

from connectors.base import from_iso
from connectors.twitter_tweet import expand_links


def index_notes(notes: Iterable[dict]) -> dict[object, dict]:
    """Notes by the key that joins them to their tweet: `tweetId` when given, else the creation instant."""
    index: dict[object, dict] = {}
    for note in notes:
        core = note.get("core") if isinstance(note.get("core"), dict) else None
        if core is None or not isinstance(core.get("text"), str):
            continue
        if note.get("tweetId"):
            index[str(note["tweetId"])] = core
        elif isinstance(note.get("createdAt"), str):
            # the note has no tweet id: it shares its creation instant with its tweet (what public parsers match on)
            try:
                index[from_iso(note["createdAt"])] = core
            except ValueError:  # an unreadable time joins no tweet, which keeps its cut text
                continue
    return index


def note_for(index: dict[object, dict], tweet_id: str, created_at: datetime) -> dict | None:
    """The note (its `core`) of a tweet, if any, taking it out of the index so leftovers can be counted."""
    return index.pop(tweet_id, None) or index.pop(created_at, None)


def apply_note(row: dict, core: dict) -> dict:
    """The row with the note's full text and the links, mentions and hashtags the cut tweet lost."""
    urls = [{"url": u.get("shortUrl"), "expanded_url": u.get("expandedUrl")}
            for u in core.get("urls") or () if isinstance(u, dict)]
    text = core["text"]
    text = expand_links(html.unescape(text) if "&" in text else text, urls, [])
    return {
        **row,
        "text": text,
        "links": _merge(row["links"], (u["expanded_url"] for u in urls)),
        "mentions": _merge(row["mentions"], _field(core.get("mentions"), "screenName")),
        "hashtags": _merge(row["hashtags"], _field(core.get("hashtags"), "text")),
    }


def _merge(first: list, more) -> list:
    return list(dict.fromkeys([*first, *(m for m in more if m)]))


def _field(items: object, key: str) -> list:
    return [i.get(key) for i in items if isinstance(i, dict)] if isinstance(items, list) else []
