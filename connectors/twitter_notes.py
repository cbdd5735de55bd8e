"""Long posts ("note tweets"): note-tweet.js holds the full text of tweets that tweets.js cuts short with '…'.

A note names its tweet only sometimes (`tweetId`). Otherwise only its creation time ties it to a tweet, and a
thread posted within one second has several tweets of that second: joined by time alone, a tweet took the next
tweet's long text. So a note without a tweet id joins a tweet of its time only where that tweet's text is a cut-off
start of the note's text; a note that joins no tweet is a counted skip naming its entry, and its tweet keeps the
cut text.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from connectors.base import ImportLog, from_iso
from connectors.twitter_tweet import expand_links, line_breaks, status_id

#: a note is saved just before its tweet, so the two instants can fall either side of a second's boundary
WINDOW = timedelta(seconds=1)
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_TCO = re.compile(r"https?://t\.co/\w+$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_LINK = "\x00"  # what every URL becomes before texts are compared: X swaps the note's links for t.co ones


@dataclass
class Note:
    """One readable entry of note-tweet.js: where it is, its `core`, and what can join it to its tweet."""

    where: str
    core: dict
    tweet_id: str | None
    created: datetime | None
    ambiguous: bool = False

    @cached_property
    def comparable(self) -> str:
        """The note's text as compared with a cut tweet's: links alike, spaces collapsed."""
        return _comparable(_unescape(self.core["text"]))


class Notes:
    """The notes of an archive, taken out one by one as their tweets stream past; the rest are counted skips."""

    def __init__(self) -> None:
        self._by_id: dict[str, Note] = {}
        self._by_second: dict[datetime, list[Note]] = defaultdict(list)
        self._held = 0  # notes not yet taken: asked once per tweet, so counted rather than summed

    def __bool__(self) -> bool:
        return self._held > 0

    def add(self, where: str, entry: dict, log: ImportLog) -> None:
        """Index one note-tweet.js entry; one that has no text or nothing to join it by is skipped with why."""
        core = entry.get("core")
        if not isinstance(core, dict) or not isinstance(core.get("text"), str):
            log.skip(where, "long post without text (core.text): not imported")
            return
        tweet_id = entry.get("tweetId")
        created = _time(entry.get("createdAt"))
        if isinstance(tweet_id, str | int) and not isinstance(tweet_id, bool) and str(tweet_id):
            if str(tweet_id) in self._by_id:
                log.skip(where, f"a second long post for tweet {tweet_id} (the first is "
                                f"{self._by_id[str(tweet_id)].where.rsplit('/', 1)[-1]}): not imported")
                return
            self._by_id[str(tweet_id)] = Note(where, core, str(tweet_id), created)
            self._held += 1
        elif created is not None:
            self._by_second[created.replace(microsecond=0)].append(Note(where, core, None, created))
            self._held += 1
        else:
            log.skip(where, "long post with neither a tweetId nor a readable createdAt: it cannot be joined to its "
                            "tweet, so it was not imported")

    def take(self, tweet: dict, created_at: datetime) -> Note | None:
        """The tweet's note, taken out of the index, or None (the tweet keeps its own text).

        By the note's tweetId when it has one; else a note of the same time (within WINDOW) whose text the tweet's
        cut text begins. Two different notes that both fit leave the tweet alone: guessing would reattach text.
        """
        tweet_id = str(tweet["id_str"])
        if tweet_id in self._by_id:
            self._held -= 1
            return self._by_id.pop(tweet_id)
        if not self._by_second:
            return None
        start = cut_start(tweet)
        if start is None:
            return None
        fits = [n for n in self._near(created_at) if _begins(n.comparable, start, _is_reply(tweet))]
        if len({n.comparable for n in fits}) > 1:
            for note in fits:
                note.ambiguous = True
            return None
        if not fits:
            return None
        note = min(fits, key=lambda n: abs(n.created - created_at))  # type: ignore[operator]
        self._by_second[note.created.replace(microsecond=0)].remove(note)  # type: ignore[union-attr]
        self._held -= 1
        return note

    def skip_leftovers(self, log: ImportLog) -> None:
        """Each note no tweet took is one skip naming its entry and why."""
        for note in self._by_id.values():
            log.skip(note.where, f"long post for tweet {note.tweet_id}, which is not in the archive: not imported",
                     counted=True)
        for notes in self._by_second.values():
            for note in notes:
                log.skip(note.where, _unjoined(note), counted=True)
        self._by_id.clear()
        self._by_second.clear()
        self._held = 0

    def _near(self, created_at: datetime) -> list[Note]:
        second = created_at.replace(microsecond=0)
        return [n for s in (second - WINDOW, second, second + WINDOW) for n in self._by_second.get(s, ())]


def cut_start(tweet: dict) -> str | None:
    """The comparable text of a tweet X cut short, without its '…' and trailing t.co link; None if it is not cut.

    X ends a cut long post with '…' (and may add a t.co link to the whole post), or with a t.co link to the
    tweet itself.
    """
    text = tweet.get("full_text") or tweet.get("text")
    if not isinstance(text, str):
        return None
    text = _unescape(text).rstrip()
    bare = _without_tco_ending(text)
    if bare.endswith("…"):
        start = _comparable(bare[:-1])
    elif bare != text and _links_to_itself(tweet):
        start = _comparable(bare)
    else:
        return None
    return start if start.replace(_LINK, "").strip() else None  # nothing but links: nothing to compare


def apply_note(row: dict, core: dict) -> dict:
    """The row with the note's full text and the links, mentions and hashtags the cut tweet lost."""
    urls = [{"url": u.get("shortUrl"), "expanded_url": u.get("expandedUrl")}
            for u in core.get("urls") or () if isinstance(u, dict)]
    text = expand_links(_unescape(line_breaks(core["text"])), urls, [])
    own = row["post_id"].rsplit(":", 1)[-1]
    links = [link for link in row["links"] if status_id(link) != own]  # the cut text's link to the whole post
    return {
        **row,
        "text": text,
        "links": _merge(links, (u["expanded_url"] for u in urls if isinstance(u["expanded_url"], str))),
        "mentions": _merge(row["mentions"], _field(core.get("mentions"), "screenName")),
        "hashtags": _merge(row["hashtags"], _field(core.get("hashtags"), "text")),
    }


def _begins(note: str, start: str, reply: bool) -> bool:
    if len(start) < len(note) and note.startswith(start):
        return True
    # a reply's text opens with the @handles it answers; the note may hold only what the person wrote
    if reply and (bare := _LEADING_MENTIONS.sub("", start)) != start and bare.replace(_LINK, "").strip():
        return len(bare) < len(note) and note.startswith(bare)
    return False


def _without_tco_ending(text: str) -> str:
    # token by token from the end: a regex searched for a link at the end costs the square of a run of spaces
    while True:
        words = text.rsplit(maxsplit=1)
        link = _TCO.search(words[-1]) if words else None  # "…https://t.co/x" too: X may leave out the space
        if link is None:
            return text
        text = ((words[0] + " ") if len(words) == 2 else "") + words[-1][:link.start()]
        text = text.rstrip()


def _comparable(text: str) -> str:
    return _SPACE.sub(" ", _URL.sub(_LINK, text)).strip()


def _links_to_itself(tweet: dict) -> bool:
    urls = (tweet.get("entities") or {}).get("urls") if isinstance(tweet.get("entities"), dict) else None
    own = str(tweet.get("id_str"))
    return any(isinstance(u, dict) and status_id(u.get("expanded_url")) == own for u in urls or ())


def _is_reply(tweet: dict) -> bool:
    return bool(tweet.get("in_reply_to_status_id_str"))


def _unjoined(note: Note) -> str:
    if note.ambiguous:
        return ("long post without a tweetId whose start is the cut text of more than one tweet of its time: "
                "not joined to any, not imported (those tweets keep their cut text)")
    return ("long post without a tweetId that no tweet of its time begins (a tweet's cut text must be the start of "
            "the long post): not imported; its tweet, if in the archive, keeps the text cut short with '…'")


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return from_iso(value)
    except ValueError:
        return None


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _merge(first: list, more) -> list:
    return list(dict.fromkeys([*first, *(m for m in more if m)]))


def _field(items: object, key: str) -> list:
    values = (i.get(key) for i in items if isinstance(i, dict)) if isinstance(items, list) else ()
    return [v for v in values if isinstance(v, str)]
