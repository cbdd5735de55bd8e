"""What the importers say (skip reasons, import notes, progress lines) in the person's language.

Connectors write their messages in English, with the file, the count or the error inside them; the stored and
exported text stays that English. For the page and the terminal, each message is matched against the English
templates of auditor/i18n/en.json (the keys `msg.*`: "{n} earlier versions of edited tweets were left out; …") and,
when one fits, written again from the French template with the same values. A message no template fits is shown as
it was written, in English (and the report marks it as English): `translate` returns None for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from auditor.i18n import strings

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
#: values that are themselves a message of the table ("{reason} (nor 3 more after it)")
_NESTED = ("reason", "problem")


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(the English template as a pattern, its key), those with the most fixed words first: "tweet without a usable
    id or time (…)" is tried before "tweet without a usable {what}"."""
    english = {key: value for key, value in strings("en").items() if key.startswith("msg.")}
    order = sorted(english, key=lambda key: -len(_PLACEHOLDER.sub("", english[key])))
    return tuple((_pattern(english[key]), key) for key in order)


def _pattern(template: str) -> re.Pattern[str]:
    parts, at = [], 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[at:match.start()]))
        parts.append(f"(?P<{match[1]}>.+?)")
        at = match.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=4096)
def translate(message: str, lang: str) -> str | None:
    """`message` in `lang`: itself in English; in French, written from the template it fits, or None when no
    template fits (it is then shown in English)."""
    if lang == "en":
        return message
    for pattern, key in _templates():
        found = pattern.fullmatch(message)
        if found:
            return _filled(strings(lang)[key], {name: _value(name, value, lang)
                                                for name, value in found.groupdict().items()})
    return None


def _filled(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def say(message: str, lang: str) -> str:
    """`message` in `lang` where a template fits, else as it was written."""
    return translate(message, lang) or message


def _value(name: str, value: str, lang: str) -> str:
    if name in _NESTED:
        return translate(value, lang) or value
    if lang == "fr" and _GROUPED.fullmatch(value):  # 1,234 → 1 234 (a no-break space, as French groups digits)
        return value.replace(",", "\u00a0")
    return value
