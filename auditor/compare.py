"""What a new role changes: the same history scored under the current profile and the next one, post by post.

A person preparing for a new role (a new department, a higher level, a public-facing job) reads which posts become
riskier there, and why: a rule the next profile brings (its department, topics, manager), or a factor of the role
itself (level, visibility, audience). Posts whose band drops are listed too, so a person sees what the move eases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from auditor.core.audit import BANDS
from auditor.core.profile import Profile, load_profile
from auditor.i18n import strings
from auditor.scoring import load_rules, score
from auditor.scoring.model import RuleSet

_RANK = {band: len(BANDS) - i for i, band in enumerate(BANDS)}  # high 4 … none 1
#: the post factors a profile sets (auditor.scoring.context), and the profile entry each comes from; the others
#: (a like, followers-only, reach) belong to the post and change with a role only by appearing with a new flag
ROLE_FACTORS = {"level": "level", "public_facing": "public_facing / spokesperson", "audience": "followers"}


@dataclass(frozen=True)
class Change:
    """One post whose band differs between the two profiles, and what in the next profile moved it."""

    post_id: str
    band_now: str
    band_next: str
    risk_now: int
    risk_next: int
    because: tuple[str, ...]  # one line per new or lost flag and per role factor that changed
    because_fr: tuple[str, ...] = ()  # the same lines in French


@dataclass
class RoleComparison:
    """Posts that rise and drop (highest next risk first), and the two profiles as the report shows them."""

    rises: list[Change] = field(default_factory=list)
    drops: list[Change] = field(default_factory=list)
    profile_now: dict[str, str] = field(default_factory=dict)
    profile_next: dict[str, str] = field(default_factory=dict)

    def bands_next(self, counts_now: dict[str, int]) -> dict[str, int]:
        """Posts per band under the next profile, from the current counts and the changes."""
        out = dict(counts_now)
        for change in (*self.rises, *self.drops):
            out[change.band_now] -= 1
            out[change.band_next] += 1
        return out


def compare_with(posts: pd.DataFrame, flags: pd.DataFrame, profile_now: Profile, next_profile: Path,
                 extra_rules: list[Path]) -> RoleComparison:
    """`compare_roles` under the profile file `next_profile` (checked as the main profile is: every error at once),
    with its jurisdiction packs and the person's own rule files."""
    profile_next = load_profile(next_profile)
    return compare_roles(posts, flags, load_rules(extra=extra_rules, packs=profile_next.packs), profile_now,
                         profile_next)


def compare_roles(posts: pd.DataFrame, flags: pd.DataFrame, rules_next: RuleSet, profile_now: Profile,
                  profile_next: Profile) -> RoleComparison:
    """Score `posts` (an audit's posts, with their `risk`, `band` and `factors` under the current profile, and its
    `flags`) again under the next profile and rules, and list the posts whose band changes."""
    out = RoleComparison(profile_now=profile_now.summary(), profile_next=profile_next.summary())
    if not len(posts):
        return out
    frame = posts.drop(columns=[c for c in ("risk", "band", "categories", "factors", "severe", "lang", "lang_source")
                                if c in posts.columns])
    nxt = score(frame, rules_next, profile_next)
    now_flags, next_flags = _by_post(flags), _by_post(nxt.flags)
    now_fr, next_fr = _by_post(flags, "explanation_fr"), _by_post(nxt.flags, "explanation_fr")
    rows = zip(posts["post_id"], posts["band"], posts["risk"], posts["factors"], nxt.posts["band"], nxt.posts["risk"],
               nxt.posts["factors"], strict=True)
    for post_id, band_now, risk_now, factors_now, band_next, risk_next, factors_next in rows:
        if band_now == band_next:
            continue
        because = (*_flag_lines(now_flags.get(post_id, {}), next_flags.get(post_id, {})),
                   *_factor_lines(factors_now, factors_next))
        because_fr = (*_flag_lines(now_fr.get(post_id, {}), next_fr.get(post_id, {})),
                      *_factor_lines(factors_now, factors_next, "fr"))
        change = Change(str(post_id), str(band_now), str(band_next), int(risk_now), int(risk_next), because,
                        because_fr)
        (out.rises if _RANK[band_next] > _RANK[band_now] else out.drops).append(change)
    out.rises.sort(key=lambda c: (-c.risk_next, c.post_id))
    out.drops.sort(key=lambda c: (-c.risk_now, c.post_id))
    return out


def _by_post(flags: pd.DataFrame, column: str = "explanation") -> dict[str, dict[str, str]]:
    """post id -> {rule id: the flag's claim (its explanation up to the evidence's reason)}, from `column` (the
    English explanation, or `explanation_fr`: the English where a frame has no French)."""
    out: dict[str, dict[str, str]] = {}
    said = flags["explanation"]
    if column in flags.columns:  # a flag without French (a person's own rule) keeps its English
        said = flags[column].where(flags[column].notna() & flags[column].astype(bool), said)
    for post_id, rule_id, explanation in zip(flags["post_id"], flags["rule_id"], said, strict=True):
        out.setdefault(str(post_id), {})[str(rule_id)] = str(explanation).split(" — ", 1)[0]
    return out


def _flag_lines(now: dict[str, str], nxt: dict[str, str]) -> list[str]:
    gained = [f"+ {nxt[rule]}" for rule in sorted(set(nxt) - set(now))]
    lost = [f"− {now[rule]}" for rule in sorted(set(now) - set(nxt))]
    return gained + lost


def _factor_lines(now: list[dict], nxt: list[dict], lang: str = "en") -> list[str]:
    """The role factors the next profile adds or removes, each with the profile entry it comes from, in `lang`."""
    from auditor.scoring.explain import fill, reason

    said = strings(lang)
    before = {(f["factor"], f["reason"]): f for f in now if f["factor"] in ROLE_FACTORS}
    after = {(f["factor"], f["reason"]): f for f in nxt if f["factor"] in ROLE_FACTORS}
    gained = [fill(said["role.factor_gained"], delta=f"{f['delta']:+d}", entry=ROLE_FACTORS[name],
                   reason=reason(f, lang)) for (name, why), f in after.items() if (name, why) not in before]
    lost = [fill(said["role.factor_lost"], delta=f"{-f['delta']:+d}", entry=ROLE_FACTORS[name], reason=reason(f, lang))
            for (name, why), f in before.items() if (name, why) not in after]
    return gained + lost
