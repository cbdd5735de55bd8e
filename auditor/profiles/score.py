"""Profile fields + profile rules + profile.toml in, profile flags out. Pure: nothing is read, written or mutated.

Each field's text is read as a post's is (typed spans, its language, exclusions, companions and context words:
auditor.scoring's matcher, reading and evaluation), then one flag is kept per account and rule with the evidence of
every field that raised it. Combinations then look at the signals an account's flags give together, and at the
account's follower count and the person's role.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from auditor.core.profile import Profile
from auditor.i18n import grouped
from auditor.profiles.explain import explain
from auditor.profiles.rules import DEPARTMENT, Combination, ProfileRule, ProfileRules
from auditor.profiles.table import ProfileField, ProfileTable
from auditor.scoring import language
from auditor.scoring.evaluate import POINTS, Candidate, evaluate
from auditor.scoring.matcher import Hit, Matcher
from auditor.scoring.reading import readable

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class ProfileFlag:
    """One rule (or combination) raised by one account's profile: its evidence (field, label, source, start and end
    offsets into that field's `ProfileField.text`, the words, and `field_index`: the field's place in the scored
    table), how sure and how bad, and why, in English and French."""

    flag_id: str
    platform: str
    account: str
    rule_id: str
    category: str
    severity: str
    confidence: float
    score: int
    signal: str
    title: str
    title_fr: str
    evidence: tuple[dict, ...]
    explanation: str
    explanation_fr: str
    guidance_url: str
    guidance_title: str
    combines: tuple[str, ...] = ()  # for a combination: the flags it rests on
    guidance_url_fr: str = ""  # the French page of its guidance, and its French title
    guidance_title_fr: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(platform, account): the profile it is about."""
        return self.platform, self.account


def score_profiles(table: ProfileTable, rules: ProfileRules, profile: Profile) -> list[ProfileFlag]:
    """Every profile flag of the table's accounts, the most severe first."""
    rules = rules.with_profile(profile)
    fields = table.fields
    if not fields:
        return []
    matcher = Matcher([r.rule for r in rules.rules])
    by_id = {r.rule.id: r for r in rules.rules}
    texts = [f.text for f in fields]
    hits: dict[int, list[Hit]] = defaultdict(list)
    for hit in matcher.scan("text", texts, list(range(len(texts)))):
        if _in_its_host(hit, matcher, texts[hit.row]):
            hits[hit.row].append(hit)
    decided = language.decide(texts, [None] * len(texts))
    found: dict[tuple[tuple[str, str], str], list[tuple[Candidate, int]]] = defaultdict(list)
    for row in sorted(hits):
        record = {"text": texts[row], "title": None, "content_warning": None, "media_alt": None, "links": []}
        kept = readable(hits[row], record, decided[row].reads, matcher)
        for candidate in evaluate(matcher, kept, record) if kept else []:
            if fields[row].field in by_id[candidate.rule.id].fields:
                found[fields[row].key, candidate.rule.id].append((candidate, row))
    flags = _one_reason([_flag(by_id[rule_id], key, places, fields) for (key, rule_id), places in found.items()])
    flags += _combined(flags, rules, fields, profile)
    return sorted(flags, key=lambda f: (SEVERITY_ORDER[f.severity], -f.score, f.platform, f.account, f.rule_id))


_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


def _in_its_host(hit: Hit, matcher: Matcher, text: str) -> bool:
    """False for a domain found inside a link whose host is not that domain's: `example.org/canada.ca` is no
    link to canada.ca (a profile's website is one link, so its host is what it says)."""
    if hit.spec < 0:
        return True
    spec = matcher.specs[hit.spec]
    rule = matcher.rules[spec.rule]
    if spec.term not in rule.domains:
        return True
    for link in _LINK.finditer(text):
        if link.start() <= hit.start < link.end():
            try:
                host = urlsplit(link.group() if "://" in link.group() else "//" + link.group()).hostname or ""
            except ValueError:  # "http://[": no host at all
                return False
            domain = spec.term.partition("/")[0]
            return host == domain or host.endswith("." + domain)
    return True


def _flag(rule: ProfileRule, key: tuple[str, str], places: list[tuple[Candidate, int]],
          fields: list[ProfileField]) -> ProfileFlag:
    """One flag of one account for one rule, with the evidence of every field that raised it."""
    evidence = [{**item, "field": fields[row].field, "label": fields[row].label, "source": fields[row].source,
                 "field_index": row} for candidate, row in places for item in candidate.evidence]
    confidence = max(candidate.confidence for candidate, _ in places)
    base = rule.rule
    english, french = explain(base.id, (base.title, rule.title_fr), (base.reason, rule.reason_fr), base.severity,
                              evidence)
    return ProfileFlag(
        flag_id=f"profile:{key[0]}:{key[1]}/{base.id}", platform=key[0], account=key[1], rule_id=base.id,
        category=base.category, severity=base.severity, confidence=round(confidence, 2),
        score=round(POINTS[base.severity] * confidence), signal=rule.signal, title=base.title, title_fr=rule.title_fr,
        evidence=tuple(evidence), explanation=english, explanation_fr=french, guidance_url=base.guidance_url,
        guidance_title=base.guidance_title, guidance_url_fr=base.guidance_url_fr,
        guidance_title_fr=base.guidance_title_fr)


def _one_reason(flags: list[ProfileFlag]) -> list[ProfileFlag]:
    """The flags less a Government of Canada one whose every word also names the person's own department: "ESDC"
    is said once, as your department (PRO-010), not also as a department (PRO-003)."""
    own = {flag.key: flag for flag in flags if flag.signal == DEPARTMENT}

    def covered(flag: ProfileFlag) -> bool:
        mine = own.get(flag.key)
        return flag.signal == "gc" and mine is not None and all(
            any(_same_place(item, other) for other in mine.evidence) for item in flag.evidence)

    return [flag for flag in flags if not covered(flag)]


def _same_place(item: dict, other: dict) -> bool:
    return (item["source"], item["field"], item["label"]) == (other["source"], other["field"], other["label"]) \
        and item["start"] < other["end"] and other["start"] < item["end"]


def _combined(flags: list[ProfileFlag], rules: ProfileRules, fields: list[ProfileField],
              profile: Profile) -> list[ProfileFlag]:
    """The combinations each account's flags (and its followers, and the person's role) satisfy."""
    by_account: dict[tuple[str, str], list[ProfileFlag]] = defaultdict(list)
    for flag in flags:
        by_account[flag.key].append(flag)
    out = []
    for key, own in by_account.items():
        followers = _followers(key, fields, profile)
        for combination in rules.combinations:
            made = _combination(combination, key, own, followers, profile)
            if made is not None:
                out.append(made)
    return out


def _combination(combination: Combination, key: tuple[str, str], own: list[ProfileFlag],
                 followers: tuple[int, str, str], profile: Profile) -> ProfileFlag | None:
    picked = []
    for group in combination.when:
        strongest = max((f for f in own if f.signal in group), key=lambda f: (f.score, f.rule_id), default=None)
        if strongest is None:
            return None
        if strongest not in picked:
            picked.append(strongest)
    extra_en, extra_fr = [], []
    if combination.followers_at_least:
        count, where_en, where_fr = followers
        if count < combination.followers_at_least:
            return None
        extra_en.append(f"{count:,} followers, {where_en}")
        extra_fr.append(f"{grouped(count)} abonnés, {where_fr}")
    if combination.roles:
        role = _role(profile, combination.roles)
        if role is None:
            return None
        extra_en.append(f"your profile.toml: {role[0]}")
        extra_fr.append(f"votre profile.toml : {role[1]}")
    evidence = [item for flag in picked for item in flag.evidence]
    english, french = explain(combination.id, (combination.title, combination.title_fr),
                              (combination.reason, combination.reason_fr), combination.severity, evidence,
                              ("; ".join(extra_en), "; ".join(extra_fr)))
    return ProfileFlag(
        flag_id=f"profile:{key[0]}:{key[1]}/{combination.id}", platform=key[0], account=key[1],
        rule_id=combination.id, category=combination.category, severity=combination.severity,
        confidence=combination.confidence, score=round(POINTS[combination.severity] * combination.confidence),
        signal="", title=combination.title, title_fr=combination.title_fr, evidence=tuple(evidence),
        explanation=english, explanation_fr=french, guidance_url=combination.guidance_url,
        guidance_title=combination.guidance_title, combines=tuple(f.rule_id for f in picked),
        guidance_url_fr=combination.guidance_url_fr, guidance_title_fr=combination.guidance_title_fr)


def _followers(key: tuple[str, str], fields: list[ProfileField], profile: Profile) -> tuple[int, str, str]:
    """The account's follower count as its export gives it, else profile.toml's; with where it comes from."""
    for field in fields:
        if field.key == key and field.field == "followers" and field.value.isdigit():
            return int(field.value), "from the export", "selon l'export"
    return profile.followers, "from your profile.toml", "selon votre profile.toml"


def _role(profile: Profile, roles: tuple[str, ...]) -> tuple[str, str] | None:
    """The part of the person's role a combination asks for, said in English and French; None when none is."""
    levels = {"executive": "cadre (executive)", "deputy_head": "administrateur général (deputy head)"}
    if profile.level in roles:
        return f"level {profile.level.replace('_', ' ')}", f"niveau {levels.get(profile.level, profile.level)}"
    if "spokesperson" in roles and profile.spokesperson:
        return "spokesperson", "porte-parole"
    if "public_facing" in roles and profile.public_facing:
        return "public-facing role", "rôle en contact avec le public"
    return None
