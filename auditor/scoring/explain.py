"""The one place that turns a flag into the one sentence a person reads, in English and in French.

The sentence is built from the flag's parts (its rule's title and reason, the evidence, where it was found, the
severity, how sure, the score and each recorded change) with the words of auditor/i18n/<lang>.json, so each language
is written, not translated from the other. A rule without French (a person's own rule file may omit it) has no
French sentence: scoring gives its flags none (`explanation_fr` None), and the report shows the English, as English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.i18n import strings
from auditor.scoring.model import Rule

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def explain(rule: Rule, evidence: list[dict], confidence: float, score: int, adjustments: list[dict],
            lang: str = "en") -> str:
    """One sentence in `lang`: which rule matched what, where, why it matters, and how sure and how bad it is."""
    words, said = rule.words(lang), strings(lang)
    quote = said["explain.quote"]
    quoted = ", ".join([fill(quote, text=_clip(e["text"])) for e in evidence[:3]])
    more = fill(said["explain.more"], n=len(evidence) - 3) if len(evidence) > 3 else ""
    field = evidence[0]["field"] if evidence else "post"
    changes = "; ".join([f"{a['delta']:+d} {reason(a, lang)}" for a in adjustments if a["delta"]])
    values = {"evidence": quoted, "more": more, "where": said.get(f"explain.where.{field}", field),
              "sure": fill(said["explain.percent"], n=f"{confidence * 100:.0f}"), "score": score,
              "changes": f" ({changes})" if changes else ""}
    out, pieces = _sentence(said["explain.sentence"], lang, rule.id, words.title, words.reason,
                            said[f"explain.severity.{rule.severity}"])
    for name, literal in pieces:
        out += (str(values[name]) if name in values else "{" + name + "}") + literal
    return out


#: (rule, its English and French sentences) by what they are made of: the sentences a history's flags read repeat
_MADE: dict[tuple, tuple[Rule, str, str | None]] = {}
_MADE_LIMIT = 1 << 16  # emptied when full: a bounded memory


def explain_both(rule: Rule, evidence: list[dict], confidence: float, score: int, adjustments: list[dict],
                 french: bool) -> tuple[str, str | None]:
    """`explain` in English, and in French when `french` (else None); a flag made of what an earlier one was (its
    rule, the words it quotes and where, how sure, its score and its changes) is given the sentences made then."""
    key = (id(rule), french, confidence, score, evidence[0]["field"] if evidence else None, len(evidence),
           *[e["text"] for e in evidence[:3]],
           *[(a["delta"], a["reason"], a.get("reason_fr")) for a in adjustments])
    made = _MADE.get(key)
    if made is not None and made[0] is rule:  # the same rule, not one made where a gone one was (id reused)
        return made[1], made[2]
    english = explain(rule, evidence, confidence, score, adjustments)
    other = explain(rule, evidence, confidence, score, adjustments, "fr") if french else None
    if len(_MADE) >= _MADE_LIMIT:
        _MADE.clear()
    _MADE[key] = (rule, english, other)
    return english, other


@lru_cache(maxsize=4096)
def _sentence(template: str, lang: str, rule: str, title: str, reason: str,
              severity: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`_compiled(template)` with one rule's own parts (its id, title, reason and severity) put in once: the same
    one-pass filling, half the pieces to fill for each flag."""
    fixed = {"rule": rule, "title": _title(title, lang), "reason": _sentence_part(reason), "severity": severity}
    out, pieces = _compiled(template)
    rest: list[tuple[str, str]] = []
    for name, literal in pieces:
        if name not in fixed:
            rest.append((name, literal))
        elif rest:
            rest[-1] = (rest[-1][0], rest[-1][1] + fixed[name] + literal)
        else:
            out += fixed[name] + literal
    return out, tuple(rest)


def fill(template: str, **args: object) -> str:
    """`template` with each `{name}` replaced by its argument, in one pass: a value that itself holds `{name}` (words
    quoted from a post) is left as it is."""
    out, pieces = _compiled(template)
    for name, literal in pieces:
        out += (str(args[name]) if name in args else "{" + name + "}") + literal
    return out


@lru_cache(maxsize=1024)
def _compiled(template: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A template cut once at its placeholders: the text before the first, then each placeholder's name with the
    text after it (a regex substitution with a Python callback per placeholder cost 5 µs a sentence, two sentences
    a flag; string concatenation in a loop is CPython's fastest join for a few short pieces)."""
    pieces = _PLACEHOLDER.split(template)
    return pieces[0], tuple(zip(pieces[1::2], pieces[2::2], strict=True))


def both(key: str, **args: object) -> tuple[str, str]:
    """The string `key` of auditor/i18n in English and in French, placeholders filled."""
    return fill(strings("en")[key], **args), fill(strings("fr")[key], **args)


def reason(change: dict, lang: str) -> str:
    """A recorded score change's reason in `lang` (its English when it has no French)."""
    return (change.get("reason_fr") or change["reason"]) if lang == "fr" else change["reason"]


@lru_cache(maxsize=4096)
def _title(title: str, lang: str) -> str:
    """A rule's title inside a sentence: English lower-cased whole (as it always was), French at its start only
    (names keep their capitals: « Canada », « Loi »)."""
    if lang == "en":
        return title.lower()
    return title if len(title) > 1 and title[1].isupper() else title[:1].lower() + title[1:]


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@lru_cache(maxsize=4096)
def _sentence_part(reason: str) -> str:
    """A rule's reason, lower-cased at the start and without its full stop, to sit inside one sentence."""
    reason = reason.strip().rstrip(".")
    return reason if len(reason) > 1 and reason[1].isupper() else reason[:1].lower() + reason[1:]
