"""The user's profile (profile.toml): role, department, audience, hours and packs that change how posts are weighed."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from auditor.errors import ProfileError

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
        raise ProfileError(f"{path}: cannot read profile ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc})") from None
    return profile_from_dict(data, str(path))


def profile_from_dict(data: dict[str, Any], name: str = "(profile)") -> Profile:
    """Validate the fields of a parsed profile; errors name the file and the field."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ProfileError(f"{name}: field {unknown[0]}: unknown (allowed: {', '.join(sorted(_KEYS))})")
    values: dict[str, Any] = {"source": name}
    for key in _LISTS:
        if key in data:
            values[key] = _strings(name, key, data[key])
    values.update(_scalars(name, data))
    if "work_hours" in data:
        values["work_start"], values["work_end"] = _hours(name, data["work_hours"])
    bad_days = [d for d in values.get("work_days", ()) if d not in DAYS]
    if bad_days:
        raise ProfileError(f"{name}: field work_days: {bad_days[0]!r} is not one of {', '.join(DAYS)}")
    return Profile(**values)


def _scalars(name: str, data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    level = str(data.get("level", "employee")).replace(" ", "_").replace("-", "_")
    if level not in LEVELS:
        raise ProfileError(f"{name}: field level: {data['level']!r} is not one of {', '.join(LEVELS)}")
    out["level"] = level
    for key in ("public_facing", "spokesperson"):
        if key in data and not isinstance(data[key], bool):
            raise ProfileError(f"{name}: field {key}: must be true or false")
        out[key] = bool(data.get(key, False))
    followers = data.get("followers", 0)
    if isinstance(followers, bool) or not isinstance(followers, int) or followers < 0:
        raise ProfileError(f"{name}: field followers: must be a whole number ≥ 0")
    out["followers"] = followers
    out["manager"] = _string(name, "manager", data.get("manager", ""))
    out["timezone"] = _zone(name, data.get("timezone", "America/Toronto"))
    return out


def _string(name: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ProfileError(f"{name}: field {key}: must be a string")
    return value.strip()


def _strings(name: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(not isinstance(v, str) or not v.strip() for v in value):
        raise ProfileError(f"{name}: field {key}: must be a list of non-empty strings")
    return tuple(v.strip().lower() if key in ("packs", "work_days") else v.strip() for v in value)


def _zone(name: str, value: Any) -> str:
    try:
        ZoneInfo(_string(name, "timezone", value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ProfileError(f"{name}: field timezone: {value!r} is not an IANA time zone (America/Toronto)") from None
    return value


def _hours(name: str, value: Any) -> tuple[time, time]:
    try:
        start, end = (time.fromisoformat(part.strip()) for part in str(value).split("-"))
    except ValueError:
        raise ProfileError(f"{name}: field work_hours: {value!r} is not like \"09:00-17:00\"") from None
    if start >= end:
        raise ProfileError(f"{name}: field work_hours: the start must be before the end")
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
    """Write the commented template to `path`, refusing to overwrite an existing file unless `force`."""
    path = Path(path)
    if path.exists() and not force:
        raise ProfileError(f"{path}: already exists (use --force to overwrite)")
    try:
        path.write_text(TEMPLATE, encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot write profile ({exc})") from None
    return path
