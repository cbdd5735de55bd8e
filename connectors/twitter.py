"""X/Twitter archive (2019 → now): tweets and their parts, long posts, community posts, deleted tweets, likes.

Works on the zip, the unzipped folder (with or without an extra top folder) or a folder of the `data/*.js`
files themselves. Every file is streamed, so a multi-gigabyte `tweets.js` is read in bounded memory.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Iterator
from datetime import datetime

from connectors.archive import Archive
from connectors.base import ImportLog, from_iso, hashtags_in, mentions_in, urls_in
from connectors.profile_fields import ProfileLog
from connectors.twitter_edits import EditChains, edit_ids
from connectors.twitter_files import (
    entries,
    head,
    is_manifest,
    manifest_counts,
    read_manifest,
    unwrap,
    ytd_files,
    ytd_type,
)
from connectors.twitter_notes import Notes, apply_note
from connectors.twitter_profile import account_profile
from connectors.twitter_tweet import PLATFORM, Author, line_breaks, tweet_row

LABEL = "X/Twitter archive"

#: YTD types holding the person's own tweets, in reading order, and whether they are deleted
TWEET_FILES = (("tweets", False), ("community_tweet", False), ("deleted_tweets", True))
READ_TYPES = frozenset({"tweets", "community_tweet", "deleted_tweets", "like", "note_tweet"})


def find(archive: Archive) -> list[str]:
    """Folders holding `window.YTD.*` files or X's manifest.js, read from their first bytes."""
    roots: set[str] = set()
    for member in archive.members():
        folder = posixpath.dirname(member)
        if folder in roots or not member.lower().endswith(".js"):
            continue
        first = head(archive, member)
        if ytd_type(first) or is_manifest(first):
            roots.add(folder)
    return sorted(roots)


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Every tweet, community post, deleted tweet and like in the archive folder `root`."""
    files, manifest_member = ytd_files(archive, root)
    manifest = read_manifest(archive, manifest_member, log)
    author = Author(account=_user_name(archive, manifest, files, log),
                    visibility=_visibility(archive, files, log))
    notes = _notes(archive, files.get("note_tweet", ()), log)
    chains = EditChains()
    for kind, deleted in TWEET_FILES:
        for member in files.get(kind, ()):
            yield from _tweets(archive, member, (author, deleted, kind), notes, chains, log)
    yield from chains.rows()
    for where, into in chains.merged():
        log.merge(where, into, identical=False)
    for member in files.get("like", ()):
        yield from _likes(archive, member, author.account, log)
    notes.skip_leftovers(log)
    _report(log, chains, manifest)


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """The account's names, bio, website, location and follower count (connectors.twitter_profile)."""
    account_profile(archive, root, found)


def _notes(archive: Archive, members: list[str], log: ImportLog) -> Notes:
    """Every long post of note-tweet.js, to be joined to its tweet as the tweets stream past."""
    notes = Notes()
    for member in members:
        for index, entry in _objects(archive, member, "noteTweet", log, count_as="note_tweet"):
            notes.add(f"{archive.where(member)}#{index}", entry, log)
    return notes


def _tweets(archive: Archive, member: str, how: tuple[Author, bool, str], notes: Notes, chains: EditChains,
            log: ImportLog) -> Iterator[dict]:
    author, deleted, kind = how
    name = posixpath.basename(member)
    for index, tweet in _objects(archive, member, "tweet", log, count_as=kind):
        try:
            row = tweet_row(tweet, author, f"{name}#{index}", deleted)
        except (KeyError, ValueError, TypeError) as exc:
            log.skip(f"{archive.where(member)}#{index}", f"tweet without a usable {_problem(exc)}")
            continue
        if notes and (note := notes.take(tweet, row["created_at"])):
            row = apply_note(row, note.core)
            log.merge(note.where, row["post_id"], identical=False)  # the long post is now the tweet's text
        if not chains.hold(tweet["id_str"], edit_ids(tweet), row):
            yield row


def _likes(archive: Archive, member: str, account: str, log: ImportLog) -> Iterator[dict]:
    name = posixpath.basename(member)
    for index, like in _objects(archive, member, "like", log, count_as="like"):
        tweet_id = like.get("tweetId")
        if not tweet_id or not isinstance(tweet_id, str | int) or isinstance(tweet_id, bool):
            log.skip(f"{archive.where(member)}#{index}", "like without a tweetId")
            continue
        text = line_breaks(_text(like.get("fullText")))
        text = html.unescape(text) if "&" in text else text
        url = _text(like.get("expandedUrl")) or None
        yield {  # every canonical key, those a like has not with the frame's fill: read by one C-level lookup
            "post_id": f"{PLATFORM}:like:{tweet_id}",
            "platform": PLATFORM,
            "account": account,
            "kind": "like",  # a like endorses the liked text, so the liked text is what gets scored
            "created_at": None,  # like.js records no time of liking, only the liked tweet
            "text": text,
            "title": None,
            "url": url,
            "visibility": "unknown",  # public until X hid likes in June 2024, and the like time is unknown
            "reply_to": None,
            "quoted": url,
            "links": urls_in(text) if "http" in text else [],
            "mentions": mentions_in(text) if "@" in text else [],
            "hashtags": hashtags_in(text) if "#" in text else [],
            "media_count": 0, "media_alt": None, "likes": None, "reposts": None, "replies": None, "language": None,
            "content_warning": None,
            "source": f"{name}#{index}",
            "deleted": False, "edited_at": None,
        }


def _objects(archive: Archive, member: str, key: str, log: ImportLog,
             count_as: str = "") -> Iterator[tuple[int, dict]]:
    """(index, object) of a YTD file without the `{key: …}` wrapper; anything else is skipped and counted."""
    where = archive.where(member)
    for index, element in entries(archive, member, log):
        if count_as:  # a file of posts: each entry is a record to account for
            log.record(where, index)
        obj = unwrap(element, key)
        if obj is None:
            log.skip(f"{where}#{index}", f"entry is not a {key} object")
            continue
        if count_as:
            log.read_counts[count_as] += 1
        yield index, obj


def _user_name(archive: Archive, manifest: dict, files: dict, log: ImportLog) -> str:
    """The @username for URLs: manifest.js userInfo, else account.js (of which nothing else is read: PII)."""
    info = manifest.get("userInfo")
    name = _text(info.get("userName")) if isinstance(info, dict) else ""
    if not name:
        for member in files.get("account", ()):
            name = next((_text(a.get("username")) for _, a in _objects(archive, member, "account", log)), "")
    if not name:
        log.note("no manifest.js or account.js with the @username: post URLs use x.com/i/status/<id>")
    return name


def _visibility(archive: Archive, files: dict, log: ImportLog) -> str:
    """`followers` when the account's last protected-history event protected it, else `public`."""
    events = [e for m in files.get("protected_history", ()) for _, e in _objects(archive, m, "protectedHistory", log)]
    # protecting an account hides all of its past tweets too, so the latest event decides for every tweet; times
    # are compared as instants, not as text ("…00Z" sorted after "…00.000Z" of the same second)
    dated = [(when, e) for e in events if (when := _instant(e.get("protectedAt"))) is not None]
    if undated := len(events) - len(dated):
        what = "event has" if undated == 1 else "events have"
        log.note(f"{undated} protected-history {what} no readable protectedAt: not used to decide whether the "
                 "account's tweets are public")
    latest = max(dated, key=lambda pair: pair[0], default=(None, {}))[1]
    return "followers" if str(latest.get("action", "")).lower().startswith("protect") else "public"


def _instant(value: object) -> datetime | None:
    try:
        return from_iso(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _report(log: ImportLog, chains: EditChains, manifest: dict) -> None:
    if chains.dropped:
        what = ("earlier version of an edited tweet was" if chains.dropped == 1
                else "earlier versions of edited tweets were")
        log.note(f"{chains.dropped} {what} left out; the last version is kept")
    # the manifest's counts are a cross-check only: a trimmed or damaged archive holds fewer than it declares
    for kind, declared in manifest_counts(manifest).items():
        held = log.read_counts[kind]
        if kind in READ_TYPES and declared != held:
            log.note(f"manifest.js declares {declared} {kind} entries; the files held {held} readable ones")


def _text(value: object) -> str:
    # a damaged archive may hold a number or an object where text belongs: that counts as no text
    return value if isinstance(value, str) else ""


def _problem(exc: Exception) -> str:
    return f"field {exc}" if isinstance(exc, KeyError) else f"value ({exc})"
