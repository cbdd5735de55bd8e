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
    #: the French of title, reason and guidance ("" when the rule has none: a person's own rule file may omit it,
    #: and then shows its English); built-in rules must have all four (auditor.scoring.validate)
    title_fr: str = ""
    reason_fr: str = ""
    guidance_url_fr: str = ""
    guidance_title_fr: str = ""

    def scope_of(self, term: str) -> str:
        """Which posts' languages a term of this rule is read in."""
        return dict(self.term_scopes).get(term, "en+fr")

    def has_french(self) -> bool:
        """Whether the rule has its own French title and reason."""
        return bool(self.title_fr and self.reason_fr)

    def words(self, lang: str) -> RuleWords:
        """Title, reason and guidance in `lang` ("en" or "fr"), each falling back to the English when the rule has
        no French for it; `translated` says whether title and reason are in `lang`."""
        if lang != "fr":
            return RuleWords(self.title, self.reason, self.guidance_url, self.guidance_title, True)
        return RuleWords(self.title_fr or self.title, self.reason_fr or self.reason,
                         self.guidance_url_fr or self.guidance_url, self.guidance_title_fr or self.guidance_title,
                         self.has_french())


@dataclass(frozen=True)
class RuleWords:
    """What a person reads of a rule in one language (auditor.scoring.model.Rule.words)."""

    title: str
    reason: str
    guidance_url: str
    guidance_title: str
    translated: bool  # False: a rule without French, shown in English


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
