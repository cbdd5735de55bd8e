"""The profile rules (auditor/rules/profiles/profiles.toml): loaded, validated, and completed from profile.toml.

Each `[[rule]]` is a post rule (validated by the post rules' own validator, so terms, lexicons, exclusions, context
words and domains mean what they mean there) plus its `signal`, its French title and reason, and the profile fields
it reads. Each `[[combine]]` names the signals that must meet on one account's profile. Every error names the file,
the rule and the key, as the post rules' do.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from auditor.core.errors import RuleError
from auditor.core.profile import LEVELS, Profile
from auditor.scoring.fold import fold_term
from auditor.scoring.model import CATEGORIES, SEVERITIES, Rule
from auditor.scoring.validate import build_rules
from connectors.profile_fields import FIELDS

SOURCE = "auditor/rules/profiles/profiles.toml"
_OWN_KEYS = ("signal", "title_fr", "reason_fr", "profile_fields")
_COMBINE_KEYS = {"id", "title", "title_fr", "category", "severity", "confidence", "when", "followers_at_least",
                 "roles", "reason", "reason_fr", "guidance_url", "guidance_title", "guidance_url_fr",
                 "guidance_title_fr"}
ROLES = (*LEVELS, "public_facing", "spokesperson")
DEPARTMENT = "department"  # the signal of the rule profile.toml's department and acronyms make


@dataclass(frozen=True)
class ProfileRule:
    """A post rule read over profile fields, with the signal combinations know it by and its French words."""

    rule: Rule
    signal: str
    title_fr: str
    reason_fr: str
    fields: tuple[str, ...] = FIELDS


@dataclass(frozen=True)
class Combination:
    """A flag raised when an account's profile gives one signal of each group of `when` (and the followers and
    role it asks for, when it asks)."""

    id: str
    title: str
    title_fr: str
    category: str
    severity: str
    confidence: float
    when: tuple[tuple[str, ...], ...]
    reason: str
    reason_fr: str
    guidance_url: str
    guidance_title: str
    followers_at_least: int = 0
    roles: tuple[str, ...] = ()
    guidance_url_fr: str = ""  # the French page of its guidance, and its French title
    guidance_title_fr: str = ""


@dataclass(frozen=True)
class ProfileRules:
    """Every profile rule and combination, and a short hash of the file (the profile rules' version)."""

    rules: tuple[ProfileRule, ...]
    combinations: tuple[Combination, ...]
    version: str

    def with_profile(self, profile: Profile) -> ProfileRules:
        """These rules plus the one profile.toml's department and acronyms make (none when it names none)."""
        extra = department_rule(profile)
        return self if extra is None else ProfileRules((*self.rules, extra), self.combinations, self.version)


def load_profile_rules() -> ProfileRules:
    """The built-in profile rules, validated; their version covers the lexicons they may name too."""
    root = resources.files("auditor.rules")
    text = root.joinpath("profiles", "profiles.toml").read_text(encoding="utf-8")
    rules = parse_profile_rules(SOURCE, text)
    digest = hashlib.sha256(text.encode("utf-8"))
    for entry in sorted(root.joinpath("lexicons").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return ProfileRules(rules.rules, rules.combinations, digest.hexdigest()[:10])


def parse_profile_rules(name: str, text: str) -> ProfileRules:
    """Parse and validate a profile rule file's text; errors name `name`, the rule and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}: not valid TOML ({exc})") from None
    entries, combines = data.pop("rule", None), data.pop("combine", [])
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{name}: rule (file): field rule: a profile rule file needs at least one [[rule]] table")
    own = [{key: entry.pop(key) for key in _OWN_KEYS if key in entry} if isinstance(entry, dict) else {}
           for entry in entries]
    rules = build_rules(name, {**data, "rule": entries})
    made = tuple(_profile_rule(name, rule, extra) for rule, extra in zip(rules, own, strict=True))
    if not isinstance(combines, list):
        raise RuleError(f"{name}: rule (file): field combine: must be [[combine]] tables")
    defaults = {k: data[k] for k in ("category", "guidance_url", "guidance_title", "guidance_url_fr",
                                     "guidance_title_fr") if k in data}
    combinations = tuple(_combination(name, {**defaults, **c} if isinstance(c, dict) else c) for c in combines)
    _check(name, made, combinations)
    return ProfileRules(made, combinations, hashlib.sha256(text.encode("utf-8")).hexdigest()[:10])


def _profile_rule(name: str, rule: Rule, extra: dict[str, Any]) -> ProfileRule:
    def error(key: str, problem: str) -> RuleError:
        return RuleError(f"{name}: rule {rule.id}: field {key}: {problem}")

    signal = extra.get("signal", rule.id)
    if not isinstance(signal, str) or not signal.isidentifier():
        raise error("signal", "must be a short name such as 'official'")
    fields = extra.get("profile_fields", list(FIELDS))
    if not isinstance(fields, list) or not fields or any(f not in FIELDS for f in fields):
        raise error("profile_fields", f"must be a list drawn from {', '.join(FIELDS)}")
    words = {}
    for key in ("title_fr", "reason_fr"):
        value = extra.get(key)
        if not isinstance(value, str) or not value.strip():
            raise error(key, "is required: the report speaks English and French")
        words[key] = value.strip()
    for key in ("guidance_url_fr", "guidance_title_fr"):  # validated with the rule; here, required
        if not getattr(rule, key):
            raise error(key, "is required: the report speaks English and French")
    return ProfileRule(rule, signal, words["title_fr"], words["reason_fr"], tuple(fields))


def _combination(name: str, entry: Any) -> Combination:
    if not isinstance(entry, dict):
        raise RuleError(f"{name}: rule (file): field combine: each [[combine]] must be a table")
    rule_id = str(entry.get("id", "(no id)"))

    def error(key: str, problem: str) -> RuleError:
        return RuleError(f"{name}: rule {rule_id}: field {key}: {problem}")

    unknown = sorted(set(entry) - _COMBINE_KEYS)
    if unknown:
        raise error(unknown[0], f"unknown (allowed: {', '.join(sorted(_COMBINE_KEYS))})")
    texts = {}
    for key in ("id", "title", "title_fr", "reason", "reason_fr", "guidance_url", "guidance_title", "guidance_url_fr",
                "guidance_title_fr"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise error(key, "is required and must be text")
        texts[key] = value.strip()
    if entry.get("category") not in CATEGORIES:
        raise error("category", f"must be one of {', '.join(CATEGORIES)}")
    if entry.get("severity") not in SEVERITIES:
        raise error("severity", f"must be one of {', '.join(SEVERITIES)}")
    confidence = entry.get("confidence", 0.7)
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0.05 <= confidence <= 1:
        raise error("confidence", "must be a number from 0.05 to 1")
    when = entry.get("when")
    if not isinstance(when, list) or not when or any(
            not isinstance(group, list) or not group or any(not isinstance(s, str) for s in group) for group in when):
        raise error("when", "must be a list of lists of signals, such as [[\"gc\"], [\"partisan\"]]")
    followers = entry.get("followers_at_least", 0)
    if isinstance(followers, bool) or not isinstance(followers, int) or followers < 0:
        raise error("followers_at_least", "must be a whole number ≥ 0")
    roles = entry.get("roles", [])
    if not isinstance(roles, list) or any(r not in ROLES for r in roles):
        raise error("roles", f"must be a list drawn from {', '.join(ROLES)}")
    return Combination(category=entry["category"], severity=entry["severity"], confidence=float(confidence),
                       when=tuple(tuple(group) for group in when), followers_at_least=followers,
                       roles=tuple(roles), **texts)


def _check(name: str, rules: tuple[ProfileRule, ...], combinations: tuple[Combination, ...]) -> None:
    """Ids are unique, and every signal a combination names is given by a rule (or profile.toml)."""
    seen: set[str] = set()
    for rule_id in [r.rule.id for r in rules] + [c.id for c in combinations]:
        if rule_id in seen:
            raise RuleError(f"{name}: rule {rule_id}: field id: duplicate")
        seen.add(rule_id)
    signals = {r.signal for r in rules} | {DEPARTMENT}
    for combination in combinations:
        for group in combination.when:
            for signal in group:
                if signal not in signals:
                    raise RuleError(f"{name}: rule {combination.id}: field when: no rule gives the signal "
                                    f"{signal!r} (have {', '.join(sorted(signals))})")


_URL = "https://www.canada.ca/en/government/publicservice/values/best-practices-public-servants-using-personal-social-media.html"


def department_rule(profile: Profile) -> ProfileRule | None:
    """PRO-010 "Names your own department", from profile.toml's `department` and `acronyms`."""
    terms = tuple(dict.fromkeys(t for t in (fold_term(v) for v in profile.department + profile.acronyms) if t))
    if not terms:
        return None
    rule = Rule(id="PRO-010", title="Names your own department", category="official", severity="low",
                confidence=0.7, reason="your profile.toml names it as your department: the account is tied to your "
                "employer, so what it posts is read in that light, and a link to its site or partisan content "
                "beside it weighs more", guidance_url=_URL,
                guidance_title="TBS: best practices for public servants using their personal social media",
                terms=terms, reads=("prose", "hashtag", "handle"), source="profile",
                guidance_url_fr="https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/"
                                "pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-"
                                "personnelles.html",
                guidance_title_fr="SCT : pratiques exemplaires à l'intention des fonctionnaires pour l'utilisation "
                                  "des médias sociaux à des fins personnelles")
    return ProfileRule(rule, DEPARTMENT, "Nomme votre propre ministère",
                       "votre profile.toml le donne comme votre ministère : le compte est lié à votre employeur, "
                       "ce qu'il publie se lit donc à cette lumière, et un lien vers son site ou du contenu partisan "
                       "à côté pèse davantage")
