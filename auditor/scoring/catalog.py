"""Describe rules for people: the list, one rule in full, and a check of a user's rule file.

Every rule that can flag a post is here: those of the rule files, and those a profile makes (`derived.DERIVED`,
listed with the profile.toml keys their terms come from). The words around a rule's own data are in English and
French (auditor/i18n); so are a rule's title, reason and guidance, from its file or module (its English where a
rule of a person's own gives no French).
"""

from __future__ import annotations

import inspect
from dataclasses import replace
from pathlib import Path

from auditor.core.errors import RuleError
from auditor.i18n import text
from auditor.scoring.derived import DERIVED, Derived, contempt_words
from auditor.scoring.evaluate import POINTS
from auditor.scoring.model import Rule, RuleSet
from auditor.scoring.rules import parse_rule_file

MAX_SHOWN = 12  # of a list of terms, accounts…: the first ones, and how many in all


class UnknownRule(RuleError):
    """No rule has this id: says so, with the ids that start alike."""

    def __init__(self, rule_id: str, near: list[str]) -> None:
        self.rule_id, self.near = rule_id, near
        super().__init__(self.lines()[0])

    def __reduce__(self):
        return type(self), (self.rule_id, self.near)

    def lines(self, lang: str = "en") -> list[str]:
        """One line, in `lang`."""
        if self.near:
            return [text("rules.unknown_near", lang, id=repr(self.rule_id), near=", ".join(self.near))]
        return [text("rules.unknown", lang, id=repr(self.rule_id))]


def rule_line(rule: Rule, lang: str = "en") -> str:
    """A rule's line in the list: id, category, severity, pack, title (in `lang`)."""
    return f"{rule.id:<9} {rule.category:<14} {rule.severity:<7} {rule.pack or '':<3} {rule.words(lang).title}"


def rule_lines(rules: RuleSet, lang: str = "en") -> list[str]:
    """One line per rule of the files, then one per rule a profile makes, saying which keys of it make it."""
    return [*(rule_line(r, lang) for r in rules.rules),
            *(f"{rule_line(d.rule, lang)} [{text('rules.from_profile', lang, keys=', '.join(d.keys))}]"
              for d in DERIVED)]


def find_rule(rules: RuleSet, rule_id: str, also: tuple[str, ...] = ()) -> Rule | Derived:
    """The rule with this id (case-insensitive), a rule files give or one a profile makes; else UnknownRule naming
    the ids that start alike (among them `also`, ids the caller knows of)."""
    wanted = rule_id.upper()
    known: dict[str, Rule | Derived] = {**rules.by_id, **{d.rule.id: d for d in DERIVED}}
    if wanted in known:
        return known[wanted]
    prefix = wanted.split("-")[0]
    raise UnknownRule(rule_id, [r for r in (*known, *also) if r.startswith(prefix)][:8])


def describe(found: Rule | Derived, lang: str = "en", languages: str = "") -> str:
    """Several lines that show a rule's matching data, how it bands a post, and the guidance it rests on;
    `languages` says which posts it reads when its terms cannot (a model)."""
    derived = found if isinstance(found, Derived) else None
    rule = replace(found.rule, terms=found.fixed, requires=contempt_words() if found.contempt else ()) \
        if isinstance(found, Derived) else found
    t, words = _words(lang), rule.words(lang)
    lines = [f"{rule.id}: {words.title}",
             "  " + t("rules.kind", category=rule.category, severity=rule.severity, confidence=f"{rule.confidence:.2f}")
             + (t("rules.pack", pack=rule.pack) if rule.pack else ""),
             "  " + band(rule, lang), "  " + t("rules.why", reason=words.reason),
             "  " + t("rules.guidance", title=words.guidance_title, url=words.guidance_url),
             "  " + (t("rules.source_profile", keys=", ".join(derived.keys)) if derived
                     else t("rules.source", source=rule.source))]
    if derived:
        lines.append("  " + t("rules.terms_profile", keys=", ".join(derived.keys))
                     + (t("rules.terms_also", terms=_shown(derived.fixed, lang)) if derived.fixed else ""))
    lists = {"terms": () if derived else rule.terms, "exclude": rule.exclude, "requires": rule.requires,
             "raise": rule.raise_terms, "lower": rule.lower_terms, "domains": rule.domains, "accounts": rule.accounts,
             "patterns": tuple(p.regex.pattern + (f" [{p.validator}]" if p.validator else "") for p in rule.patterns)}
    lines += ["  " + t("rules.list", name=name, values=_shown(values, lang))
              for name, values in lists.items() if values]
    if rule.window:
        lines.append("  " + t("rules.window", window=rule.window))
    lines.append("  " + t("rules.reads", kinds=", ".join(rule.reads)))
    lines.append("  " + t("rules.languages", languages=languages or _languages(rule, lang, derived is not None)))
    return "\n".join(lines)


def band(rule: Rule, lang: str = "en") -> str:
    """How a flag of this rule scores and which band it can give a post (docs/scoring.md, sections 2 to 4)."""
    from auditor.scoring import engine

    thresholds = inspect.signature(engine.bands).parameters  # the bands' defaults, as a scan applies them
    t = _words(lang)
    points = POINTS[rule.severity]
    out = t("rules.band_score", points=points, severity=rule.severity, confidence=f"{rule.confidence:.2f}",
            score=round(points * rule.confidence))
    if rule.severity != "high":
        return out + t("rules.band_not_severe", medium=thresholds["medium"].default)
    out += t("rules.band_severe", high=thresholds["high"].default, strong=f"{engine.SEVERE_CONFIDENCE:.2f}",
             medium=thresholds["medium"].default)
    return out + (t("rules.band_controversial") if rule.category == "controversial" else "")


def _words(lang: str):
    return lambda key, **args: text(key, lang, **args)


def _shown(values: tuple[str, ...], lang: str) -> str:
    shown = ", ".join(values[:MAX_SHOWN])
    return shown + (text("rules.in_all", lang, n=len(values)) if len(values) > MAX_SHOWN else "")


def _languages(rule: Rule, lang: str, from_profile: bool = False) -> str:
    """Which posts' languages the rule's terms and patterns are read in, and how many terms each."""
    counts: dict[str, int] = {}
    for term in rule.terms:
        scope = rule.scope_of(term)
        counts[scope] = counts.get(scope, 0) + 1
    scope_words = {scope: text(f"rules.scope.{scope}", lang) for scope in ("en", "fr", "en+fr", "any")}
    parts = [text("rules.profile_terms_in", lang, posts=scope_words["en+fr"])] if from_profile else []
    parts += [text("rules.terms_in", lang, n=n, posts=scope_words[scope]) for scope, n in sorted(counts.items())]
    parts += [text("rules.pattern_in", lang, n=i + 1, posts=scope_words[p.scope]) for i, p in enumerate(rule.patterns)]
    if rule.accounts or rule.domains:
        parts.append(text("rules.accounts_in", lang))
    return "; ".join(parts) or text("rules.none", lang)


def check_file(path: Path) -> list[Rule]:
    """Validate a user rule file; a RuleError names the file, rule and field of the first problem."""
    try:
        file_text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file ({exc})") from None
    return parse_rule_file(str(path), file_text)
