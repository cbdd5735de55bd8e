"""The rule model: categories, severities, and the Rule, Pattern and RuleSet types."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

CATEGORIES: dict[str, str] = {
    "partisan": "high", "policy": "medium", "employer": "medium", "confidential": "high", "own_work": "low",
    "official": "medium", "respect": "high", "profanity": "low", "private_gain": "medium", "conduct": "medium",
    "personal_info": "medium", "controversial": "low",
}
SEVERITIES = ("high", "medium", "low")
LANGUAGES = ("en", "fr", "both", "any")  # the lists of a rule's terms table: terms.en, terms.fr, terms.both, terms.any
#: what a term or pattern is read in: English posts, French posts, both (a plain list, names), or every language
SCOPES = ("en", "fr", "en+fr", "any")
#: the languages with rules: a post in another is read only by language-neutral rules (numbers, accounts, links)
RULE_LANGUAGES = ("en", "fr")
FIELDS = ("text", "title", "content_warning", "media_alt", "links")
TEXT_FIELDS = ("text", "title", "content_warning", "media_alt")
VALIDATORS = ("luhn", "sin", "phone", "email", "iban", "ip", "ssn", "postal_ca", "zip_us")

@dataclass(frozen=True)
class Pattern:
    """A true pattern (regex) with an optional validator that must accept each match."""

    regex: re.Pattern[str]
    validator: str | None = None
    group: int = 0
    needs: tuple[str, ...] = ()  # cheap pre-filter: a post must contain one of these (folded) or a digit ('#digit')
    scope: str = "any"  # SCOPES: which posts' languages it reads (numbers are read in every language)


@dataclass(frozen=True)
class Rule:
    """One rule: what it matches, how sure and how bad a match is, and the guidance it rests on."""

    id: str
    title: str
    category: str
    severity: str
    confidence: float
    reason: str
    guidance_url: str
    guidance_title: str
    terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    window: int = 0
    raise_terms: tuple[str, ...] = ()
    lower_terms: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    domains: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    min_terms: int = 1
    fields: tuple[str, ...] = TEXT_FIELDS
    pack: str | None = None
    source: str = ""
    reads: tuple[str, ...] = ("prose", "hashtag")  # span types a hit may lie in (auditor.scoring.spans.KINDS)
    #: (term, scope) for each term not read in both English and French (SCOPES); the others are "en+fr"
    term_scopes: tuple[tuple[str, str], ...] = ()

    def scope_of(self, term: str) -> str:
        """Which posts' languages a term of this rule is read in."""
        return dict(self.term_scopes).get(term, "en+fr")


@dataclass
class RuleSet:
    """Every loaded rule, the packs switched on, and a short hash of the rule files' content."""

    rules: list[Rule]
    version: str
    packs: frozenset[str] = frozenset()
    available_packs: frozenset[str] = frozenset()
    by_id: dict[str, Rule] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {rule.id: rule for rule in self.rules}

    def active(self, packs: Iterable[str] = ()) -> list[Rule]:
        """Rules of the base set plus those of the packs switched on here or in `packs`."""
        on = self.packs | set(packs)
        return [rule for rule in self.rules if rule.pack is None or rule.pack in on]

    def with_rules(self, extra: list[Rule]) -> RuleSet:
        """A copy with more rules (e.g. built from a profile); the version is unchanged."""
        return RuleSet(self.rules + extra, self.version, self.packs, self.available_packs)
