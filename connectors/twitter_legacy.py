"""Legacy X/Twitter "Grailbird" archive (Dec 2012 – ~2018): `data/js/tweets/YYYY_MM.js`, else `tweets.csv`.

The monthly JS files carry full API v1.1 tweets with entities, so they are preferred; `tweets.csv` (no
entities, links comma-joined) is read only when the JS is missing.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.profile_fields import ProfileLog
from connectors.twitter_csv import csv_rows, is_tweets_csv
from connectors.twitter_files import decode, entries, head
from connectors.twitter_profile import legacy_profiles
from connectors.twitter_tweet import Author, tweet_row

PLATFORM = "twitter"
LABEL = "X/Twitter legacy archive (Grailbird)"

TWEETS_DIR = "data/js/tweets"
_GRAILBIRD = b"Grailbird.data.tweets_"
DETAILS_MAX = 1024 * 1024  # user_details.js is one small object


def find(archive: Archive) -> list[str]:
    """Archive tops holding `Grailbird.data.tweets_*` month files or a `tweets.csv` with X's header."""
    roots: set[str] = set()
    for member in archive.members():
        folder, name = posixpath.split(member)
        root = _top(folder)
        lower = name.lower()
        if root in roots or not lower.endswith((".js", ".csv")):
            continue
        if (lower.endswith(".js") and _is_month_file(head(archive, member))) or \
                (lower.endswith(".csv") and is_tweets_csv(head(archive, member))):
            roots.add(root)
    return sorted(roots)


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Every tweet of the archive at `root`, from the month JS files, or from tweets.csv when they are missing."""
    months = _month_files(archive, root)
    account = _screen_name(archive, root, log)
    if months:
        for member in months:
            yield from _js_tweets(archive, member, account, log)
        return
    for member in _csv_files(archive, root):
        yield from csv_rows(archive, member, account, log)


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """The account's name, handle, bio, location and website, from data/js/user_details.js."""
    legacy_profiles(archive, root, found)


def _js_tweets(archive: Archive, member: str, account: str, log: ImportLog) -> Iterator[dict]:
    name, where = posixpath.basename(member), archive.where(member)
    for index, tweet in entries(archive, member, log):
        log.record(where, index)
        try:
            row = tweet_row(tweet, _author(tweet, account), f"{name}#{index}")
        except (AttributeError, KeyError, ValueError, TypeError) as exc:
            log.skip(f"{where}#{index}", f"tweet without a usable id or time ({exc!r})")
            continue
        yield row


def _author(tweet: dict, account: str) -> Author:
    # every Grailbird tweet embeds its author, with the protected flag of the time of the export
    user = tweet.get("user") or {}
    return Author(account=user.get("screen_name") or account,
                  visibility="followers" if user.get("protected") else "public",
                  rt_by_prefix=False)  # Grailbird marks retweets with retweeted_status; "RT @" text was a manual quote


def _top(folder: str) -> str:
    # the month files live three levels down; the archive top is what holds data/js/tweets
    if folder == TWEETS_DIR:
        return ""
    return folder.removesuffix("/" + TWEETS_DIR)


def _is_month_file(first: bytes) -> bool:
    # each month file starts with a `Grailbird.data.tweets_YYYY_MM =` line before its JSON array
    return first.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(_GRAILBIRD)


def _month_files(archive: Archive, root: str) -> list[str]:
    folders = {posixpath.join(root, TWEETS_DIR) if root else TWEETS_DIR, root}
    return sorted(m for m in archive.members() if posixpath.dirname(m) in folders
                  and m.lower().endswith(".js") and _is_month_file(head(archive, m)))


def _csv_files(archive: Archive, root: str) -> list[str]:
    return sorted(m for m in archive.members() if posixpath.dirname(m) == root
                  and m.lower().endswith(".csv") and is_tweets_csv(head(archive, m)))


def _screen_name(archive: Archive, root: str, log: ImportLog) -> str:
    """The handle from data/js/user_details.js (`var user_details = {…}`); only screen_name is read."""
    member = posixpath.join(root, "data/js/user_details.js") if root else "data/js/user_details.js"
    if member not in archive.members():
        return ""
    try:
        if archive.size(member) > DETAILS_MAX:
            raise ValueError(f"larger than {DETAILS_MAX // 1024} KB")
        text = decode(archive.read_bytes(member))
        details = json.loads(text[text.index("=") + 1:])
        return str(details.get("screen_name") or "")
    except (SourceError, ValueError, AttributeError, RecursionError) as exc:  # RecursionError: nested absurdly deep
        log.note(f"{archive.where(member)} was not read ({exc}); post URLs use x.com/i/status/<id>")
        return ""
