"""Which of a post's hits may count: those in a language the post is read in, and in span types their rule reads.

The matcher finds every term in a whole batch at once; here each post's hits are kept or dropped by what the post
is (its language decision) and where each hit lies (prose, hashtag, handle, URL, domain, e-mail address), before any
rule is evaluated. Context words (requires, raise, lower, exclude) obey the same spans: a companion inside a link
is no companion. `readable_found` decides for a whole chunk's hits at once; `readable` is the same rule for one post.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from auditor.scoring.found import Found
from auditor.scoring.matcher import Hit, Matcher
from auditor.scoring.model import FIELDS, SCOPES, TEXT_FIELDS
from auditor.scoring.spans import KINDS, Spans, spans

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


_BIT = {kind: 1 << k for k, kind in enumerate(KINDS)}  # as in Matcher.spec_reads


def readable_found(found: Found, columns: dict[str, list], reads: Sequence[frozenset[str]],
                   matcher: Matcher) -> Found:
    """`readable` for every post of a chunk at once (`reads`: each row's languages): the language test on arrays,
    and the span test by one bit mask per hit, read hit by hit only in the texts that hold a URL, a handle, a
    hashtag or an address (the others are all prose)."""
    if not len(found):
        return found
    rows, where = np.unique(found.row, return_inverse=True)
    languages = [reads[row] for row in rows.tolist()]
    english = np.array(["en" in languages_ for languages_ in languages], dtype=bool)[where]
    french = np.array(["fr" in languages_ for languages_ in languages], dtype=bool)[where]
    scope = found.scope
    keep = ((scope == SCOPES.index("any")) | ((scope == SCOPES.index("en+fr")) & (english | french))
            | ((scope == SCOPES.index("en")) & english) | ((scope == SCOPES.index("fr")) & french))
    text = keep & (found.field < FIELDS.index("links"))
    at = np.flatnonzero(text)
    if len(at):
        keep[at] = (_kinds(found.take(at), columns) & ~_reads(found.take(at), matcher)) == 0
    return found.take(keep)


def _kinds(found: Found, columns: dict[str, list]) -> np.ndarray:
    """For each hit in a text field, the span types it touches, as KINDS bits."""
    out = np.full(len(found), _BIT["prose"], dtype=np.int64)
    _, first, where = np.unique(found.row * len(FIELDS) + found.field, return_index=True, return_inverse=True)
    found_spans = []
    for row, field in zip(found.row[first].tolist(), found.field[first].tolist(), strict=True):
        text = columns[FIELDS[field]][row]
        found_spans.append(spans(text if isinstance(text, str) else ""))
    some = np.array([bool(s.starts) for s in found_spans], dtype=bool)
    for k in np.flatnonzero(some[where]).tolist():  # only hits in a text with a span read one by one
        kinds = found_spans[where[k]].kinds_over(int(found.start[k]), int(found.end[k]))
        out[k] = sum(_BIT[kind] for kind in kinds)
    return out


def _reads(found: Found, matcher: Matcher) -> np.ndarray:
    """For each hit, the span types its term or rule reads, as KINDS bits."""
    term = found.spec >= 0
    return np.where(term, matcher.spec_reads[np.where(term, found.spec, 0)], matcher.rule_reads[found.rule])
