"""The profile of a LinkedIn export: `Profile.csv` (name, headline, summary, industry, location, websites) and
`Positions.csv` (each position's title, company and description, from when) (FORMATS §12a).

Columns are found by name, so the 2018 UTF-16 tab layout and today's UTF-8 commas read the same. `Profile.csv` also
holds an address, a birth date, a postal code and instant-messenger ids: none of them is read.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
from datetime import UTC, datetime

from connectors.archive import Archive
from connectors.profile_fields import ProfileFileError, ProfileLog, read_text

#: Profile.csv columns read (names without spaces, lower-cased) -> (field, label)
_PROFILE = {"headline": ("headline", ""), "summary": ("bio", ""), "industry": ("profile_field", "Industry"),
            "geolocation": ("location", ""), "twitterhandles": ("profile_field", "Twitter")}
_POSITION = ("companyname", "title", "description", "location", "startedon", "finishedon")
_URL = re.compile(r"https?://[^\s,\]]+", re.IGNORECASE)
_MONTH = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), start=1)}


def linkedin_profile(archive: Archive, root: str, found: ProfileLog) -> None:
    """Read Profile.csv and Positions.csv under `root` into `found`."""
    profile = _table(archive, root, "Profile.csv", found, {*_PROFILE, "firstname", "lastname", "websites"})
    account = ""
    if profile is not None:
        where, records = profile
        start = len(found.fields)
        for record in records[:1]:  # one row: the member's own profile
            account = " ".join(filter(None, (record.get("firstname", ""), record.get("lastname", ""))))
            found.add(account, "name", account, source=where)
            for column, (name, label) in _PROFILE.items():
                found.add(account, name, record.get(column), source=where, label=label)
            for url in _URL.findall(record.get("websites", "")):
                found.add(account, "website", url, source=where)
        found.found(where, found.since(start))
    positions = _table(archive, root, "Positions.csv", found, set(_POSITION))
    if positions is not None:
        where, records = positions
        start = len(found.fields)
        for record in records:
            _position(record, account, where, found)
        found.found(where, found.since(start))


def _position(record: dict[str, str], account: str, where: str, found: ProfileLog) -> None:
    """One position as "Title — Company" (and its description on the next lines); current ones say so."""
    title, company = record.get("title", "").strip(), record.get("companyname", "").strip()
    head = " — ".join(filter(None, (title, company)))
    value = "\n".join(filter(None, (head, record.get("description", "").strip())))
    finished = record.get("finishedon", "").strip()
    label = f"until {finished}" if finished else "current"
    found.add(account, "position", value, source=where, when=_month(record.get("startedon", "")), label=label)


def _table(archive: Archive, root: str, name: str, found: ProfileLog,
           known: set[str]) -> tuple[str, list[dict[str, str]]] | None:
    """The records of one small CSV by column name, or None (said in `found`) when it is missing or unreadable."""
    member = next((m for m in archive.members() if posixpath.dirname(m) == root
                   and posixpath.basename(m).lower() == name.lower()), None)
    where = archive.where(member or posixpath.join(root, name))
    if member is None:
        found.missing(where)
        return None
    try:
        text = read_text(archive, member)
        first = text.split("\n", 1)[0]
        delimiter = "\t" if "\t" in first and "," not in first else ","
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except ProfileFileError as exc:
        found.unreadable(where, str(exc))
        return None
    except csv.Error as exc:
        found.unreadable(where, f"not readable as CSV ({exc})")
        return None
    if not rows:
        found.found(where)
        return None
    header = [cell.replace(" ", "").strip().lower() for cell in rows[0]]
    if not known & set(header):
        found.unreadable(where, "none of the columns auditor reads: not the layout it knows")
        return None
    return where, [dict(zip(header, row, strict=False)) for row in rows[1:] if any(cell.strip() for cell in row)]


def _month(text: str) -> datetime | None:
    """`Jan 2020`, `2020` (Positions.csv's Started On) as the first day of that month or year, UTC."""
    parts = text.strip().lower().split()
    try:
        if len(parts) == 2 and parts[0][:3] in _MONTH:
            return datetime(int(parts[1]), _MONTH[parts[0][:3]], 1, tzinfo=UTC)
        if len(parts) == 1:
            return datetime(int(parts[0]), 1, 1, tzinfo=UTC)
    except ValueError:
        return None
    return None
