"""The profile in a Meta export: Facebook's `profile_information.json`, Instagram's `personal_information.json`.

Neither layout was checked against a real export here (FORMATS §12a): both are read by what they hold, not by
where. Facebook writes `{"profile_v2": {...}}` (`profile` before 2021): name, username, intro bio, current city,
websites, work experience (employer, title, description, from when). Instagram writes `string_map_data` entries
keyed by labels in the account's language ("Name", "Bio", "Website"). Meta's mojibake is repaired as everywhere.
E-mail addresses, phone numbers, birthdays and addresses are in the same files and never read.
"""

from __future__ import annotations

import json
from datetime import datetime

from connectors import meta
from connectors.archive import Archive
from connectors.base import from_epoch
from connectors.profile_fields import ProfileFileError, ProfileLog, read_text

#: string_map_data labels (lower-cased, English and French) -> canonical field
_LABELS = {"name": "name", "nom": "name", "username": "handle", "nom d'utilisateur": "handle", "bio": "bio",
           "biographie": "bio", "website": "website", "site web": "website", "site internet": "website",
           "intro bio": "bio", "current city": "location", "ville actuelle": "location"}


def facebook_profile(archive: Archive, root: str, found: ProfileLog) -> None:
    """Read the export's `profile_information*.json` into `found`."""
    for data, where in _profile_files(archive, root, "profile_information*.json", "profile_information.json", found):
        start = len(found.fields)
        profile = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
        if isinstance(profile, dict):
            _facebook_fields(profile, where, found)
        elif _string_maps(data):
            _labelled(data, "", where, found)
        else:
            found.unreadable(where, "neither profile_v2 nor labelled values: not the layout auditor reads")
            continue
        found.found(where, found.since(start))


def _profile_files(archive: Archive, root: str, pattern: str, name: str, found: ProfileLog):
    """(parsed JSON, where) of each profile file of the export at `root`; `name` is said missing when none is there,
    and a file that cannot be read is said unreadable (by `_load`) and left out."""
    members = nearest(archive, root, (pattern,))
    if not members:
        found.missing(archive.where(f"{root}/{name}" if root else name))
        return
    for member in members:
        data = _load(archive, member, found)
        if data is not None:
            yield data, archive.where(member)


def _facebook_fields(profile: dict, where: str, found: ProfileLog) -> None:
    name = profile.get("name")
    account = name.get("full_name", "") if isinstance(name, dict) else name if isinstance(name, str) else ""
    found.add(account, "name", account, source=where)
    found.add(account, "handle", profile.get("username"), source=where)
    for key in ("intro_bio", "about_me", "bio"):
        found.add(account, "bio", profile.get(key), source=where)
    city = profile.get("current_city")
    found.add(account, "location", city.get("name") if isinstance(city, dict) else city, source=where)
    for site in _list(profile.get("websites")):
        found.add(account, "website", site.get("address") if isinstance(site, dict) else site, source=where)
    for work in _list(profile.get("work_experiences")):
        if isinstance(work, dict):
            head = " — ".join(v for v in (work.get("title"), work.get("employer")) if isinstance(v, str) and v)
            text = "\n".join(v for v in (head, work.get("description")) if isinstance(v, str) and v)
            found.add(account, "position", text, source=where, when=_when(work.get("start_timestamp")),
                      label="current" if not work.get("end_timestamp") else "")
    view = profile.get("political_view")  # why: Facebook's "Political views" is a party line on the profile
    if isinstance(view, dict):
        found.add(account, "profile_field", view.get("name"), source=where, label="Political views")


def instagram_profile(archive: Archive, root: str, found: ProfileLog) -> None:
    """Read the export's `personal_information.json` into `found`."""
    for data, where in _profile_files(archive, root, "personal_information.json", "personal_information.json",
                                      found):
        start = len(found.fields)
        users = meta.records(data, ("profile_user",))
        if users is None:
            found.unreadable(where, "no profile_user list: not the layout auditor reads")
            continue
        for user in users:
            handle = meta.string_map(user, ("username", "nom d'utilisateur"), 0)
            _labelled(user, handle, where, found)
        found.found(where, found.since(start))


def nearest(archive: Archive, root: str, patterns: tuple[str, ...]) -> list[str]:
    """The profile files of the export at `root`: they sit in a folder of their own beside the posts' (Meta moves
    both every year or two), so those sharing the longest path with `root` anywhere in the archive."""
    members = meta.members(archive, "", patterns)
    if not members:
        return []
    parts = root.split("/") if root else []

    def shared(member: str) -> int:
        count = 0
        for mine, theirs in zip(parts, member.split("/")[:-1], strict=False):
            if mine != theirs:
                break
            count += 1
        return count

    best = max(map(shared, members))
    if parts and not best and len(members) > 1:  # several exports side by side, none of them this one's
        return []
    return [m for m in members if shared(m) == best]


def _labelled(record: object, account: str, where: str, found: ProfileLog) -> None:
    """The `string_map_data` values whose label is one read (the e-mail, phone and birthday are not)."""
    for data in _string_maps(record):
        for label, entry in data.items():
            name = _LABELS.get(label.strip().lower())
            value = entry.get("value") if isinstance(entry, dict) else None
            if name == "handle" and isinstance(value, str) and value:
                value = "@" + value.lstrip("@")
            if name:
                found.add(account, name, value, source=where)


def _string_maps(record: object) -> list[dict]:
    """Every `string_map_data` object in a record (or a list of them)."""
    if isinstance(record, list):
        return [d for item in record for d in _string_maps(item)]
    if isinstance(record, dict):
        data = record.get("string_map_data")
        if isinstance(data, dict):
            return [data]
        return [d for value in record.values() if isinstance(value, list) for d in _string_maps(value)]
    return []


def _load(archive: Archive, member: str, found: ProfileLog) -> object | None:
    where = archive.where(member)
    try:
        text = read_text(archive, member)
        data = json.loads(text) if text.strip() else None
    except ProfileFileError as exc:
        found.unreadable(where, str(exc))
        return None
    except (ValueError, RecursionError) as exc:
        found.unreadable(where, f"not valid JSON ({str(exc)[:80]})")
        return None
    if data is None:
        found.found(where)
    return meta.fix(data)


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _when(value: object) -> datetime | None:
    try:
        return from_epoch(value) if isinstance(value, int | float) and not isinstance(value, bool) and value else None
    except ValueError:
        return None
