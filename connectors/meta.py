"""What the Meta exports (Facebook, Instagram, Threads) share: mojibake repair, loading, sniffing, the caption quirk.

Every Meta JSON export writes each non-ASCII character as its UTF-8 bytes escaped one by one (`\\u00c3\\u00a9`
for "é"), in keys, values and file paths alike (FORMATS §0). Everything read through `load` or `rows` is already
repaired. `rows` streams a file's records one at a time (connectors/meta_stream.py), so a heavy user's posts or
comments file costs one record of memory, not the whole document.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable, Iterator
from datetime import datetime

from auditor.core.errors import SourceError
from connectors import meta_stream
from connectors.archive import Archive
from connectors.base import ImportLog, from_epoch, hashtags_in, mentions_in, stable_id, urls_in
from connectors.bom import decode, decode_head, encoding_of
from connectors.jsonstream import BadElement

SNIFF = 4096  # bytes read from a candidate file to decide by content


def fix_text(text: str) -> str:
    """Undo Meta's mojibake in one string; a string that was not mojibaked comes back unchanged."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):  # a char above U+00FF, or bytes that are not UTF-8
        return text


def fix(value: object) -> object:
    """Undo Meta's mojibake everywhere in a decoded JSON value: keys, values and nested containers."""
    if isinstance(value, str):
        return fix_text(value)
    if isinstance(value, list):
        return [fix(v) for v in value]
    if isinstance(value, dict):
        return {fix_text(k): fix(v) for k, v in value.items()}
    return value


def head(archive: Archive, member: str, size: int = SNIFF) -> str:
    """The first bytes of a member as text, for deciding by content; '' when it cannot be read."""
    try:
        with archive.open(member) as stream:
            return decode_head(stream.read(size))  # a copy saved again may start with a byte-order mark
    except SourceError:
        return ""


def members(archive: Archive, root: str, patterns: tuple[str, ...]) -> list[str]:
    """Members under `root` whose basename matches one of the glob patterns, sorted and without repeats."""
    prefix = f"{root}/" if root else ""
    found = {m for pattern in patterns for m in archive.find(pattern) if m.startswith(prefix)}
    return sorted(found)


def common_root(found: list[str]) -> list[str]:
    """One root for all files of a kind: the folder they share ("" for the top), or none."""
    if not found:
        return []
    return [posixpath.commonpath([posixpath.dirname(m) for m in found])]


def load(archive: Archive, member: str, log: ImportLog) -> object | None:
    """A Meta JSON file decoded and repaired; invalid JSON is skipped and logged, non-UTF-8 raises `SourceError`.

    A byte-order mark (a copy saved again on Windows) is dropped, and a UTF-16 copy read as such.
    """
    data = archive.read_bytes(member)
    try:
        text = decode(data)
    except UnicodeDecodeError as exc:
        label = (encoding_of(data) or "utf-8").removesuffix("-sig")
        raise SourceError(archive.where(member), f"is not valid {label} text (byte {exc.start})") from None
    try:
        return fix(json.loads(text))
    except (ValueError, RecursionError) as exc:
        log.skip(archive.where(member), f"not valid JSON ({str(exc)[:80]})")
        return None


def records(data: object, keys: tuple[str, ...]) -> list | None:
    """The list of records in a file that is either a bare array or an object wrapping it under one of `keys`."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in keys:
            if isinstance(data.get(key), list):
                return data[key]
    return None


def when(value: object) -> datetime:
    """A Meta epoch-seconds timestamp as a UTC datetime; anything else raises ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"no usable timestamp ({value!r})")
    return from_epoch(value)


def caption(post: dict) -> tuple[str, object]:
    """Caption and timestamp of an Instagram/Threads post.

    Single-media posts keep them on `media[0]`; carousels at the top with empty per-item titles (FORMATS §4).
    """
    media = post.get("media") if isinstance(post.get("media"), list) else []
    first = media[0] if media and isinstance(media[0], dict) else {}
    text = post.get("title") or first.get("title") or ""
    stamp = post.get("creation_timestamp") or first.get("creation_timestamp")
    return (text if isinstance(text, str) else ""), stamp


def media_uris(media: object) -> list[str]:
    """Non-empty `uri`s of a media list (text-only Threads posts carry one item with `uri: ""`)."""
    items = media if isinstance(media, list) else []
    return [m["uri"] for m in items if isinstance(m, dict) and isinstance(m.get("uri"), str) and m["uri"]]


def post_id(platform: str, stamp: object, text: str, *extra: object) -> str:
    """Meta exports have no post ids: hash the time, the text and what else tells two posts apart."""
    return stable_id(platform, stamp, text, *extra)


def rows(archive: Archive, member: str, log: ImportLog, keys: tuple[str, ...],
         build: Callable[[object, str], dict]) -> Iterator[dict]:
    """`build(record, source)` for each record of a file; a record it rejects with ValueError is skipped and logged.

    The records array is streamed one element at a time when its first bytes say where it starts; otherwise
    (the records key comes after a value too big to see past) the file is read whole, as it always was.
    """
    name, where = posixpath.basename(member), archive.where(member)
    for index, record in _records(archive, member, log, keys):
        try:
            yield build(record, f"{name}#{index}")
        except ValueError as exc:
            log.skip(f"{where}#{index}", str(exc))


def _records(archive: Archive, member: str, log: ImportLog, keys: tuple[str, ...]) -> Iterator[tuple[int, object]]:
    """(index, repaired record) of a file: streamed when its records array can be found, else decoded whole."""
    start = meta_stream.records_start(meta_stream.head(archive, member), keys)
    where = archive.where(member)
    if start is not None:
        try:
            for index, element in meta_stream.elements(archive, member, log, start):
                log.record(where, index)
                record = _repaired(index, element)
                if isinstance(record, BadElement):
                    log.skip(f"{where}#{index}", f"undecodable record ({record.reason})")
                else:
                    yield index, record
            return
        except meta_stream.NoArray:  # broken before its first element: what was one "not valid JSON" skip stays so
            pass
    yield from _whole(archive, member, log, keys)


def _repaired(index: int, element: object) -> object:
    """One streamed element with Meta's mojibake undone, or a `BadElement` saying why it cannot be read."""
    if isinstance(element, BadElement):
        return element
    try:
        return fix(element)
    except RecursionError:  # the decoder took it, but `fix` recurses two frames a level
        return BadElement(index, "nested too deeply")


def _whole(archive: Archive, member: str, log: ImportLog, keys: tuple[str, ...]) -> Iterator[tuple[int, object]]:
    """(index, record) of a file decoded whole: invalid JSON and an unknown layout are one skip each."""
    data = load(archive, member, log)
    if data is None:
        return
    items = records(data, keys)
    if items is None:
        log.skip(archive.where(member), f"unknown layout (expected a list or one of {', '.join(keys)})")
        return
    for index, item in enumerate(items):
        log.record(archive.where(member), index)
        yield index, item


def media_post(platform: str, post: object, source: str, account: str) -> dict:
    """A row for an Instagram or Threads post (a dict with `media[]`); raises ValueError when it has nothing."""
    if not isinstance(post, dict):
        raise ValueError("not a post record")
    text, stamp = caption(post)
    uris = media_uris(post.get("media"))
    if not text and not uris:
        raise ValueError("empty entry (no caption and no media)")
    return {
        "post_id": post_id(platform, stamp, text, (uris or [""])[0]), "platform": platform, "account": account,
        "kind": "post", "created_at": when(stamp), "text": text, "visibility": "unknown", "links": urls_in(text),
        "mentions": mentions_in(text), "hashtags": hashtags_in(text), "media_count": len(uris), "source": source,
    }


def username(archive: Archive, root: str, log: ImportLog) -> str:
    """The Instagram/Threads username from personal_information.json, when the export has it."""
    for member in members(archive, root, ("personal_information.json",)):
        users = records(load(archive, member, log), ("profile_user",)) or []
        for user in users:
            value = string_map(user, ("username", "nom d'utilisateur"), 0)
            if value:
                return value
    return ""


def string_map(record: object, names: tuple[str, ...], position: int) -> str:
    """A `string_map_data` value by (lower-cased) key; the keys are localised, so fall back to their position."""
    data = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(data, dict):
        return ""
    entries = list(data.items())
    by_name = [v for k, v in entries if k.strip().lower() in names]
    entry = by_name[0] if by_name else (entries[position][1] if position < len(entries) else None)
    value = entry.get("value") if isinstance(entry, dict) else None
    return value if isinstance(value, str) else ""


def string_map_time(record: object) -> object:
    """The first `timestamp` in a `string_map_data` (its key, "Time", is localised too)."""
    data = record.get("string_map_data") if isinstance(record, dict) else None
    values = data.values() if isinstance(data, dict) else []
    return next((v["timestamp"] for v in values if isinstance(v, dict) and "timestamp" in v), None)
