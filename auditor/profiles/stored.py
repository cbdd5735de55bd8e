"""Profiles kept in the store (its `profile_fields` table, schema v3): the latest profile read of each account.

A scan that reads an account's profile replaces what the store kept of it, all fields at once, in the transaction
that stores the posts of the same source; an account not read again keeps its last profile. So a report made from
the store shows every account imported so far, as it was last read, with when.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from auditor.profiles.table import ProfileField


def keep(store, fields: list[ProfileField]) -> None:
    """Replace the stored profile of every account `fields` holds by these fields."""
    by_account: dict[tuple[str, str], list[ProfileField]] = defaultdict(list)
    for item in fields:
        by_account[item.key].append(item)
    conn = store.connection
    with store.transaction():
        for (platform, account), items in by_account.items():
            conn.execute("DELETE FROM profile_fields WHERE platform = ? AND account = ?", (platform, account))
            conn.executemany(
                "INSERT INTO profile_fields (platform, account, position, field, label, value, at, source, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(platform, account, position, f.field, f.label, f.value, _iso(f.when), f.source,
                  _iso(f.read_at) or datetime.now().astimezone().isoformat())
                 for position, f in enumerate(items)])


def load(store) -> list[ProfileField]:
    """Every stored profile field, account by account in the order first stored, each in the order read."""
    rows = store.connection.execute(
        "SELECT platform, account, field, label, value, at, source, read_at FROM profile_fields "
        "ORDER BY rowid")
    return [ProfileField(platform=r[0], account=r[1], field=r[2], value=r[4], label=r[3], when=_time(r[5]),
                         source=r[6], read_at=_time(r[7])) for r in rows]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
