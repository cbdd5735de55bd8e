"""The result of one audit, as every report format receives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import pandas as pd

from auditor.core.records import FileCount, Merge, Skip

if TYPE_CHECKING:
    from auditor.compare import RoleComparison
    from auditor.profiles.audit import ProfileAudit

BANDS = ("high", "medium", "low", "none")


@dataclass(frozen=True)
class Coverage:
    """One platform: its posts in the report (counts by kind, dates) and what the files this scan read held:
    `records` = `imported` + `skipped` + `merged` (see auditor.pipeline.accounting)."""

    platform: str
    posts: int
    kinds: dict[str, int]
    first: datetime | None
    last: datetime | None
    skipped: int
    sources: tuple[str, ...] = ()
    records: int = 0
    imported: int = 0
    merged: int = 0


@dataclass
class Audit:
    """Posts, their scores and flags, and what the run read and skipped.

    `posts` is the canonical frame (auditor.core.frame.COLUMNS) joined with the scoring columns `risk` (int 0–100),
    `band` (one of BANDS), `categories` (list of category ids) and `factors` (list of dicts: factor, delta, reason),
    sorted by risk, highest first. `flags` has one row per rule match: flag_id, post_id, rule_id, category,
    severity, confidence, score, evidence (list of dicts: field, start, end, text), adjustments (list of dicts),
    explanation, guidance_url, guidance_title.

    Optional `posts` columns, written by a re-audit against the store (every report works without them):
    `decision` (str or NA: keep, delete, edit, not_a_problem), `decision_note` (str or NA), `reviewed` (bool: every
    flag of the post has a current decision), `ask_again` (bool: decided under a rule whose definition changed) and
    `is_new` (bool: first imported or changed since the previous scan; else read from a `change` column of
    'new' / 'changed' / ''). `previous_scan_at` is when that previous scan ran (None on a first audit) and
    `new_posts` how many posts it did not have (None: count `is_new`). `files` says, for each file this scan
    read, how many records it held and how many were imported, skipped and merged; `merged` lists the first
    duplicates merged of each file (see auditor.pipeline.accounting).
    """

    posts: pd.DataFrame
    flags: pd.DataFrame
    coverage: list[Coverage]
    skipped: list[Skip]
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    ruleset_version: str = ""
    generated_at: datetime | None = None
    profile_summary: dict[str, str] = field(default_factory=dict)
    previous_scan_at: datetime | None = None
    new_posts: int | None = None
    files: list[FileCount] = field(default_factory=list)  # per file read: records, imported, skipped, merged
    merged: list[Merge] = field(default_factory=list)  # the first duplicates merged of each file
    role_change: RoleComparison | None = None  # with --compare: the posts a new role makes riskier, or less
    profiles: ProfileAudit | None = None  # who the accounts appear to be: profile fields and their flags

    def band_counts(self, *, exclude_reviewed: bool = False) -> dict[str, int]:
        """Posts per band, every band present; with `exclude_reviewed`, only the posts still to review."""
        posts = self.posts[~self.reviewed()] if exclude_reviewed else self.posts
        counts = posts["band"].value_counts() if len(posts) else pd.Series(dtype=int)
        return {band: int(counts.get(band, 0)) for band in BANDS}

    def languages(self) -> dict[str, dict[str, int]]:
        """Posts per language (as scoring decided it), {"scored": …, "not_scored": …}, commonest first: a post in a
        language without rules is read only by language-neutral rules (numbers, accounts, links)."""
        out: dict[str, dict[str, int]] = {"scored": {}, "not_scored": {}}
        if "lang" not in self.posts.columns:
            return out
        for lang, n in self.posts["lang"].astype("object").fillna("und").value_counts().items():
            out["scored" if lang in ("en", "fr", "und") else "not_scored"][str(lang)] = int(n)
        return out

    def has_column(self, name: str) -> bool:
        """Whether the posts carry an optional column (`reviewed`, `is_new`, `decision`…)."""
        return name in self.posts.columns

    def reviewed(self) -> pd.Series:
        """Per post, whether it is reviewed (all False when the audit carries no decisions)."""
        return _flag_column(self.posts, "reviewed")

    def is_new(self) -> pd.Series:
        """Per post, whether it is new or changed since the previous scan (all False without that column)."""
        if "is_new" not in self.posts.columns and "change" in self.posts.columns:  # auditor.review.reaudit.mark_changes
            return self.posts["change"].isin(("new", "changed")).astype(bool)
        return _flag_column(self.posts, "is_new")

    def flagged(self) -> pd.DataFrame:
        """Posts with at least one flag, highest risk first."""
        return self.posts[self.posts["band"] != "none"]


def _flag_column(posts: pd.DataFrame, name: str) -> pd.Series:
    """A bool column of `posts` with NA as False, or all False when the column is absent."""
    if name not in posts.columns:
        return pd.Series(False, index=posts.index, dtype=bool)
    return posts[name].astype("boolean").fillna(False).astype(bool)
