"""The profile of a Mastodon account: an archive's `actor.json` (an ActivityPub Person) or the live API's Account.

Read: the display name and handle, the bio (`summary` / `note`, HTML), the profile fields (`attachment` /
`fields`: a label and a value, often a link), the avatar's and header's descriptions, and the follower count when
the server gives it (the API does; an archive gives only the address of its followers collection).
"""

from __future__ import annotations

import json
import posixpath

from connectors.archive import Archive
from connectors.html_text import html_to_text
from connectors.profile_fields import ProfileFileError, ProfileLog, read_text, text_of


def actor_profile(archive: Archive, root: str, account: str, found: ProfileLog) -> None:
    """Read `actor.json` under `root` into `found`; `account` is the owner's user@host."""
    member = posixpath.join(root, "actor.json")
    where = archive.where(member)
    if member not in archive.members():
        found.missing(where)
        return
    try:
        text = read_text(archive, member)
        actor = json.loads(text) if text.strip() else None
    except ProfileFileError as exc:
        found.unreadable(where, str(exc))
        return
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested absurdly deep
        found.unreadable(where, f"not valid JSON ({str(exc)[:80]})")
        return
    if actor is None:
        found.found(where)
        return
    if not isinstance(actor, dict):
        found.unreadable(where, "not an ActivityPub actor object: not the layout auditor reads")
        return
    start = len(found.fields)
    user = actor.get("preferredUsername")
    found.add(account, "name", actor.get("name"), source=where)
    found.add(account, "handle", f"@{account}" if account else (f"@{user}" if isinstance(user, str) else ""),
              source=where)
    found.add(account, "bio", text_of(actor.get("summary")), source=where)
    _fields(actor.get("attachment"), account, where, found)
    for key in ("icon", "image"):  # the avatar and the header, described by their owner (alt text)
        picture = actor.get(key)
        if isinstance(picture, dict):
            found.add(account, "avatar_alt", picture.get("name"), source=where, label=key)
    found.found(where, found.since(start))


def account_profile(me: dict, account: str, where: str, found: ProfileLog) -> None:
    """Read the API's Account (`verify_credentials`) into `found`."""
    start = len(found.fields)
    found.add(account, "name", me.get("display_name"), source=where)
    found.add(account, "handle", f"@{account}" if account else "", source=where)
    found.add(account, "bio", text_of(me.get("note")), source=where)
    _fields(me.get("fields"), account, where, found)
    for key in ("avatar_description", "header_description"):
        found.add(account, "avatar_alt", me.get(key), source=where, label=key.split("_")[0])
    count = me.get("followers_count")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        found.add(account, "followers", count, source=where)
    found.found(where, found.since(start))


def _fields(entries: object, account: str, where: str, found: ProfileLog) -> None:
    """Profile fields: a label (`name`) and a value, HTML (often a link); archives write them as PropertyValues."""
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("type", "PropertyValue") != "PropertyValue":
            continue
        label = entry.get("name") if isinstance(entry.get("name"), str) else ""
        value = _field_value(entry.get("value"))
        found.add(account, "profile_field", value, source=where, label=text_of(label) or label)


def _field_value(markup: object) -> str:
    """A field's value as text; a link is kept whole (Mastodon shows `canada.ca/…` but the href is the address)."""

    if not isinstance(markup, str):
        return ""

    text, links = html_to_text(markup)
    hidden = [link for link in links if link not in text]
    return " ".join([text, *hidden]).strip()
