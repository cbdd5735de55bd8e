"""What every connector shares: the import log (skips and notes) and small helpers for building rows.

A connector yields plain dicts with canonical keys (see `auditor.core.frame.COLUMNS`); it knows nothing of pandas,
scoring or HTML. Keys it does not know are simply left out; the frame fills them with NA.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from auditor.core.errors import SourceError
from auditor.core.records import FileCount, Merge, Skip, skip_count
from connectors.profile_fields import ProfileLog

#: skips listed one by one per file and reason, and merges per file; past that they are counted in one `Skip`
#: (3 million broken entries of a 9 MB file were 1.6 GB of records) or only in the file's `FileCount`
LISTED = 1000
_LINE = re.compile(r":\d+$")


def file_of(where: str) -> str:
    """The file a location names, as every log counts it: `…/data/tweets.js#812`, `tweets.js#812`, `feed.xml:12`
    and `tweets.js` are all `tweets.js` (rows name their file shortly, skips with its whole path)."""
    path = where.partition("#")[0].rstrip("/")
    return _LINE.sub("", path.rsplit("/", 1)[-1]) or path


@dataclass
class ImportLog:
    """Collects what a connector read, skipped and noticed; it never drops anything silently.

    Accounting (`files`): a connector calls `record(file, index)` for each record it reads, before deciding what
    it becomes: a row it yields, a `skip` at that record's location (`file#index`), or a `merge` into a post it
    keeps. `auditor.accounting` then counts the rows that entered the frame and the duplicates it let go, and
    checks that, for every file, records = imported + skipped + merged.
    """

    source: str = ""
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    read_counts: Counter = field(default_factory=Counter)
    platform: str = ""
    files: dict[str, FileCount] = field(default_factory=dict)  # by `file_of`
    merged: list[Merge] = field(default_factory=list)  # the first LISTED of each file
    _listed: Counter = field(default_factory=Counter, repr=False)
    _counted: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)  # -> index in `skipped`
    _paths: dict[str, FileCount] = field(default_factory=dict, repr=False)  # path as named -> its file's count
    _current: tuple[FileCount, object] | None = field(default=None, repr=False)  # the record being read
    _last: tuple[str, FileCount | None] = field(default=("", None), repr=False)  # the file last recorded in
    _shared: set[str] = field(default_factory=set, repr=False)  # names of files found in two folders
    #: the export's profile fields and where they were looked for: apart from the posts and their accounting
    profile: ProfileLog = field(default_factory=ProfileLog)

    def __post_init__(self) -> None:
        if not self.profile.platform:
            self.profile.platform = self.platform

    def record(self, file: str, index: object = None, *, count: int = 1) -> None:
        """One record of `file` (`archive.where(member)`, or a record's whole location when `index` is None) is
        read: it must end as a row, a skip at `file#index` (the file named by its path or its name alone), or a
        merge. With `count`, that many records at once, each of them a row."""
        if index is None:
            path, _, index = file.partition("#")
            counted = self._paths.get(path) or self._file(path)
        elif file is self._last[0]:  # why: called for every record of a file, a million times for a large one
            counted = self._last[1]
        else:
            counted = self._file(file.partition("#")[0])
            self._last = (file, counted)
        counted.records += count
        self._current = (counted, index) if count == 1 else None

    def skip(self, where: str, reason: str, *, counted: bool = False) -> None:
        """Record one broken or unreadable entry: the record being read, an entry standing for itself, or (with
        `counted`) a record read and counted earlier whose fate is decided only now (a long post no tweet took)."""
        self._account_skip(where, counted)
        key = (where.split("#", 1)[0], reason)
        if self._listed[key] < LISTED:
            self._listed[key] += 1
            self.skipped.append(Skip(where=where, reason=reason, platform=self.platform))
        elif key in self._counted:
            index = self._counted[key]
            self.skipped[index] = replace(self.skipped[index], count=self.skipped[index].count + 1)
        else:
            self._counted[key] = len(self.skipped)
            self.skipped.append(Skip(where=key[0], reason=reason, platform=self.platform))

    def merge(self, where: str, into: str, *, identical: bool = True, imported: bool = False) -> None:
        """The record at `where` is let go as a repeat of the post `into`, counted in its own file; `imported`
        when it had been counted as a row imported (a repeat found across sources, once each was read)."""
        count = self._file(where.partition("#")[0])
        count.merged += 1
        if imported:
            count.imported -= 1
        if count.merged <= LISTED:
            self.merged.append(Merge(where=where, into=into, platform=self.platform, identical=identical))

    def add_imported(self, file: str, rows: int) -> None:
        """`rows` rows read from `file` entered the frame."""
        self._file(file.partition("#")[0]).imported += rows

    def unaccounted(self) -> list[FileCount]:
        """Files whose records are not all imported, skipped or merged (a connector bug)."""
        return [count for count in self.files.values() if count.unaccounted]

    def _account_skip(self, where: str, counted: bool = False) -> None:
        path, _, place = where.partition("#")
        count, current = self._file(path), self._current
        if counted:
            pass  # recorded when it was read
        elif current is not None and current[0] is count and str(current[1]) == place:
            self._current = None  # the record being read: counted when it was
        else:  # nothing the connector read: a whole file, the unreadable rest of one, a part of the archive
            count.records += 1
            count.unread += 1
        count.skipped += 1

    def _file(self, path: str) -> FileCount:
        count = self._paths.get(path)
        if count is None:
            name, path = file_of(path), _LINE.sub("", path)
            count = self.files.get(name)
            if count is None:
                count = self.files[name] = FileCount(where=path, platform=self.platform)
            elif not _same_file(count.where, path):  # rows name their file by name only: all so named count here
                count.where = name
                self._shared.add(name)
            elif len(path) > len(count.where) and name not in self._shared:  # the same file, named more fully
                count.where = path
            if len(self._paths) < LISTED:  # paths named by many ways (not expected) are not all remembered
                self._paths[path] = count
        return count

    def skip_count(self) -> int:
        """How many entries were skipped."""
        return skip_count(self.skipped)

    def merge_count(self) -> int:
        """How many records were merged into a post kept from another record."""
        return sum(count.merged for count in self.files.values())

    def note(self, message: str) -> None:
        """Record something the person should know that is not a skip (e.g. an ill-formed feed)."""
        self.notes.append(message)

    def reasons(self) -> Counter:
        """Skips counted by reason."""
        out: Counter = Counter()
        for s in self.skipped:
            out[s.reason] += s.count
        return out


def _same_file(one: str, other: str) -> bool:
    """Whether two paths may name one file: equal, or one is the end of the other (`tweets.js`, `data/tweets.js`)."""
    return one == other or one.endswith("/" + other) or other.endswith("/" + one)


def stable_id(platform: str, *parts: object) -> str:
    """A post id for exports that have none: `platform:h:<sha1 of the parts>` (DESIGN §4)."""
    # surrogatepass: a lone surrogate (JSON allows "\ud83d" alone) must not cost the post its id
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    digest = hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{platform}:h:{digest[:20]}"


# pandas keeps nanoseconds in 64 bits: a time outside about 1678-2262 cannot enter the frame (to_frame refuses it)
FRAME_MIN, FRAME_MAX = datetime(1678, 1, 1, tzinfo=UTC), datetime(2262, 1, 1, tzinfo=UTC)


def in_frame(stamp: datetime) -> datetime:
    """`stamp` (aware) when a frame can hold it; ValueError for a time outside the years 1678-2261."""
    if not FRAME_MIN <= stamp < FRAME_MAX:
        raise ValueError(f"time {stamp.isoformat()} is outside the years 1678-2261 a frame can hold")
    return stamp


def from_epoch(seconds: float | int | str) -> datetime:
    """A UTC datetime from epoch seconds (Meta exports); ValueError when absurd (NaN, out of range)."""
    try:
        return in_frame(datetime.fromtimestamp(float(seconds), tz=UTC))
    except (OverflowError, OSError) as exc:  # past what the platform's time_t or datetime can hold
        raise ValueError(f"epoch {seconds!r} is out of range ({exc})") from None


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_TWITTER_TIME = re.compile(r"^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$")


def from_twitter_time(text: str) -> datetime:
    """Parse X's `Fri Feb 20 09:10:58 +0000 2026` without depending on the locale's month names."""
    m = _TWITTER_TIME.match(text.strip())
    if not m or m.group(1) not in _MONTHS:
        raise ValueError(f"not an X timestamp: {text!r}")
    mon, day, hh, mm, ss, off, year = m.groups()
    stamp = datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss),
                     tzinfo=datetime.strptime(off, "%z").tzinfo)
    return as_utc(stamp)


def from_iso(text: str) -> datetime:
    """Parse an ISO-8601 / RFC-3339 time (no zone: UTC); ValueError when unreadable or outside the frame's years."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    stamp = datetime.fromisoformat(value)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return as_utc(stamp)


def as_utc(stamp: datetime) -> datetime:
    """An aware time converted to UTC; ValueError when the instant is outside the years a frame can hold."""
    try:
        return in_frame(stamp.astimezone(UTC))
    except OverflowError:  # year 1 at +01:00 or year 9999 at -01:00: valid, but its UTC instant is not a datetime
        raise ValueError(f"time {stamp.isoformat()} is out of range") from None


_HASHTAG = re.compile(r"(?<![\w&/])#(\w{1,100})", re.UNICODE)
_MENTION = re.compile(
    r"(?<![\w@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,60}[A-Za-z0-9_])?(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)"
)
_URL = re.compile(r"https?://[^\s<>\"'\u00a0]+", re.IGNORECASE)


def hashtags_in(text: str) -> list[str]:
    """Hashtags written in plain text (for exports that do not list them)."""
    return _unique(_HASHTAG.findall(text or ""))


def mentions_in(text: str) -> list[str]:
    """@-mentions written in plain text."""
    return _unique(_MENTION.findall(text or ""))


def urls_in(text: str) -> list[str]:
    """http(s) URLs written in plain text, without trailing punctuation."""
    return _unique(u.rstrip(".,;:!?)]}'\"") for u in _URL.findall(text or ""))


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)


def require(condition: bool, where: str, problem: str) -> None:
    """Raise a `SourceError` for a source that cannot be read at all."""
    if not condition:
        raise SourceError(where, problem)
