"""What an export says about who the account appears to be: its profile fields, and where they were looked for.

A connector reads the profile its export holds (X `profile.js`, Mastodon `actor.json`, LinkedIn `Profile.csv`…)
into the `ProfileLog` of its import: one plain dict per field (platform, account, field, value, when, source) and
one `Looked` per file it looked for: found, missing, empty or unreadable. Profile files are not posts: they are no
record of the posts' accounting, and a missing, empty or broken one never stops or changes the import of posts.

Only the account's public face is read: names, bio, headline, website, location, profile fields, positions, a
feed's title and description, a follower count. Never the e-mail address, phone number, birth date or postal address
the same account files hold privately (X's account.js, LinkedIn's Profile.csv, Meta's personal information).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.bom import decode
from connectors.html_text import html_to_text

#: bytes of one profile file read whole: a profile is a few KB; a larger one is not what it claims to be
FILE_MAX = 4 * 1024**2
#: characters kept of one value (LinkedIn's summary, the longest, allows 2,600); the rest is cut and said
VALUE_MAX = 5_000
#: fields kept per export (LinkedIn lists every position held); past it they are counted in a note
FIELDS_MAX = 300

#: the canonical field names, in the order the report shows them
FIELDS = ("name", "handle", "headline", "bio", "position", "profile_field", "website", "location", "followers",
          "title", "description", "author", "avatar_alt")

FOUND, MISSING, EMPTY, UNREADABLE, NONE = "found", "missing", "empty", "unreadable", "none"


@dataclass(frozen=True)
class Looked:
    """One place a connector looked for profile data, and what it found there: `found` (with the fields read),
    `missing`, `empty`, `unreadable` (with why), or `none` (this kind of export holds no profile data)."""

    where: str
    state: str
    detail: str = ""
    platform: str = ""


@dataclass
class ProfileLog:
    """The profile fields read from one export, and where they were looked for."""

    platform: str = ""
    fields: list[dict] = field(default_factory=list)
    looked: list[Looked] = field(default_factory=list)
    dropped: int = 0  # fields past FIELDS_MAX

    def add(self, account: str, name: str, value: object, *, source: str, when: datetime | None = None,
            label: str = "") -> bool:
        """Keep one field when it holds text; `label` names a profile field of the person's own (Mastodon's
        "Website", a position's company). Returns whether it was kept."""
        text = _plain(value)
        if not text:
            return False
        if len(self.fields) >= FIELDS_MAX:
            self.dropped += 1
            return False
        if len(text) > VALUE_MAX:
            text = text[:VALUE_MAX] + "…"
        self.fields.append({"platform": self.platform, "account": account or "", "field": name,
                            "label": _plain(label)[:200], "value": text, "when": when, "source": source})
        return True

    def found(self, where: str, names: list[str] | None = None) -> None:
        """`where` was read; `names` are the fields it gave (none: it held no value, said as `empty`)."""
        names = [n for n in dict.fromkeys(names or []) if n]
        if names:
            self.looked.append(Looked(where, FOUND, ", ".join(names), self.platform))
        else:
            self.looked.append(Looked(where, EMPTY, "no profile value in it", self.platform))

    def missing(self, where: str, detail: str = "") -> None:
        """`where` is not in the export."""
        self.looked.append(Looked(where, MISSING, detail, self.platform))

    def unreadable(self, where: str, detail: str) -> None:
        """`where` is in the export but could not be read (damaged, too big, a layout auditor does not know)."""
        self.looked.append(Looked(where, UNREADABLE, detail, self.platform))

    def none(self, where: str, detail: str) -> None:
        """This kind of export holds no profile data auditor reads."""
        self.looked.append(Looked(where, NONE, detail, self.platform))

    def since(self, start: int) -> list[str]:
        """The field names added since `len(self.fields)` was `start`."""
        return [f["field"] for f in self.fields[start:]]

    def has_data(self) -> bool:
        """Whether any field was read."""
        return bool(self.fields)


def _plain(value: object) -> str:
    """A value as one stripped string; anything but text (a number is kept as its digits) is no value."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def text_of(markup: object) -> str:
    """A profile's HTML (a Mastodon note, a field's link) as plain text."""

    return html_to_text(markup)[0] if isinstance(markup, str) else ""


class ProfileFileError(Exception):
    """A profile file that cannot be used; its message says why, for the `unreadable` note."""


def read_text(archive: Archive, member: str) -> str:
    """A small profile file's text (its byte-order mark's encoding, else UTF-8), within FILE_MAX."""
    too_big = f"over the {FILE_MAX // 1024**2} MB a profile file may have"
    size = archive.size(member)
    if size > FILE_MAX:
        raise ProfileFileError(f"{size:,} bytes, {too_big}")
    try:
        with archive.open(member) as stream:  # why read at most FILE_MAX + 1: a zip's declared size can lie
            data = stream.read(FILE_MAX + 1)
        if len(data) > FILE_MAX:
            raise ProfileFileError(f"more than {FILE_MAX:,} bytes, {too_big}")
        return decode(data)
    except SourceError as exc:
        raise ProfileFileError(exc.problem) from None
    except UnicodeDecodeError as exc:
        raise ProfileFileError(f"not valid UTF-8 text (byte {exc.start})") from None


def read_json(archive: Archive, member: str, *, after: str = "") -> object:
    """A small profile file's JSON; with `after`, the value that follows its first `after` (X's
    `window.YTD.profile.part0 = [...]`, Grailbird's `var user_details = {...}`)."""
    text = read_text(archive, member)
    if after:
        at = text.find(after)
        if at < 0:
            raise ProfileFileError(f"no '{after}' before its data: not the layout auditor reads")
        text = text[at + len(after):].strip().rstrip(";")
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested absurdly deep
        raise ProfileFileError(f"not valid JSON ({str(exc)[:80]})") from None


def add_channel(found: ProfileLog, where: str, *, account: str, title: object = "", description: object = "",
                authors: tuple[str, ...] | list[str] = (), site: object = "", when: datetime | None = None) -> None:
    """A blog's or a feed's face: its title, description (HTML), authors' names and address, said as found."""
    start = len(found.fields)
    found.add(account, "title", text_of(title) if isinstance(title, str) else "", source=where, when=when)
    found.add(account, "description", text_of(description), source=where, when=when)
    for author in dict.fromkeys(a for a in authors if isinstance(a, str)):
        found.add(account, "author", author, source=where)
    found.add(account, "website", site, source=where)
    found.found(where, found.since(start))
