"""Build one-post frames and score them, for the scoring tests."""

from __future__ import annotations

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import load_rules, score

RULES = load_rules()


def post(text: str = "", **fields) -> dict:
    """One canonical row (a Sunday night, outside work hours, unless created_at is given)."""
    return {"post_id": "t:1", "platform": "twitter", "kind": "post", "visibility": "public",
            "created_at": "2024-03-03T03:00:00Z", "text": text, **fields}


def scored(text: str = "", profile: Profile | None = None, **fields):
    """Score one post; returns Scores."""
    return score(to_frame([post(text, **fields)]), RULES, profile or Profile())


def rule_ids(text: str = "", **fields) -> set[str]:
    """The rule ids that fire on one post."""
    return set(scored(text, **fields).flags["rule_id"])
