"""A scan's profile audit: the profile table, its flags and the profile rules' version, as every report renders it."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.core.profile import Profile
from auditor.profiles.rules import load_profile_rules
from auditor.profiles.score import ProfileFlag, score_profiles
from auditor.profiles.table import ProfileTable


@dataclass
class ProfileAudit:
    """Who the accounts appear to be: their fields (this scan's, and with a store the latest kept of every account
    read before), the flags the profile rules raise on them, and what each export of this scan held."""

    table: ProfileTable
    flags: list[ProfileFlag] = field(default_factory=list)
    version: str = ""
    read_now: frozenset[tuple[str, str]] = frozenset()  # the accounts (platform, account) this scan read

    def is_kept(self, key: tuple[str, str]) -> bool:
        """Whether a profile comes from the store only (read by an earlier scan, not this one)."""
        return key not in self.read_now

    def flags_of(self, key: tuple[str, str]) -> list[ProfileFlag]:
        """The flags of one profile (platform, account), the most severe first."""
        return [flag for flag in self.flags if flag.key == key]

    def severity_counts(self) -> dict[str, int]:
        """Profile flags per severity, every severity present."""
        return {sev: sum(f.severity == sev for f in self.flags) for sev in ("high", "medium", "low")}


def audit_profiles(table: ProfileTable, profile: Profile, read_now: frozenset | None = None) -> ProfileAudit:
    """Score a profile table with the built-in profile rules and the person's profile.toml; `read_now`: the
    accounts this scan read (default: every account of the table)."""
    rules = load_profile_rules()
    now = frozenset(table.accounts()) if read_now is None else read_now
    return ProfileAudit(table, score_profiles(table, rules, profile), rules.version, now)
