"""Instagram JSON export (Meta Accounts Center): posts, stories, reels and own comments (FORMATS §4).

Files are matched by name and content anywhere in the export, so an Instagram export alone and one inside a
combined Meta export read the same. Captions sit on `media[0]` or at the top level (see `meta.caption`).
"""

from __future__ import annotations

from collections.abc import Iterator

from connectors import meta
from connectors.archive import Archive
from connectors.base import ImportLog, mentions_in
from connectors.meta_profile import instagram_profile
from connectors.profile_fields import ProfileLog

PLATFORM = "instagram"
LABEL = "Instagram export (JSON)"

POSTS = ("posts_*.json", "stories.json", "reels.json")
COMMENTS = ("post_comments*.json", "reels_comments*.json")
POST_KEYS = ("ig_stories", "ig_reels_media")
COMMENT_KEYS = ("comments_reels_comments", "comments_media_comments")


def find(archive: Archive) -> list[str]:
    """The folder holding Instagram posts/stories/comments files, found by name and content."""
    found = [m for m in meta.members(archive, "", POSTS) if _is_posts(meta.head(archive, m))]
    found += [m for m in meta.members(archive, "", COMMENTS) if '"string_map_data"' in meta.head(archive, m)]
    return meta.common_root(found)


def _is_posts(head: str) -> bool:
    return '"creation_timestamp"' in head and ('"media"' in head or any(f'"{k}"' in head for k in POST_KEYS))


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every post, story, reel and comment under `root`; broken records are skipped and counted."""
    account = meta.username(archive, root, log)
    for member in meta.members(archive, root, POSTS):
        yield from meta.rows(archive, member, log, POST_KEYS, lambda r, s: _post_row(r, s, account))
    for member in meta.members(archive, root, COMMENTS):
        yield from meta.rows(archive, member, log, COMMENT_KEYS, lambda r, s: _comment_row(r, s, account))


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """Username, name, bio and website from personal_information.json."""
    instagram_profile(archive, root, found)


def _post_row(record: object, source: str, account: str) -> dict:
    # stories.json lists bare media items, not posts wrapping a media list
    if isinstance(record, dict) and "media" not in record and "uri" in record:
        record = {"media": [record]}
    return meta.media_post(PLATFORM, record, source, account)


def _comment_row(record: object, source: str, account: str) -> dict:
    text = meta.string_map(record, ("comment", "commentaire"), 0)
    if not text:
        raise ValueError("comment without text")
    stamp = meta.string_map_time(record)
    owner = meta.string_map(record, ("media owner", "propriétaire du contenu multimédia"), 1) or None
    return {
        "post_id": meta.post_id(PLATFORM, stamp, text, owner, "comment"), "platform": PLATFORM,
        "account": account, "kind": "comment", "created_at": meta.when(stamp), "text": text,
        "visibility": "unknown", "reply_to": owner, "mentions": mentions_in(text), "source": source,
    }
