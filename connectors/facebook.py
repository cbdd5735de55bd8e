"""Facebook "Download Your Information" JSON, every layout since 2018: own posts and comments (FORMATS §3).

Files are matched by name and content, never by folder, because Meta moves them every year or two:
`your_posts*.json` (a bare array, or 2018's `{"status_updates": [...]}`), `comments*.json` (`comments_v2`, or
`comments` before), and the group files. The generated narration ("X is feeling excited in Georgetown.") is kept
as `title`, never as text. A place is kept by name as a last text line "📍 <name>" so rules read it like the
post's own words; coordinates, addresses and upload IPs are never copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connectors import meta
from connectors.archive import Archive
from connectors.base import ImportLog, hashtags_in, urls_in
from connectors.meta_profile import facebook_profile
from connectors.profile_fields import ProfileLog

PLATFORM = "facebook"
LABEL = "Facebook 'Download Your Information' (JSON)"

POSTS = ("your_posts*.json", "group_posts_and_comments*.json")
COMMENTS = ("comments*.json", "your_comments_in_groups*.json")
POST_KEYS = ("status_updates", "group_posts_v2")
COMMENT_KEYS = ("comments_v2", "comments", "group_comments_v2")
PLACE = "📍"
# Facebook's narration of a share ("X shared a video from the playlist …", "X a partagé un lien."): the one sign
# that an entry without words of its own passes on something else. Titles are localised; English is verified on
# real exports, French and Spanish are as FORMATS §3 and Facebook's interface write them, the others reported.
_SHARED = re.compile(r"\b(?:shared|a partagé|ha compartido|compartió|compartilhou|ha condiviso|geteilt|gedeeld)\b",
                     re.IGNORECASE)


def find(archive: Archive) -> list[str]:
    """The folder holding the Facebook posts and comments files found by name and content."""
    found = [m for m in meta.members(archive, "", POSTS) if _is_posts(meta.head(archive, m))]
    found += [m for m in meta.members(archive, "", COMMENTS) if _is_comments(meta.head(archive, m))]
    return meta.common_root(found)


def _is_posts(head: str) -> bool:
    start = head.lstrip()[:1]
    return (start == "[" and '"timestamp"' in head) or any(f'"{k}"' in head for k in POST_KEYS)


def _is_comments(head: str) -> bool:
    return head.lstrip()[:1] == "{" and any(f'"{k}"' in head for k in COMMENT_KEYS) and '"timestamp"' in head


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows for every post and comment file under `root`; empty or broken records are skipped and counted."""
    owner = _owner(archive, root, log)
    for member in meta.members(archive, root, POSTS):
        yield from meta.rows(archive, member, log, POST_KEYS, lambda r, s: _post_row(r, s, owner))
    for member in meta.members(archive, root, COMMENTS):
        yield from meta.rows(archive, member, log, COMMENT_KEYS, lambda r, s: _comment_row(r, s, owner))


def profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """Name, username, bio, city, websites and work experience from profile_information.json."""
    facebook_profile(archive, root, found)


def _owner(archive: Archive, root: str, log: ImportLog) -> str:
    """The account's name from profile_information.json when the export has it (posts do not name their author)."""
    for member in meta.members(archive, root, ("profile_information*.json",)):
        data = meta.load(archive, member, log)
        profile = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
        name = profile.get("name") if isinstance(profile, dict) else None
        if isinstance(name, dict) and isinstance(name.get("full_name"), str):
            return name["full_name"]
    return ""


def _post_row(record: object, source: str, owner: str) -> dict:
    if not isinstance(record, dict):
        raise ValueError("not a post record")
    stamp = meta.when(record.get("timestamp"))
    text = _first(record.get("data"), "post")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    parts = _attachment_parts(record.get("attachments"))
    if not (text or title or parts):
        raise ValueError("empty entry (only a timestamp)")
    links = _links(parts, text)
    media = [p["media"] for p in parts if isinstance(p.get("media"), dict)]
    uris = [m.get("uri") for m in media if isinstance(m.get("uri"), str)]
    # something shared without a word of one's own is an endorsement: a link, or what the narration says was shared
    shared = not text and (bool(links) or is_share(title))
    return {
        "post_id": meta.post_id(PLATFORM, record.get("timestamp"), text, title, (uris or links or [""])[0]),
        "platform": PLATFORM, "account": owner, "kind": "repost" if shared else "post", "created_at": stamp,
        "text": _with_places(text, parts), "title": title, "visibility": "unknown", "links": links,
        "quoted": links[0] if shared and links else None, "mentions": _tag_names(record.get("tags")),
        "hashtags": hashtags_in(text), "media_count": len(media), "media_alt": _descriptions(media),
        "source": source,
    }


def _comment_row(record: object, source: str, owner: str) -> dict:
    if not isinstance(record, dict):
        raise ValueError("not a comment record")
    comment = next((d["comment"] for d in _dicts(record.get("data")) if isinstance(d.get("comment"), dict)), {})
    text = comment.get("comment") if isinstance(comment.get("comment"), str) else ""
    parts = _attachment_parts(record.get("attachments"))
    if not text and not parts:
        raise ValueError("comment without text")
    stamp = record.get("timestamp") or comment.get("timestamp")
    links = _links(parts, text)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    author = comment.get("author") if isinstance(comment.get("author"), str) else owner
    return {
        "post_id": meta.post_id(PLATFORM, stamp, text, title, "comment"), "platform": PLATFORM,
        "account": author, "kind": "comment", "created_at": meta.when(stamp), "text": _with_places(text, parts),
        "title": title, "visibility": "unknown", "links": links, "hashtags": hashtags_in(text),
        "media_count": sum(1 for p in parts if isinstance(p.get("media"), dict)), "source": source,
    }


def is_share(title: str | None) -> bool:
    """Whether Facebook's narration of an entry says it shared something (a link, post, video, memory …)."""
    return bool(title and _SHARED.search(title))


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _first(data: object, key: str) -> str:
    """The first `data[].<key>` string: the person's own words (later entries hold only `update_timestamp`)."""
    return next((d[key] for d in _dicts(data) if isinstance(d.get(key), str) and d[key].strip()), "")


def _attachment_parts(attachments: object) -> list[dict]:
    """Attachments are lists of `{"data": [part, ...]}`; flatten them to the parts."""
    return [part for att in _dicts(attachments) for part in _dicts(att.get("data"))]


def _links(parts: list[dict], text: str) -> list[str]:
    found = [p["external_context"].get("url") for p in parts if isinstance(p.get("external_context"), dict)]
    found += [p["text"] for p in parts if isinstance(p.get("text"), str) and p["text"].startswith("http")]
    found += urls_in(text)
    return list(dict.fromkeys(u for u in found if isinstance(u, str) and u))


def _with_places(text: str, parts: list[dict]) -> str:
    """Append each place's name; the same place is often attached twice (with and without its page URL)."""
    names = [p["place"].get("name") for p in parts if isinstance(p.get("place"), dict)]
    lines = [f"{PLACE} {n}" for n in dict.fromkeys(n for n in names if isinstance(n, str) and n.strip())]
    return "\n\n".join([text, "\n".join(lines)]) if text and lines else text or "\n".join(lines)


def _tag_names(tags: object) -> list[str]:
    # 2019+ exports tag people as {"name": ...}; the 2018 schema as plain strings
    items = tags if isinstance(tags, list) else []
    return [t["name"] if isinstance(t, dict) else t for t in items
            if isinstance(t, str) or (isinstance(t, dict) and isinstance(t.get("name"), str))]


def _descriptions(media: list[dict]) -> str | None:
    found = [m.get("description") for m in media]  # a media "title" is the album name, not a description
    return "\n".join(d for d in found if isinstance(d, str) and d.strip()) or None
