"""Which of a post's hits may count: those in a language the post is read in, and in span types their rule reads.

The matcher finds every term in a whole batch at once; here each post's hits are kept or dropped by what the post
is (its language decision) and where each hit lies (prose, hashtag, handle, URL, domain, e-mail address), before any
rule is evaluated. Context words (requires, raise, lower, exclude) obey the same spans: a companion inside a link
is no companion.
"""

from __future__ import annotations

from auditor.scoring.matcher import Hit, Matcher
from auditor.scoring.model import TEXT_FIELDS
from auditor.scoring.spans import Spans, spans

_EN_FR = frozenset({"en", "fr"})


def in_scope(scope: str, languages: frozenset[str]) -> bool:
    """Whether a term or pattern of `scope` is read in a post read in `languages`."""
    if scope == "any":
        return True
    if scope == "en+fr":
        return bool(languages & _EN_FR)
    return scope in languages


def readable(hits: list[Hit], texts: dict[str, object], languages: frozenset[str], matcher: Matcher) -> list[Hit]:
    """The hits of one post that may count."""
    found: dict[str, Spans] = {}
    out = []
    for hit in hits:
        if not in_scope(hit.scope, languages):
            continue
        if hit.field in TEXT_FIELDS:
            text = texts[hit.field]
            if hit.field not in found:
                found[hit.field] = spans(text if isinstance(text, str) else "")
            kinds = found[hit.field].kinds_over(hit.start, hit.end)
            reads = matcher.specs[hit.spec].reads if hit.spec >= 0 else frozenset(matcher.rules[hit.rule].reads)
            if not kinds <= reads:
                continue
        out.append(hit)
    return out
