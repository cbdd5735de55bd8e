"""The canonical profile table: one `ProfileField` per value an export holds about an account, apart from posts.

Gathered from the imports of a scan (each `ImportLog.profile`), or from the store (the latest profile of each
account read so far). `ProfileSource` says, per export read in this scan, where profile data was looked for and
what was found there, so a source without any is said to have none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from connectors.profile_fields import FIELDS, FOUND, Looked

_ORDER = {name: i for i, name in enumerate(FIELDS)}


@dataclass(frozen=True)
class ProfileField:
    """One value of one account's profile: `field` is a canonical name (connectors.profile_fields.FIELDS),
    `label` the person's own name for it where the platform has one (a Mastodon profile field, a position's end),
    `when` the time the export ties to it (a position's start, a profile record's date), `source` the file (or
    account, or feed) it came from and `read_at` when a scan read it."""

    platform: str
    account: str
    field: str
    value: str
    label: str = ""
    when: datetime | None = None
    source: str = ""
    read_at: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        """(platform, account): the profile it belongs to."""
        return self.platform, self.account

    @property
    def text(self) -> str:
        """What the rules read (and evidence offsets point into): the value, after its label for a profile field of
        the person's own ("Employer: ESDC"), since the label is part of what the profile says."""
        return f"{self.label}: {self.value}" if self.field == "profile_field" and self.label else self.value


@dataclass(frozen=True)
class ProfileSource:
    """One export read in this scan: its source, platform, the places looked at, and how many fields it gave."""

    source: str
    platform: str
    looked: tuple[Looked, ...]
    fields: int = 0
    dropped: int = 0  # fields past connectors.profile_fields.FIELDS_MAX

    @property
    def has_data(self) -> bool:
        """Whether this export gave any profile field."""
        return self.fields > 0


@dataclass
class ProfileTable:
    """The fields of a scan (or of the store), and what each export of this scan said of its profile data."""

    fields: list[ProfileField] = field(default_factory=list)
    sources: list[ProfileSource] = field(default_factory=list)

    def accounts(self) -> list[tuple[str, str]]:
        """(platform, account) of every profile, in order of first appearance."""
        return list(dict.fromkeys(f.key for f in self.fields))

    def of(self, key: tuple[str, str]) -> list[ProfileField]:
        """The fields of one profile, in the order the report shows them."""
        return sorted((f for f in self.fields if f.key == key), key=lambda f: _ORDER.get(f.field, len(_ORDER)))


def gather(logs: Iterable, read_at: datetime | None = None) -> ProfileTable:
    """The profile table of a scan's import logs (`connectors.base.ImportLog`, each with its `profile`)."""
    table, read_at = ProfileTable(), read_at or datetime.now(UTC)
    for log in logs:
        found = log.profile
        rows = [_field(row, read_at) for row in found.fields]
        table.fields.extend(rows)
        table.sources.append(ProfileSource(log.source, log.platform, tuple(found.looked), len(rows), found.dropped))
    return table


def _field(row: dict, read_at: datetime | None) -> ProfileField:
    return ProfileField(platform=str(row.get("platform") or ""), account=str(row.get("account") or ""),
                        field=str(row["field"]), value=str(row["value"]), label=str(row.get("label") or ""),
                        when=row.get("when"), source=str(row.get("source") or ""), read_at=read_at)


def states(table: ProfileTable) -> dict[str, int]:
    """How many places were found, missing, empty, unreadable or hold none, over every export of the scan."""
    out: dict[str, int] = {}
    for source in table.sources:
        for looked in source.looked:
            out[looked.state] = out.get(looked.state, 0) + 1
    return out


def without_data(table: ProfileTable) -> list[ProfileSource]:
    """The exports of this scan that gave no profile field."""
    return [s for s in table.sources if not s.has_data]


def found_places(source: ProfileSource) -> list[Looked]:
    """The places of one export where profile data was found."""
    return [looked for looked in source.looked if looked.state == FOUND]
