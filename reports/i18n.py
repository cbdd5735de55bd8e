"""Interface strings (data in templates/i18n/*.json) and dates and numbers formatted per language."""

from __future__ import annotations

import json
import math
from datetime import datetime
from functools import cache
from importlib import resources

LANGS = ("en", "fr")
# the categories, and their one order (most serious first), are in reports.categories

# The short month names Intl.DateTimeFormat uses for LOCALES, so a page toggled in JS reads the same.
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."),
}
_GROUP = {"en": ",", "fr": "\u00a0"}  # what Intl's fr-CA writes between digit groups: a no-break space
LOCALES = {"en": "en-CA", "fr": "fr-CA"}  # the page's script formats with these, so both sides agree


class Strings(dict):
    """One language's strings; `t(key, **args)` formats one, falling back to the key so a gap is visible."""

    def t(self, key: str, **args: object) -> str:
        """The string for `key` with `{name}` placeholders filled."""
        text = self.get(key, key)
        for name, value in args.items():
            text = text.replace("{" + name + "}", str(value))
        return text


def check_lang(lang: str) -> str:
    """`lang` if the report speaks it, else a ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r}: choose from {', '.join(LANGS)}")
    return lang


@cache
def strings(lang: str) -> Strings:
    """The interface strings of one language, read through importlib.resources so an installed wheel works."""
    source = resources.files("templates").joinpath("i18n", f"{check_lang(lang)}.json")
    return Strings(json.loads(source.read_text(encoding="utf-8")))


def format_number(value: float | int | None, lang: str) -> str:
    """An integer with the language's digit grouping (1,234 / 1 234)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{int(value):,}".replace(",", _GROUP[lang])


def format_date(value: datetime | None, lang: str) -> str:
    """A day as people write it: `Jan 5, 2021` / `5 janv. 2021` (UTC)."""
    if value is None:
        return ""
    month = _MONTHS[lang][value.month - 1]
    return f"{month} {value.day}, {value.year}" if lang == "en" else f"{value.day} {month} {value.year}"
