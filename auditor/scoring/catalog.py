"""Describe rules for people: the list, one rule in full, and a check of a user's rule file."""

from __future__ import annotations

from pathlib import Path

from auditor.errors import RuleError
from auditor.scoring.model import Rule, RuleSet
from auditor.scoring.rules import parse_rule_file


def rule_lines(rules: RuleSet) -> list[str]:
    """One line per rule: id, category, severity, pack, title."""
    return [f"{r.id:<9} {r.category:<14} {r.severity:<7} {r.pack or '':<3} {r.title}" for r in rules.rules]


def find_rule(rules: RuleSet, rule_id: str) -> Rule:
    """The rule with this id (case-insensitive), or a RuleError naming the closest ids."""
    rule = rules.by_id.get(rule_id.upper())
    if rule is None:
        prefix = rule_id.upper().split("-")[0]
        near = [r for r in rules.by_id if r.startswith(prefix)][:8]
        raise RuleError(f"no rule {rule_id!r}" + (f" (did you mean {', '.join(near)}?)" if near else ""))
    return rule


def describe(rule: Rule) -> str:
    """Several lines that show a rule's matching data and the guidance it rests on."""
    lines = [f"{rule.id}: {rule.title}", f"  category {rule.category}, severity {rule.severity}, "
             f"confidence {rule.confidence:.2f}" + (f", pack {rule.pack}" if rule.pack else ""),
             f"  why: {rule.reason}", f"  guidance: {rule.guidance_title} <{rule.guidance_url}>",
             f"  source: {rule.source}"]
    lists = {"terms": rule.terms, "exclude": rule.exclude, "requires": rule.requires, "raise": rule.raise_terms,
             "lower": rule.lower_terms, "domains": rule.domains, "accounts": rule.accounts,
             "patterns": tuple(p.regex.pattern + (f" [{p.validator}]" if p.validator else "") for p in rule.patterns)}
    for name, values in lists.items():
        if values:
            shown = ", ".join(values[:12]) + (f", … ({len(values)} in all)" if len(values) > 12 else "")
            lines.append(f"  {name}: {shown}")
    if rule.window:
        lines.append(f"  requires within {rule.window} characters")
    lines.append(f"  reads: {', '.join(rule.reads)} (of a post's text; never words inside other span types)")
    lines.append(f"  languages: {_languages(rule)}")
    return "\n".join(lines)


_SCOPE_WORDS = {"en": "English posts", "fr": "French posts", "en+fr": "English and French posts",
                "any": "posts in any language"}


def _languages(rule: Rule) -> str:
    """Which posts' languages the rule's terms and patterns are read in, and how many terms each."""
    counts: dict[str, int] = {}
    for term in rule.terms:
        scope = rule.scope_of(term)
        counts[scope] = counts.get(scope, 0) + 1
    parts = [f"{n} term(s) in {_SCOPE_WORDS[scope]}" for scope, n in sorted(counts.items())]
    parts += [f"pattern {i + 1} in {_SCOPE_WORDS[p.scope]}" for i, p in enumerate(rule.patterns)]
    if rule.accounts or rule.domains:
        parts.append("accounts and domains in posts in any language")
    return "; ".join(parts) or "none"


def check_file(path: Path) -> list[Rule]:
    """Validate a user rule file; a RuleError names the file, rule and field of the first problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file ({exc})") from None
    return parse_rule_file(str(path), text)
