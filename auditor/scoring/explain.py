"""The one place that turns a flag into the one sentence a person reads."""

from __future__ import annotations

from auditor.scoring.model import Rule

_FIELD_NAMES = {"text": "text", "title": "title", "content_warning": "content warning",
                "media_alt": "image description", "links": "link"}


def explain(rule: Rule, evidence: list[dict], confidence: float, score: int, adjustments: list[dict]) -> str:
    """One sentence: which rule matched what, where, why it matters, and how sure and how bad it is."""
    quoted = ", ".join(f'"{_clip(e["text"])}"' for e in evidence[:3])
    more = f" and {len(evidence) - 3} more" if len(evidence) > 3 else ""
    where = _FIELD_NAMES.get(evidence[0]["field"], evidence[0]["field"]) if evidence else "post"
    changes = "; ".join(f"{a['delta']:+d} {a['reason']}" for a in adjustments if a["delta"])
    tail = f" ({changes})" if changes else ""
    return (f"{rule.id} {rule.title.lower()}: {quoted}{more} in the {where} — {_sentence_part(rule.reason)}; "
            f"{rule.severity} severity, {confidence:.0%} sure, score {score}{tail}.")


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentence_part(reason: str) -> str:
    """A rule's reason, lower-cased at the start and without its full stop, to sit inside one sentence."""
    reason = reason.strip().rstrip(".")
    return reason if len(reason) > 1 and reason[1].isupper() else reason[:1].lower() + reason[1:]
