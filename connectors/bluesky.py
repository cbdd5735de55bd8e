"""Bluesky repo export (`.car`): posts, replies, quotes, reposts and likes, with keys recovered from the MST."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.bluesky_car import HEADER_MAX, Car, cid_text, is_car_header, read_car
from connectors.bluesky_mst import walk_mst
from connectors.bluesky_text import post_parts
from connectors.bluesky_time import parse_datetime, tid_time
from connectors.profile_fields import ProfileLog

PLATFORM = "bluesky"
LABEL = "Bluesky repository export (.car)"

POST, REPOST, LIKE = "app.bsky.feed.post", "app.bsky.feed.repost", "app.bsky.feed.like"
PROFILE = "app.bsky.actor.profile"  # the account's display name and description, read for the profile section
# pandas keeps nanoseconds in 64 bits: times outside about 1678-2262 cannot enter the frame
_FRAME_MIN, _FRAME_MAX = datetime(1678, 1, 1, tzinfo=UTC), datetime(2262, 1, 1, tzinfo=UTC)


def find(archive: Archive) -> list[str]:
    """Every member that starts like a CARv1 file (each is one repo export)."""
    return [member for member in archive.members() if _starts_like_car(archive, member)]


def _starts_like_car(archive: Archive, member: str) -> bool:
    try:
        with archive.open(member) as stream:
            return is_car_header(stream.read(HEADER_MAX + 10))
    except (SourceError, OSError):
        return False


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for the posts, reposts and likes of one repo CAR; damage is skipped and counted."""
    where = archive.where(root)
    car = read_car(archive.read_bytes(root), where)
    if not car.blocks:  # a CAR-like header and then nothing a CAR holds: one skip that says so
        log.skip(where, _no_blocks(car))
        return
    for place, reason in car.problems:
        log.skip(place, reason)
    commit = car.blocks.get(car.roots[0]) if car.roots else None
    if not isinstance(commit, dict) or not isinstance(commit.get("data"), bytes):
        log.skip(where, _no_commit(car, commit))
        return
    yield from _records(car, commit, where, log)


def _no_blocks(car: Car) -> str:
    place, reason = car.problems[0] if car.problems else ("", "")
    at = f" (at byte {place.rpartition('#byte ')[2]}: {reason})" if reason else ""
    return f"no CAR block could be read after its header: not a repository export, or damaged from its start{at}"


def _no_commit(car: Car, commit: object) -> str:
    """Why the repo commit (the root block) cannot be used, said as precisely as the file allows."""
    if commit is not None:
        return "its root block is not a repository commit: a CAR of something else, not a Bluesky repository"
    if car.problems:
        return "the repo commit block is not among the blocks read before the damage: its records cannot be located"
    return "its root block is not in the file (a partial CAR, not a whole repository export): its records cannot " \
           "be located"


def _records(car: Car, commit: dict, where: str, log: ImportLog) -> Iterator[dict]:
    did = str(commit.get("did") or "")
    others: Counter = Counter()
    fallbacks = Counter()

    def problem(cid: bytes, reason: str) -> None:
        log.skip(f"{where}#mst:{cid_text(cid)}", reason)

    profiled = False
    for key, cid in walk_mst(car.blocks, commit["data"], problem):
        collection, _, rkey = key.partition("/")
        if collection == PROFILE:  # not a post (counted among the others below): read for the profile section
            profiled = True
            _profile(car.blocks.get(cid), did, f"{where}#{key}", log.profile)
        if collection not in (POST, REPOST, LIKE):
            others[collection] += 1
            continue
        log.record(where, key)
        record = car.blocks.get(cid)
        source = f"{where}#{key}"
        if not isinstance(record, dict):
            log.skip(source, "record block missing (truncated CAR?)")
            continue
        created_at, fallback = _created(record, rkey)
        fallbacks[fallback] += 1
        yield _row(record, collection, did, rkey, created_at, source)
    if not profiled:
        log.profile.missing(f"{where}#{PROFILE}/self", "the repository holds no profile record")
    _note(log, others, fallbacks)


def _profile(record: object, did: str, where: str, found: ProfileLog) -> None:
    """The profile record's display name and description; its createdAt is when it was written, when it says."""
    if not isinstance(record, dict):
        found.unreadable(where, "record block missing (truncated CAR?)")
        return
    start, when = len(found.fields), parse_datetime(record.get("createdAt"))
    when = when if _in_frame(when) else None
    found.add(did, "name", record.get("displayName"), source=where, when=when)
    found.add(did, "bio", record.get("description"), source=where, when=when)
    found.found(where, found.since(start))


def _row(record: dict, collection: str, did: str, rkey: str, created_at: datetime | None, source: str) -> dict:
    row = {
        "post_id": f"bluesky:at://{did}/{collection}/{rkey}", "platform": PLATFORM, "account": did,
        "created_at": created_at, "visibility": "public", "source": source, "text": "",
    }
    if collection == POST:
        row.update(post_parts(record))
        row["url"] = f"https://bsky.app/profile/{did}/post/{rkey}"
    else:
        subject = record.get("subject")
        row["kind"] = "repost" if collection == REPOST else "like"  # a like is an endorsement (DESIGN §5)
        uri = subject.get("uri") if isinstance(subject, dict) else None
        row["quoted"] = uri if isinstance(uri, str) and uri else None
    return row


def _created(record: dict, rkey: str) -> tuple[datetime | None, str]:
    """The record's createdAt; if unusable, the time its TID key encodes (when the record was written)."""
    stamp = parse_datetime(record.get("createdAt"))
    if _in_frame(stamp):
        return stamp, ""
    stamp = tid_time(rkey)
    if _in_frame(stamp):
        return stamp, "record key"
    return None, "none"


def _in_frame(stamp: datetime | None) -> bool:
    return stamp is not None and _FRAME_MIN <= stamp < _FRAME_MAX


def _note(log: ImportLog, others: Counter, fallbacks: Counter) -> None:
    if others:
        kinds = ", ".join(f"{name or '?'}: {n}" for name, n in sorted(others.items()))
        log.note(f"{sum(others.values())} records that are not posts, reposts or likes were not imported ({kinds})")
    if fallbacks["record key"]:
        log.note(f"{fallbacks['record key']} records had an unusable createdAt: their time is their record key's")
    if fallbacks["none"]:
        log.note(f"{fallbacks['none']} records had no usable time at all: they are kept without a date")
