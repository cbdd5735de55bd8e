"""Which decisions still stand: the only ones `auditor actions` lists, and the only ones it ever deletes by.

A decision stands when the report would show it as it is today: it was placed under a known rule definition, that
rule is still defined the same way, the rule still flags the post, and the post has not changed since the decision
was made. A post is acted on only when every decision on it stands; a post with a decision calling for action that
does not stand "needs a fresh decision" and is listed as such, never deleted. The decided posts are scored again
here with the same rules and profile as a scan, so "the rule still flags the post" is a fact, not a guess.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from auditor import i18n
from auditor.core.profile import Profile
from auditor.review import decisions as dec
from auditor.scoring.model import RuleSet

# decisions of posts not deleted by us, with when the post's content last changed (the scan that saw it change)
_DECIDED = """
SELECT d.post_id, d.rule_id, d.decision, d.note, d.decided_at, d.rule_digest,
       p.first_seen_scan, p.changed_scan, s.recorded_at
FROM decisions AS d
JOIN posts AS p ON p.post_id = d.post_id
LEFT JOIN scans AS s ON s.scan_id = p.changed_scan
WHERE d.post_id NOT IN (SELECT post_id FROM removed_posts WHERE deleted_at IS NOT NULL)
ORDER BY d.post_id, d.rule_id
"""


@dataclass(frozen=True)
class Standing:
    """One decided post: its decisions by rule, the overall one, and why they do not stand (empty: they do).

    `reasons` are (key of auditor/i18n without its `standing.` prefix, rule id or ""), said in a language by
    `problems_in`; `problems` says them in English."""

    post_id: str
    decisions: dict[str, dec.Decision]
    reasons: tuple[tuple[str, str], ...]

    @property
    def problems(self) -> tuple[str, ...]:
        """Why the decisions do not stand, in English."""
        return self.problems_in("en")

    def problems_in(self, lang: str) -> tuple[str, ...]:
        """Why the decisions do not stand, in `lang`."""
        return tuple(i18n.text(f"standing.{key}", lang, rule=rule) for key, rule in self.reasons)

    @property
    def decision(self) -> str | None:
        """The decision calling for the most action among the post's decisions, standing or not."""
        return dec.overall(d.decision for d in self.decisions.values())

    @property
    def stands(self) -> bool:
        """Every decision on the post still stands: the post may be acted on."""
        return not self.reasons

    @property
    def calls_for_action(self) -> bool:
        """Some decision on the post, standing or not, asks for a delete or an edit."""
        return any(d.decision in dec.ACTIONS for d in self.decisions.values())


def standings(store, rules: RuleSet, profile: Profile) -> list[Standing]:
    """Every decided post still on its platform, with why its decisions do not stand (if they do not)."""
    rows = store.connection.execute(_DECIDED).fetchall()
    by_post: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_post[row[0]].append(row)
    raised = _raised_flags(store, list(by_post), rules, profile)
    digests = dec.rule_digests([*rules.rules, *_profile_rules(profile)])
    out = []
    for post_id, decided in by_post.items():
        found = {r[1]: dec.Decision(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), "", r[5]) for r in decided}
        problems = [p for d in found.values() for p in _problems(d, digests, raised)]
        changed = _changed_since(decided[0][6:], min(d.decided_at for d in found.values()))
        out.append(Standing(post_id, found, tuple(dict.fromkeys([*problems, *changed]))))
    return out


def _problems(decision: dec.Decision, digests: dict[str, str], raised: set[str]) -> list[tuple[str, str]]:
    """Why one decision does not stand (empty when it does), as `Standing.reasons`."""
    rule = decision.rule_id
    if decision.rule_digest is None:
        return [("unknown_rules", rule)]  # decided in a report made under rules this store never saw
    if rule not in digests:
        return [("not_current", rule)]  # not among the current rules
    if decision.rule_digest != digests[rule]:
        return [("redefined", rule)]  # the rule's definition changed since the decision
    if decision.flag_id not in raised:
        return [("not_raised", rule)]  # no longer flags the post
    return []


def _changed_since(scans: tuple, decided_at: datetime) -> list[tuple[str, str]]:
    """'changed since you decided' when a scan after the earliest decision saw the post's content change."""
    first_seen, changed, changed_at = scans
    if changed is None:  # an import that has not been recorded as a scan yet changed it: what it says is unknown
        return [("changed_unfinished", "")]
    if changed != first_seen and changed_at is not None and datetime.fromisoformat(changed_at) > decided_at:
        return [("changed", "")]
    return []


_CHANGES = """
SELECT p.post_id, p.first_seen_scan, p.changed_scan, s.recorded_at
FROM posts AS p LEFT JOIN scans AS s ON s.scan_id = p.changed_scan
WHERE p.post_id IN (SELECT post_id FROM decisions)
"""


def superseded(store, decided: dict[str, dec.Decision]) -> set[str]:
    """Flag ids among `decided` whose post changed after the decision: the report asks them again."""
    changes = {row[0]: row[1:] for row in store.connection.execute(_CHANGES)}
    return {fid for fid, d in decided.items() if d.post_id in changes and _changed_since(changes[d.post_id],
                                                                                          d.decided_at)}


def _raised_flags(store, post_ids: list[str], rules: RuleSet, profile: Profile) -> set[str]:
    """Flag ids the rules raise today on these posts, scored as a scan scores them."""
    if not post_ids:
        return set()
    from auditor.pipeline.build import build_audit
    from auditor.store import codec as store_codec

    frame = store_codec.decode(store.rows_of(post_ids))
    audit = build_audit(frame, [], rules, profile, [str(store.path)])
    return set(audit.flags["flag_id"])


def _profile_rules(profile: Profile) -> list:
    from auditor.scoring.derived import profile_rules

    return profile_rules(profile)
