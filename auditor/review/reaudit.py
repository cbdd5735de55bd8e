"""A re-audit that respects earlier decisions, and what is new or changed since the previous audit.

`apply` marks each flag with its decision (or asks again when its rule's definition changed), drops the flags
decided 'not a problem', re-scores the posts that lost flags with the scoring package's own functions, and marks
every post `reviewed` when each of its flags has a current decision. `changes_since_last_scan` reads the store's
scan records: posts the latest scan first imported are new, those whose content it saw change are changed.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from auditor.core.audit import BANDS, Audit
from auditor.core.profile import Profile
from auditor.review import decisions as dec
from auditor.review.standing import superseded
from auditor.scoring.context import post_factors
from auditor.scoring.derived import profile_rules
from auditor.scoring.engine import bands, combine, is_severe
from auditor.scoring.model import RuleSet

_POST_FIELDS = ("kind", "visibility", "likes", "reposts", "replies")


@dataclass(frozen=True)
class Changes:
    """Posts the latest scan imported for the first time, and posts whose content it saw change."""

    new: frozenset[str]
    changed: frozenset[str]
    scan_id: int | None
    previous_scan_at: datetime | None  # None on a first audit: then everything is new, and nothing is news


def apply(audit: Audit, store, rules: RuleSet, profile: Profile) -> Audit:
    """The audit with decisions applied: flags gain `decision`, `note`, `ask_again`; posts gain `decision`,
    `decision_note`, `ask_again` and `reviewed`. Flags decided 'not a problem' under an unchanged rule are dropped."""
    digests = dec.rule_digests([*rules.rules, *profile_rules(profile)])
    dec.remember_digests(store, rules.version, digests)
    decided = dec.load(store)
    flags = mark_flags(audit.flags, decided, digests, superseded(store, decided))
    dismissed = (flags["decision"] == "not_a_problem") & ~flags["ask_again"]
    posts = _mark_posts(audit.posts, flags)
    posts = rescore(posts, flags[~dismissed], set(flags.loc[dismissed, "post_id"]), profile)
    return dataclasses.replace(audit, posts=posts, flags=flags[~dismissed].reset_index(drop=True))


def mark_flags(flags: pd.DataFrame, decided: dict[str, dec.Decision], digests: dict[str, str],
               changed: set[str] = frozenset()) -> pd.DataFrame:
    """Flags with `decision`, `note` and `ask_again` (decided under a rule definition that has since changed, or
    before the post changed: `changed` holds those flag ids), as `auditor.review.standing` judges them for actions."""
    found = [decided.get(fid) for fid in flags["flag_id"]]
    out = flags.copy()
    out["decision"] = pd.Series([d.decision if d else None for d in found], index=flags.index, dtype=object)
    out["note"] = [d.note if d else "" for d in found]
    out["ask_again"] = pd.Series([d is not None and (d.rule_digest != digests.get(d.rule_id) or d.flag_id in changed)
                                  for d in found], index=flags.index, dtype=bool)
    return out


def _mark_posts(posts: pd.DataFrame, flags: pd.DataFrame) -> pd.DataFrame:
    """Per post: overall current decision and its notes, whether any is asked again, whether all flags are decided."""
    current: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, list[str]] = defaultdict(list)
    again, undecided = set(), set()
    for post_id, decision, note, ask in zip(flags["post_id"], flags["decision"], flags["note"], flags["ask_again"],
                                            strict=True):
        if decision is None or ask:
            undecided.add(post_id)
            if ask:
                again.add(post_id)
        else:
            current[post_id].append(decision)
            notes[post_id] += [note] if note and note not in notes[post_id] else []
    out = posts.copy()
    ids = out["post_id"]
    out["decision"] = pd.Series([dec.overall(current.get(p, ())) for p in ids], index=out.index, dtype=object)
    out["decision_note"] = pd.Series(["; ".join(notes[p]) if notes.get(p) else None for p in ids], index=out.index,
                                     dtype=object)
    out["ask_again"] = ids.isin(again).to_numpy()
    out["reviewed"] = (ids.isin(current) & ~ids.isin(undecided)).to_numpy()
    return out


def rescore(posts: pd.DataFrame, flags: pd.DataFrame, touched: set[str], profile: Profile) -> pd.DataFrame:
    """Risk, band, categories and factors of the `touched` posts, from their remaining flags only."""
    if not touched:
        return posts
    out = posts.copy()
    rows = out.index[out["post_id"].isin(touched)]
    groups = dict(tuple(flags[flags["post_id"].isin(touched)].groupby("post_id")))
    scored = [_score_post(out.loc[row], groups.get(out.at[row, "post_id"]), profile) for row in rows]
    risks, cats, factors = (list(column) for column in zip(*scored, strict=True)) if scored else ([], [], [])
    out.loc[rows, "risk"] = risks
    out.loc[rows, "categories"] = pd.Series(cats, index=rows, dtype=object)
    out.loc[rows, "factors"] = pd.Series(factors, index=rows, dtype=object)
    severe = [is_severe(groups[p].to_dict("records")) if p in groups else False for p in out.loc[rows, "post_id"]]
    if "severe" in out.columns:
        out.loc[rows, "severe"] = severe
    out.loc[rows, "band"] = bands(risks, cats, severe)
    return out.sort_values(["risk", "created_at"], ascending=[False, False], kind="stable").reset_index(drop=True)


def _score_post(post: pd.Series, flags: pd.DataFrame | None, profile: Profile) -> tuple[int, list, list]:
    """(risk, categories, factors) of one post from the flags it has left, as `scoring.score` combines them."""
    if flags is None or flags.empty:
        return 0, [], []
    from auditor.scoring import semantic

    cats = sorted(set(flags["category"]))
    fields = {k: None if pd.isna(post[k]) else post[k] for k in _POST_FIELDS}  # missing counts as the engine sees it
    factors = post_factors(fields, set(cats), profile)

    def risk_of(kept: list[dict]) -> int:
        kinds = {f["category"] for f in kept}
        return combine([f["score"] for f in kept], len(kinds), post_factors(fields, kinds, profile))

    # a model's flag alone raises no post above low, after a review as in the scan
    risk = semantic.ceiling(flags.to_dict("records"), combine(flags["score"].tolist(), len(cats), factors), factors,
                            risk_of)
    return risk, cats, factors


def to_review_counts(audit: Audit) -> dict[str, int]:
    """Flagged posts still to review, per band (every band present); decided posts are left out."""
    posts = audit.posts
    waiting = posts[(posts["band"] != "none") & ~posts.get("reviewed", pd.Series(False, index=posts.index))]
    counts = waiting["band"].value_counts()
    return {band: int(counts.get(band, 0)) for band in BANDS if band != "none"}


def changes_since_last_scan(store) -> Changes:
    """Posts first imported, or seen to change, by the latest recorded scan."""
    scans = store.scans()
    if not scans:
        return Changes(frozenset(), frozenset(), None, None)
    latest = scans[-1].scan_id
    rows = store.connection.execute(
        "SELECT post_id, first_seen_scan = ? FROM posts WHERE changed_scan = ?", (latest, latest)).fetchall()
    new = frozenset(post_id for post_id, is_new in rows if is_new)
    changed = frozenset(post_id for post_id, is_new in rows if not is_new)
    previous = scans[-2].recorded_at if len(scans) > 1 else None
    return Changes(new, changed, latest, previous)


def new_since_last_scan(store) -> set[str]:
    """Post ids the latest scan imported for the first time."""
    return set(changes_since_last_scan(store).new)


def mark_changes(audit: Audit, changes: Changes) -> Audit:
    """The audit with posts columns `is_new` (bool) and `change` ('new', 'changed' or ''), and the previous scan."""
    posts = audit.posts.copy()
    change = ["new" if p in changes.new else "changed" if p in changes.changed else "" for p in posts["post_id"]]
    posts["change"] = change
    posts["is_new"] = [bool(c) for c in change]
    fields = {f.name for f in dataclasses.fields(audit)}
    # the Audit fields for the previous scan arrive with the report's decision work; older Audits lack them
    new_posts = len(changes.new) if changes.previous_scan_at else None
    extra = {k: v for k, v in (("previous_scan_at", changes.previous_scan_at), ("new_posts", new_posts)) if k in fields}
    return dataclasses.replace(audit, posts=posts, **extra)


def audit_from_store(store, rules: RuleSet, profile: Profile) -> Audit:
    """Everything in the store scored now, with decisions and what the latest scan brought applied."""
    from auditor.pipeline.build import build_audit

    audit = build_audit(store.frame(by_time=False), [], rules, profile, [str(store.path)])
    return mark_changes(apply(audit, store, rules, profile), changes_since_last_scan(store))
