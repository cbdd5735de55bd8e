"""The result of one audit, as every report format receives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from connectors.base import Skip

BANDS = ("high", "medium", "low", "none")


@dataclass(frozen=True)
class Coverage:
    """What was read from one platform: counts, dates and skips."""

    platform: str
    posts: int
    kinds: dict[str, int]
    first: datetime | None
    last: datetime | None
    skipped: int
    sources: tuple[str, ...] = ()


@dataclass
class Audit:
    """Posts, their scores and flags, and what the run read and skipped.

    `posts` is the canonical frame (auditor.frame.COLUMNS) joined with the scoring columns `risk` (int 0–100),
    `band` (one of BANDS), `categories` (list of category ids) and `factors` (list of dicts: factor, delta, reason),
    sorted by risk, highest first. `flags` has one row per rule match: flag_id, post_id, rule_id, category,
    severity, confidence, score, evidence (list of dicts: field, start, end, text), adjustments (list of dicts),
    explanation, guidance_url, guidance_title.
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

    def band_counts(self) -> dict[str, int]:
        """Posts per band, every band present."""
        counts = self.posts["band"].value_counts() if len(self.posts) else pd.Series(dtype=int)
        return {band: int(counts.get(band, 0)) for band in BANDS}

    def flagged(self) -> pd.DataFrame:
        """Posts with at least one flag, highest risk first."""
        return self.posts[self.posts["band"] != "none"]
