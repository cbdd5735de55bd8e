"""The profile of an X archive: `profile.js` (bio, website, location), the names of `manifest.js` and `account.js`,
and the follower count `manifest.js` declares (FORMATS §12a). Legacy archives: `data/js/user_details.js`.

`account.js` also holds the account's e-mail address and phone number: only the handle and display name are read.
"""

from __future__ import annotations

import posixpath

from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.profile_fields import ProfileFileError, ProfileLog, read_json
from connectors.twitter_files import manifest_counts, read_manifest, unwrap, ytd_files

#: profile.js's description keys -> canonical field names
_DESCRIPTION = (("bio", "bio"), ("website", "website"), ("location", "location"))


def account_profile(archive: Archive, root: str, found: ProfileLog) -> None:
    """Read the account's public face from the archive folder `root` into `found`."""
    files, manifest_member = ytd_files(archive, root)
    held: dict[str, tuple[object, str]] = {}  # field -> (value, file): manifest.js first, then account.js
    if manifest_member is not None:
        where = archive.where(manifest_member)
        manifest = read_manifest(archive, manifest_member, ImportLog())  # its problems are the posts' import's
        info = manifest.get("userInfo") if isinstance(manifest.get("userInfo"), dict) else {}
        gave = _names(held, where, _text(info.get("userName")), _text(info.get("displayName")))
        followers = manifest_counts(manifest).get("follower")
        if followers is not None:  # follower.js lists each follower; the manifest counts them
            held["followers"] = (followers, where)
            gave.append("followers")
        found.found(where, gave)
    _account_file(archive, files.get("account", []), held, found, root)
    account = _text(held.get("handle", ("", ""))[0]).removeprefix("@")
    for name, (value, where) in held.items():
        found.add(account, name, value, source=where)
    _profile_file(archive, files.get("profile", []), account, found, root)


def _names(held: dict, where: str, handle: str, display: str) -> list[str]:
    """Keep a handle and a display name not already held; the names of those the file gave."""
    gave = []
    for name, value in (("handle", f"@{handle}" if handle else ""), ("name", display)):
        if value:
            held.setdefault(name, (value, where))
            gave.append(name)
    return gave


def _account_file(archive: Archive, members: list[str], held: dict, found: ProfileLog, root: str) -> None:
    """The handle and display name of account.js (nothing else of it: it holds the e-mail and phone)."""
    if not members:
        found.missing(archive.where(posixpath.join(root, "account.js")))
        return
    for member in members:
        where = archive.where(member)
        try:
            entries = read_json(archive, member, after="=")
        except ProfileFileError as exc:
            found.unreadable(where, str(exc))
            continue
        gave: list[str] = []
        for entry in entries if isinstance(entries, list) else []:
            data = unwrap(entry, "account") or {}
            gave += _names(held, where, _text(data.get("username")), _text(data.get("accountDisplayName")))
        found.found(where, gave)


def _profile_file(archive: Archive, members: list[str], account: str, found: ProfileLog, root: str) -> None:
    """bio, website and location of profile.js."""
    if not members:
        found.missing(archive.where(posixpath.join(root, "profile.js")), "no bio, website or location read")
        return
    for member in members:
        where, start = archive.where(member), len(found.fields)
        try:
            entries = read_json(archive, member, after="=")
        except ProfileFileError as exc:
            found.unreadable(where, str(exc))
            continue
        if not isinstance(entries, list):
            if entries is not None:
                found.unreadable(where, "not a list of profile entries: not the layout auditor reads")
                continue
            entries = []
        for entry in entries:
            description = (unwrap(entry, "profile") or {}).get("description")
            if isinstance(description, dict):
                for key, name in _DESCRIPTION:
                    found.add(account, name, _text(description.get(key)), source=where)
        found.found(where, found.since(start))


def legacy_profiles(archive: Archive, root: str, found: ProfileLog) -> None:
    """Name, handle, bio, location and website of a Grailbird archive's `data/js/user_details.js`."""
    member = posixpath.join(root, "data/js/user_details.js") if root else "data/js/user_details.js"
    where = archive.where(member)
    if member not in archive.members():
        found.missing(where)
        return
    try:
        details = read_json(archive, member, after="=")
    except ProfileFileError as exc:
        found.unreadable(where, str(exc))
        return
    if not isinstance(details, dict):
        if details is None:
            found.found(where)
        else:
            found.unreadable(where, "not an object of user details: not the layout auditor reads")
        return
    account, start = _text(details.get("screen_name")), len(found.fields)
    found.add(account, "handle", f"@{account}" if account else "", source=where)
    found.add(account, "name", _text(details.get("full_name")), source=where)
    found.add(account, "bio", _text(details.get("bio")), source=where)
    found.add(account, "location", _text(details.get("location")), source=where)
    # why expanded_url: `url` is the t.co link X put in front of it
    found.add(account, "website", _text(details.get("expanded_url")) or _text(details.get("url")), source=where)
    found.found(where, found.since(start))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
