"""score(): frame + rules + profile in, flags and per-post risk out. Pure: nothing is read, written or mutated."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from auditor.profile import Profile
from auditor.scoring.context import flag_factors, post_factors
from auditor.scoring.derived import profile_rules
from auditor.scoring.evaluate import Candidate, evaluate
from auditor.scoring.explain import explain
from auditor.scoring.matcher import Hit, Matcher
from auditor.scoring.model import TEXT_FIELDS, RuleSet

POINTS = {"high": 85, "medium": 60, "low": 35}
FLAG_COLUMNS = ("flag_id", "post_id", "rule_id", "category", "severity", "confidence", "score", "evidence",
                "adjustments", "explanation", "guidance_url", "guidance_title")
POST_COLUMNS = ("post_id", "risk", "band", "categories", "factors")
_POST_FIELDS = ("kind", "visibility", "likes", "reposts", "replies", "reply_to")


@dataclass
class Scores:
    """The flags (one row per rule match) and every post's risk, band, categories and factors."""

    flags: pd.DataFrame
    posts: pd.DataFrame


def score(frame: pd.DataFrame, rules: RuleSet, profile: Profile, *, high: int = 70, medium: int = 40) -> Scores:
    """Score every post of a canonical frame; bands use the `high`/`medium` thresholds after scoring."""
    active = rules.active(profile.packs) + profile_rules(profile)
    matcher = Matcher(active)
    hits = _hits(matcher, frame)
    party = frozenset(a for r in active if r.category == "partisan" for a in r.accounts)
    flags: list[dict] = []
    risk = np.zeros(len(frame), dtype=np.int64)
    categories: list[list[str]] = [[] for _ in range(len(frame))]
    factors: list[list[dict]] = [[] for _ in range(len(frame))]
    columns = {name: frame[name] for name in (*_POST_FIELDS, "post_id", "created_at")}
    for row, row_hits in hits.items():
        candidates = evaluate(matcher, row_hits, _field_texts(frame, row))
        if not candidates:
            continue
        post = {name: column.iat[row] for name, column in columns.items()}
        post_flags = [_flag(c, post, profile, party) for c in candidates]
        cats = sorted({f["category"] for f in post_flags})
        factors[row] = post_factors(post, set(cats), profile)
        risk[row] = combine([f["score"] for f in post_flags], len(cats), factors[row])
        categories[row] = cats
        flags.extend(post_flags)
    posts = pd.DataFrame({"post_id": frame["post_id"].to_numpy(), "risk": risk,
                          "band": bands(risk, categories, high=high, medium=medium),
                          "categories": categories, "factors": factors})
    return Scores(_flag_frame(flags), posts)


def _hits(matcher: Matcher, frame: pd.DataFrame) -> dict[int, list[Hit]]:
    """Every hit of every field, grouped by row position."""
    grouped: dict[int, list[Hit]] = defaultdict(list)
    for field in TEXT_FIELDS:
        values = frame[field]
        present = np.flatnonzero(values.notna().to_numpy() & (values.fillna("").str.len().to_numpy() > 0))
        texts = values.iloc[present].tolist() if len(present) < len(values) else values.tolist()
        for hit in matcher.scan(field, texts, present.tolist()):
            grouped[hit.row].append(hit)
    links = frame["links"]
    present = [i for i, v in enumerate(links.tolist()) if v]
    for hit in matcher.scan_links([links.iat[i] for i in present], present):
        grouped[hit.row].append(hit)
    return grouped


def _field_texts(frame: pd.DataFrame, row: int) -> dict[str, object]:
    """The values evidence offsets point into, for one row."""
    out = {f: frame[f].iat[row] for f in TEXT_FIELDS}
    out["links"] = frame["links"].iat[row]
    return out


def _flag(candidate: Candidate, post: dict, profile: Profile, party: frozenset[str]) -> dict:
    rule = candidate.rule
    adjustments = candidate.adjustments + flag_factors(rule.category, post, profile, party)
    base = POINTS[rule.severity] * rule.confidence
    value = round(max(0.0, min(100.0, base + sum(a["delta"] for a in adjustments))))
    return {
        "flag_id": f"{post['post_id']}/{rule.id}", "post_id": post["post_id"], "rule_id": rule.id,
        "category": rule.category, "severity": rule.severity, "confidence": round(candidate.confidence, 2),
        "score": value, "evidence": candidate.evidence, "adjustments": adjustments,
        "explanation": explain(rule, candidate.evidence, candidate.confidence, value, adjustments),
        "guidance_url": rule.guidance_url, "guidance_title": rule.guidance_title,
    }


def combine(flag_scores: list[int], category_count: int, factors: list[dict]) -> int:
    """A post's risk: its worst flag, a little more for each further category, then its context factors."""
    value = max(flag_scores) + min(10, 5 * (category_count - 1)) + sum(f["delta"] for f in factors)
    return int(max(1, min(100, value)))


def bands(risk: Iterable[int], categories: Iterable[list[str]], *, high: int = 70, medium: int = 40) -> list[str]:
    """Band each post by its risk; a post whose only category is `controversial` is never 'high'."""
    out = []
    for value, cats in zip(risk, categories, strict=True):
        band = "none" if value <= 0 else "high" if value >= high else "medium" if value >= medium else "low"
        if band == "high" and set(cats) <= {"controversial"}:
            band = "medium"
        out.append(band)
    return out


def _flag_frame(flags: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(flags, columns=list(FLAG_COLUMNS))
    if frame.empty:
        return frame.astype({"confidence": "float64", "score": "int64"})
    return frame.sort_values(["post_id", "rule_id"], kind="stable").reset_index(drop=True)
