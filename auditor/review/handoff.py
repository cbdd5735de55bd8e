"""Hand-off to the tools that delete: the posts marked delete as id lists, and as an X archive's own `tweets.js`.

Both are made from `actions.plan` (`Plan.deletions`), the same targets the Mastodon deletion run acts on: only
decisions that still stand; posts whose delete decision no longer stands are counted apart and never written.

`--format ids`: one file per platform and account, one id per line and nothing else (for `xargs`, a script or a
tool's import box), the id the platform's own API deletes by: the X status id, the Mastodon status id (the number
ending the status URI, which is the id on the server the archive came from), the Bluesky record's at:// URI, the
Reddit fullname (t3_…, t1_…), the LinkedIn URN. Exports of the other platforms hold no id their site takes back;
their posts are counted and left to the to-do list. Likes of X (undone on the site) and Mastodon boosts (the
boost's id is not a status of yours) are counted apart too; posts the export already shows deleted are left out.

`--format tweets-js`: `window.YTD.tweets.part0 = [{"tweet": {…}}, …]` holding, for each tweet marked delete, its
tweet object as the archive holds it. The store keeps the canonical row of a post, not the export's JSON, so the
objects are read again from the X archives the store's scans recorded (or those given), found by `id_str`: an X
status id never changes what it names (an edit gets a new id), so the object found is the tweet that was decided.
An edited tweet is written with all its versions, as the archive holds them. A tweet found in no archive is named,
not invented.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from auditor.core.errors import SourceError
from auditor.review.actions import Action, Plan

_STATUS_ID = re.compile(r"/statuses/(\d+)$")
_ACCOUNT_UNSAFE = re.compile(r"[^A-Za-z0-9_.@-]+")
_LIVE = re.compile(r"^(mastodon:@|https?://)", re.IGNORECASE)

#: reasons a post marked delete gets no id in the list (keys of the messages that explain them)
LIKE, BOOST, GONE, NO_ID, NOT_X, OTHER_ACCOUNT = "like", "boost", "gone", "no_id", "not_x", "other_account"


def native_id(post_id: str, platform: str) -> str | None:
    """The id the platform deletes the post by, from its post id; None when the export holds none."""
    own = post_id.removeprefix(f"{platform}:")
    if platform == "twitter":
        return own if own.isascii() and own.isdigit() else None  # `like:<id>` is a like, not a post of yours
    if platform == "mastodon":
        found = _STATUS_ID.search(own)
        return found.group(1) if found else None  # a boost's id ends in /activity: not a status of yours
    if platform == "bluesky":
        return own if own.startswith("at://") else None  # posts, reposts and likes: records of your repo
    if platform == "reddit":
        return own if own.startswith(("t1_", "t3_")) else None
    if platform == "linkedin":
        return own if own.startswith("urn:li:") else None
    return None


@dataclass
class IdList:
    """The ids of one platform and account, oldest first, and the file name they are written under."""

    platform: str
    account: str
    ids: list[str] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        account = _ACCOUNT_UNSAFE.sub("_", self.account.lstrip("@"))[:64].strip("._")
        return f"{self.platform}-{account}.txt" if account else f"{self.platform}.txt"

    def text(self) -> str:
        return "".join(f"{i}\n" for i in self.ids)


@dataclass
class Left:
    """Posts marked delete that are not written, by (platform, reason)."""

    counts: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))

    def add(self, platform: str, reason: str) -> None:
        self.counts[(platform, reason)] += 1


def id_lists(store, plan: Plan) -> tuple[list[IdList], Left]:
    """The ids of the posts whose standing decision is delete, per platform and account; and what was left out."""
    deletions = [a for a in plan.actions if a.action == "delete"]
    facts = _facts(store, [a.post_id for a in deletions])
    lists: dict[tuple[str, str], IdList] = {}
    left = Left()
    for action in deletions:
        kind, deleted = facts.get(action.post_id, ("", False))
        reason = _left_out(action, kind, deleted)
        if reason:
            left.add(action.platform, reason)
            continue
        key = (action.platform, action.account)
        lists.setdefault(key, IdList(*key)).ids.append(native_id(action.post_id, action.platform))
    names: set[str] = set()
    for found in lists.values():  # two accounts whose names clean to the same file name: the later one is told apart
        while found.file_name in names:
            found.account += "_"
        names.add(found.file_name)
    return sorted(lists.values(), key=lambda x: (x.platform, x.account)), left


def _left_out(action: Action, kind: str, deleted: bool) -> str | None:
    if deleted:
        return GONE
    if action.platform == "twitter" and kind == "like":
        return LIKE
    if native_id(action.post_id, action.platform) is None:
        return BOOST if action.platform == "mastodon" and kind == "repost" else NO_ID
    return None


def _facts(store, post_ids: list[str]) -> dict[str, tuple[str, bool]]:
    """post_id → (kind, deleted) as stored."""
    out: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(post_ids), 900):  # SQLite caps the ? parameters of one statement
        chunk = post_ids[start:start + 900]
        rows = store.connection.execute(
            f"SELECT post_id, kind, deleted FROM posts WHERE post_id IN ({', '.join('?' * len(chunk))})", chunk)
        out.update((r[0], (r[1], bool(r[2]))) for r in rows)
    return out


# -- tweets.js -----------------------------------------------------------------------------------------------

HEADER = "window.YTD.tweets.part0 = "
#: YTD types of an X archive holding tweet objects of the person's own that are still online
_TWEET_TYPES = ("tweets", "community_tweet")


@dataclass
class TweetsJs:
    """The tweet objects found for the tweets marked delete (as the archive holds them, in the plan's order), the
    ids found nowhere, the archives read, those that could not be, and what was left out of the file."""

    entries: list[dict]
    missing: list[str]
    read: list[str]
    unreadable: list[tuple[str, str]]
    left: Left

    def text(self) -> str:
        """The file: X's own first line and layout (`"key" : value`, two-space indent)."""
        if not self.entries:
            return HEADER + "[ ]\n"
        return HEADER + "[\n" + ",\n".join(_indented(_dumps(e)) for e in self.entries) + "\n]\n"


def x_accounts(plan: Plan) -> list[str]:
    """The X accounts (as the archives name them) with tweets marked delete."""
    return sorted({a.account for a in plan.actions if a.action == "delete" and a.platform == "twitter"})


def tweets_js(store, plan: Plan, archives: Iterable[str] | None = None, account: str | None = None) -> TweetsJs:
    """The tweets (of `account`, or of every X account) whose standing decision is delete, with their objects read
    again from `archives` (default: the sources of the store's scans, newest first)."""
    wanted, left = wanted_tweets(store, plan, account)
    return read_tweets(wanted, left, archives if archives is not None else recorded_sources(store))


def read_tweets(wanted: list[str], left: Left, archives: Iterable[str]) -> TweetsJs:
    """The tweet objects of the status ids `wanted`, read from the X archives at `archives`, in turn until all are
    found. An edited tweet is all of its versions, oldest first (X keeps each as a tweet object of its own; the
    store keeps the chain as one post under the last version's id), so a scan of the file reads it as it was."""
    sources = list(dict.fromkeys(archives))
    found = _Found(set(wanted))
    read, unreadable = [], []
    for source in sources:
        if found.complete():
            break
        try:
            _find_tweets(source, found)
        except SourceError as exc:
            unreadable.append((source, exc.problem))
            continue
        read.append(source)
    entries = [{"tweet": tweet} for i in wanted for tweet in found.versions(i)]
    return TweetsJs(entries, [i for i in wanted if i not in found.by_id], read, unreadable, left)


class _Found:
    """The tweet objects found so far for each wanted id, with every version of an edit chain."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted
        self.by_id: dict[str, dict[str, dict]] = {}  # wanted id → {version id: tweet object}
        self._chain: dict[str, list[str]] = {}  # wanted id → the ids of its edit chain, oldest first

    def offer(self, tweet: dict) -> None:
        from connectors.twitter_edits import edit_ids

        tweet_id = str(tweet.get("id_str", ""))
        chain = [str(i) for i in edit_ids(tweet)]
        key = tweet_id if tweet_id in self.wanted else next((i for i in chain if i in self.wanted), None)
        if key is None:
            return
        self.by_id.setdefault(key, {}).setdefault(tweet_id, tweet)
        if len(chain) > 1 and tweet_id in chain:
            self._chain[key] = chain

    def versions(self, key: str) -> list[dict]:
        held = self.by_id.get(key, {})
        order = self._chain.get(key, [])
        return [held[i] for i in sorted(held, key=lambda i: (order.index(i) if i in order else len(order), i))]

    def complete(self) -> bool:
        return all(key in self.by_id and set(self._chain.get(key, [key])) <= set(self.by_id[key])
                   for key in self.wanted)


def wanted_tweets(store, plan: Plan, account: str | None = None) -> tuple[list[str], Left]:
    """Status ids of the tweets to delete (not likes, not already deleted), and what else was marked delete."""
    deletions = [a for a in plan.actions if a.action == "delete"]
    facts = _facts(store, [a.post_id for a in deletions])
    wanted, left = [], Left()
    for action in deletions:
        if action.platform != "twitter":
            left.add(action.platform, NOT_X)
            continue
        if account is not None and action.account != account:
            left.add(action.platform, OTHER_ACCOUNT)
            continue
        kind, deleted = facts.get(action.post_id, ("", False))
        reason = _left_out(action, kind, deleted)
        if reason:
            left.add(action.platform, reason)
        else:
            wanted.append(native_id(action.post_id, "twitter"))
    return wanted, left


def recorded_sources(store) -> list[str]:
    """The file and folder sources of the store's scans, the newest scan's first (live accounts and feeds left out)."""
    out: list[str] = []
    for scan in reversed(store.scans()):
        out += [s for s in scan.sources if not _LIVE.match(s)]
    return list(dict.fromkeys(out))


def _find_tweets(source: str, found: _Found) -> None:
    """Offer `found` every tweet object of the X archive(s) at `source` (nested ones included) until it is complete."""
    from connectors import twitter
    from connectors.archive import open_archive

    archive = open_archive(source)
    try:
        _in_archive(archive, found, twitter)
    finally:
        archive.close()


def _in_archive(archive, found: _Found, twitter) -> None:
    from connectors.base import ImportLog
    from connectors.twitter_files import entries, unwrap, ytd_files

    log = ImportLog(source=archive.name, platform="twitter")  # damage is the scan's to report: not counted here
    for root in twitter.find(archive):
        files, _manifest = ytd_files(archive, root)
        for member in (m for kind in _TWEET_TYPES for m in files.get(kind, ())):
            for _index, element in entries(archive, member, log):
                tweet = unwrap(element, "tweet")
                if tweet is not None:
                    found.offer(tweet)
            if found.complete():
                return
    for inner in archive.nested():
        _in_archive(inner, found, twitter)
        if found.complete():
            return


def _dumps(entry: dict) -> str:
    """One entry as X lays it out; a text holding a lone surrogate (valid JSON, not valid UTF-8) stays escaped."""
    text = json.dumps(entry, ensure_ascii=False, indent=2, separators=(",", " : "))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(entry, ensure_ascii=True, indent=2, separators=(",", " : "))
    return text


def _indented(text: str) -> str:
    # split on "\n" only: JSON escapes it in strings, but leaves U+2028, U+0085 and the like as they are, and
    # str.splitlines() would break a tweet's text at them
    return "\n".join("  " + line for line in text.split("\n"))
