"""The user's profile (profile.toml): role, department, audience, hours and packs that change how posts are weighed."""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from auditor.core.errors import ProfileError

LEVELS = ("employee", "supervisor", "executive", "deputy_head")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LISTS = ("department", "acronyms", "topics", "colleagues", "packs", "work_days")
_KEYS = {"level", "public_facing", "spokesperson", "followers", "work_hours", "timezone", "manager", *_LISTS}


@dataclass(frozen=True)
class Profile:
    """Who is auditing: what raises the stakes of a post for them (all kept local)."""

    level: str = "employee"
    public_facing: bool = False
    spokesperson: bool = False
    department: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    colleagues: tuple[str, ...] = ()
    manager: str = ""
    followers: int = 0
    work_start: time = time(9, 0)
    work_end: time = time(17, 0)
    work_days: tuple[str, ...] = DAYS[:5]
    timezone: str = "America/Toronto"
    packs: tuple[str, ...] = ()
    source: str = field(default="(defaults)", compare=False)

    def summary(self) -> dict[str, str]:
        """What the report shows about the profile; colleague names are counted, never shown."""
        return {
            "profile": self.source,
            "level": self.level.replace("_", " "),
            "public facing": "spokesperson" if self.spokesperson else ("yes" if self.public_facing else "no"),
            "department": ", ".join(self.department + self.acronyms) or "not set",
            "work topics": str(len(self.topics)),
            "colleague names": str(len(self.colleagues) + bool(self.manager)),
            "followers": str(self.followers),
            "work hours": f"{self.work_start:%H:%M}–{self.work_end:%H:%M} {','.join(self.work_days)} ({self.timezone})",
            "jurisdiction packs": ", ".join(self.packs) or "none (Canada)",
        }

    @property
    def zone(self) -> ZoneInfo:
        """The profile's time zone."""
        return ZoneInfo(self.timezone)


def load_profile(path: Path | None) -> Profile:
    """Read and validate a profile.toml; None gives the defaults (an employee, not public-facing)."""
    if path is None:
        return Profile()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(str(path), [("", "unreadable", {"error": exc})]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), [("", "not_toml", {"error": exc})]) from None
    return profile_from_dict(data, str(path))


def profile_from_dict(data: dict[str, Any], name: str = "(profile)") -> Profile:
    """Validate the keys of a parsed profile; a ProfileError lists every problem, each naming the file and key."""
    values: dict[str, Any] = {"source": name}
    problems: list[tuple[str, str, dict[str, object]]] = []
    for key, value in data.items():  # in the file's order, so the lines read like the file
        try:
            values.update(_field(key, value))
        except _Bad as bad:
            problems.append((key, bad.what, bad.args_))
    if problems:
        raise ProfileError(name, problems)
    return Profile(**values)


class _Bad(Exception):
    """One key's problem: a message key of auditor/i18n (`profile.<what>`) and its arguments."""

    def __init__(self, what: str, **args: object) -> None:
        super().__init__(what)
        self.what, self.args_ = what, args


def _field(key: str, value: Any) -> dict[str, Any]:
    """The Profile fields one key of the file gives, or _Bad."""
    if key in _LISTS:
        return {key: _strings(key, value)}
    if key == "level":
        level = _string(value).replace(" ", "_").replace("-", "_")
        if level not in LEVELS:
            raise _Bad("not_one_of", value=_shown(value), choices=", ".join(LEVELS))
        return {key: level}
    if key in ("public_facing", "spokesperson"):
        if not isinstance(value, bool):
            raise _Bad("not_bool")
        return {key: value}
    if key == "followers":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _Bad("not_count")
        return {key: value}
    if key == "manager":
        return {key: _string(value)}
    if key == "timezone":
        return {key: _zone(value)}
    if key == "work_hours":
        start, end = _hours(value)
        return {"work_start": start, "work_end": end}
    raise _unknown(key)


def _unknown(key: str) -> _Bad:
    """An unknown key, with the closest known one when there is one (a typo, `topic` for `topics`)."""
    near = difflib.get_close_matches(key.lower(), sorted(_KEYS), n=1, cutoff=0.6)
    if near:
        return _Bad("unknown_key_near", near=near[0])
    return _Bad("unknown_key", allowed=", ".join(sorted(_KEYS)))


def _shown(value: Any) -> str:
    """A value of the file as TOML would write it (a string in double quotes), for a message."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad("not_string")
    return value.strip()


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):  # `topics = "housing"`: one word is not silently a list, the fix is shown
        raise _Bad("string_not_list", example=f"{key} = [{_shown(value)}]")
    if not isinstance(value, list):
        raise _Bad("not_list")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            raise _Bad("empty_item", number=number)
    items = tuple(v.strip().lower() if key in ("packs", "work_days") else v.strip() for v in value)
    if key == "work_days":
        bad = [d for d in items if d not in DAYS]
        if bad:
            raise _Bad("not_one_of", value=_shown(bad[0]), choices=", ".join(DAYS))
    return items


def _zone(value: Any) -> str:
    name = _string(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones, such as "America"
        raise _Bad("not_zone", value=_shown(value)) from None
    return name


def _hours(value: Any) -> tuple[time, time]:
    try:
        start, end = (time.fromisoformat(part.strip()) for part in _string(value).split("-"))
    except ValueError:
        raise _Bad("not_hours", value=_shown(value)) from None
    if start >= end:
        raise _Bad("hours_order")
    return start, end


TEMPLATE = """\
# auditor profile: who you are at work changes what is risky. Everything here stays on your machine.
# Every field is optional; delete what does not apply.

# employee, supervisor, executive or deputy_head: seniority raises the weight of political and policy posts
level = "employee"
# true if your job puts you in front of the public, or you speak for your organization
public_facing = false
spokesperson = false

# your department or agency, by name and acronym, English and French (posts naming it are `own_work`)
department = ["Employment and Social Development Canada", "Emploi et Développement social Canada"]
acronyms = ["ESDC", "EDSC"]
# files and programs you work on
topics = ["employment insurance", "assurance-emploi"]
# colleagues' and your manager's names: naming them in posts is flagged (kept local, never shown in reports)
colleagues = []
manager = ""

# roughly how many people follow your busiest account
followers = 300

# partisan posts made during work hours weigh more
work_hours = "09:00-17:00"
work_days = ["mon", "tue", "wed", "thu", "fri"]
timezone = "America/Toronto"

# extra jurisdiction packs: "uk", "us", "au" (Canada is always on)
packs = []
"""


def write_profile(path: Path, force: bool = False) -> Path:
    """Write the commented template to `path` owner-only (0600: it names colleagues and a manager), refusing to
    overwrite an existing file unless `force`."""
    path = Path(path)
    if path.exists() and not force:
        raise ProfileError(str(path), [("", "exists", {})])
    try:
        # created 0600 from the start (O_EXCL unless --force), never briefly readable by others
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), 0o600)  # a file overwritten with --force loses a looser mode it had
            handle.write(TEMPLATE)
    except FileExistsError:
        raise ProfileError(str(path), [("", "exists", {})]) from None
    except OSError as exc:
        raise ProfileError(str(path), [("", "unwritable", {"error": exc.strerror or exc})]) from None
    return path
