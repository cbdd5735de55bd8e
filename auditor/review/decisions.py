"""Decisions on flags (keep, delete, edit, not a problem), kept in the store under ids that survive re-scans.

A decision is keyed by its `flag_id` = `post_id + "/" + rule_id`: neither score, offsets nor wording take part, so
a re-scan of the same sources finds the same ids (as detect-secrets' baseline ignores line numbers). Each decision
also records the rule-set version it was made under and a digest of its rule's definition: when that rule's
definition changes, the decision is asked again instead of being silently kept.

The decisions file that the HTML report downloads and `auditor review import` reads is described in
`auditor.review.decisions_file`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from auditor.core.errors import AuditorError
from auditor.scoring.model import Rule

#: the four decisions, in the order they are offered
DECISIONS = ("keep", "delete", "edit", "not_a_problem")
LABELS = {"keep": "keep (ready to explain)", "delete": "delete", "edit": "edit",
          "not_a_problem": "not a problem (false positive)"}
#: decisions that call for something to be done on the platform
ACTIONS = ("delete", "edit")

# Wording and location do not change what a rule matches; a new reason text or a moved file must not re-ask. Nor
# does where it reads (the span types and languages of its terms): that only narrows which posts it flags, and a
# flag it still raises is the same claim, so its decision stands (one it no longer raises is simply not shown).
_PROSE = frozenset({"title", "reason", "guidance_url", "guidance_title", "source", "reads", "term_scopes", "title_fr",
                    "reason_fr", "guidance_url_fr", "guidance_title_fr"})
MAX_NOTE = 2000


class DecisionError(AuditorError):
    """A decision or a decisions file is invalid: names the entry and the problem."""


@dataclass(frozen=True)
class Decision:
    """One person's decision on one flag."""

    post_id: str
    rule_id: str
    decision: str
    note: str = ""
    decided_at: datetime = dataclasses.field(default_factory=lambda: datetime.now(UTC))
    ruleset_version: str = ""
    rule_digest: str | None = None

    @property
    def flag_id(self) -> str:
        """The stable id of the flag this decides."""
        return flag_id(self.post_id, self.rule_id)

    def __post_init__(self) -> None:
        if self.decision not in DECISIONS:
            raise DecisionError(f"{self.flag_id}: decision {self.decision!r} is not one of {', '.join(DECISIONS)}")
        if len(self.note) > MAX_NOTE:
            raise DecisionError(f"{self.flag_id}: note longer than {MAX_NOTE} characters")


def flag_id(post_id: str, rule_id: str) -> str:
    """`post_id/rule_id`: the stable id of a flag, as scoring writes it."""
    return f"{post_id}/{rule_id}"


def split_flag_id(value: str) -> tuple[str, str]:
    """(post_id, rule_id) of a flag id; post ids may hold '/', rule ids never do."""
    post_id, sep, rule_id = value.rpartition("/")
    if not sep or not post_id or not rule_id:
        raise DecisionError(f"{value!r} is not a flag id (post_id/rule_id)")
    return post_id, rule_id


def rule_digest(rule: Rule) -> str:
    """A short digest of what a rule matches and how much it weighs, ignoring its wording and file."""
    parts = {f.name: _canonical(getattr(rule, f.name)) for f in dataclasses.fields(rule) if f.name not in _PROSE}
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def rule_digests(rules: Iterable[Rule]) -> dict[str, str]:
    """rule_id → digest for every rule given (built-in, packs and the profile's own), the statistical signal and the
    model's heads."""
    from auditor.scoring import semantic
    from auditor.scoring.statistical import RULE as STATISTICAL  # its flags are decided on like any rule's

    return {rule.id: rule_digest(rule) for rule in (*rules, STATISTICAL, *semantic.rules())}


def _canonical(value: object) -> object:
    """A JSON-able form of a rule field; patterns by their source text and flags, not their derived pre-filter."""
    if isinstance(value, re.Pattern):
        return [value.pattern, int(value.flags)]
    if hasattr(value, "regex"):
        return [_canonical(value.regex), getattr(value, "validator", None), getattr(value, "group", 0)]
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [_canonical(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (frozenset, set)) else items
    return value


def parse_time(value: object, where: str) -> datetime:
    """An ISO 8601 time (a trailing Z allowed) as an aware UTC datetime."""
    if isinstance(value, datetime):
        stamp = value
    elif isinstance(value, str):
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise DecisionError(f"{where}: decided_at {value!r} is not an ISO 8601 time") from None
    else:
        raise DecisionError(f"{where}: decided_at is missing")
    try:
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
    except OverflowError:  # year 9999 at -01:00 or year 1 at +01:00: a valid time whose UTC instant is not
        raise DecisionError(f"{where}: decided_at {value!r} is out of range") from None


def overall(decisions: Iterable[str]) -> str | None:
    """One decision for a post from its flags' decisions: the one calling for the most action wins."""
    present = set(decisions)
    return next((d for d in ("delete", "edit", "keep", "not_a_problem") if d in present), None)


# -- the store ---------------------------------------------------------------------------------------------------

_SAVE = """
INSERT INTO decisions (flag_id, post_id, rule_id, decision, note, decided_at, ruleset_version, rule_digest)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(flag_id) DO UPDATE SET decision = excluded.decision, note = excluded.note,
    decided_at = excluded.decided_at, ruleset_version = excluded.ruleset_version, rule_digest = excluded.rule_digest
WHERE excluded.decided_at >= decisions.decided_at
"""


@dataclass(frozen=True)
class RuleStats:
    """How a rule's flags were decided: in all, and how many were called 'not a problem'."""

    rule_id: str
    decided: int
    not_a_problem: int

    @property
    def share(self) -> float:
        """The part of its decided flags that were false positives (0–1)."""
        return self.not_a_problem / self.decided if self.decided else 0.0


def record(store, decisions: Iterable[Decision]) -> int:
    """Save decisions in one transaction; a decision older than the one stored for its flag is ignored."""
    rows = [(d.flag_id, d.post_id, d.rule_id, d.decision, d.note, d.decided_at.isoformat(), d.ruleset_version,
             d.rule_digest) for d in decisions]
    with store.transaction():
        before = store.connection.total_changes
        store.connection.executemany(_SAVE, rows)
        return store.connection.total_changes - before


def load(store) -> dict[str, Decision]:
    """Every stored decision by flag id."""
    rows = store.connection.execute(
        "SELECT post_id, rule_id, decision, note, decided_at, ruleset_version, rule_digest FROM decisions")
    return {flag_id(r[0], r[1]): Decision(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), r[5], r[6])
            for r in rows}


def remember_digests(store, ruleset_version: str, digests: dict[str, str]) -> None:
    """Keep each rule's digest under a rule-set version, so a file made from an older report can be placed."""
    with store.transaction():
        store.connection.executemany(
            "INSERT OR IGNORE INTO rule_digests (ruleset_version, rule_id, digest) VALUES (?, ?, ?)",
            [(ruleset_version, rule_id, digest) for rule_id, digest in digests.items()])


def digests_of(store, ruleset_version: str) -> dict[str, str]:
    """The rule digests remembered for a rule-set version (empty when that version was never seen here)."""
    rows = store.connection.execute(
        "SELECT rule_id, digest FROM rule_digests WHERE ruleset_version = ?", (ruleset_version,))
    return dict(rows.fetchall())


def stats(store) -> list[RuleStats]:
    """Per rule: decided flags and 'not a problem' among them, the noisiest rules first."""
    rows = store.connection.execute(
        "SELECT rule_id, count(*), sum(decision = 'not_a_problem') FROM decisions GROUP BY rule_id")
    out = [RuleStats(rule_id, int(decided), int(fp or 0)) for rule_id, decided, fp in rows]
    return sorted(out, key=lambda s: (-s.not_a_problem, -s.share, s.rule_id))
