"""Bluesky times: the client-supplied `createdAt` (strict RFC-3339, atproto profile) and the TID record key."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

# atproto's datetime profile: RFC-3339 that is also ISO-8601, upper-case T/Z, 0+ fraction digits, zone required
_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,20}))?(Z|([+-])(\d{2}):(\d{2}))$"
)
_TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def parse_datetime(text: object) -> datetime | None:
    """A `createdAt` as an aware UTC datetime, or None when it is not a valid atproto datetime."""
    if not isinstance(text, str):
        return None
    m = _DATETIME.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, zone, sign, zh, zm = m.groups()
    if zone == "-00:00":  # RFC-3339's "offset unknown" is not ISO-8601, so the atproto profile rejects it
        return None
    micro = int((fraction or "").ljust(6, "0")[:6])  # Python keeps microseconds: drop digits past the sixth
    try:
        offset = timedelta(hours=int(zh), minutes=int(zm)) * (-1 if sign == "-" else 1) if sign else timedelta(0)
        stamp = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro,
                         tzinfo=timezone(offset))
        return stamp.astimezone(UTC)
    except (ValueError, OverflowError):  # month 13, hour 25, year 0 (outside Python's calendar) ...
        return None


def is_tid(rkey: str) -> bool:
    """Whether a record key is a TID (13 base32-sortable characters, high bit clear)."""
    return bool(_TID.match(rkey or ""))


def tid_time(rkey: str) -> datetime | None:
    """The time a TID record key encodes (microseconds since the epoch, above 10 clock-id bits)."""
    if not is_tid(rkey):
        return None
    value = 0
    for char in rkey:
        value = value * 32 + _TID_ALPHABET.index(char)
    try:
        return _EPOCH + timedelta(microseconds=value >> 10)
    except OverflowError:
        return None
