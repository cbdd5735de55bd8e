"""The one place that turns a profile flag into the sentence a person reads, in English and in French."""

from __future__ import annotations

#: canonical profile field -> how a sentence names it (English, French)
FIELD_NAMES = {
    "name": ("the name", "le nom"), "handle": ("the handle", "l'identifiant"),
    "headline": ("the headline", "le titre du profil"), "bio": ("the bio", "la bio"),
    "position": ("a position", "un poste"), "profile_field": ("a profile field", "un champ du profil"),
    "website": ("the website", "le site web"), "location": ("the location", "le lieu"),
    "followers": ("the follower count", "le nombre d'abonnés"), "title": ("the title", "le titre"),
    "description": ("the description", "la description"), "author": ("the author's name", "le nom de l'auteur"),
    "avatar_alt": ("a picture's description", "la description d'une image"),
}
_SEVERITY = {"high": ("high", "élevée"), "medium": ("medium", "moyenne"), "low": ("low", "faible")}


def explain(rule_id: str, titles: tuple[str, str], reasons: tuple[str, str], severity: str, evidence: list[dict],
            extra: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """(English, French): which rule, the words that raised it and where, why it matters, and how bad it is;
    `extra` adds what else it rests on (followers, role)."""
    out = []
    for lang, (title, reason, more) in enumerate(zip(titles, reasons, extra, strict=True)):
        quoted = _quoted(evidence, lang)
        tail = f" ({more})" if more else ""
        if lang == 0:
            out.append(f"{rule_id} {_lower(title)}: {quoted}{tail} — {_part(reason)}; {_SEVERITY[severity][0]} "
                       "severity.")
        else:
            out.append(f"{rule_id} {_lower(title)} : {quoted}{tail} — {_part(reason)} ; gravité "
                       f"{_SEVERITY[severity][1]}.")
    return out[0], out[1]


def _quoted(evidence: list[dict], lang: int) -> str:
    """Up to three pieces of evidence, each with the field it is in: `"ESDC" in the bio`."""
    parts = []
    for item in evidence[:3]:
        words = _clip(str(item.get("text", "")))
        where = FIELD_NAMES.get(str(item.get("field")), (str(item.get("field")),) * 2)[lang]
        parts.append(f'"{words}" in {where}' if lang == 0 else f"« {words} » dans {where}")
    if len(evidence) > 3:
        parts.append(f"{len(evidence) - 3} more" if lang == 0 else f"{len(evidence) - 3} de plus")
    joiner = " and " if lang == 0 else " et "
    return joiner.join(parts) if parts else ("the profile" if lang == 0 else "le profil")


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lower(title: str) -> str:
    return title[:1].lower() + title[1:] if len(title) > 1 and not title[1].isupper() else title


def _part(reason: str) -> str:
    """A reason without its full stop, lower-cased at the start, to sit inside one sentence."""
    reason = reason.strip().rstrip(".")
    return _lower(reason)
