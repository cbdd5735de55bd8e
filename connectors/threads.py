"""Threads posts and replies from a Meta export: `threads_and_replies.json`, alone or inside an Instagram export.

Same records as Instagram posts (captions on `media[0]` or at the top, see `meta.caption`); text-only posts carry
one media item with an empty `uri`. `text_app_post.is_reply` marks replies; their parent is not in the export.
"""

from __future__ import annotations

from collections.abc import Iterator

from connectors import meta
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.profile_fields import ProfileLog

PLATFORM = "threads"
LABEL = "Threads export (JSON)"

FILES = ("threads_and_replies*.json",)
KEYS = ("text_post_app_text_posts",)


def find(archive: Archive) -> list[str]:
    """The folder holding `threads_and_replies*.json` files whose content is Threads posts."""
    return meta.common_root([m for m in meta.members(archive, "", FILES) if f'"{KEYS[0]}"' in meta.head(archive, m)])


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every Threads post and reply under `root`; broken records are skipped and counted."""
    account = meta.username(archive, root, log)
    for member in meta.members(archive, root, FILES):
        yield from meta.rows(archive, member, log, KEYS, lambda r, s: _row(r, s, account))


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """A Threads export holds no profile of its own that auditor knows (its username comes from Instagram's
    personal_information.json, read with the Instagram export)."""
    found.none(archive.where(root) if root else archive.name, "a Threads export holds no profile file auditor reads")


def _row(record: object, source: str, account: str) -> dict:
    row = meta.media_post(PLATFORM, record, source, account)
    if is_reply(record):
        row["kind"] = "reply"
    return row


def is_reply(record: dict) -> bool:
    """Whether any media item says `text_app_post.is_reply` (the only reply marker Threads exports)."""
    media = record.get("media") if isinstance(record.get("media"), list) else []
    return any(isinstance(m, dict) and isinstance(m.get("text_app_post"), dict)
               and m["text_app_post"].get("is_reply") is True for m in media)
