"""Decide which rules a post's hits satisfy: exclusions, required companions, minimum terms and context words."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from auditor.scoring import passages
from auditor.scoring.context import factor
from auditor.scoring.explain import both
from auditor.scoring.fold import fold
from auditor.scoring.matcher import Hit, Matcher
from auditor.scoring.model import TEXT_FIELDS, Rule
from auditor.scoring.names import same_name

RAISE_STEP, LOWER_STEP, EXTRA_STEP = 0.15, 0.3, 0.05
MIN_CONFIDENCE = 0.2
POINTS = {"high": 85, "medium": 60, "low": 35}


@dataclass
class Candidate:
    """A rule that fires on a post, with its evidence and the confidence context gave it."""

    rule: Rule
    evidence: list[dict]
    confidence: float
    adjustments: list[dict]


def evaluate(matcher: Matcher, hits: list[Hit], texts: dict[str, object]) -> list[Candidate]:
    """The rules that fire on one post, given all its hits; in a long text, each in one passage (its strongest)."""
    long = {f for f in TEXT_FIELDS if isinstance(texts.get(f), str) and len(texts[f]) > passages.LONG}
    by_rule: dict[int, dict[object, dict[str, list[Hit]]]] = {}
    specs = matcher.specs
    for hit in hits:
        role = specs[hit.spec].role if hit.spec >= 0 else "terms"
        where = (hit.field, passages.index(texts[hit.field], hit.start)) if long and hit.field in long else None
        places = by_rule.setdefault(hit.rule, {})
        roles = places.get(where)
        if roles is None:
            places[where] = {role: [hit]}
        elif role in roles:
            roles[role].append(hit)
        else:
            roles[role] = [hit]
    out = []
    for index, places in sorted(by_rule.items()):
        found = [_fire(matcher.rules[index], roles, matcher, texts) for where, roles in places.items()
                 if roles.get("terms")]
        found = [c for c in found if c]
        if found:
            out.append(max(found, key=lambda c: (c.confidence, len(c.evidence))))
    return out


def _fire(rule: Rule, roles: dict[str, list[Hit]], matcher: Matcher, texts: dict[str, object]) -> Candidate | None:
    excluded = roles.get("exclude")
    kept = roles.get("terms", [])
    if excluded:
        kept = [h for h in kept if not any(_overlaps(h, x) for x in excluded)]
    if rule.requires:
        kept = [h for h in kept if _has_companion(h, roles.get("requires", []), rule.window, texts)]
    evidence = _evidence(kept, texts)
    distinct = {fold(e["text"]) for e in evidence}
    if not evidence or len(distinct) < rule.min_terms:
        return None
    confidence, adjustments = _confidence(rule, roles, matcher, len(distinct))
    if _all_quoted(evidence, texts):  # why: words in quotation marks are someone else's, reported or mocked
        new = max(0.0, confidence - LOWER_STEP)
        adjustments.append(factor("quoted", round((new - confidence) * POINTS[rule.severity]), *_QUOTED_WHY))
        confidence = new
    if confidence < MIN_CONFIDENCE:
        return None
    return Candidate(rule, evidence, confidence, adjustments)


_QUOTED_WHY = both("factor.why.quoted")
_QUOTED = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»')


def _all_quoted(evidence: list[dict], texts: dict[str, object]) -> bool:
    """Whether every piece of evidence lies inside a quotation in its text."""
    for item in evidence:
        text = texts.get(item["field"])
        if not isinstance(text, str) or ('"' not in text and "“" not in text and "«" not in text):
            return False
        starts, ends = quotations(text)
        before = bisect_left(starts, item["start"])  # the quotations opening before it; the last ends last
        if not before or ends[before - 1] <= item["end"]:
            return False
    return True


@lru_cache(maxsize=256)
def quotations(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each quotation of `text` starts and ends, in order: found once per text, where each rule and passage
    of a long text searched it again (a 200,000-character quoted essay: 800 searches, 1.8 s)."""
    found = [m.span() for m in _QUOTED.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def _overlaps(hit: Hit, other: Hit) -> bool:
    return hit.field == other.field and hit.index == other.index and other.start < hit.end and hit.start < other.end


def _has_companion(hit: Hit, companions: list[Hit], window: int, texts: dict[str, object]) -> bool:
    """A required companion term elsewhere in the post (or within `window` characters when set), not with the term
    inside one Title Case name ("Crazy Rich Asians" is a film, not a judgement of a group)."""
    return any(not _overlaps(hit, c) and (not window or (c.field == hit.field and abs(c.start - hit.start) <= window))
               and not _one_name(hit, c, texts) for c in companions)


def _one_name(hit: Hit, companion: Hit, texts: dict[str, object]) -> bool:
    text = texts.get(hit.field)
    return (companion.field == hit.field and isinstance(text, str)
            and same_name(text, min(hit.start, companion.start), max(hit.end, companion.end) - 1))


def _evidence(hits: list[Hit], texts: dict[str, object]) -> list[dict]:
    seen, out = set(), []
    for hit in sorted(hits, key=lambda h: (h.field, h.index, h.start, -h.end)):
        key = (hit.field, hit.index, hit.start)
        if key in seen:
            continue
        seen.add(key)
        value = texts[hit.field][hit.index] if hit.field == "links" else texts[hit.field]
        item = {"field": hit.field, "start": hit.start, "end": hit.end, "text": str(value)[hit.start:hit.end]}
        if hit.field == "links":
            item["index"] = hit.index
        elif len(str(value)) > passages.LONG:  # the passage the flag is about, in a long text
            item["passage"] = list(passages.span(str(value), passages.index(str(value), hit.start)))
        out.append(item)
    return out


def _confidence(rule: Rule, roles: dict[str, list[Hit]], matcher: Matcher, distinct: int) -> tuple[float, list[dict]]:
    """Start from the rule's confidence; more terms and raising context add, lowering context subtracts."""
    points = POINTS[rule.severity]
    steps: list[tuple[str, float, tuple[str, str]]] = []
    if distinct > rule.min_terms:
        steps.append(("more_terms", EXTRA_STEP * min(2, distinct - rule.min_terms),
                      both("factor.why.more_terms", n=distinct)))
    for role, step, key in (("raise", RAISE_STEP, "factor.why.raises"), ("lower", -LOWER_STEP, "factor.why.lowers")):
        if role in roles:
            words = sorted({matcher.specs[h.spec].term for h in roles[role]})
            steps.append(("context", step * min(2, len(words)), _context_why(key, words[:2])))
    confidence = rule.confidence
    adjustments = []
    for name, delta, (reason, reason_fr) in steps:
        new = max(0.0, min(1.0, confidence + delta))
        adjustments.append(factor(name, round((new - confidence) * points), reason, reason_fr))
        confidence = new
    return confidence, adjustments


def _context_why(key: str, words: list[str]) -> tuple[str, str]:
    """"'vote', 'election' raises it" and its French, each language quoting the words its own way."""
    quoted = [both("factor.why.word", word=w) for w in words]
    english, french = (", ".join(q[i] for q in quoted) for i in (0, 1))
    return both(key, words=english)[0], both(key, words=french)[1]


#: category -> the lesser claims it makes of the same words: hate is not also swearing or a controversial topic
SUBSUMES = {"respect": frozenset({"profanity", "controversial"}), "partisan": frozenset({"policy", "controversial"}),
            "policy": frozenset({"controversial"})}


def one_reason_per_passage(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, less those whose every piece of evidence a stronger one of a category that subsumes theirs
    already cites: the words that make "white genocide" hate are not also a controversial topic, nor a slur also
    swearing. Within one category both claims stay (an insult is also swearing): they add no category to the risk."""
    if len(candidates) < 2:
        return candidates
    ranked = sorted(candidates, key=lambda c: (POINTS[c.rule.severity] * c.confidence, c.rule.id), reverse=True)
    kept: list[Candidate] = []
    for candidate in ranked:
        if not any(_covered(candidate, stronger) for stronger in kept):
            kept.append(candidate)
    return [c for c in candidates if any(c is k for k in kept)]


def _covered(candidate: Candidate, stronger: Candidate) -> bool:
    if candidate.rule.category not in SUBSUMES.get(stronger.rule.category, ()):
        return False
    return all(any(_same_place(e, s) for s in stronger.evidence) for e in candidate.evidence)


def _same_place(item: dict, other: dict) -> bool:
    return (item["field"] == other["field"] and item.get("index") == other.get("index")
            and item["start"] < other["end"] and other["start"] < item["end"])
